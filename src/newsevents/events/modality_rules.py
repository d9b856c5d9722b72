"""The modality rules table (`data/modality_rules.csv`): the words that, by how they attach to an event
(`link`), make it hypothetical, intended, reported, negated or denied. Read by `modality` (every link) and by
`sources` (a verb that calls off its object leaves the act no doer to give), which is why it lives apart from
`modality`: `modality` reads `senses`, which read `arguments`, which read `sources`."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.tokens import Token

from ..errors import Code, DataError
from ..resources import load_table

# How a word of modality_rules.csv attaches to the event (see the table's header).
LINKS = {"governs", "infinitive", "content", "subject", "purpose", "aux", "modifier", "time", "no", "object",
         "fulfils", "sequel", "credit",
         "culprit", "motive", "enables", "tried", "informant", "dated", "present", "doer", "provisional",
         "outcome", "factive", "attitude", "missed", "plot", "share"}
RULE_MODALITIES = {"hypothetical", "intended", "reported", "negated", "denied", "passes"}


@cache
def modality_rules() -> dict[str, dict[str, str]]:
    """modality_rules.csv as link -> word -> modality, loaded once per process."""
    rules: dict[str, dict[str, str]] = defaultdict(dict)
    for n, row in enumerate(load_table("modality_rules", ("word", "link", "modality", "source")), 1):
        if row["link"] not in LINKS or row["modality"] not in RULE_MODALITIES:
            where = f"newsevents/data/modality_rules.csv row {n}"
            raise DataError(Code.E010, where, f"bad link or modality {row['link']!r}, {row['modality']!r}")
        rules[row["link"]][row["word"].lower()] = row["modality"]
    return rules


def cancels_object(verb: Token) -> bool:
    """Whether the verb (+ particle) calls off or rules out its object ("called off its strike",
    "cancelled the talks"): modality_rules.csv `object` rows with `negated`."""
    return object_rule(verb) == "negated"


def object_rule(verb: Token) -> str | None:
    """The `object` rule of a verb with its particle ("rule out", "call off") or alone ("cancel")."""
    objects = modality_rules()["object"]
    for p in (c.lower_ for c in verb.children if c.dep_ == "prt"):
        if f"{verb.lemma_.lower()} {p}" in objects:
            return objects[f"{verb.lemma_.lower()} {p}"]
    return objects.get(verb.lemma_.lower())
