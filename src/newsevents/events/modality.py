"""Negation and modality of an event mention, read from the dependency parse around its anchor.

The anchor is the word that carries tense and negation: the trigger verb, or for a nominal trigger the light
verb that governs it ("did not hold talks"). Modality is found by walking from the anchor up through the
clauses that embed it:
- `denied`: complement of a denial verb ("denied meeting");
- `hypothetical`: in an if/unless/whether clause, or under a hedging auxiliary ("could attack");
- `intended`: complement of an intention verb ("plans to visit", "is expected to travel"), or future ("will");
- `reported`: complement of a speech verb ("..., his spokesman said"; "according to");
- otherwise `asserted`.
When several apply, the first in that order wins: a denied plan is denied, a reported plan is intended.

On top of these cues, `modality_rules.csv` (data) adds predictions and expectations ("predicted Congress would
agree", "is expected to", "likely to", "a possible attack") as `hypothetical`; schedules and the future ("was
due to meet", "is scheduled to", "the forthcoming talks", "meet next week") as `intended`; and refusals of the
event ("no need for a meeting", "no plans to meet", "ruled out talks", "failed to prosecute") as negated, read
by `is_negated`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.tokens import Token

from ..errors import Code, DataError
from ..resources import load_table
from .lexicon import EventLexicon

MODALITIES = ("denied", "hypothetical", "intended", "reported", "asserted")
# Edges along which an embedding clause passes its modality down to the clause it embeds.
LINKS = {"governs", "modifier", "time", "no", "object"}
RULE_MODALITIES = {"hypothetical", "intended", "reported", "negated"}
TIME_DEPS = {"npadvmod", "tmod"}


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


EMBEDDING_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "dobj", "pobj", "prep", "acomp", "relcl",
                  "nsubj", "nsubjpass", "attr", "appos"}


def is_negated(anchor: Token, lexicon: EventLexicon) -> bool:
    """"did not condemn", "never met", "no talks": a negation word attached to the anchor itself."""
    for child in anchor.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in {"advmod", "det"} and lexicon.is_cue(child.lower_, "negation"):
            return True
    return _refused(anchor, lexicon)


def _refused(anchor: Token, lexicon: EventLexicon) -> bool:
    """"no need for a meeting", "no plans to meet", "ruled out talks": the event is said not to happen."""
    rules = modality_rules()
    head = anchor.head
    noun = None
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        noun = head.head
    elif anchor.dep_ in {"acl", "xcomp", "relcl"}:
        noun = head
    if (noun is not None and noun is not anchor and rules["no"].get(noun.lemma_.lower()) == "negated"
            and any(c.dep_ in {"det", "neg"} and lexicon.is_cue(c.lower_, "negation")
                    for c in noun.children)):
        return True
    if anchor.dep_ == "xcomp" and rules["governs"].get(head.lemma_.lower()) == "negated":
        return True  # "failed to prosecute", "declined to meet", "would avoid issuing a warrant"
    if anchor.dep_ in {"dobj", "xcomp", "pcomp"} and head is not anchor:
        particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
        return any(rules["object"].get(f"{head.lemma_.lower()} {p}") == "negated" for p in particles)
    return False


def _rule_modalities(node: Token) -> set[str]:
    """Modalities from words attached to `node` itself: modifiers and time phrases (modality_rules.csv)."""
    rules = modality_rules()
    found: set[str] = set()
    # "will hold the planned talks": a light verb's object noun carries the modifier.
    modified = [node, *(c for c in node.children if c.dep_ == "dobj" and c.pos_ == "NOUN")]
    for child in (c for n in modified for c in n.children):
        if child.dep_ in {"amod", "advmod"} and child.lower_ in rules["modifier"]:
            found.add(rules["modifier"][child.lower_])
        times = [child] if child.dep_ in TIME_DEPS else []
        if child.dep_ == "prep":
            times = [c for c in child.children if c.dep_ == "pobj"]
        for t in times:
            words = [t.lower_, *(c.lower_ for c in t.children if c.dep_ in {"amod", "det"})]
            found.update(rules["time"][w] for w in words if w in rules["time"])
    return found - {"negated"}


def _subject_governed(verb: Token, governs: dict[str, str]) -> set[str]:
    """A nominal event as the subject of "is due / about / scheduled / expected to <verb>": "the talks are
    about to start" are intended, "the talks are expected to resume" hypothetical."""
    found: set[str] = set()
    for word in (verb, *(c for c in verb.children if c.dep_ == "acomp")):
        modality = governs.get(word.lemma_.lower(), "negated")
        if modality != "negated" and any(c.dep_ == "xcomp" for c in word.children):
            found.add(modality)
    return found


def _trailing_attribution(anchor: Token, lexicon: EventLexicon) -> bool:
    """"... killed two of our workers in Karachi he added": a speech verb that ends the sentence with its own
    subject and nothing said after it attributes the sentence, even where lost punctuation made the parser
    hang it somewhere inside (as a relative clause); the events before it are reported."""
    sent = anchor.sent
    verb = next((sent[i] for i in range(len(sent) - 1, -1, -1) if not sent[i].is_punct), None)  # last word
    if verb is None:
        return False
    if verb.i <= anchor.i or not lexicon.is_cue(verb.lemma_.lower(), "speech") or verb.dep_ == "ROOT":
        return False
    children = list(verb.children)
    return (any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in children)
            and not any(t.i == anchor.i for t in verb.subtree))


def read_modality(anchor: Token, lexicon: EventLexicon) -> str:
    """The modality of the event anchored at `anchor` (see the module docstring)."""
    found: set[str] = {"reported"} if _trailing_attribution(anchor, lexicon) else set()
    governs = modality_rules()["governs"]
    node = anchor
    for _ in range(10):
        found |= _rule_modalities(node)  # clause nesting in news prose is shallow; bound the walk anyway
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and lexicon.is_cue(child.lower_, "future"):
                found.add("intended")
            if child.dep_ == "aux" and lexicon.is_cue(child.lower_, "hedge"):
                found.add("hypothetical")
            if child.dep_ == "mark" and lexicon.is_cue(child.lower_, "condition"):
                found.add("hypothetical")
            if child.dep_ == "prep" and child.lower_ == "according":
                found.add("reported")
        parent = node.head
        if parent is node:
            break
        lemma = parent.lemma_.lower()
        if node.dep_ in {"xcomp", "ccomp", "dobj"} and lexicon.is_cue(lemma, "deny"):
            found.add("denied")
        if node.dep_ == "xcomp" and lexicon.is_cue(lemma, "intent"):
            found.add("intended")
        if node.dep_ in {"xcomp", "ccomp"} and governs.get(lemma, "negated") != "negated":
            found.add(governs[lemma])
        if node.dep_ in {"nsubj", "nsubjpass"}:
            found |= _subject_governed(parent, governs)
        if node.dep_ in {"ccomp", "parataxis"} and lexicon.is_cue(lemma, "speech"):
            found.add("reported")
        if node.dep_ not in EMBEDDING_DEPS | {"parataxis"}:
            break
        node = parent
    return next(m for m in MODALITIES if m in found or m == "asserted")
