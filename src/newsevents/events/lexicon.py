"""The event tables under `newsevents/data/`: CAMEO codes (`cameo.csv`), triggers (`event_triggers.csv`), cue
words (`event_cues.csv`), and PETRARCH's CAMEO verb dictionary (`petrarch_verbs.csv`, `petrarch_synsets.csv`,
converted by `scripts/convert_petrarch_verbs.py`). Loaded once per process and validated on load.

Trigger rules are looked up by (lemma, pos); for one key they are tried in this order, the first whose
condition holds wins:
1. a user verbs dictionary (`--verbs`), when it lists the lemma: its patterns, then its bare defaults;
2. our hand-written `event_triggers.csv` rows, in file order;
3. the bundled CAMEO dictionary's rows for the lemma (patterns with a condition, most specific first, then the
   verb's bare default), unless a user dictionary lists the lemma (it then defines the verb).
So where we cover a lemma, the dictionary only speaks when none of our rows holds: for a lemma with an
unconditional row of ours (`meet`, `call`, `accuse`) never, for one whose rows all have conditions (`press`,
`offer`, `propose`) in the remaining uses. That is deliberate: our rows are written against the CAMEO codebook
together with the sense rules (senses.py) that fix their false readings, while the dictionary's block defaults
are coarse (FACE, CONFRONT and BRAVE default to 040 "consult"); a dictionary pattern never overrides a
reading of ours that holds. The cost: where our unconditional row is too coarse ("released aid" is 084 by
ours, 070 by the dictionary's pattern), the better pattern is not reached; such lemmas want a conditional row
of ours, not a change of order.
A rule with `needs_dyad` is an event only when both source and target are coded actors (detect.py). The
conversion sets it on every dictionary row, as PETRARCH codes only dyads: on Reuters news, dictionary
patterns firing with one party were nearly all wrong ("declined to say", "plans to build").

The dictionary table holds ~6,900 rows (one per verb and pattern; a pattern only for the verbs its comment
says it was found with, see petrarch.parse_verbs); parsing it whole takes ~0.3 s, so it is indexed by key
on load (one pass over its lines, ~0.02 s) and a key's rows are parsed the first time that lemma is looked
up.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import Code, DataError
from ..petrarch import VerbPattern, parse_verbs
from ..resources import load_table, split_list

TRIGGER_POS = {"VERB", "NOUN"}
# Where a PETRARCH verb's target is (`any` in a dictionary row): its patterns place it after the verb, in any
# of these.
USER_VERB_TARGETS = ("dobj", "dative", "with", "to", "against", "on", "at", "for", "from", "into", "over")
REQUIRES = {"prep", "ctx", "obj", "xcomp", "after", "particle", "agent"}
# the condition kinds our trigger rows set
OUR_REQUIRES = {"prep", "ctx", "obj", "objnp", "objphrase", "prepphrase", "xcomp", "subj", "after", "head",
                "party", "target_sector", "source_sector", "dep", "caux", "plain", "mutual", "giver", "told",
                "neg", "voice", "advsubj", "headsubj", "once", "done", "retold"}
# A `neg:self` condition holds when the trigger itself is negated ("had *no* comment"), `neg:modal` when a
# verb is negated with a modal of will or ability ("*would not* comment", "*could not* comment": a refusal,
# where "has not commented" tells only a silence): the row's act is the refusal the negation tells (CAMEO 011
# decline comment), so the event is not negated.
NEG_SLOTS = frozenset({"self", "modal"})
# A `plain:ccomp` condition holds when the trigger's that-clause reports no act of its own: "told Congress
# [that the dollar would fall]" is a statement to Congress (010), "told the UN [it cannot accept refugees]" is
# the refusal the coder codes, not a second, bare statement. The acts are the verbs of our own rows with an
# event code outside CAMEO 01, as the synset below. `plain:dobj` asks the same of the direct object:
# "announced [a new drone programme]" is a statement (010), "announced [the arrest] of the mayor" or
# "announced [plans to withdraw] troops" tell the act the coder codes (an event noun of our rows, or a noun
# whose infinitive is an event verb), not a second, bare statement.
PLAIN_SLOTS = frozenset({"ccomp", "dobj"})
# A `voice:passive` condition holds when the trigger is a finite passive verb ("X *has been linked* to the
# cartel", with its auxiliary): an accusation told without its accuser, who may be the one reporting it
# ("police said X had been linked to ..."; sources.py `_speaking_accuser`), where the active row names the
# accuser as its subject ("prosecutors linked X to ...").
VOICE_SLOTS = frozenset({"passive"})
EVENT_VERBS = "&NEWSEVENTS_EVENT_VERB"
EVENT_NOUNS = "&NEWSEVENTS_EVENT_NOUN"
# A `party:` condition names the parties a row's event needs read as coded actors (`target`, `source`): it is
# tested once the parties are read (detect.py), not on the parse. "points to X" accuses only when X is an
# actor ("the report points to rising inflation" accuses no one).
PARTY_SLOTS = {"target", "source"}
# A `target_sector:` condition names the sectors (CAMEO actor codes' 3-letter parts) one of which the target
# must hold: "fired the prison director" is an administrative sanction (172) only against a state official
# (GOV, COP, ...), not "the company fired its finance director" (BUS). Tested with the parties, as `party:`.
SECTOR_SLOTS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY", "ELI", "OPP", "PTY"})
# A target may also be asked to be a business (BUS): "acquired Medical Quadrangle Inc" is a transaction
# between companies (061), "acquired new rifles" or "acquired 500,000 shares" none; or an international body
# (IGO): "told Congress" or "told his EC colleagues" is a statement to a party, "told the BBC" none; or an
# armed non-state group (REB, INS, UAF): "supported the guerrillas in their operations" is military aid (072);
# or a criminal one (CRM): "found cocaine belonging to the cartel" is property seized from it (171); or a
# union or farmers' body (LAB, AGR): "told the union that the plant would close" is a statement to a party.
TARGET_SLOTS = SECTOR_SLOTS | {"BUS", "IGO", "REB", "INS", "UAF", "CRM", "LAB", "AGR"}
# A `source_sector:` condition names what the source must be: one of these sectors, or STATE (a country's code
# alone, "DEU"): money given to a party is economic aid (071) when a state or an international body gives it,
# not when a bank lends to a company; or an armed non-state group (REB, INS, UAF, CRM): a group halting its
# attacks de-escalates (087), police halting attacks on trains prevent others' acts; or a business (BUS): a
# company agreeing to buy, sell or merge makes a deal (057) even where the other side is not read, an officer
# agreeing to sell his shares none. Tested with the parties, as `target_sector:`.
SOURCE_SLOTS = SECTOR_SLOTS | {"STATE", "IGO", "NGO", "REB", "INS", "UAF", "CRM", "BUS"}
# conditions tested once the parties are read (detect.py)
PARTY_KINDS = frozenset({"party", "target_sector", "source_sector"})
# A `mutual:subjects` mark tests nothing: it says the row's act is done by its sides to each other ("restored
# diplomatic ties", "severed relations"), so conjoined subjects with no other target are each the other's
# target ("Egypt and Iran restored ties": EGY->IRN and IRN->EGY), as a `reciprocal` cue verb's are; the cue
# is the verb's in every use, the mark only its row's ("restored ties", not "restored order").
MUTUAL_SLOTS = frozenset({"subjects"})
# A `giver:GOV|MIL|...` mark tests nothing either: where the clause reads only the side that received or was
# awarded a contract or order, the body the clause is credited to gave it when it holds one of these sectors
# (as `source_sector:`; STATE a bare country): "Lockheed has received a 95 mln dlr contract for radar parts,
# the Air Force said" (the Air Force -> Lockheed, 057); "a spokesman for the company said" is the receiver's
# own word, and a contract received from a named party keeps that party.
MARK_KINDS = frozenset({"mutual", "giver"})
# The cameo of an event_triggers.csv row saying this use of the word reports no event at all ("meets
# requirements", "the currency appreciated against the dollar"): it stops the rows after it, ours and the
# dictionary's, so a sense the codebook never meant cannot fall through to a later row.
NO_EVENT = "-"
DICTIONARY_COLUMNS = ("lemma", "pos", "cameo", "target", "requires", "needs_dyad", "source")
DICTIONARY = "petrarch_verbs"
SYNSETS = "petrarch_synsets"
CUES = {"speech", "intent", "deny", "content", "light", "lead", "partitive", "motion", "future", "hedge",
        "condition", "repeat", "negation", "reciprocal", "joint_act", "addressee", "authorize", "arrange"}


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
    """A row's condition: `kind` is prep | ctx | obj | xcomp (any of `words` satisfies it), after (the items
    follow the trigger in its clause, in the order of `sequence`: a PETRARCH verb pattern), particle (all of
    `words` hang on the trigger: `+MEET_WITH`) or agent (the passive trigger has a doer in a by-phrase:
    `+ * BY $`). A word `&NAME` stands for any word of that PETRARCH synset."""

    kind: str
    words: frozenset[str]
    sequence: tuple[str, ...] = ()  # an `after` condition's items in their order
    plain: frozenset[str] = frozenset()  # its plain words (not synsets), tested first


@dataclass(frozen=True)
class TriggerRule:
    """One row of event_triggers.csv."""

    lemma: str
    pos: str
    cameo: str
    target: tuple[str, ...]  # dobj | dative | a preposition; empty = no target
    requires: Requirement | None
    also: tuple[Requirement, ...] = ()  # further conditions that must hold too (a dictionary row's parts)
    needs_dyad: bool = False  # an event only between two coded actors (PETRARCH dictionary rows)
    source: str = ""  # where the row came from (file:line), for users asking why a code was chosen

    @property
    def conditions(self) -> tuple[Requirement, ...]:
        return ((self.requires,) if self.requires else ()) + self.also

    @property
    def needs_parties(self) -> frozenset[str]:
        """The parties (`target`, `source`) this row's event must have as coded actors (`party:`)."""
        return frozenset(w for req in self.conditions if req.kind == "party" for w in req.words)

    @property
    def negation_is_act(self) -> bool:
        """Whether the row codes the trigger's own negation as its act (`neg:self`: "did not comment" 011)."""
        return any(req.kind == "neg" for req in self.conditions)

    @property
    def mutual(self) -> bool:
        """Whether the row's act is one its sides do to each other (`mutual:subjects`)."""
        return any(req.kind == "mutual" for req in self.conditions)

    @property
    def speaker_givers(self) -> frozenset[str]:
        """The sectors (or STATE) of a body a clause is credited to that gives what the row's one read side
        received (`giver:`); empty = the speaker gives nothing."""
        return frozenset(w for req in self.conditions if req.kind == "giver" for w in req.words)

    @property
    def target_sectors(self) -> frozenset[str]:
        """The sectors one of which this row's target must hold (`target_sector:`); empty = any."""
        return frozenset(w for req in self.conditions if req.kind == "target_sector" for w in req.words)

    @property
    def source_sectors(self) -> frozenset[str]:
        """What this row's source must be (`source_sector:`: sectors, or STATE, a bare country); "" = any."""
        return frozenset(w for req in self.conditions if req.kind == "source_sector" for w in req.words)


