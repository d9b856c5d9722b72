"""The event tables under `newsevents/data/`: CAMEO codes (`cameo.csv`), triggers (`event_triggers.csv`) and
cue words (`event_cues.csv`). Loaded once per process and validated on load.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..errors import Code, DataError
from ..resources import load_table, split_list

TRIGGER_POS = {"VERB", "NOUN"}
CUES = {"speech", "intent", "deny", "content", "light", "motion", "future", "hedge", "condition", "repeat",
        "negation"}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its Goldstein weight and PLOVER category/mode."""

    code: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def generic(self) -> bool:
        """"040" (consult, not specified) is the generic code of its root; "04" is the root itself."""
        return len(self.code) == 2 or self.code.endswith("0")


@dataclass(frozen=True)
class Requirement:
    """A row's condition: `kind` is prep | ctx | obj | xcomp, `words` the lemmas that satisfy it."""

    kind: str
    words: frozenset[str]


@dataclass(frozen=True)
class TriggerRule:
    """One row of event_triggers.csv."""

    lemma: str
    pos: str
    cameo: str
    target: tuple[str, ...]  # dobj | dative | a preposition; empty = no target
    requires: Requirement | None


class EventLexicon:
    """CAMEO codes, trigger rules by (lemma, pos), and cue words by type."""

    def __init__(self) -> None:
        self.codes: dict[str, CameoCode] = {}
        for row in load_table("cameo", ("code", "name", "goldstein", "quad")):
            self.codes[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]),
                                                row["plover"] or None, row["mode"] or None, int(row["quad"]))
        self.rules: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        for n, row in enumerate(load_table("event_triggers", ("lemma", "pos", "cameo", "target")), 1):
            rule = self._rule(row, f"newsevents/data/event_triggers.csv row {n}")
            self.rules[(rule.lemma, rule.pos)].append(rule)
        self.cues: dict[str, set[str]] = defaultdict(set)
        for n, row in enumerate(load_table("event_cues", ("word", "cue")), 1):
            if row["cue"] not in CUES:
                where = f"newsevents/data/event_cues.csv row {n}"
                raise DataError(Code.E010, where, f"unknown cue {row['cue']!r}")
            self.cues[row["cue"]].add(row["word"].lower())

    def _rule(self, row: dict[str, str], where: str) -> TriggerRule:
        if row["pos"] not in TRIGGER_POS:
            raise DataError(Code.E010, where, f"pos must be VERB or NOUN, not {row['pos']!r}")
        if row["cameo"] not in self.codes:
            raise DataError(Code.E010, where, f"unknown CAMEO code {row['cameo']!r}")
        requires = None
        if row.get("requires"):
            kind, _, words = row["requires"].partition(":")
            if kind not in {"prep", "ctx", "obj", "xcomp"} or not words:
                raise DataError(Code.E010, where, f"bad requires {row['requires']!r}")
            requires = Requirement(kind, frozenset(split_list(words)))
        target = tuple(t for t in split_list(row["target"]) if t != "-")
        return TriggerRule(row["lemma"].lower(), row["pos"], row["cameo"], target, requires)

    def is_cue(self, word: str, cue: str) -> bool:
        return word.lower() in self.cues.get(cue, set())

    def code(self, code: str) -> CameoCode:
        return self.codes[code]


@cache
def default_lexicon() -> EventLexicon:
    """The shipped event lexicon, built once per process."""
    return EventLexicon()
