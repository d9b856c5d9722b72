"""The event tables under `newsevents/data/`: CAMEO codes (`cameo.csv`), triggers (`event_triggers.csv`) and
cue words (`event_cues.csv`). Loaded once per process and validated on load.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import Code, DataError
from ..petrarch import read_verbs
from ..resources import load_table, split_list

TRIGGER_POS = {"VERB", "NOUN"}
# Where a PETRARCH verb's target is: its patterns place it after the verb, in any of these.
USER_VERB_TARGETS = ("dobj", "dative", "with", "to", "against", "on", "at", "for", "from", "into", "over")
CUES = {"speech", "intent", "deny", "content", "light", "motion", "future", "hedge", "condition", "repeat",
        "negation", "reciprocal", "addressee"}


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
    """A row's condition: `kind` is prep | ctx | obj | xcomp (any of `words` satisfies it) or after (all
    of `words` follow the trigger in its clause: a PETRARCH verb pattern)."""

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

    def __init__(self, verb_tables: tuple[Path, ...] = ()) -> None:
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
        for path in verb_tables:
            self._add_petrarch_verbs(path)

    def _add_petrarch_verbs(self, path: Path) -> None:
        """A PETRARCH verbs dictionary: its verbs are tried before ours, patterns before defaults. Codes we
        do not list (4-digit codes fold to 3; fictional ones stay) take their root's PLOVER category."""
        user: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        for verb in sorted(read_verbs(path), key=lambda v: -len(v.object_words)):
            requires = Requirement("after", frozenset(verb.object_words)) if verb.object_words else None
            user[(verb.lemma, "VERB")].append(TriggerRule(verb.lemma, "VERB", verb.cameo, USER_VERB_TARGETS,
                                                          requires))
        for key, rules in user.items():
            self.rules[key] = rules + self.rules.get(key, [])

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
        """The code's row; a code from a user dictionary that we do not list borrows its root's."""
        known = self.codes.get(code)
        if known is not None:
            return known
        root = self.codes.get(code[:2] + "0") or self.codes.get(code[:2])
        if root is None:
            return CameoCode(code, f"{code} (user dictionary)", 0.0, None, None, 0)
        return CameoCode(code, f"{root.name} ({code}, user dictionary)", root.goldstein, root.plover,
                         root.mode, root.quad_class)


@cache
def default_lexicon(verb_tables: tuple[Path, ...] = ()) -> EventLexicon:
    """The shipped event lexicon (plus any PETRARCH verbs dictionaries), built once per process."""
    return EventLexicon(verb_tables)