@dataclass(frozen=True)
class Synset:
    """A PETRARCH noun class: one-word members (matched against lemmas and word forms) and longer phrases."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


class DictionaryTable:
    """The converted CAMEO verb dictionary, indexed by (lemma, pos) on load; a key's rows are parsed and
    validated the first time it is looked up (`validate()` parses all, for tests and the conversion)."""

    def __init__(self, text: str, where: str, codes: dict[str, CameoCode],
                 synsets: dict[str, Synset]) -> None:
        self.where = where
        self.codes = codes
        self.synsets = synsets
        self.lines = text.split("\n")
        self.keys: dict[tuple[str, str], list[int]] = {}
        header: list[str] | None = None
        for n, line in enumerate(self.lines):
            if not line or line[0] == "#":
                continue
            if header is None:
                header = line.split(",")
                if header[:len(DICTIONARY_COLUMNS)] != list(DICTIONARY_COLUMNS):
                    raise DataError(Code.E010, f"{where}:{n + 1}",
                                    f"columns must be {', '.join(DICTIONARY_COLUMNS)}")
                continue
            first = line.find(",")
            second = line.find(",", first + 1)
            if first <= 0 or second < 0:
                raise DataError(Code.E010, f"{where}:{n + 1}", "expected lemma,pos,cameo,target,requires,...")
            self.keys.setdefault((line[:first], line[first + 1:second]), []).append(n)
        self.parsed: dict[tuple[str, str], list[TriggerRule]] = {}

    def rules(self, key: tuple[str, str]) -> list[TriggerRule]:
        found = self.parsed.get(key)
        if found is None:
            found = self.parsed[key] = [self._row(n) for n in self.keys.get(key, ())]
        return found

    def validate(self) -> int:
        """Parse every row (raises DataError naming file:line at the first bad one); returns the row count."""
        return sum(len(self.rules(key)) for key in self.keys)

    def _row(self, n: int) -> TriggerRule:
        where = f"{self.where}:{n + 1}"
        cells = next(iter(_csv_rows([self.lines[n]])), [])
        if len(cells) != len(DICTIONARY_COLUMNS):
            raise DataError(Code.E010, where, f"expected {len(DICTIONARY_COLUMNS)} cells, found {len(cells)}")
        lemma, pos, cameo, target, requires, dyad, source = cells
        if pos != "VERB":
            raise DataError(Code.E010, where, f"pos must be VERB, not {pos!r}")
        if cameo not in self.codes:
            raise DataError(Code.E010, where, f"unknown CAMEO code {cameo!r}")
        if dyad not in {"0", "1"}:
            raise DataError(Code.E010, where, f"needs_dyad must be 0 or 1, not {dyad!r}")
        conditions = parse_conditions(requires, where, self.synsets)
        targets = expand_targets(target)
        if not targets:
            raise DataError(Code.E010, where, "empty target")
        return TriggerRule(lemma, pos, cameo, targets, conditions[0] if conditions else None,
                           tuple(conditions[1:]), dyad == "1", source)


def _csv_rows(lines: list[str]) -> Iterator[list[str]]:
    return csv.reader(lines)


def expand_targets(target: str) -> tuple[str, ...]:
    """A target cell's slots, `any` spelled out as every slot a PETRARCH target can take."""
    out: list[str] = []
    for slot in split_list(target):
        for s in USER_VERB_TARGETS if slot == "any" else (slot,):
            if s not in out and s != "-":
                out.append(s)
    return tuple(out)


def parse_conditions(text: str, where: str, synsets: dict[str, Synset]) -> list[Requirement]:
    """`after:a b;particle:up` -> Requirements; an unknown kind or synset is an error naming `where`."""
    out = []
    for part in (p.strip() for p in text.split(";") if p.strip()):
        kind, _, words = part.partition(":")
        items = words.split() if kind in {"after", "particle"} else split_list(words)
        if kind not in REQUIRES or not items:
            raise DataError(Code.E010, where, f"bad requires {part!r}")
        unknown = [w for w in items if w.startswith("&") and w not in synsets]
        if unknown:
            raise DataError(Code.E010, where, f"unknown synset(s) {', '.join(unknown)}")
        norm = tuple(w if w.startswith("&") else w.lower() for w in items)
        after = kind == "after"
        out.append(Requirement(kind, frozenset(norm), norm if after else (),
                               frozenset(w for w in norm if w[0] != "&") if after else frozenset()))
    return out


class RuleIndex:
    """Trigger rules by (lemma, pos): user dictionaries, ours, then the bundled dictionary (see the module
    docstring), merged per key on first lookup."""

    def __init__(self, ours: dict[tuple[str, str], list[TriggerRule]], dictionary: DictionaryTable | None,
                 user: dict[tuple[str, str], list[TriggerRule]]) -> None:
        self.ours = ours
        self.dictionary = dictionary
        self.user = user
        self.merged: dict[tuple[str, str], list[TriggerRule]] = {}

    def __getitem__(self, key: tuple[str, str]) -> list[TriggerRule]:
        found = self.merged.get(key)
        if found is None:
            if key in self.user:
                found = self.user[key] + self.ours.get(key, [])
            else:
                bundled = self.dictionary.rules(key) if self.dictionary is not None else []
                found = self.ours.get(key, []) + bundled
            self.merged[key] = found
        return found

    def get(self, key: tuple[str, str], default: list[TriggerRule] | None = None) -> list[TriggerRule] | None:
        return self[key] or default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and bool(self[key])


class EventLexicon:
    """CAMEO codes, trigger rules by (lemma, pos), and cue words by type."""

    def __init__(self, verb_tables: tuple[Path, ...] = (), dictionary: bool = True) -> None:
        self.codes: dict[str, CameoCode] = {}
        for row in load_table("cameo", ("code", "name", "goldstein", "quad")):
            self.codes[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]),
                                                row["plover"] or None, row["mode"] or None, int(row["quad"]))
        ours: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        for n, row in enumerate(load_table("event_triggers", ("lemma", "pos", "cameo", "target")), 1):
            rule = self._rule(row, f"newsevents/data/event_triggers.csv row {n}")
            ours[(rule.lemma, rule.pos)].append(rule)
        self.synsets: dict[str, Synset] = load_synsets() if dictionary else {}
        self.synsets[EVENT_VERBS] = Synset(_event_words(ours, "VERB"), ())
        self.synsets[EVENT_NOUNS] = Synset(_event_words(ours, "NOUN"), ())
        table = None
        if dictionary:
            data = resources.files("newsevents").joinpath(f"data/{DICTIONARY}.csv")
            text = data.read_text(encoding="utf-8")
            table = DictionaryTable(text, f"newsevents/data/{DICTIONARY}.csv", self.codes, self.synsets)
        self.user_rules: dict[tuple[str, str], list[TriggerRule]] = {}
        self.cues: dict[str, set[str]] = defaultdict(set)
        for n, row in enumerate(load_table("event_cues", ("word", "cue")), 1):
            if row["cue"] not in CUES:
                where = f"newsevents/data/event_cues.csv row {n}"
                raise DataError(Code.E010, where, f"unknown cue {row['cue']!r}")
            self.cues[row["cue"]].add(row["word"].lower())
        for path in verb_tables:
            self._add_petrarch_verbs(path)
        self.rules = RuleIndex(ours, table, self.user_rules)

    def _add_petrarch_verbs(self, path: Path) -> None:
        """A PETRARCH verbs dictionary (`--verbs`): its verbs are tried before ours and replace the bundled
        dictionary's, patterns (most specific first) before defaults; like the bundled rows, they code only
        events between two actors. Its synsets join the bundled ones (one of the same name replaces it).
        Codes we do not list (4-digit codes fold to 3; fictional ones stay) take their root's PLOVER
        category."""
        user: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        parsed = parse_verbs(path)
        for name, members in parsed.synsets.items():
            words = [tuple(w.split()) for w, _ in members]
            self.synsets[name] = Synset(frozenset(w[0] for w in words if len(w) == 1),
                                        tuple(sorted({w for w in words if len(w) > 1})))
        for verb in sorted(parsed.patterns, key=_specificity):
            conditions = parse_conditions(verb.condition, f"{path}:{verb.line}", self.synsets)
            user[(verb.lemma, "VERB")].append(TriggerRule(
                verb.lemma, "VERB", verb.cameo, expand_targets("|".join(verb.target)),
                conditions[0] if conditions else None, tuple(conditions[1:]), True,
                f"{path.name}:{verb.line}"))
        for key, rules in user.items():
            self.user_rules[key] = rules + self.user_rules.get(key, [])

    def _rule(self, row: dict[str, str], where: str) -> TriggerRule:
        if row["pos"] not in TRIGGER_POS:
            raise DataError(Code.E010, where, f"pos must be VERB or NOUN, not {row['pos']!r}")
        if row["cameo"] not in self.codes and row["cameo"] != NO_EVENT:
            raise DataError(Code.E010, where, f"unknown CAMEO code {row['cameo']!r}")
        conditions = _our_conditions(row.get("requires") or "", where)
        target = tuple(t for t in split_list(row["target"]) if t != "-")
        return TriggerRule(row["lemma"].lower(), row["pos"], row["cameo"], target,
                           conditions[0] if conditions else None, conditions[1:], source=where)

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


def _our_conditions(text: str, where: str) -> tuple[Requirement, ...]:
    """An event_triggers.csv `requires` cell: `kind:A|B` conditions joined by `;`, all of which must hold
    ("xcomp:stand|face;ctx:trial": ordered to stand trial, not to stand down)."""
    out = []
    for part in (p.strip() for p in text.split(";") if p.strip()):
        kind, _, words = part.partition(":")
        if kind not in OUR_REQUIRES or not words:
            raise DataError(Code.E010, where, f"bad requires {part!r}")
        if kind == "party" and not set(split_list(words)) <= PARTY_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: party is target and/or source")
        if kind == "target_sector" and not set(split_list(words)) <= TARGET_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: sectors are {sorted(TARGET_SLOTS)}")
        if kind == "source_sector" and not set(split_list(words)) <= SOURCE_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: sources are {sorted(SOURCE_SLOTS)}")
        if kind == "mutual" and not set(split_list(words)) <= MUTUAL_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: mutual is {sorted(MUTUAL_SLOTS)}")
        if kind == "giver" and not set(split_list(words)) <= SOURCE_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: givers are {sorted(SOURCE_SLOTS)}")
        if kind == "once" and words != "*":
            raise DataError(Code.E010, where, f"bad requires {part!r}: once is *")
        if kind == "done" and words != "*":
            raise DataError(Code.E010, where, f"bad requires {part!r}: done is *")
        if kind == "told" and words != "*":
            raise DataError(Code.E010, where, f"bad requires {part!r}: told is *")
        if kind == "neg" and not set(split_list(words)) <= NEG_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: neg is {sorted(NEG_SLOTS)}")
        if kind == "plain" and not set(split_list(words)) <= PLAIN_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: plain is {sorted(PLAIN_SLOTS)}")
        if kind == "voice" and not set(split_list(words)) <= VOICE_SLOTS:
            raise DataError(Code.E010, where, f"bad requires {part!r}: voice is {sorted(VOICE_SLOTS)}")
        if kind == "after":  # words following the trigger in this order: "after:state of emergency"
            items = tuple(words.lower().split())
            out.append(Requirement(kind, frozenset(items), items, frozenset(items)))
        else:
            out.append(Requirement(kind, frozenset(split_list(words))))
    return tuple(out)


def _specificity(verb: VerbPattern) -> tuple[bool, int]:
    return verb.is_default, -sum(len(p.split()) for p in verb.condition.split(";") if p)


def _event_words(ours: dict[tuple[str, str], list[TriggerRule]], wanted: str) -> frozenset[str]:
    """The verbs (or nouns) our rows code as an act outside CAMEO 01 (statements): what `plain:` looks for."""
    def acts(rules: list[TriggerRule]) -> bool:
        return any(r.cameo != NO_EVENT and not r.cameo.startswith("01") for r in rules)
    return frozenset(lemma for (lemma, pos), rules in ours.items() if pos == wanted and acts(rules))


def load_synsets() -> dict[str, Synset]:
    """petrarch_synsets.csv as classes of words and phrases."""
    words: dict[str, set[str]] = defaultdict(set)
    phrases: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in load_table(SYNSETS, ("class", "word", "source")):
        parts = tuple(row["word"].lower().split())
        if len(parts) == 1:
            words[row["class"]].add(parts[0])
        elif parts:
            phrases[row["class"]].add(parts)
    names = words.keys() | phrases.keys()
    return {name: Synset(frozenset(words[name]), tuple(sorted(phrases[name]))) for name in names}


@cache
def default_lexicon(verb_tables: tuple[Path, ...] = ()) -> EventLexicon:
    """The shipped event lexicon (plus any PETRARCH verbs dictionaries), built once per process."""
    return EventLexicon(verb_tables)
