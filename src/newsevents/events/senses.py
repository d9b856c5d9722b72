"""Word senses of event triggers: a trigger fires only when its parties are of the right kind.

A trigger row (event_triggers.csv) says a word *can* report an event. Whether this use of the word does
depends on what fills its slots: "received the Iranian envoy" is hosting a visit, "received contracts" is not;
"called Putin" is a phone call, "called the move unjustified" is criticism of the move, "called a tender" is
neither. Both the word lists (`noun_classes.csv`: person, money, securities, documents, goods, weapons, ...)
and the rules over them (`sense_rules.csv`: trigger lemma and code, the slot tested, the test, the action) are
data; this module only reads a trigger's slots from the dependency parse and applies the first rule whose test
holds.

`sense_of(trigger, pos, rule, reader)` returns the rule to code the trigger with (the matched one, or one with
another CAMEO code), or None when the trigger is not an event in this sense.

Some senses depend on who the parties are, known only after arguments.py read them: "gunmen shot dead a
constable" is unconventional violence (CAMEO 18x), "troops shot dead three militants" conventional force
(19x). Rows with a `doer` or `victim` condition are such party rules: `sense_of` skips them and
`party_sense(trigger, pos, rule, reader, source, target)` applies them to each source-target pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from ..actors.knowledge import normalize
from ..errors import Code, DataError
from ..extensions import children_of, sentence_of
from ..resources import load_table, split_list
from ..when import MONTHS, TEENS, TENS, UNITS
from .arguments import ArgumentReader
from .lexicon import TriggerRule

SLOTS = {"dobj", "nsubj", "dative", "oprd", "agent", "ccomp", "mark", "xcomp", "acl", "poss", "nummod",
         "caux", "governor", "speaker", "prt", "compound", "near", "sentence", "mod", "controller",
         "dobj_mod", "dobj_of", "xcomp_passive", "relcl_present", "xcomp_dobj", "generic_frame", "purpose_of",
         "purpose_of_passive", "pp_head", "relcl_pluperfect", "rate", "dobj_mod_present", "own_mark",
         "speaker_neg", "ccomp_adv", "comp_dobj", "stat_head", "governor_nsubj", "trend", "generic_subject",
         "frame_verb", "lone_subject", "state_participle", "dobj_pobj", "partitive_count", "relcl_head",
         "negated_term", "year_total", "year_amount", "sentence_verbs",
         "charge_of", "opinion_passive", "counterfactual", "ability", "known_for", "head_xcomp_dobj",
         "bare_singular", "participle_subject", "generic_passive", "gerund_subject",
         "gerund_activity", "gerund_head", "habitual_past", "kind_patient",
         "past_condition", "condition_frame", "habitual_present", "under_for", "under_frame",
         "standing_passive", "dobj_bare", "relcl_kind_passive", "threat_unless", "threat_if",
         "ccomp_other_party", "bare_act", "dobj_one_of", "active_governor",
         "nsubj_one_of", "dobj_unowned", "dobj_makerless", "negated_condition", "negated_present",
         "negated_head_mod",
         "withheld", "given_name", "conj_subject", "traveller", "noun_governor", "kind_predicate",
         "tally_object", "infinitive_head", "name_mod", "speculated_kind", "aimed_kind", "acl_owner",
         "according", "dobj_of_common", "protest_purpose", "existential_case", "separate_tally"}
# Modals by which a writer says what ought to be done: "should be welcomed", "must be condemned".
DEONTIC_MODALS = {"should", "must", "ought"}
TESTS = {"class", "not_actor", "present", "absent", "without", "any", "place"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# noun classes of a place, no act: "migrants apprehended on *the* southwestern *border*" are counted there
PLACE_CLASSES = frozenset({"territory", "place_name"})
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
ACTOR_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "who",
                  "whom", "himself", "herself", "themselves", "itself"}
RELATIVES = {"that", "which", "who", "whom"}
# what makes a past participle finite or passive, not a bare one describing a noun ("a unit called X")
PARTICIPLE_BLOCKERS = {"aux", "auxpass", "nsubj", "nsubjpass", "agent"}
# pronouns that name whoever fits a description: "*those* who are arrested", "*anyone* who is caught"
KIND_PRONOUNS = {"those", "anyone", "anybody", "whoever", "everyone", "everybody"}
# determiners by which a noun names a particular thing: "met *the* opposition" (a party), not "met opposition"
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
# determiners of a kind of things or people, not particular ones: "*some* women who had met her"
INDEFINITE_DETS = {"a", "an", "some", "many", "several", "few", "any", "other", "all", "most"}
# The `sentence` slot reads this many words either side of the trigger: a news sentence whole, a run-on one of
# thousands of words (digests, transcripts, lost punctuation) not once per trigger (quadratic).
SENTENCE_REACH = 60
# how a verb hangs on the verb whose subject it shares: "was concluding [a trip]", "expected to switch ... to
# *complete* the trip", "*making* the trip"
SHARED_SUBJECT_DEPS = {"xcomp", "advcl", "pcomp", "conj"}
# verbs climbed to find who makes a trip: "travelers are expected to switch to complete"
MAX_TRAVELLER_DEPTH = 4
# prepositions by which a verb takes its journey: "was *on* a trip", "operate *on* the trip"
JOURNEY_PREPS = {"on"}
# auxiliaries of a future act: "said it *would* kill them"
FUTURE_AUX = {"will", "would", "'ll", "shall"}
# the pronouns by which a speaker names itself as the doer of what it says it will do
SELF_PRONOUNS = {"it", "they", "we", "i", "he", "she"}
# prepositions by which a charge names its crime: "accused *of* murder", "charged *with*", "wanted *for*"
CHARGE_PREPS = {"of", "with", "for"}
INVOLVEMENT = "involvement"  # the noun class of words of a part taken in acts: "involved in extortion"
# the noun classes of an act of violence one can threaten
THREAT_ACTS = {"person_violence", "armed_attack"}
# adjectives of an ability whose infinitive is a capability, no act: "have been *able* to ambush police"
ABLE_WORDS = {"able", "capable"}
# the modal of an ability: "gangs *can* kill informants"
ABILITY_MODALS = {"can"}
# prepositions by which a character is told: "known *for* extortion", "known less for X *than* for Y"
REPUTE_PREPS = {"for", "than"}
# the noun class of verbs of pledging ("vowed to cooperate"): the act pledged is coded as the pledge (03x)
PLEDGE = "pledge_verb"
ASPIRATION = "aspiration_verb"  # hope, expect to: an aim the subject states (CAMEO 03x like a pledge)
YEAR_DETS = {"last", "this", "past"}  # "last year": a whole year
YEAR_COUNT = 20  # so many acts of one kind in a year are a total, not one operation
YEAR_BACK = {"before", "earlier"}  # "the year before": the whole year before the one told
RUNNING_DETS = {"this", "past"}  # "this year", "the past year": a year running up to now
LAST_UNIT = {"last", "previous"}  # "last year", "the previous month": one whole unit before now
# a stretch counted over: "the first 19 *days*", "the past six *months*", "the first *half* of 2015"
# (unit -> the least count that makes it a span: two days place acts, 19 days count them)
SPAN_UNITS = {"day": 7, "week": 2, "month": 2, "year": 1, "half": 1, "quarter": 1, "decade": 1}
SPAN_MODS = {"first", "past", "last", "previous", "initial", "opening", "latest", "recent"}
# prepositions of a span counted over: "*since* January", "*over* the past six months"
SPAN_PREPS = {"in", "during", "throughout", "over", "since", "within"}
# a stretch told again by a noun naming no date: "within the *same* time *frame*", "over the same *period*"
SAME_SPAN_NOUNS = {"period", "frame", "timeframe"}
# a pace a count is told at: "were murdered at an unprecedented *rate*", "killed at an alarming *pace*"
PACE_NOUNS = {"rate", "pace"}
# noun classes of one act a count can be the toll of: "killed 25 gunmen in a *clash* in 2014"
ONE_ACT_CLASSES = frozenset({"fighting", "armed_attack", "force_context", "explosive", "violence_intent"})
# and of one act or happening that can be a count's subject: "the *arson* that killed 52 people last year"
ONE_ACT_DOERS = ONE_ACT_CLASSES | {"natural", "collision", "crime_kind"}
DEFINITE_DETS = {"the", "this", "that", "these", "those"}  # "killed in *the* attack": one known act
TOTAL_NOUNS = {"total", "number", "tally"}  # "a total of 1,200 agents": the count is on the of-object
WEIGHT_UNITS = {"tonne", "ton", "kilo", "kilogram", "kg", "pound", "gram"}
MAX_TERM_DEPTH = 4  # clauses between a verb and the for-phrase of a deal's term
# CAMEO roots of force (18 assault, 19 fight, 20 mass violence): such an act vowed is planned, not pledged
FORCE_CODES = ("18", "19", "20")
# what one fights figuratively, opposing it (CAMEO 12) rather than using force (noun_classes.csv)
OPPOSED_CLASSES = frozenset({"policy", "approvable", "transaction", "legal_case", "securities", "document",
                             "crime_social", "economic", "money", "abstract_target"})
# the noun class of speech verbs by which a speaker states its own intent ("said it would cooperate")
INTENT_SPEECH = "intent_speech"
# the dummy subject of an extraposed infinitive: "*it* is difficult to arrest them", "*it* can take years to"
DUMMY_SUBJECTS = {"it"}
# prepositions by which a noun names what it shelters from or guards against: "protection *against* attacks"
SHELTER_PREPS = {"against", "from"}
# determiners that make a count a rate: "one *for every* 23 arrests", "four visits *a* month", "*per* share"
RATE_DETS = {"every", "each", "a", "an", "per"}
# units a rate is counted per ("four visits a *month*", "20 killings a *day*")
RATE_UNITS = {"day", "week", "month", "year", "hour", "minute", "quarter", "night", "session", "share",
              "head", "capita", "person", "inhabitant", "resident"}
# the noun class of verbs by which a text lets or makes one act ("the law *allows* police to detain")
LICENSING = "licensing_verb"
# markers of a yes-no question clause: "did not say *whether* he would support", "asked *if* they would meet"
OPEN_QUESTION_MARKS = {"whether", "if"}
# the noun class of verbs of asking, whose if-clause is a question, no condition: "*asked* if they would meet"
ASKING = "asking_verb"
MAX_QUESTION_DEPTH = 3  # infinitives between a trigger and the question clause: "if he planned to visit"
SENSE_COLUMNS = ("lemma", "pos", "cameo", "slot", "test", "classes", "action", "source")
NO_PARTY = "none"  # in a doer/victim condition: no party, or a party with no actor code
STATE = "state"  # in a doer/victim condition: a bare country code ("ISR": the state or its territory)
# CAMEO 1.1b3 role codes (actor codebook): a three-letter code that is none of these is a country
ROLE_CODES = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB",
    "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "ELI", "ENV", "HRI", "IGO", "IMG", "INS", "NGO", "NGM",
    "SEP", "UAF", "REL", "MNC", "PPL", "DEV", "UNO", "IRC", "SET"
})
POLARITY = (("negative", "111"), ("positive", "051"))
INSTANCE_CLASS = "instance_noun"  # example, case, instance, sign: a complement's polarity is its of-phrase's
# entity types of a date or a time: a participle placed in time ("arrested on Monday") tells of an act, and a
# present-tense statement placed in time ("ministers meet next week") of a scheduled act, not a state or habit
TIME_ENTS = {"DATE", "TIME"}
# nouns a relative clause with no relative pronoun tells the time of: "the day he called Calderon"
TIME_HEADS = frozenset({"day", "night", "morning", "afternoon", "evening", "time", "moment", "hour", "week",
                        "month", "year", "weekend"})
COMPLEMENT_POS = {"NOUN", "NUM"}  # a second object that names what the first is: "called him *the person*"
# verbs of staying in a state: "remains *detained*", "stays *jailed*"
STATE_VERBS = {"remain", "stay"}
# the present of "be" and of verbs of staying, as the auxiliary of a passive that tells a state now
PRESENT_BE = {"is", "are", "am", "being", "remains", "remain", "stays", "stay"}
# how a participle hangs on a verb of staying: "remains *detained*"
STATE_COMPLEMENTS = {"acomp", "oprd", "xcomp"}
# prepositions by which a verb names the other party of a meeting: "met *with* the rebels", "talks *between*"
COUNTERPART_PREPS = {"with", "between", "among", "amongst"}
# how a sentence that is no title ends: a title line ("Gunmen Kill Five In Sopore") is told in the present
SENTENCE_ENDS = (".", '."', ".'", ".\u201d")


@dataclass(frozen=True)
class SenseRule:
    """One row of sense_rules.csv (see its header)."""

    lemma: str
    pos: str
    cameos: tuple[str, ...]  # code prefixes, any of which the matched row's code starts with; ("*",) = any
    slots: tuple[str, ...]
    test: str
    classes: frozenset[str]
    min: int
    action: str
    doer: PartyTest | None = None
    victim: PartyTest | None = None

    @property
    def on_parties(self) -> bool:
        """Whether this rule needs the event's parties (a doer or victim condition)."""
        return self.doer is not None or self.victim is not None

    def codes_match(self, cameo: str) -> bool:
        return self.cameos == ("*",) or cameo.startswith(self.cameos)


@dataclass(frozen=True)
class PartyTest:
    """A doer or victim condition: the party's actor code has one of `roles` (a CAMEO role code such as MIL,
    REB; `none` for no party or no code; `state` for a bare country code), or with `negated` none of them;
    `roles` empty = any party."""

    roles: frozenset[str]
    negated: bool = False

    def holds(self, code: str | None, state: bool = True) -> bool:
        """Whether the party with actor `code` meets the condition; with `state` False a bare country code is
        not the state (a person of that country named as the doer: a citizen, not the state)."""
        if not self.roles:
            return True
        found = code_roles(code) if code else {NO_PARTY}
        if state and code and len(code) == 3 and code not in ROLE_CODES:
            found.add(STATE)
        return bool(found & self.roles) != self.negated


def code_roles(code: str) -> set[str]:
    """The three-letter parts of an actor code ("INDCOP" -> {IND, COP}; "UAF" -> {UAF}): a role list never
    names a country, so a country part matches nothing."""
    return {code[i:i + 3] for i in range(0, len(code) - 2, 3)}


def party_test(spec: str, where: str) -> PartyTest | None:
    """"" -> no condition; "*" -> any party; "MIL|COP" -> one of these roles; "!MIL|COP" -> none of them."""
    spec = spec.strip()
    if not spec:
        return None
    if spec == "*":
        return PartyTest(frozenset())
    negated = spec.startswith("!")
    roles = frozenset(split_list(spec.lstrip("!")))
    if not roles or any(r not in {NO_PARTY, STATE} and not (len(r) == 3 and r.isalpha() and r.isupper())
                        for r in roles):
        raise DataError(Code.E010, where, f"bad party condition {spec!r}")
    return PartyTest(roles, negated)


class Senses:
    """Noun classes and sense rules, indexed for lookup by lemma and by word."""

    def __init__(self) -> None:
        self.classes_of: dict[str, set[str]] = defaultdict(set)
        # "exchange>fire": the word is in the class only with that complement ("an exchange of fire",
        # "exchanged fire"; a telephone exchange is no fight)
        self.qualified: dict[str, dict[str, set[str]]] = {}
        synsets = _petrarch_synsets()
        for row in load_table("noun_classes", ("class", "lemma", "source")):
            lemma = row["lemma"].lower()
            if ">" in lemma:
                word, _, complement = lemma.partition(">")
                self.qualified.setdefault(word, {}).setdefault(complement, set()).add(row["class"])
                continue
            # "&CURRENCY": every member of that PETRARCH synset (petrarch_synsets.csv), when it is installed
            for word in synsets.get(lemma.upper(), []) if lemma.startswith("&") else [lemma]:
                self.classes_of[word].add(row["class"])
        known = {c for cs in self.classes_of.values() for c in cs}
        # a class may have only qualified members ("remain>anonymous")
        known |= {c for by_complement in self.qualified.values() for cs in by_complement.values() for c in cs}
        self.rules: dict[str, list[SenseRule]] = defaultdict(list)
        for n, row in enumerate(load_table("sense_rules", SENSE_COLUMNS), 1):
            rule = _sense_rule(row, f"newsevents/data/sense_rules.csv row {n}", known)
            # "@class" and "!@class" rows (lemmas in a class, or not in it) keep their file order among the
            # rows for any lemma
            self.rules["*" if rule.lemma.startswith(("@", "!@")) else rule.lemma].append(rule)
        self._rules_by_lemma: dict[str, list[SenseRule]] = {}
        self._rules_by_use: dict[tuple[str, str, str], list[SenseRule]] = {}

    def rules_for_use(self, lemma: str, cameo: str, pos: str) -> list[SenseRule]:
        """`rules_for(lemma)` that apply to a trigger of this CAMEO code and part of speech, in order, found
        once per (lemma, code, part of speech): a lemma's generic rules are many, most for other codes."""
        key = (lemma, cameo, pos)
        found = self._rules_by_use.get(key)
        if found is None:
            found = self._rules_by_use[key] = [r for r in self.rules_for(lemma)
                                               if r.codes_match(cameo) and r.pos in ("*", pos)]
        return found

    def rules_for(self, lemma: str) -> list[SenseRule]:
        """Rules for this lemma, then rules for any lemma, for a class of lemmas it is in
        ("@person_violence") and for the lemmas outside a class it is not in ("!@gunfire"), in file order
        within each (specific ones first)."""
        found = self._rules_by_lemma.get(lemma)
        if found is None:  # the same few hundred lemmas ask again and again: found once each
            classes = self.classes_of.get(lemma, set())
            generic = [r for r in self.rules.get("*", []) if r.lemma == "*"
                       or (r.lemma.startswith("@") and r.lemma[1:] in classes)
                       or (r.lemma.startswith("!@") and r.lemma[2:] not in classes)]
            found = self._rules_by_lemma[lemma] = self.rules.get(lemma, []) + generic
        return found

    def classes(self, tok: Token) -> set[str]:
        """The noun classes of a word (by lemma and by form); none for a person's name ("Bertie Rice was
        shot": a surname is not the food noun)."""
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return set()
        found = self.classes_of.get(tok.lemma_.lower(), set())
        lower = tok.lower_
        found = found | self.classes_of.get(lower, set()) if lower != tok.lemma_.lower() else found
        qualified = self.qualified.get(tok.lemma_.lower())
        return found | _complement_classes(tok, qualified) if qualified else found


def _complement_classes(tok: Token, qualified: dict[str, set[str]]) -> set[str]:
    """The classes a word has by its complement (noun_classes.csv "exchange>fire"): its object or the object
    of its preposition ("an exchange *of fire*", "exchanged *fire*")."""
    found: set[str] = set()
    for child in tok.children:
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for obj in objects:
            for word in {obj.lemma_.lower(), obj.lower_}:
                found |= qualified.get(word, set())
    return found


def _petrarch_synsets() -> dict[str, list[str]]:
    """PETRARCH's noun synsets by name (`&CURRENCY` -> members), converted from its MIT-licensed CAMEO verb
    dictionary into petrarch_synsets.csv; single words only, since classes are looked up by lemma. Empty when
    the table is not installed."""
    try:
        rows = load_table("petrarch_synsets", ("class", "word"))
    except (FileNotFoundError, DataError):
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if " " not in row["word"]:
            out[row["class"].upper()].append(row["word"].lower())
    return out


def _sense_rule(row: dict[str, str], where: str, known: set[str]) -> SenseRule:
    slots = tuple(split_list(row["slot"]))
    for slot in slots:
        prep_slot = slot.startswith(("pobj:", "pcomp:")) and len(slot) > slot.index(":") + 1
        if slot not in SLOTS and not prep_slot:
            raise DataError(Code.E010, where, f"unknown slot {slot!r}")
    if row["test"] not in TESTS:
        raise DataError(Code.E010, where, f"unknown test {row['test']!r}")
    classes = frozenset(split_list(row["classes"]))
    if classes - known:
        raise DataError(Code.E010, where, f"unknown noun class(es) {', '.join(sorted(classes - known))}")
    action = row["action"]
    if not (action in {"drop", "keep", "polarity"} or (action.startswith("code:") and action[5:].isdigit())):
        raise DataError(Code.E010, where, f"bad action {action!r}")
    if row["lemma"].startswith(("@", "!@")) and row["lemma"].lstrip("!")[1:] not in known:
        raise DataError(Code.E010, where, f"unknown lemma class {row['lemma']!r}")
    if row["pos"] not in {"VERB", "NOUN", "*"}:
        raise DataError(Code.E010, where, f"pos must be VERB, NOUN or *, not {row['pos']!r}")
    return SenseRule(row["lemma"].lower(), row["pos"], tuple(split_list(row["cameo"])), slots, row["test"],
                     classes, int(row.get("min") or 1), action, party_test(row.get("doer") or "", where),
                     party_test(row.get("victim") or "", where))


@cache
def default_senses() -> Senses:
    """The shipped noun classes and sense rules, loaded once per process."""
    return Senses()


def sense_of(tok: Token, pos: str, rule: TriggerRule, reader: ArgumentReader) -> TriggerRule | None:
    """The trigger rule this use of `tok` codes with, or None when it is not the event in this sense."""
    return _first_sense(tok, pos, rule, reader, lambda sense: not sense.on_parties)


def party_sense(tok: Token, pos: str, rule: TriggerRule, reader: ArgumentReader, source: str | None,
                target: str | None) -> TriggerRule | None:
    """The trigger rule one source-target pair of an event codes with (actor codes, None when the party is
    missing or uncoded), by the rules with a doer or victim condition; None when it is not the event."""
    # a country code alone on a person ("Javier Sicilia led protests", coded MEX) is a citizen, not the state
    state = not _person_doer(tok, reader)

    def applies(sense: SenseRule) -> bool:
        return (sense.on_parties and (sense.doer is None or sense.doer.holds(source, state))
                and (sense.victim is None or sense.victim.holds(target)))
    return _first_sense(tok, pos, rule, reader, applies)


def _first_sense(tok: Token, pos: str, rule: TriggerRule, reader: ArgumentReader,
                 applies: Callable[[SenseRule], bool]) -> TriggerRule | None:
    """Apply the first rule for `tok` that `applies` and whose test holds (see sense_rules.csv)."""
    senses = default_senses()
    filled: dict[str, list[Token]] = {}  # slot -> its words: a lemma's rules ask for the same few slots

    def slot(name: str) -> list[Token]:
        if name not in filled:
            filled[name] = slot_words(tok, name)
        return filled[name]

    for sense in senses.rules_for_use(tok.lemma_.lower(), rule.cameo, pos):
        if not applies(sense):
            continue
        if sense.test == "without":  # the first slot filled and none of the others
            first, *others = sense.slots
            if not slot(first) or any(slot(s) for s in others):
                continue
            words = slot(first)
        elif sense.test == "any" and sense.action != "polarity":
            words = []  # (the test holds whatever fills the slots, and only a polarity reads their words)
        else:
            words = [w for name in sense.slots for w in slot(name)]
        if sense.test != "without" and not _holds(sense, words, senses, reader):
            continue
        if sense.action == "drop":
            return None
        if sense.action == "keep":
            return rule
        if sense.action == "polarity":
            code = _polarity(words, senses)
            return replace(rule, cameo=code) if code else None
        return replace(rule, cameo=sense.action[5:])
    return rule


def _holds(sense: SenseRule, words: list[Token], senses: Senses, reader: ArgumentReader) -> bool:
    if sense.test == "any":
        return True
    if sense.test == "present":
        return len({w.i for w in words}) >= sense.min
    if sense.test == "absent":
        return not words
    if sense.test == "not_actor":
        return bool(words) and not any(_may_be_actor(w, senses, reader) for w in words)
    if sense.test == "place":
        return any(_is_place(w, reader) or senses.classes(w) & sense.classes for w in words)
    hits = {w.lemma_.lower() for w in words if senses.classes(w) & sense.classes}
    return len(hits) >= sense.min


def _may_be_actor(tok: Token, senses: Senses, reader: ArgumentReader) -> bool:
    """Whether a slot word can name an actor: an entity, a role ("the minister"), a person or group noun, a
    pronoun or a number ("freed three"); a common noun of another kind cannot."""
    if tok.i in reader.mention_entity or tok.pos_ in {"PROPN", "NUM"}:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ACTOR_PRONOUNS
    if "group_count" in senses.classes(tok):  # "dozens of activists" are people; "dozens of reports" are not
        return any(_may_be_actor(pobj, senses, reader) for prep in tok.children
                   if prep.dep_ == "prep" and prep.lower_ == "of"
                   for pobj in prep.children if pobj.dep_ == "pobj")
    return "person" in senses.classes(tok) or reader.kb.roles.get(normalize(tok.lemma_)) is not None


def _person_doer(tok: Token, reader: ArgumentReader) -> bool:
    """Whether the trigger's doer is a person named: its subject or possessor, or for a noun that is a verb's
    object the verb's subject ("*Sicilia* led protests"), is a PERSON entity."""
    doers = [*slot_words(tok, "nsubj"), *slot_words(tok, "poss")]
    if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ == "VERB":
        doers += slot_words(tok.head, "nsubj")
    for word in doers:
        eid = reader.mention_entity.get(word.i)
        if eid is not None and eid in reader.entities and reader.entities[eid].type == "PERSON":
            return True
    return False


def _is_place(tok: Token, reader: ArgumentReader) -> bool:
    """Whether a slot word names a place: a place entity ("Kunduz") or a word the parser typed as one."""
    eid = reader.mention_entity.get(tok.i)
    if eid is not None and eid in reader.entities:
        return reader.entities[eid].type in PLACE_TYPES
    return tok.ent_type_ in PLACE_TYPES


def _polarity(words: list[Token], senses: Senses) -> str | None:
    """111 if the complement ("unjustified", "a serious mistake") is negative, 051 if positive, else None."""
    # "an extreme example of *protectionism*": the of-phrase's polarity first, else the complement's own
    found = _polarity_of(_instance_of(words, senses), senses)
    return found or _polarity_of([*words, *_one_of(words)], senses)  # "one of the main *enemies*"


def _polarity_of(heads: list[Token], senses: Senses) -> str | None:
    """111 if a head or one of its adjective or compound modifiers is negative, 051 if positive, else None."""
    modifiers = {"amod", "acomp", "compound"}
    nodes = [n for w in heads for n in (w, *(c for c in w.children if c.dep_ in modifiers))]
    for cls, code in POLARITY:
        if any(cls in senses.classes(n) for n in nodes):
            return code
    return None


def _instance_of(words: list[Token], senses: Senses) -> list[Token]:
    """What an instance noun's of-phrase names: "an example of *protectionism*", "a case of *aggression*": the
    complement says the thing is one of those, so their polarity is the complement's, not the instance
    noun's ("example" alone is praise: "a good example")."""
    return [pobj for w in words if INSTANCE_CLASS in senses.classes(w)
            for prep in w.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _one_of(words: list[Token]) -> list[Token]:
    """The nouns a partitive complement picks from: "one of the main *enemies*", "some of the *allies*"."""
    return [pobj for w in words if w.pos_ in {"NUM", "PRON"} or w.lower_ in {"one", "some", "each"}
            for prep in w.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _maker_named(obj: Token, verb: Token) -> bool:
    """Whether the sentence says who put forward the thing `obj` that `verb` takes up or turns down: a
    possessor that is no pronoun ("Centaur's bid"), a from- or by-phrase ("the offer from Regal", "a bid made
    by Regal"), or an of-phrase naming a proper noun ("the demands of the EC"; not "the sale of its unit"). A
    from- or by-phrase the parser hung on the verb counts when it names a proper noun right after the object
    ("rejected the bid from Centaur")."""
    def named(prep: Token, kinds: set[str]) -> bool:
        # (an of-phrase is a maker only as a name: "the demands of the EC", not "the sale of its unit")
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        return prep.dep_ == "prep" and prep.lower_ in kinds and any(
            prep.lower_ != "of" or p.pos_ == "PROPN" for p in objects)
    # (a possessive pronoun names no one here: "rejected its bids" may be anyone's)
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
        return True
    if any(named(c, {"from", "by", "of"}) for c in obj.children):
        return True
    # "a bid made by Regal": the participle's by-agent
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
           for c in obj.children):
        return True
    return any(named(c, {"from", "by"}) and 0 < c.i - obj.right_edge.i <= 2
               and any(p.pos_ == "PROPN" for p in c.children) for c in verb.children)


def slot_words(tok: Token, slot: str) -> list[Token]:
    """The words that fill `slot` of the trigger `tok` (see sense_rules.csv for the slot names)."""
    children = children_of(tok)
    if slot == "dobj":
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        deps = {"nsubjpass"} if passive else {"dobj"}
        found = _with_conjuncts(c for c in children if c.dep_ in deps)
        if not found and not passive and not any(c.dep_ in {"prep", "prt", "dative"} for c in children):
            # "received and purchased shares": a conjoined verb's object ("shot at and seized" has its own)
            found = _with_conjuncts(o for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                                    and not any(s.dep_.startswith("nsubj") for s in c.children)
                                    for o in c.children if o.dep_ == "dobj")
        if not found and not passive:
            found = _reduced_relative_objects(tok)
        if tok.dep_ == "relcl" and all(f.lower_ in RELATIVES for f in found):
            # "the assets that the bank is handing over": the relative clause's object is the noun it modifies
            subjects = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in RELATIVES]
            return [tok.head] if found or (subjects and not passive) else found
        return found
    if slot == "nsubj":  # the doer of an active verb: "the quake *struck* ..."
        subjects = _with_conjuncts(c for c in children if c.dep_ == "nsubj")
        # "the quake, which *struck* at dawn": a relative pronoun's doer is the noun the clause describes
        return [_antecedent(tok, s) for s in subjects]
    if slot == "nsubj_one_of":  # "one of the *attackers* met him": the nouns a partitive subject picks from
        return _one_of(slot_words(tok, "nsubj"))
    if slot == "dobj_bare":  # "met *opposition* from X", "met stiff *resistance*"; not "met *the opposition*"
        return [o for o in slot_words(tok, "dobj") if not _definite(o)]
    if slot == "oprd":  # "called the move *unjustified*", and complements the parser gave another relation
        return [c for c in children if c.dep_ == "oprd"] + _misparsed_complements(tok)
    if slot in {"dative", "xcomp", "poss", "nummod"}:
        return [c for c in children if c.dep_ == slot]
    if slot == "agent":
        return _with_conjuncts(p for c in children if c.dep_ == "agent"
                               for p in c.children if p.dep_ == "pobj")
    if slot.startswith("pobj:"):
        prep = slot[5:]
        return _with_conjuncts(p for c in children if c.dep_ in {"prep", "dative"} and c.lower_ == prep
                               for p in c.children if p.dep_ == "pobj")
    if slot.startswith("pcomp:"):  # "charged *with* carrying out patrols": the gerund of the preposition
        prep = slot[6:]
        return [p for c in children if c.dep_ == "prep" and c.lower_ == prep
                for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]
    if slot == "ccomp":
        out = []
        for comp in (c for c in children if c.dep_ == "ccomp"):
            subjects = [s for s in comp.children if s.dep_ in {"nsubj", "nsubjpass", "expl"}]
            out.extend(subjects or [comp])
        return out
    if slot == "caux":
        return [a for c in children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "aux"]
    if slot == "mark":  # a wh-word may be a fronted object's determiner: "asked *what* role X would play"
        return [w for c in children if c.dep_ in {"ccomp", "advcl"} for m in c.children
                for w in (m, *(d for d in m.children if d.i < m.i and m.i < c.i))
                if (w is m and w.dep_ == "mark") or (w.tag_ in WH_TAGS and w.i < c.i)]
    if slot == "prt":  # the parser gives "shot back" as a particle or as an adverb
        return [c for c in children if c.dep_ in {"prt", "advmod"}]
    if slot == "governor":  # "ready to *continue talks*": a nominal trigger the object of such a complement
        verb = tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.i != tok.i else tok
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
                and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head  # "known to recruit children and *threaten* them": the first verb's governor
        return [verb.head] if verb.dep_ == "xcomp" and verb.head.i != verb.i else []
    if slot == "noun_governor":  # "an *offer* to acquire", "a *pledge* to meet": an infinitive on a noun
        return [tok.head] if (tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
                              and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)) else []
    if slot == "infinitive_head":  # "the *inability* to convict", "the *ability* to carry out kidnappings"
        return _infinitive_head(tok)
    if slot == "name_mod":  # "deal with *the EPP* threat": the danger a named party poses, no threat made
        return _name_mod(tok)
    if slot == "active_governor":  # "he *hopes* to meet them"; not "they are *expected* to meet" (a forecast)
        return [g for g in slot_words(tok, "governor") if not _passive_or_participle(g)]
    if slot == "controller":
        return _controller(tok)
    if slot == "relcl_pluperfect":  # "*women* who had met her": a relative clause telling who some people are
        head = tok.head
        pluperfect = any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children)
        # a kind of people ("women", "many residents"), not particular ones ("the minister, who had met")
        kind = head.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} and c.lower_ not in INDEFINITE_DETS
                                              for c in head.children)
        return [head] if tok.dep_ == "relcl" and pluperfect and kind and head is not tok else []
    if slot == "relcl_present":  # "*voters* who support him": a present relative clause describes its noun
        present = tok.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in children)
        return [tok.head] if tok.dep_ == "relcl" and present and tok.head.i != tok.i else []
    if slot == "relcl_kind_passive":  # "90 percent of *those* who are arrested": a kind of people, no act
        return _kind_passive_head(tok)
    if slot == "relcl_head":  # "the *fees* it charges companies": the noun a relative clause trigger modifies
        return [tok.head] if tok.dep_ == "relcl" and tok.head.i != tok.i else []
    if slot == "negated_head_mod":  # "this is not the *first* time that police have been accused": the
        # adjectives of the noun a relative clause trigger modifies, when the verb that noun hangs on is
        # negated
        head = tok.head
        if tok.dep_ != "relcl" or head.i == tok.i or head.head.i == head.i:
            return []
        if not any(c.dep_ == "neg" for c in head.head.children):
            return []
        return [c for c in head.children if c.dep_ == "amod"]
    if slot == "dobj_mod":  # "established *commercial* relations"
        return [m for o in slot_words(tok, "dobj") for m in o.children if m.dep_ in {"amod", "compound"}]
    if slot == "partitive_count":  # "of the 42 *cases* reviewed, 19 minors have been charged": a count out of
        # a total; a counted subject the fronted of / among phrase picks from
        counted = any(c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "NUM" or any(
            n.dep_ == "nummod" for n in c.children)) for c in children)
        return [p for c in children if counted and c.dep_ == "prep" and c.lower_ in {"of", "among"}
                and c.i < tok.i for p in c.children if p.dep_ == "pobj"]
    if slot == "dobj_pobj":  # "provided assistance to *the market*": what the object's phrases name
        return _with_conjuncts(p for o in slot_words(tok, "dobj") for c in o.children if c.dep_ == "prep"
                               for p in c.children if p.dep_ == "pobj")
    if slot == "dobj_unowned":  # "supporting *claims* that": no possessor nor of-phrase says whose they are
        return [o for o in slot_words(tok, "dobj") if not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)]
    if slot == "dobj_makerless":  # "rejected the *bid*"; not "rejected Centaur's bid", "the bid from Centaur"
        return [o for o in slot_words(tok, "dobj") if not _maker_named(o, tok)]
    if slot == "dobj_of":  # "seized control of *the region*"
        return _with_conjuncts(p for o in slot_words(tok, "dobj") for c in o.children
                               if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj")
    if slot == "dobj_of_common":  # "supports this pattern *of exchange rates*": the of-phrase of a common
        # noun object, which says what it is; a name's of-phrase is part of it ("the Ministry of Trade"), and
        # an object a name owns is that party's act ("the Bank of Israel's raising of interest rates"), as a
        # gerund is an act ("supported a gradual decoupling of subsidies": a policy endorsed)
        return _with_conjuncts(p for o in slot_words(tok, "dobj") if o.pos_ == "NOUN" and not o.ent_type_
                               and not o.lower_.endswith("ing")
                               and not any(c.dep_ in {"poss", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_)
                                           for c in o.children)
                               for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj")
    if slot == "dobj_one_of":
        # "killed one of its sacred *cows*": a partitive object is of the kind of the nouns it picks from
        return _with_conjuncts(_one_of(slot_words(tok, "dobj")))
    if slot == "xcomp_passive":  # "asked not to be *identified*": a passive infinitive, no object of its own
        return [c for c in children if c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children)
                and not any(o.dep_ in {"dobj", "dative"} for o in c.children)]
    if slot == "xcomp_dobj":  # "agreed to halt *negotiations*", "agreed to issue 10 mln dlrs of *stock*"
        objects = _with_conjuncts(o for c in children if c.dep_ == "xcomp"
                                  for o in c.children if o.dep_ in {"dobj", "nsubjpass"})
        # an amount's of-phrase names what it is of: "10 mln dlrs of stock", not "the transformation of units"
        amounts = [o for o in objects if o.pos_ == "NUM" or any(c.dep_ == "nummod" for c in o.children)]
        return objects + [p for o in amounts for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
    if slot == "head_xcomp_dobj":  # "grant Nippon a *warrant* to purchase *shares*": the parser hangs the
        # noun's infinitive on the verb whose object the noun is
        if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "nsubjpass"} or tok.head.i == tok.i:
            return []
        return slot_words(tok.head, "xcomp_dobj")
    if slot == "participle_subject":  # "with security *forces* occupied on the other side": a past participle
        # with its own subject and no auxiliary is a state told of that subject (an absolute clause), no act
        bare = tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children)
        return [c for c in children if c.dep_ == "nsubj"] if bare else []
    if slot == "bare_singular":  # "following *talk* that X passed", "there is *talk* of a cut": a mass noun
        determined = any(c.dep_ in {"det", "poss", "nummod"} for c in children)
        return [tok] if tok.tag_ == "NN" and not determined else []
    if slot == "rate":
        return _rate(tok)
    if slot == "negated_term":
        return _negated_term(tok)
    if slot == "year_total":
        return _year_total(tok)
    if slot == "separate_tally":  # "eight persons were killed in *separate* incidents": a tally of acts
        return _separate_tally(tok)
    if slot == "speculated_kind":  # "police *might* be assisting criminals": a guess at acts of a kind
        return _speculated_kind(tok)
    if slot == "aimed_kind":  # "the decree will *help* police capture criminals": a stated aim, no act
        return _aimed_kind(tok)
    if slot == "year_amount":  # "seized $18 million in counterfeit bills in 2014": a sum over the year
        return _year_total(tok, amounts=True)
    if slot == "opinion_passive":
        return _opinion_passive(tok)
    if slot == "counterfactual":
        return _counterfactual(tok)
    if slot == "dobj_mod_present":  # "allows four *weekly* visits": a standing rule in the simple present
        return slot_words(tok, "dobj_mod") if _simple_present(tok) else []
    if slot == "given_name":  # "a fund *called* the Capco group", "will be *called* Champion Inc"
        return _given_name(tok)
    if slot == "withheld":  # "declined to disclose the *price*", "declined to say how *much* it paid"
        return _withheld(tok)
    if slot == "own_mark":  # "did not say *whether* he would support": the trigger's own clause is a question
        return _question_mark(tok)
    if slot == "speaker_neg":  # "did *not* say he would support": no intent is expressed
        return [n for s in slot_words(tok, "speaker") for n in s.children if n.dep_ == "neg"]
    if slot == "ccomp_adv":  # "agreed that the inquiry will *likely* stall": the that-clause's own adverbs
        return [a for c in children if c.dep_ == "ccomp" for a in c.children if a.dep_ == "advmod"]
    if slot == "comp_dobj":  # "urged that they convert their *shares*", "agreed to issue it with *shares*"
        comps = [c for c in children if c.dep_ in {"xcomp", "ccomp"}]
        return _with_conjuncts(o for c in comps for o in (
            *(d for d in c.children if d.dep_ in {"dobj", "nsubjpass"}),
            *(p for w in c.children if w.dep_ == "prep" and w.lower_ in {"with", "into"}
              for p in w.children if p.dep_ == "pobj")))
    if slot == "generic_frame":
        return _generic_frame(tok)
    if slot == "generic_passive":  # "extortion *fees* are demanded from bus drivers": a practice, no one act
        return _generic_passive(tok)
    if slot == "gerund_subject":  # "calling for X *sounds* serious": an act in general, said to be so now
        return _gerund_subject(tok)
    if slot == "gerund_activity":  # "units that *assist* agents in killing traffickers": a kind of activity
        return _gerund_activity(tok)
    if slot == "gerund_head":  # "per kidnapping *victim*", "consulting *work*": a compound read as an object
        return _gerund_head(tok)
    if slot == "habitual_past":  # "the FARC *used* to kidnap businessmen": what was done as a habit
        return _habitual_past(tok)
    if slot == "kind_patient":  # "the killing of *mayors* is a way to send a message": acts on a kind
        return _kind_patient(tok)
    if slot == "past_condition":  # "*if* demands were not met, the rebels would kidnap": a habit or unreal
        return _past_condition(tok)
    if slot == "negated_condition":  # "would kill them *if* they do not agree to pay": what must be done
        return _negated_condition(tok)
    if slot in {"threat_unless", "threat_if"}:  # "would buy elsewhere *unless* they relent": a threat
        return _threat_condition(tok, slot[7:])
    if slot == "ccomp_other_party":  # "warned that *the gangs* have expanded": a view of another party
        return _other_party_clause(tok)
    if slot == "bare_act":  # "as the group *warned* in 2018": no one addressed, nothing said
        return _bare_act(tok)
    if slot == "condition_frame":  # "in the *event* of war": an act named only as a condition
        return _condition_frame(tok)
    if slot == "habitual_present":  # "because they *kill* them": an act in the simple present, a habit
        return _habitual_present(tok)
    if slot == "negated_present":  # "that country *does not extradite* its citizens": a standing practice
        return _negated_present(tok)
    if slot == "standing_passive":  # "most clubs *are supported* by companies": a standing state
        return _standing_passive(tok)
    if slot == "under_frame":  # "*came* under attack": the verb an attack is suffered under
        return _under_frame(tok)
    if slot == "under_for":  # "came under fire *for* its plans": what the criticism is for
        frame = _under_frame(tok)
        return [c for w in (*frame, tok) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"]
    if slot in {"purpose_of", "purpose_of_passive"}:
        return _purpose_of(tok, passive_only=slot == "purpose_of_passive")
    if slot == "existential_case":  # "there *are* cases of officers who commit murders": a kind of act
        return _existential_case(tok)
    if slot == "protest_purpose":  # "went on *strike* to press for higher wages": what the protest is for
        return _protest_purpose(tok)
    if slot == "pp_head":  # "protection *against* attacks", "a respite *from* offensives"
        head = tok.head
        if not (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in SHELTER_PREPS
                and head.head.pos_ in {"NOUN", "VERB"} and head.head.i != head.i):
            return []
        return [head.head, *_governing_verb(head.head)]
    if slot == "governor_nsubj":  # "the *law* allows police to detain suspects": what licenses the act
        head = tok.head
        licensed = (tok.dep_ in {"xcomp", "ccomp"} and _infinitive(tok) and head is not tok
                    and head.pos_ == "VERB" and LICENSING in default_senses().classes(head))
        if not licensed:
            return []
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        # "drafted a *law* that will enable Bolivia to shoot down drug flights": the relative's noun
        relative = (head.dep_ == "relcl" and head.head.i != head.i
                    and any(c.lower_ in RELATIVES for c in subjects))
        return [*subjects, head.head] if relative else subjects
    if slot == "stat_head":  # "an *increase* in assassinations", "the *number* of killings": a statistic
        head = tok.head
        if tok.pos_ == "VERB":  # "the *number* of migrants detained", "a *history* of kidnapping migrants"
            return _counted_participle(tok) + (_gerund_phrase_head(tok) if tok.tag_ == "VBG" else [])
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "pcomp":
            return _gerund_phrase_head(head)  # "a *precedent* for police committing killings"
        first = tok  # "instances of rape, abuse and *attacks*": a later conjunct hangs where the first does
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
            first = first.head
        head = first.head
        return [head.head] if (tok.pos_ == "NOUN" and first.dep_ == "pobj" and head.dep_ == "prep"
                               and head.lower_ in {"in", "of"} and head.head.i != head.i
                               and head.head.pos_ == "NOUN" and not _vague_count(head.head)) else []
    if slot == "tally_object":  # "killings hit a 10-year *high*", "are on track to reach the same *levels*"
        return _tally_object(tok)
    if slot == "trend":  # "attacks have *grown* more *frequent*", "a *growing* stream of allegations"
        return _trend(tok)
    if slot == "generic_subject":  # "when *gangs* kidnap migrants": a kind of doer in the simple present
        return _generic_subject(tok)
    if slot == "kind_predicate":  # "*attacks* on police are *rare*": what a kind of act is said to be
        return _kind_predicate(tok)
    if slot == "frame_verb":  # "is a threat", "*poses* a threat", "the threat *posed* by crime"
        framing = [tok.head] if tok.dep_ in {"attr", "dobj"} and tok.head.i != tok.i else []
        return framing + [c for c in children if c.dep_ == "acl"]
    if slot == "lone_subject":  # "the *parliament* meets next Tuesday": a body with no one to meet
        return _lone_subject(tok)
    if slot == "ability":  # "gangs *can* kill", "have been *able* to ambush": a capability, no act
        return _ability(tok)
    if slot == "known_for":  # "*known* for kidnapping migrants": a character told, no act
        return _known_for(tok)
    if slot == "charge_of":  # "*accused* of murder and extortion": a crime named as a charge
        return _charge_of(tok)
    if slot == "state_participle":  # "*Jacana*, incarcerated in *prison*": a participle telling a state
        return _state_participle(tok)
    if slot == "speaker":  # "the gang said it *would kill* them": the speech verb over its own future act
        return [tok.head] if _own_future(tok) else []
    if slot == "compound":
        return [tok.head] if tok.dep_ == "compound" and tok.head.i != tok.i else []
    if slot == "acl":  # "a cable first obtained by X and *released* by Y": a conjoined participle's noun too
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == tok.pos_:
            head = head.head
        return [head.head] if head.dep_ == "acl" and head.head.i != head.i else []
    if slot == "acl_owner":  # "*a statement* by Ferruzzi released by its office": the noun a by / of phrase
        return _acl_owner(tok)
    if slot == "according":  # "*according* to a release of KCP": a nominal trigger named as one's source
        return _according(tok)
    if slot == "conj_subject":  # "the proposal protected X and *was received* by them": a conjunct's subject
        return _conj_subject(tok)
    if slot == "traveller":  # "the *vessel's* return trip", "the *vessel* was concluding a trip"
        return _traveller(tok)
    if slot == "mod":  # the trigger's own modifiers: "the *gang* threat", "*strong* demand"
        return [c for c in children if c.dep_ in {"compound", "amod", "nmod"}]
    # the words around a trigger, without verbs ("to match the offer" names no sports match)
    if slot == "near":
        return [w for c in children for w in (c, *c.children) if w.pos_ not in {"VERB", "AUX"}]
    if slot == "sentence":  # within SENTENCE_REACH words of the trigger: a run-on sentence is not read whole
        sent = sentence_of(tok)
        near = tok.doc[max(sent.start, tok.i - SENTENCE_REACH):min(sent.end, tok.i + SENTENCE_REACH + 1)]
        return [w for w in near if w is not tok and w.pos_ not in {"VERB", "AUX"}]
    if slot == "sentence_verbs":  # the same words with verbs: "rescue two masons, *abducted* on July 27"
        sent = sentence_of(tok)
        near = tok.doc[max(sent.start, tok.i - SENTENCE_REACH):min(sent.end, tok.i + SENTENCE_REACH + 1)]
        return [w for w in near if w is not tok]
    return []


def _reduced_relative_objects(verb: Token) -> list[Token]:
    """The object the parser made the subject of a bare past participle clause: "struck *the IED* planted
    beside a road" read as "struck [that] the IED planted"; a participle with no auxiliary and no marker
    cannot head a clause of its own, so its subject is the verb's object described by the participle."""
    return [s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBN"
            and not any(a.dep_ in {"aux", "auxpass", "mark"} for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]


def _infinitive_head(tok: Token) -> list[Token]:
    """The noun whose infinitive complement the trigger is ("the *inability* to convict suspects"), or, for a
    nominal trigger, the noun whose infinitive takes it as object ("the *ability* to carry out kidnappings").
    """
    # (session 41) a capability or an effort names an act one can or tries to do, not one done
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i != tok.i else tok
    return slot_words(verb, "noun_governor") if verb.pos_ == "VERB" else []


def _name_mod(tok: Token) -> list[Token]:
    """The proper-name compound modifiers of a nominal trigger with "the" and no complement of its own ("the
    *EPP* threat"); none with a preposition, a clause or an infinitive on it ("the FARC threat to kill him").
    """
    # (session 41) "the EPP threat" names the standing danger the group poses; a threat made has an
    # addressee, a content or a maker told ("a threat against the mayor", "a LeT threat was received")
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return []
    if any(c.dep_ in {"prep", "acl", "relcl", "ccomp", "appos"} for c in children):
        return []
    return [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def _acl_owner(tok: Token) -> list[Token]:
    """The noun whose by / of phrase holds the noun a participle trigger modifies: the parser hangs a
    participle on the nearer noun of "a statement by Ferruzzi released by its office", so what was released is
    the phrase's head, "statement", not "Ferruzzi"."""
    owners = []
    for noun in slot_words(tok, "acl"):
        prep = noun.head
        if (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"by", "of", "from"}
                and prep.head.i != prep.i and prep.head.pos_ == "NOUN"):
            owners.append(prep.head)
    return owners


def _according(tok: Token) -> list[Token]:
    """The word "according" of an "according to" phrase whose object is the nominal trigger ("according to a
    release of KCP"): a text one cites as a source, not an act it tells."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ != "to" or prep.i == tok.i:
        return []
    head = prep.head
    return [head] if head.lower_ == "according" and head.i == prep.i - 1 else []


def _conj_subject(verb: Token) -> list[Token]:
    """The subject a conjoined verb with none of its own shares with the verb it is joined to ("the *proposal*
    protected X and was received by Y"): the parser hangs it on the first verb only."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    head = verb.head
    return [_antecedent(head, s) for s in _with_conjuncts(c for c in head.children
                                                          if c.dep_ in {"nsubj", "nsubjpass"})]


def _traveller(noun: Token) -> list[Token]:
    """Who or what makes a journey a nominal trigger names: its possessor and by-phrase ("the *vessel's*
    trip", "a trip by *officials*"), and the subject of the verb it is the object or on-phrase of, through the
    verbs that share their subject ("the *vessel* was concluding a trip", "*travelers* are expected to switch
    to complete the trip"), with the of-objects of a counted subject ("30 pct of *travelers*")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    found += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"]
    verb: Token | None = None
    if noun.dep_ == "dobj" and noun.head.i != noun.i:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in JOURNEY_PREPS and noun.head.head.i != noun.head.i:
        verb = noun.head.head
    for _ in range(MAX_TRAVELLER_DEPTH):
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            break
        subjects = [_antecedent(verb, c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            found += _with_conjuncts(subjects)
            found += [p for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
            break
        verb = verb.head if verb.dep_ in SHARED_SUBJECT_DEPS and verb.head.i != verb.i else None
    return found


def _passive_or_participle(verb: Token) -> bool:
    """Whether `verb` is passive ("is *expected* to meet") or a participle describing a noun ("officials
    *expected* to meet", a bare "expected" the parser cut from its "is"): someone else's forecast or plan,
    not the subject's own stated aim; "has hoped to meet" is the subject's own."""
    if verb.dep_ in {"acl", "amod"} or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


WITHHELD_PREPS = {"on", "about"}  # "declined to comment *on* the price"
WITHHELD_DEPS = {"dobj", "nsubj", "nsubjpass", "attr"}


def _misparsed_complements(tok: Token) -> list[Token]:
    """An object complement the parser gave another relation, in a clause with an object: a second direct
    object ("called him *the person* who leads"), a common noun in apposition right after the object with no
    comma ("called Jose Perez *a regional head*"), a partitive "one of" on the object ("called Venezuela *one*
    of the top routes"), or the object of a relative clause with no relative pronoun, whose noun is the one
    the clause names ("the groups the government calls *BACRIMs*")."""
    children = list(tok.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects:
        return []
    first = objects[0]
    found = [o for o in objects[1:] if o.pos_ in COMPLEMENT_POS and o.head.i == tok.i]
    for child in first.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > first.i and _bare_gap(first, child) \
                and any(d.dep_ == "det" for d in child.children):
            found.append(child)  # "a regional head": described, not a second person told of with commas
        if child.dep_ == "nummod" and child.lower_ == "one" and any(
                p.dep_ == "prep" and p.lower_ == "of" for p in child.children):
            found.append(child)
    if tok.dep_ == "relcl" and tok.head.i < tok.i and _names_its_head(tok, children):
        found.extend(objects)
    return found


def _bare_gap(first: Token, later: Token) -> bool:
    """Whether nothing but the later phrase's own left words stands between a noun and a later phrase: no
    comma, dash or bracket ("X *a* regional head", not "X, a regional head")."""
    return not any(t.is_punct for t in first.doc[first.i + 1:later.left_edge.i])


def _names_its_head(tok: Token, children: list[Token]) -> bool:
    """Whether a relative clause with an object and no relative pronoun gives its noun a name ("the groups
    the government calls BACRIMs"), not a time it happened on ("the day he called Calderon")."""
    head = tok.head
    if any(w.lower_ in RELATIVES or w.tag_ in WH_TAGS for c in children for w in (c, *c.children)):
        return False  # "the man *whom* he called", "cases *in which* a gang calls a victim": no name given
    return (head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ not in TIME_ENTS
            and head.lemma_.lower() not in TIME_HEADS)


def _given_name(tok: Token) -> list[Token]:
    """The name a verb of calling gives: an object complement that is a proper noun or has one as a compound
    on a verb with no active subject and no direct object ("a group, *called* the Capco *group*", "will be
    *called* Champion Enterprises *Inc*"; not "Macron called Putin", a name the parser made a complement), or
    the proper-noun object of a bare past participle, one with no auxiliary, subject or by-phrase ("a unit
    called *Intermark*", "a company he formed, called MTS *Corp*")."""
    children = list(tok.children)
    bare_participle = tok.tag_ == "VBN" and not any(c.dep_ in PARTICIPLE_BLOCKERS for c in children)
    if any(c.dep_ in {"nsubj", "dobj"} for c in children) and not bare_participle:
        return []  # "Macron called [Russian President Vladimir Putin]": one who calls acts (a name as oprd)
    return [c for c in children if c.dep_ in {"oprd", "dobj"} and _proper(c)]


def _proper(noun: Token) -> bool:
    """Whether a noun phrase is a name: its head or one of its compounds is a proper noun."""
    return noun.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _withheld(tok: Token) -> list[Token]:
    """What a refused telling would have told: the objects of the trigger's infinitive ("declined to
    disclose the *price*", "to comment on the *terms*") and the subject, object or attribute of that
    infinitive's clause complement or of the clause's own infinitive ("to say how large the *losses* were",
    "to say how *much* it expected to receive")."""
    found: list[Token] = []
    for verb in (c for c in tok.children if c.dep_ == "xcomp"):
        found += [o for o in verb.children if o.dep_ == "dobj"]
        found += [p for w in verb.children if w.dep_ == "prep" and w.lower_ in WITHHELD_PREPS
                  for p in w.children if p.dep_ == "pobj"]
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            inner = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
            found += [w for v in inner for w in v.children if w.dep_ in WITHHELD_DEPS]
    return _with_conjuncts(found)


def _question_mark(tok: Token) -> list[Token]:
    """The whether / if of the yes-no question clause the trigger is in: its own clause ("did not say
    *whether* he would support"), or one it is the infinitive complement of ("asked *if* he planned to
    visit"); an if-clause is a question only as a that-clause complement or on a verb of asking ("*Asked if*
    Indonesia would support ...", a reporter's question), elsewhere a condition ("if they attack, ...")."""
    node = tok
    for _ in range(MAX_QUESTION_DEPTH):
        marks = [m for m in node.children if m.dep_ == "mark" and m.lower_ in OPEN_QUESTION_MARKS]
        head = node.head
        asking = node.dep_ == "advcl" and ASKING in default_senses().classes(head)
        if marks and (node.dep_ == "ccomp" or asking):
            return marks
        if node.dep_ != "xcomp" or head.i == node.i:
            return []
        node = head  # "asked if he planned to *visit*": the question is the governing verb's clause
    return []


def _ability(tok: Token) -> list[Token]:
    """The word that makes the trigger a capability rather than an act: the modal "can" of its verb ("the
    gangs *can* extort drivers"), or the adjective of ability whose infinitive it is ("have even been *able*
    to ambush a police unit"), for a noun its light verb's ("has been able to carry out offensives"). A past
    "was able to arrest him" tells an arrest made: none; "could" is left to the modality reader (a hedge)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    if verb.pos_ != "VERB":
        return []
    chain = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in verb.children):
        verb = verb.head  # "can terrorize people and *extort* them": the first verb's modal
        chain.append(verb)
    if any(c.dep_ == "neg" for v in chain for c in v.children):
        return []  # "cannot accept any more refugees": a refusal, read by the modality reader as negated
    out = [c for v in chain for c in v.children if c.dep_ == "aux" and c.lower_ in ABILITY_MODALS]
    able = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    bare = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ABLE_WORDS]
    if verb.lemma_.lower() == "be" and bare and len(chain) > 1 and chain[-2].tag_ == "VB":
        able = bare[0]  # "has been able to paralyze provinces, *carry* out offensives": hung on "been"
    if able is not None and able.lemma_.lower() in ABLE_WORDS:
        copula = able.head if able.dep_ == "acomp" and able.head.i != able.i else able
        words = [copula, *(c for c in copula.children if c.dep_ in {"aux", "auxpass"})]
        if any(c.dep_ == "neg" for w in (copula, able) for c in w.children):
            return out  # "have still not been able to agree": the act said not to happen (negated)
        if not any(w.lower_ in {"was", "were"} for w in words) or any(w.lower_ == "had" for w in words):
            out.append(able)  # "has been able to", "are able to", "will be able to"; not "was able to"
    return out


def _known_for(tok: Token) -> list[Token]:
    """The participle "known" over a for-phrase holding the trigger: "*known* for kidnapping migrants",
    "known more for extortion than for *defending* the regime" (a character told, no act)."""
    node = tok
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return []
        if node.dep_ in {"pobj", "pcomp", "prep"} and head.dep_ == "prep" and head.lower_ in REPUTE_PREPS:
            node = head  # "for *kidnapping*" -> "for"; "than *for*" -> "than"
        elif node.dep_ == "prep" and node.lower_ == "than" and head.dep_ == "pobj":
            node = head  # "for extortion *than* for kidnapping": the parser hangs "than" on "extortion"
        elif node.dep_ == "prep" and node.lower_ in REPUTE_PREPS and head.pos_ in {"VERB", "ADJ"}:
            return [head]
        else:
            return []
    return []


def _charge_of(tok: Token) -> list[Token]:
    """The word a bare crime noun `tok` (or the first of its conjuncts) hangs on by of / with / for:
    "accused of *murder*, extortion and kidnapping", "charged with *kidnapping*", "wanted for *murder*" name
    kinds of crime charged, no act done; so does a word of taking part by in ("*involved* in target killing
    and extortion", "their *involvement* in attacks on the police": a record, no one act). None for a
    particular act ("accused of the murder of X", "charged with his killing"), whose determiner, possessor or
    of-phrase tells which."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if tok.pos_ != "NOUN" or first.dep_ != "pobj":
        return []
    # "were involved *in* target killing and extortion": a part in a kind of crime (noun class involvement),
    # a plural or an -ing noun ("involved in attack on BSF convoy", a wire's dropped article, is one attack)
    kind = first.tag_ == "NNS" or first.lower_.endswith("ing")
    if first.head.lower_ not in CHARGE_PREPS and not (
            kind and first.head.lower_ == "in" and INVOLVEMENT in default_senses().classes(first.head.head)):
        return []
    if any(c.dep_ in {"det", "poss"} or (c.dep_ == "prep" and c.lower_ == "of")
           for w in (tok, first) for c in w.children):
        return []
    prep = first.head
    return [prep.head] if prep.head.i != prep.i else []


def _negated_term(tok: Token) -> list[Token]:
    """The noun of a for-phrase ("in *exchange* for", "in *return* for") whose clause, negated on the way up,
    holds the verb `tok`: "pay a fine in exchange for not having its executives *prosecuted*" names a term of
    a deal, an act that is not to happen; the words are [] when no such phrase holds it."""
    node, negated = tok, False
    for _ in range(MAX_TERM_DEPTH):
        negated = negated or any(c.dep_ == "neg" for c in node.children)
        if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.pos_ == "NOUN":
            return [node.head.head] if negated else []
        if node.dep_ not in {"ccomp", "xcomp", "conj", "pcomp"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def _year_total(tok: Token, amounts: bool = False, times: Sequence[Token] = ()) -> list[Token]:
    """The year of a yearly count: "prosecutors investigated *70 cases* last *year*", "police seized 3 tonnes
    in *2015*": the trigger's object is counted (a number of YEAR_COUNT or more, or an amount by weight; with
    `amounts`, a sum of money too: "seized $18 million in 2014") and its only time is a whole year, so the
    sentence tells a total over the year, not one act; [] otherwise.
    A smaller count of two or more is a total only over a stretch running up to now or counted over
    ("eleven doctors were kidnapped *this year*", "17 officers have been killed in *2017*", "11 informers were
    killed in the first six *months*"): "three men were arrested in Madrid in 2010" may be one arrest.
    A bare plural nominal trigger in the in-phrase of such a verb is read through it ("over 400 people died in
    *attacks* last year": a toll over the year, not one attack); `times` are time words the parser hung
    elsewhere (on that noun). A verb joined to an earlier one with no subject or object of its own is read
    with that verb's ("numerous leaders have been captured or *killed*"); a count of a group ("dozens of
    leaders") counts as twenty or more, a vague count ("numerous", "many") as a small one."""
    if tok.pos_ == "NOUN":
        verb = _toll_verb(tok)
        # the parser may hang the time on the noun: "1,200 were injured in attacks *this year*"
        return _year_total(verb, times=_time_children(tok)) if verb is not None else []
    tok = _verb_of_chain(tok)
    counted = small = False
    for obj in _counted_words(tok):
        counted = counted or (amounts and obj.ent_type_ == "MONEY")
        # "dozens of leaders", "hundreds of families": a count of a group is a count of twenty or more
        counted = counted or ("group_count" in default_senses().classes(obj) and obj.tag_ == "NNS" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))
        # "numerous leaders", "many gang members": a vague count of several, as a small number is
        small = small or (obj.tag_ == "NNS" and any(
            c.dep_ == "amod" and "vague_quantity" in default_senses().classes(c) for c in obj.children))
        for num in (c for c in obj.children if c.dep_ == "nummod"):
            value = _count_value(num) or 0
            counted = counted or obj.lemma_.lower() in WEIGHT_UNITS or value >= YEAR_COUNT or num.lower_ in {
                "hundreds", "thousands"}
            # "two leaders have been killed in 2020: X in Tibu and Y in Convencion": named, the acts are told
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children)
            small = small or (value >= 2 and obj.tag_ == "NNS" and not named)
    if not (counted or small) or _one_act_doer(tok):
        return []
    years = _total_span(tok, times)
    if counted or _present_perfect(tok):
        return years
    # a small count: "in 2010" or "last year" in the past tense may place one act of several victims
    return years if any(_running_span(word) for word in years) else []


def _separate_tally(tok: Token) -> list[Token]:
    """The "separate" (SEPARATE_MODS) of a bare plural noun in the in- or during-phrase of a verb trigger
    whose object is counted two or more: "at least eight persons were killed in *separate* incidents in
    Karachi", "five militants were shot dead in *different* encounters" (a tally of several acts, each told
    apart or not at all, not one act); [] otherwise ("killed in a separate incident" is one act)."""
    if tok.pos_ != "VERB":
        return []
    verb = _verb_of_chain(tok)
    counts = [_count_value(n) or 0 for o in _counted_words(verb) if o.tag_ == "NNS"
              for n in o.children if n.dep_ == "nummod"]
    # "killed by militants in separate attacks", "Maoists killed two villagers in separate incidents": a named
    # doer's acts, told as his
    if not any(n >= 2 for n in counts) or any(c.dep_ in {"agent", "nsubj"} for c in (*tok.children,
                                                                                     *verb.children)):
        return []
    return [m for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ in {"in", "during"}
            for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"
            # "in separate incidents of shootout between their cohorts and police": the fight's parties told
            and not any(g.dep_ == "prep" and g.lower_ in INCIDENT_PARTY_PREPS for g in p.children)
            for m in p.children if m.dep_ == "amod" and m.lower_ in SEPARATE_MODS]


# an incidents noun's phrases that tell the acts' parties ("incidents of shootout between X and the police")
INCIDENT_PARTY_PREPS = {"of", "between", "with", "by"}


# words by which acts counted together are told apart: "in *separate* incidents", "in *different* encounters"
SEPARATE_MODS = {"separate", "different", "various", "multiple"}


def _running_span(word: Token) -> bool:
    """Whether a time word of a total is a stretch that runs up to now or is counted over, not one whole
    past year: "*this* year", "the first six *months*", "*since* January", "between 2008 and *2012*" (a span
    of several years), not "in *2010*", "last *year*"."""
    if word.lemma_.lower() == "year" and any(c.lower_ in RUNNING_DETS for c in word.children):
        return True
    if word.dep_ == "prep":  # "following the 2016 peace deal": a span since a dated point
        return True
    if word.dep_ == "pobj" and word.head.lower_ == "since":
        return True
    if word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children) or word.lower_ in MONTHS:
        return True  # "between 2008 and 2012", "between January and May"
    if word.ent_type_ not in {"DATE", "TIME"}:
        return True  # "within the same time frame": the stretch the text counted over
    # "the first six months", "the first half of 2015"; not "last year", "last month": one past unit may
    # place one act
    last = not any(c.dep_ == "nummod" for c in word.children) and any(
        c.lower_ in LAST_UNIT for c in word.children)
    return _counted_span(word) and not last


def _kind_objects(verb: Token) -> bool:
    """Whether every object a verb trigger acts on is a bare plural ("assisting *criminals*", "capture
    *criminals*", "*migrants* may have been kidnapped": a kind of people or things, none particular); False
    when it has none."""
    objects = slot_words(verb, "dobj")
    return bool(objects) and all(_bare_plural(o) for o in objects)


def _undated(verb: Token) -> bool:
    """Whether no date or time is told in the verb's clause ("on Monday" places an act)."""
    return not any(w.ent_type_ in TIME_ENTS for w in verb.subtree)


def _speculated_kind(tok: Token) -> list[Token]:
    """The "may" / "might" (noun class speculative_modal) by which the writer guesses at acts of a kind: over
    a verb trigger whose objects are bare plurals ("corrupt officers *might* even be assisting criminals"),
    or over the verb a bare plural nominal trigger is the object of or in a phrase of ("security forces *may*
    be connected to other assaults on farmers", "*may* have carried out attacks"). No one act is told, only
    that some such acts may have been done; none when a date or time places the clause ("may have killed
    civilians on Monday") or an object is particular ("might have kidnapped the mayor")."""
    if tok.pos_ == "VERB":
        verb = _verb_of_chain(tok)
        if not _kind_objects(tok):
            return []
    elif tok.pos_ == "NOUN" and _bare_plural(tok):
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        # (session 43) or its subject: "killings by off-duty police *may* be related to moonlighting"
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            holder = tok.head
        held = tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}
        if not held or holder.pos_ != "VERB" or holder.i == tok.i:
            return []
        verb = holder
    else:
        return []
    if not _undated(verb):
        return []
    senses = default_senses()
    return [c for c in verb.children if c.dep_ == "aux" and "speculative_modal" in senses.classes(c)]


def _aimed_kind(tok: Token) -> list[Token]:
    """The verb of aim or help (noun class aim_verb) whose complement a verb trigger is, when the trigger's
    objects are bare plurals and the aim is not told as done: "the decree will *help* police identify and
    capture criminals", "the plan *aims* to dismantle gangs" (what a measure is for, no act); none in the
    simple past ("helped police capture criminals": the capture was made) or when a date or time places
    it."""
    if tok.pos_ != "VERB" or not _kind_objects(tok):
        return []
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "aux"} for c in verb.children):
        verb = verb.head  # "help police identify, locate and *capture* criminals": the first verb's place
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i or head.pos_ != "VERB":
        return []
    if "aim_verb" not in default_senses().classes(head) or head.tag_ == "VBD" or not _undated(head):
        return []
    return [head]


def _time_children(noun: Token) -> list[Token]:
    """The time phrases the parser hung on a nominal trigger ("in attacks *this year*", "in attacks *on
    Sunday*"): its bare time nouns and its prepositional phrases."""
    return [c for c in noun.children if c.dep_ in {"npadvmod", "tmod", "prep"}]


def _verb_of_chain(verb: Token) -> Token:
    """The first of conjoined verbs that share their subject and object: "leaders have been captured or
    *killed*" is read with "captured" (its subject, auxiliaries and times); a verb with its own subject or
    object is its own."""
    while (verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB"
           and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in verb.children)):
        verb = verb.head
    return verb


def _total_span(tok: Token, times: Sequence[Token] = ()) -> list[Token]:
    """The time words a count on `tok` is counted over (see `_year_total`): whole years, spans of years or
    months, stretches counted over; [] when a day, a month or one act's phrase places it, or no time is
    told. `times` are more phrases to read as the verb's own (hung on its nominal trigger)."""
    # (session 44) the phrases of a verb joined to the trigger with no subject of its own are the trigger's:
    # "were kidnapped and held for ransom *between* September 2008 and February 2009"
    shared = [c for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB" and not any(
        g.dep_ in {"nsubj", "nsubjpass"} for g in v.children) for c in v.children if c.dep_ == "prep"]
    own = [*tok.children, *shared, *times]
    if any(c.dep_ == "prep" and c.lower_ in {"on", "at"} and any(
            t.ent_type_ in {"DATE", "TIME"} for t in c.subtree) for c in own):
        return []  # "had killed 27 people last year on May 25": a day places one act
    years: list[Token] = []
    # the span may hang on the noun of one of the trigger's phrases: "charged with corruption *between* 2004
    # and 2014", "arrested in the period *between* 2010 and 2015"
    spans = [g for c in own if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
             for g in p.children if g.dep_ == "prep" and g.lower_ in {"between", "from"}]
    for child in [*own, *spans]:
        if child.dep_ == "prep" and child.lower_ in {"between", "from"}:
            # "seized 40 tons between 2008 and 2012", "arrested 1,200 from 2010 to 2014": a span of years
            span = [p for p in child.children if p.dep_ == "pobj"]
            if span and all(_year_span(word) for word in span):
                years.extend(span)
                continue
            months = _month_span(child)
            if months:  # "seized 34 tons between January and May 2016": months counted over
                years.extend(months)
                continue
            if _day_span(child):  # (session 44) "between January 1 and June 18": days counted over
                years.extend(span)
                continue
            if any(t.ent_type_ in {"DATE", "TIME"} for word in span for t in word.subtree):
                return []  # "between May 3 and May 5": days place acts
            continue  # "seized it from the gang": a party, no time
        since = child.dep_ == "prep" and child.lower_ in SINCE_PREPS
        if since and _present_perfect(tok) and _year_point(child):
            # "following the peace deal in 2016, 42 leaders have been murdered": a span since a dated point
            years.append(child)
            continue
        if child.dep_ == "prep" and child.lower_ in SPAN_PREPS:
            words = [p for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ in {"npadvmod", "tmod"}:
            words = [child]
        else:
            continue
        for word in words:
            # "killed 25 gunmen in a clash in 2014": the toll of one act (a loose noun after the clause,
            # "..., violence that is linked to extortion", names what the toll was, no one act)
            one_act = word.tag_ == "NN" and bool(default_senses().classes(word) & ONE_ACT_CLASSES)
            if child.dep_ == "prep" and one_act:
                return []
            if _same_span(word):  # "murdered within the same time frame": the span the text counted over
                years.append(word)
                continue
            if word.ent_type_ not in {"DATE", "TIME"} or any(g in spans for g in word.children):
                continue  # "in Lima": a place or another phrase, no time; "in the period between": its span
            # "the year before", "the year earlier": a whole year counted back from the one told
            back = word.lemma_.lower() == "year" and any(c.dep_ == "advmod" and c.lower_ in YEAR_BACK
                                                         for c in word.children)
            whole = back or (word.lower_.isdigit() and len(word.lower_) == 4) or (
                word.lemma_.lower() == "year" and any(c.lower_ in YEAR_DETS for c in word.children))
            if whole and not any(c.ent_type_ == "DATE" and c.i != word.i and c.lower_ not in YEAR_DETS
                                 and not (back and (c.lower_ in YEAR_BACK or c.dep_ == "det"))
                                 for c in word.subtree):
                years.append(word)
            elif child.lower_ == "since" or _counted_span(word):
                # "since January", "during the first 19 days of 2015": a stretch of time counted over
                years.append(word)
            else:
                return []  # "in May 2015", "on March 3 last year": a day or month places one act
    return years


MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1000000}  # "ten *thousand*": a count's multiplier
SPAN_ENDS = {"to", "through", "until"}  # the end of a span of months: "from January *to* May"
SINCE_PREPS = {"following", "after"}  # with a present perfect, a span since a point: "following the deal"
TOLL_VERBS = {"die", "kill", "wound", "injure"}  # verbs whose counted subject or object is the acts' toll


def _year_point(prep: Token) -> bool:
    """Whether a following / after phrase is dated by years only: "following the signing in *2016*" (a day,
    "after the blast on Monday", places one act)."""
    dates = [t for t in prep.subtree if t.ent_type_ == "DATE"]
    return bool(dates) and all(t.lower_.isdigit() and len(t.lower_) == 4 for t in dates)


def _present_perfect(verb: Token) -> bool:
    """Whether `verb` is in the present perfect: "have been murdered", "has killed" (a span up to now)."""
    return any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in verb.children)


def _toll_verb(noun: Token) -> Token | None:
    """The verb of dying or killing whose in-phrase holds the bare plural `noun`: "400 people *died* in
    attacks", "were *killed* in clashes" (no determiner, possessor or count on the noun: "in the attack" is
    one act); None otherwise. Its counted subject is the toll the acts took."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.tag_ != "NNS" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    if any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in TOLL_VERBS else None


def _day_span(prep: Token) -> bool:
    """Whether a between / from phrase names two days at least DAY_SPAN days apart: "between *January 1* and
    *June 18*", "from March 3 to May 20" (a stretch counted over); "between May 3 and May 5" places acts."""
    first = [p for p in prep.children if p.dep_ == "pobj"]
    holders = [*first, prep] if prep.lower_ == "from" else first
    ends = [e for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SPAN_ENDS
            for e in c.children if e.dep_ == "pobj"]
    words = _with_conjuncts([*first, *ends])
    days = [d for d in map(_month_day, words) if d is not None]
    if len(words) != 2 or len(days) != 2:
        return False
    (m1, d1), (m2, d2) = days
    return (m2 - m1) * 30 + d2 - d1 >= DAY_SPAN or m2 < m1  # "between December 20 and January 15": a new year


DAY_SPAN = 7  # days apart that make a between-phrase a stretch acts are counted over (SPAN_UNITS' day)


def _month_day(word: Token) -> tuple[int, int] | None:
    """The month and day of "June 18" (the month word with its day number); None otherwise."""
    if word.lower_ not in MONTHS:
        return None
    days = [int(c.lower_) for c in word.children
            if c.dep_ == "nummod" and c.lower_.isdigit() and len(c.lower_) <= 2]
    return (MONTHS.index(word.lower_) + 1, days[0]) if len(days) == 1 else None


def _month_span(prep: Token) -> list[Token]:
    """The months of a span of whole months a between / from phrase names: "between *January* and *May*
    2016", "from *January* to *May*" (two or more months, a year allowed, no day: "between May 3 and May 5"
    places acts); [] otherwise."""
    first = [p for p in prep.children if p.dep_ == "pobj"]
    # "from January to May": the to-phrase hangs on the first month or on the from-phrase itself
    holders = [*first, prep] if prep.lower_ == "from" else first
    ends = [e for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SPAN_ENDS
            for e in c.children if e.dep_ == "pobj"]
    months = _with_conjuncts([*first, *ends])
    if len({m.lower_ for m in months}) < 2 or not all(m.lower_ in MONTHS for m in months):
        return []
    if any(c.dep_ == "nummod" and not (c.lower_.isdigit() and len(c.lower_) == 4) for m in months
           for c in m.children):
        return []  # "between May 3 and May 5": days
    return months


def _one_act_doer(tok: Token) -> bool:
    """Whether the count is the toll of one act: the trigger's subject is one ("the *arson* of a casino that
    killed 52 people last year", "an *ambush* killed 27 soldiers in 2010": a singular noun of an attack, a
    blast or a crime; a relative pronoun stands for the noun its clause modifies), or an appositive names it
    so after it ("..., *an attack* that provoked outrage", wherever the parser hung it)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and any(s.lower_ in RELATIVES for s in subjects) and tok.head.i != tok.i:
        head = tok.head
        subjects.append(head)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
            subjects.append(head.head.head)  # "the arson of a casino that killed": the parser's "casino"
    if any(s.tag_ == "NN" and default_senses().classes(s) & ONE_ACT_DOERS for s in subjects):
        return True
    # "killed 148 students at a university in Garissa, *an attack* that provoked outrage": named as one act
    sent = sentence_of(tok)
    return any(t.dep_ == "appos" and t.tag_ == "NN" and default_senses().classes(t) & ONE_ACT_CLASSES
               for t in tok.doc[tok.i + 1:min(sent.end, tok.i + SENTENCE_REACH)])


def _clause_span(word: Token) -> bool:
    """"the four *years* that Calderon has been president", "the three *years* since it was enacted": a
    stretch a clause measures up to its end, as "the past four years" does (the count is checked by the
    caller)."""
    return any(c.dep_ in {"relcl", "acl"} or (c.dep_ in {"prep", "mark"} and c.lower_ == "since")
               for c in word.children)


def _same_span(word: Token) -> bool:
    """"within the *same* time frame", "over the same *period*": a stretch of time the text has told,
    named again by a noun (no date entity), which a count is counted over."""
    return word.lemma_.lower() in SAME_SPAN_NOUNS and any(
        c.dep_ == "amod" and c.lower_ == "same" for c in word.children)


def _counted_span(word: Token) -> bool:
    """A stretch of time a total is counted over: "the first 19 *days*", "the past six *months*", "the first
    *half* of 2015" (a unit with a count of at least its SPAN_UNITS value, or with first / past / last ...);
    "two *days*" or "the *day*" place one act."""
    least = SPAN_UNITS.get(word.lemma_.lower())
    if least is None:
        return False
    counts = [_count_value(c) for c in word.children if c.dep_ == "nummod"]
    # the parser may make "past" a compound: "in the *past* decade"
    spanned = any(c.dep_ in {"amod", "compound"} and c.lower_ in SPAN_MODS
                  for c in word.children) or _clause_span(word)
    if counts:
        return spanned and all(n is not None and n >= least for n in counts)
    return spanned and word.lemma_.lower() in {"half", "quarter", "month", "year", "decade"}


def _count_value(num: Token) -> int | None:
    """The value of a count word: "2,628", "twenty", "Thirty-one", "Ten thousand" (a multiplier with the count
    the parser hung on it as a compound; alone, "a thousand", one; not a sum of money); None for other words
    ("dozens")."""
    text = num.lower_.replace(",", "")
    # (session 44) "*Ten thousand* immigrants were kidnapped": 10 x 1,000
    if text in MULTIPLIERS and num.ent_type_ != "MONEY":
        factors = [_count_value(c) for c in num.children if c.dep_ == "compound"]
        return MULTIPLIERS[text] * (factors[0] or 1 if factors else 1)
    if text.isdigit():
        return int(text)
    tens, _, unit = text.partition("-")
    if tens in TENS and (not unit or unit in UNITS):
        return TENS[tens] + UNITS.get(unit, 0)
    if text in UNITS:  # "Thirty-five": the parser splits it, "thirty" a compound on "five"
        return UNITS[text] + sum(TENS.get(c.lower_, 0) for c in num.children if c.dep_ == "compound")
    return TEENS.get(text)


def _counted_words(tok: Token) -> list[Token]:
    """The words a count may be on: the trigger's object (a passive's subject; the subject of "die"), and the
    of-object of a total or number that stands as the object ("a total of 1,200 agents had been charged")."""
    objects = slot_words(tok, "nsubj" if tok.lemma_.lower() == "die" else "dobj")
    return [*objects, *(g for o in objects if o.lemma_.lower() in TOTAL_NOUNS for c in o.children
                        if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]


def _opinion_passive(tok: Token) -> list[Token]:
    """The modal of a passive that tells what ought to be done, with no one doing it: "the attempts should
    be *welcomed*", "such acts must be *condemned*" (the writer's opinion, no actor's act), said by no
    speaker; [] otherwise."""
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    if any(t.dep_ in {"ccomp", "parataxis"} for t in (tok, *tok.ancestors)):
        return []  # "the group said sanctions should be imposed": a speaker's demand, no writer's opinion
    return [c for c in children if c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS]


def _counterfactual(tok: Token) -> list[Token]:
    """The "rather" or "instead" that sets the trigger against what was done: "focused on arresting kingpins
    rather than *attacking* their finances", "instead of *negotiating* with the gang, the army attacked",
    "chose to negotiate rather than *attack*" (the act was not done); the "than" of a comparison whose term
    the trigger is ("more interested in X than *supporting* the president", "would resign than *support*
    it"); [] otherwise."""
    head = tok.head
    if tok.dep_ in {"pcomp", "pobj"} and head.lower_ in {"than", "of"}:
        marker = {"than": "rather", "of": "instead"}[head.lower_]
        found = [c for c in head.children if c.dep_ == "advmod" and c.lower_ == marker]
        # (session 43) a gerund one thing is compared against: "more interested in keeping their skirts clean
        # *than* supporting the president" tells what they cared less for, no act of support
        return found or ([head] if head.lower_ == "than" and tok.tag_ == "VBG" else [])
    if tok.dep_ == "advcl":  # "would rather resign *than* support the plan"
        return [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "than"]
    if tok.dep_ == "conj":
        return [r for c in head.children if c.dep_ == "cc" and c.lower_ == "than"
                for r in c.children if r.dep_ == "advmod" and r.lower_ == "rather"]
    return []


def _year_span(word: Token) -> bool:
    """Whether `word` and the words of its phrase are whole years: "2004" of "between 2004 and 2014"."""
    return all((t.lower_.isdigit() and len(t.lower_) == 4) or t.dep_ in {"cc", "punct"}
               for t in word.subtree)


def _trend(tok: Token) -> list[Token]:
    """Words that make a nominal trigger a trend, not one happening: its own adjectives ("*rising*
    kidnappings") and those of the noun its of-phrase hangs on ("a *growing* stream of allegations", "a
    *growing* number of attacks"); for a plural trigger that is the subject of an intransitive verb, the
    verb's complement ("attacks have grown more *frequent*") or else the verb ("kidnappings have
    *increased*")."""
    if tok.pos_ == "VERB":  # "have been *increasingly* attacked": a trend adverb on the act itself
        return [c for c in tok.children if c.dep_ == "advmod"]
    if tok.pos_ != "NOUN":
        return []
    out = [c for c in tok.children if c.dep_ == "amod"]
    head = tok.head
    # "its ships have *increasingly* been the target of attacks": an adverb of the verb framing the act
    frame = head.head if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i else tok
    if frame.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"} and frame.head.i != frame.i:
        out.extend(c for c in frame.head.children if c.dep_ == "advmod")
    # "criminals have *increasingly* resorted to malware attacks": the verb whose phrase holds the act
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        out.extend(c for c in head.head.children if c.dep_ == "advmod")
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.i != head.i \
            and head.head.pos_ == "NOUN":
        out.extend(c for c in head.head.children if c.dep_ == "amod")
    verb = tok.head
    if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and verb is not tok and verb.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        complements = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
        out.extend(complements or [verb])
        # "threats against journalists are on the *rise*", "kidnappings are in *decline*"; not "in the *fall*
        # of 2010", a time
        out.extend(p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}
                   for p in c.children if p.dep_ == "pobj"
                   and (c.lower_ == "on" or not any(d.dep_ == "det" for d in p.children)))
    return out


def _generic_subject(tok: Token) -> list[Token]:
    """The doer of a verb trigger told of a kind in the simple present: "a 'coyote rip', when *gangs* kidnap
    migrants and demand ransom", "*militias* extort shopkeepers" (a bare plural noun that no name or
    nationality makes particular). None in a title or the first sentence (titles are told in the present),
    in a sentence with no final stop (a run-on or a title line), or when a date or time places the act
    ("ministers meet next week")."""
    if tok.pos_ != "VERB":
        return []
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
            and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "gangs kidnap migrants and *demand* ransom": the first verb's subject and tense
    if verb.tag_ not in {"VBP", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return []
    sent = sentence_of(tok)
    if sent.start == 0 or not sent.text.rstrip().endswith(SENTENCE_ENDS):
        return []
    if any(w.ent_type_ in TIME_ENTS for w in verb.subtree):
        return []
    return [s for s in verb.children if s.dep_ == "nsubj" and s.tag_ == "NNS" and not s.ent_type_
            and not any(c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ for c in s.subtree if c is not s)]


# verbs that link a subject to what is said of it: "attacks *are* rare", "kidnappings *have become* common"
LINKING_VERBS = frozenset({"be", "become", "remain", "seem", "appear", "prove", "stay"})
# predicates that place acts of a kind in time, not say what the kind is: "talks are *ongoing*", "strikes
# are *likely*", "elections are *due*", "negotiations are *about* to start" (acts under way or to come, told
# with a bare plural)
TIMING_PREDICATES = frozenset({"ongoing", "underway", "imminent", "due", "likely", "unlikely", "possible",
                               "probable", "set", "over", "expected", "planned", "scheduled", "about",
                               "ready", "poised", "bound", "slated", "sure", "certain"})
# words that rank a predicate noun among particular acts: "the *first* in a decade", "the *latest* attack"
RANK_WORDS = frozenset({"first", "last", "latest", "second", "third"})


def _kind_predicate(tok: Token) -> list[Token]:
    """What a nominal trigger naming a kind of act is said to be, when it is the bare subject of a linking
    verb in the present: "*attacks* on security forces are a tricky *thing* to decipher", "police *killings*
    are one *manifestation* of the violence", "such *attacks* are also *common*", "*extortion* has become
    *routine*" (a kind of act described, no one act; "the attacks are a sign" names particular ones). None in
    the past ("clashes were fierce" tells of particular clashes), when a date or time places the clause, or
    for a predicate that places acts in time ("talks are *ongoing*"), a participle ("are *planned*") or a
    rank ("are the *first*")."""
    if tok.pos_ != "NOUN":
        return []
    noun = tok
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # "kidnappings and *extortion* are common": the first conjunct's clause
    if noun.dep_ != "nsubj" or not (_bare_plural(tok) or _bare_mass(tok)):
        return []
    verb = noun.head
    if verb.i == noun.i or verb.lemma_.lower() not in LINKING_VERBS:
        return []
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = (verb.tag_ in {"VBZ", "VBP"} and not auxes) or (
        verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in {"has", "have"})
    if not present or any(w.ent_type_ in TIME_ENTS for w in verb.subtree):
        return []
    said = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    for c in verb.children:  # "kidnappings *seem* to be on the rise": the infinitive's own predicate
        if c.dep_ == "xcomp" and c.lemma_.lower() == "be":
            said.extend(d for d in c.children if d.dep_ in {"acomp", "attr"})
    return [w for w in said if w.lemma_.lower() not in TIMING_PREDICATES
            and w.tag_ not in {"VBN", "VBG", "JJS"} and not _ranked(w)]


def _ranked(word: Token) -> bool:
    """Whether a predicate noun is ranked among acts ("the *first* in a decade", "the *latest* attack"): it
    compares particular acts, not a kind."""
    return any(d.tag_ == "JJS" or d.lower_ in RANK_WORDS
               for d in word.children if d.dep_ in {"amod", "advmod"})


def _bare_mass(noun: Token) -> bool:
    """A singular common noun with no determiner, possessor, number or name: "*extortion* is rampant" (a kind
    of act), not "the extortion", "Monday's attack"."""
    return noun.tag_ == "NN" and not noun.ent_type_ and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ for c in noun.children)


def _generic_passive(tok: Token) -> list[Token]:
    """The subject of a passive trigger in the simple present that tells a practice: "extortion *fees* are
    demanded from bus drivers", "*migrants* are kidnapped on the route" (a bare plural noun, is / are and no
    other auxiliary, no by-phrase naming a doer). None in a title or the first sentence, in a sentence with no
    final stop, or when a date or time places the act ("*soldiers* are deployed today")."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return []
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes or any(c.dep_ != "auxpass" or c.lower_ not in {"is", "are"} for c in auxes):
        return []
    if any(not _bare_plural(p) for c in tok.children if c.dep_ == "agent" for p in c.children):
        return []  # "are kidnapped by the Zetas": a particular doer ("by gangs" is a kind)
    sent = sentence_of(tok)
    if sent.start == 0 or not sent.text.rstrip().endswith(SENTENCE_ENDS):
        return []
    if any(w.ent_type_ in TIME_ENTS for w in tok.subtree):
        return []
    return [s for s in tok.children if s.dep_ == "nsubjpass" and _bare_plural(s)]


def _bare_plural(noun: Token) -> bool:
    """A plural common noun that no determiner, possessor, number or name makes particular: "*migrants*",
    "extortion *fees*" (a kind), not "the migrants", "two soldiers", "Zetas gunmen"."""
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ for c in noun.children)


def _gerund_subject(tok: Token) -> list[Token]:
    """The verb a subjectless gerund trigger is the subject of, in the present: "*calling* on the government
    to go after their finances *sounds* serious", "*arresting* the leaders *is* not enough" (an act in general
    judged now); none in the past ("arresting him took three days")."""
    if tok.dep_ != "csubj" or tok.tag_ != "VBG" or tok.head.i == tok.i:
        return []
    if any(c.dep_ in {"nsubj", "poss"} for c in tok.children):
        return []  # "his arresting them is": a particular doer's act
    head = tok.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return [head] if head.tag_ in {"VBZ", "VBP"} or modal else []


def _gerund_activity(tok: Token) -> list[Token]:
    """The simple-present verb a subjectless gerund trigger tells a kind of activity of, from a preposition on
    it or on its object: "units that *assist* agents in capturing or killing drug traffickers", "by striking
    swift deals, banks *hope*", "gangs *play* a role in providing firearms" (the gerund's object a bare
    plural: a kind of people or things, no particular ones). None in a title or the first sentence, in a
    sentence with no final stop, or when a date or time places the verb ("on Monday it helps by ...")."""
    if tok.tag_ != "VBG" or tok.pos_ != "VERB":
        return []
    gerund = tok
    while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG" and gerund.head.i != gerund.i:
        gerund = gerund.head  # "capturing or *killing* X": the first gerund's preposition
    if gerund.dep_ != "pcomp" or gerund.head.pos_ != "ADP" or gerund.head.i == gerund.i:
        return []
    gerunds = [gerund, *(c for c in gerund.conjuncts if c.tag_ == "VBG")]
    if any(c.dep_ in {"nsubj", "poss", "aux", "auxpass"} for g in gerunds for c in g.children):
        return []  # "by his providing", "in being attacked": a particular doer or a passive
    # a conjoined gerund's object is the pair's: "capturing or killing *drug traffickers*"
    objects = [o for g in gerunds for o in g.children if o.dep_ == "dobj"]
    if not objects or not all(_bare_plural(o) for o in _with_conjuncts(objects)):
        return []
    verb = _clause_verb(gerund.head)
    if verb is None or not _simple_present(verb):
        return []
    sent = sentence_of(tok)
    if sent.start == 0 or not sent.text.rstrip().endswith(SENTENCE_ENDS):
        return []
    return [] if any(w.ent_type_ in TIME_ENTS for w in verb.subtree) else [verb]


def _gerund_head(tok: Token) -> list[Token]:
    """The noun right after a gerund trigger that the parser made its object though no determiner, possessor
    or number opens it: "paid $122,000 per kidnapping *victim*", "to do consulting *work*" (the -ing word
    modifies the noun as in a compound; the row's noun class says which nouns are so named by an act)."""
    if tok.tag_ != "VBG" or tok.i + 1 >= len(tok.doc):
        return []
    noun = tok.doc[tok.i + 1]
    if noun.head.i != tok.i or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return []
    opened = any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children)
    return [] if opened else [noun]


# how many heads up from a trigger the "used" of a habit is looked for: "used to be the preserve of rebels,
# who *targeted* corporations" (targeted -> rebels -> of -> preserve -> be -> used)
MAX_HABIT_DEPTH = 6


def _habitual_past(tok: Token) -> list[Token]:
    """The "used" of "used to" over the trigger, telling a past habit, no one act: "the FARC *used* to kidnap
    businessmen", "extortion *used* to be the preserve of rebels, who targeted corporations" (the trigger in
    the infinitive's clause); not a passive "was used to kill him" (an instrument) nor "used X to attack"
    (an object: a means)."""
    word = tok
    for _ in range(MAX_HABIT_DEPTH):
        head = word.head
        if head.i == word.i:
            return []
        if word.dep_ == "xcomp" and head.lower_ == "used" and head.tag_ == "VBD" and not any(
                c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in head.children):
            return [head]
        word = head
    return []


# auxiliaries of a clause told in the simple past: "*were* involved", "*did* not stop"
PAST_AUX = {"was", "were", "did"}
MAX_CLAUSE_DEPTH = 8  # heads between a nominal trigger and the finite verb of its clause


def _kind_patient(tok: Token) -> list[Token]:
    """The of-objects of a nominal trigger (or of the conjuncts it shares them with) when each is a bare
    plural, a kind of people, and the finite verb of its clause is not in the simple past: "the killing of
    *mayors* is a way to send a message", "killings of *women*", "the capture, killings and extraditions of
    *kingpins*" (acts of a kind, no one act). None with a count on the trigger ("six murders of
    journalists"), a date or time on it ("the killing of protesters on Monday"), or a clause told in the
    simple past ("protests erupted after the killing of demonstrators": one occasion)."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in tok.children):
        return []
    nouns = [tok, *tok.conjuncts]
    objects = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    if not objects or not all(_bare_plural(o) for o in _with_conjuncts(objects)):
        return []
    if any(w.ent_type_ in TIME_ENTS for n in nouns for w in n.subtree):
        return []
    verb = _finite_verb(tok)
    return [] if verb is None or _simple_past(verb) else objects


# markers of a condition clause: "*if* demands were not met", "*unless* they paid"
CONDITION_MARKS = {"if", "unless"}


def _past_condition(tok: Token) -> list[Token]:
    """The if / unless of a condition in the simple past on a "would" trigger the writer tells himself: "if
    extortion demands were not met, the rebels *would* kidnap family members" (a past habit or an unreal
    case, no one act). None in a clause someone says ("said that if ... they would kill them": a threat)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in tok.children):
        return []
    if tok.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj"}:
        return []
    return [m for c in tok.children if c.dep_ == "advcl" and _simple_past(c)
            for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS]


def _negated_condition(tok: Token) -> list[Token]:
    """The "if" of a negated condition clause a verb trigger is the verb or the infinitive of: "threatening to
    kill smugglers *if* they do not agree to pay a fee", "might halt payments *if* creditor banks did not
    agree to a new loan" (an act another party must do for a threat not to be carried out, none done)."""
    verb = tok
    for _ in range(2):  # "if they do not agree to *pay*": the infinitive's clause is the condition's
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not any(c.dep_ == "neg" for c in verb.children):
        return []
    return [m for m in verb.children if m.dep_ == "mark" and m.lower_ == "if"]


# modals by which a party tells an act it will do: "the refinery *would* buy crude elsewhere unless ..."
# ("might", "may" guess at what a party may do: "the group might impose tariffs if ..." is a forecast)
THREAT_MODALS = {"would", "could", "will", "shall", "'ll", "'d"}
# subject pronouns by number: a condition whose subject is the doer itself ("will sell it unless *it* finds a
# buyer") sets no demand on another party
SINGULAR_PRONOUNS = {"it", "he", "she", "i"}
PLURAL_PRONOUNS = {"they", "we"}


def _threat_condition(tok: Token, mark: str) -> list[Token]:
    """The unless / if (`mark`) of a condition another party must meet before an act said to come is done:
    "the refinery said it would buy crude elsewhere *unless* the sellers cut their price", "he said Canada
    could revoke the licences of Swiss banks *if* Canadian firms fail to get equal treatment", "ministers
    agreed to impose tariffs *unless* Seoul opened its market"
    (a conditional threat, CAMEO 13x: sense_rules.csv codes it by the act's root). The act is the trigger
    verb, or the verb whose object a nominal trigger is; the condition hangs on it, on a verb it is
    conjoined with or on the verb whose infinitive it is ("voted to strike unless ..."); the act is said or
    agreed (a that-clause or infinitive complement of a verb) and told as to come (a modal, or an
    infinitive). None for a negated act ("would not sign unless": a refusal), a
    condition on the doer itself ("will sell it unless it finds a buyer"), or the writer's own forecast
    ("prices could fall if ..."), which no one says to anyone."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} else tok
    if verb.pos_ != "VERB":
        return []
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        first = first.head  # "could revoke or deny licences": the first conjunct's modal and clause
    said = first.dep_ in {"ccomp", "xcomp"} and first.head.i != first.i and first.head.pos_ == "VERB"
    modal = any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in first.children)
    if not said or not (modal or _infinitive(first)):
        return []
    if any(c.dep_ == "neg" for w in (first, verb) for c in w.children):
        return []
    doers = [c for c in first.children if c.dep_ == "nsubj"]
    speakers = [c for c in first.head.children if c.dep_ == "nsubj"]
    # "the girls told them the gang would kill several people if neither option was carried out": violence
    # told to someone as to come unless a demand is met is the doer's threat, whoever passes it on (not
    # "analysts said the cartel would kill more people unless the state acted": told to no one, a forecast)
    addressed = any(c.dep_ in {"dobj", "dative"} for c in first.head.children)
    relayed = bool(default_senses().classes(verb) & THREAT_ACTS) and bool(doers) and addressed \
        and "threat_speech" in default_senses().classes(first.head)
    own = True  # the speaker tells an act of its own
    if not doers and first.dep_ == "xcomp":
        doers = speakers  # "ministers agreed to impose tariffs": the agreeing ministers
    elif not any(_speaks_for(s, d) for s in speakers for d in doers):
        if not relayed:
            return []  # "police said the rebels would attack if the talks failed": a forecast, no threat made
        own = False
    verbs = [first, *first.conjuncts]
    if first.dep_ == "xcomp":  # "voted to strike *unless* their demand is met": hung on the vote
        verbs.append(first.head)
    out = []
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == mark]
        subjects = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]
        # the condition asks a party to act ("unless *Seoul* opened its market"), not for a state of things
        # ("if the talks failed", "unless there are measures") nor of the doer itself
        # ("if the case was not suspended", "if neither option was carried out": a demand unmet, in a relayed
        # threat of violence, whatever its subject)
        demand = relayed and (mark == "unless" or _negative_clause(clause))
        party = own and any(_party_word(s) for s in subjects)
        if marks and subjects and (demand or party) \
                and not any(_same_party(s, d) for s in subjects for d in doers):
            out.extend(marks)
    return out


def _other_party_clause(tok: Token) -> list[Token]:
    """The subjects of a that-clause complement that tells what another party does or is, said to no one
    and on no condition: "the institute warned that *the gangs* have expanded", "the government warned that
    *the MS13* is planning to unite" (a view of a third party, no threat the speaker makes). None when
    someone is addressed ("warned the EC it would face retaliation"), when the clause is conditional
    ("warned that X would face sanctions if ..."), or when the clause tells the speaker's own side's act ("he
    warned that *France* would reject the reforms", "the union warned *it* would strike")."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative"} for c in tok.children):
        return []
    speakers = [c for c in tok.children if c.dep_ == "nsubj"]
    head = tok
    while not speakers and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "issued a statement ... and *warned* that": the first verb's subject
        speakers = [c for c in head.children if c.dep_ == "nsubj"]
    out: list[Token] = []
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in clause.children):
            continue
        subjects = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]
        own = any(s.lower_ in {"we", "i"} or any(_speaks_for(p, s) for p in speakers) for s in subjects)
        if subjects and speakers and not own:
            out.extend(subjects)
    return out


def _bare_act(tok: Token) -> list[Token]:
    """A verb of saying with nothing said and no one addressed: no object, that-clause, infinitive or
    preposition's phrase ("as the institute *warned* in 2018, the groups have evolved"), hung on the clause it
    credits as an as-clause or a parenthesis."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"}
                                 or (c.dep_ == "prep" and c.lower_ in {"of", "about", "against", "on"})
                                 for c in tok.children):
        return []
    return [m for m in tok.children if m.dep_ == "mark" and m.lower_ == "as"]


def _negative_clause(clause: Token) -> bool:
    """Whether a clause is negated: by "not" / "never" on its verb, or by "neither" / "no" on its subject ("if
    *neither* option was carried out")."""
    return any(c.dep_ == "neg" for c in clause.children) or any(
        d.dep_ == "det" and d.lower_ in {"neither", "no"}
        for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} for d in s.children)


def _speaks_for(speaker: Token, doer: Token) -> bool:
    """Whether the subject of a speech verb tells an act of its own: the same party ("the company said *it*
    would"), or one person speaking for a state ("*he* said *Canada* could revoke licences")."""
    person = speaker.lower_ in {"he", "she"} or speaker.ent_type_ == "PERSON"
    return _same_party(doer, speaker) or _same_party(speaker, doer) or (person and doer.ent_type_ == "GPE")


def _party_word(word: Token) -> bool:
    """Whether a subject can name a party: a name, a personal pronoun, or a person or body noun ("the
    government", "the company"); not "the talks", "demand"."""
    if word.pos_ == "PROPN" or word.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}:
        return True
    if word.pos_ == "PRON":
        return word.lower_ in ACTOR_PRONOUNS
    return bool(default_senses().classes(word) & {"person", "corporate"})


def _same_party(word: Token, other: Token) -> bool:
    """Whether `word` names the party `other` names: the same word, or a pronoun of its number ("the company
    ... unless *it* finds a buyer"; "the company ... unless *the government*" is another party)."""
    if word.lemma_.lower() == other.lemma_.lower() and word.pos_ == other.pos_:
        return True  # "the union ... the union"; not "the Crisis *Group* ... armed *groups*"
    if word.lower_ not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return False
    if other.lower_ in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return (word.lower_ in SINGULAR_PRONOUNS) == (other.lower_ in SINGULAR_PRONOUNS)
    return (word.lower_ in PLURAL_PRONOUNS) == (other.tag_ in {"NNS", "NNPS"})


# nouns of a condition phrase: "in the *event* of war", "in *case* of an attack", "in the *case* of war"
CONDITION_NOUNS = {"event", "case"}
# modals of what would be done under a condition: "in the case of war it *would* not be possible"
CONDITION_MODALS = {"would", "could", "will", "might", "may", "can", "should", "must", "'d", "'ll"}


def _condition_frame(tok: Token) -> list[Token]:
    """The noun of the condition phrase a nominal trigger is named in: "in the *event* of an attack", "in
    *case* of war", "in the *case* of war with Turkey it would not be possible" (an act that may happen, no
    act that did). "In the case of" also means "as for": there the trigger must be bare or indefinite and the
    clause it hangs on speak of what would be ("in the case of the killing of X, police arrested two": that
    killing happened)."""
    of = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return []
    noun = of.head
    in_ = noun.head
    if noun.lemma_.lower() not in CONDITION_NOUNS or noun.dep_ != "pobj" or in_.lower_ != "in":
        return []
    dets = [c for c in noun.children if c.dep_ == "det"]
    if noun.lemma_.lower() == "event" or not dets:
        return [noun]  # "in the event of", "in case of": a condition, whatever it names
    if any(c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS)
           for c in tok.children):
        return []
    verb = in_.head
    modal = any(c.dep_ == "aux" and c.lower_ in CONDITION_MODALS for c in verb.children)
    return [noun] if verb.pos_ in {"VERB", "AUX"} and modal else []


# nouns of a phrase of recurring occasions: "on other *occasions* the police seize them", "at *times*"
OCCASION_NOUNS = {"occasion", "time", "times"}


def _habitual_present(tok: Token) -> list[Token]:
    """The verb of a trigger told in the simple present with no time in a subordinate clause, on a kind of
    patient or on recurring occasions: "the union *strikes* people it does not like", "because they *kill*
    them", "as these cases *demonstrate*" (a habit, a general truth or another sense, no one act: news tells
    acts in the past). None in a title or the first sentence (titles and leads are told in the present), in a
    sentence with no final stop (a run-on or a title line), in title case, on a counted patient, or when a
    date or time places the act ("ministers meet next week")."""
    sent = sentence_of(tok)
    if tok.pos_ != "VERB" or (tok.is_title and tok.i != sent.start):
        return []
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
            and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "they kill and *torture* them": the first verb's tense
    if not _simple_present(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    objects = slot_words(verb, "dobj")
    if any(c.dep_ == "nummod" or c.pos_ == "NUM" for o in objects for c in (o, *o.children)):
        return []  # "militants kill two policemen": a headline's present, a count of particular victims
    # a story told in the present ("the police arrest him; a judge sentences them to prison") tells particular
    # acts in main clauses: a habit shows in a subordinate clause ("because they kill them", "in which they
    # murder victims"), a kind of patient ("strikes people they don't like") or a phrase of occasions
    subordinate = verb.dep_ in {"advcl", "relcl"}
    kind = bool(objects) and all(_bare_plural(o) for o in objects)
    occasions = any(p.lemma_.lower() in OCCASION_NOUNS for c in verb.children if c.dep_ == "prep"
                    for p in c.children if p.dep_ == "pobj")
    if not (subordinate or kind or occasions):
        return []
    if sent.start == 0 or not sent.text.rstrip().endswith(SENTENCE_ENDS):
        return []
    if any(w.ent_type_ in TIME_ENTS for w in verb.subtree):
        return []
    return [verb]


# the auxiliary of do-support in the simple present: "does not extradite", "do not pay"
PRESENT_DO = {"do", "does"}


def _negated_present(tok: Token) -> list[Token]:
    """The verb of a trigger negated with a present "do" and no time: "that country *does not extradite* its
    citizens", "the unit *does not investigate* who belongs to it" (a standing policy or practice, no one act
    left undone: news tells an act not done in the past, "did not extradite"). None in a title line or a
    sentence with no final stop, or when a date or time places it ("does not meet until May")."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB":
        return []
    children = list(tok.children)
    if not (any(c.dep_ == "aux" and c.lower_ in PRESENT_DO for c in children)
            and any(c.dep_ == "neg" for c in children)
            and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ not in PRESENT_DO for c in children)):
        return []
    if not sentence_of(tok).text.rstrip().endswith(SENTENCE_ENDS):
        return []
    return [] if any(w.ent_type_ in TIME_ENTS for w in tok.subtree) else [tok]


def _standing_passive(tok: Token) -> list[Token]:
    """A passive trigger in the simple present with no time ("most clubs *are supported* by companies", "the
    approach *is backed* by the United States"): a standing state, no act done. None in a title or the first
    sentence, in a sentence with no final stop, in the progressive ("is being awarded") or when a date or time
    places it."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not _present_passive(tok):
        return []
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
        return []  # "is *being* awarded a contract, the Navy said": an act going on now, no standing state
    sent = sentence_of(tok)
    if sent.start == 0 or not sent.text.rstrip().endswith(SENTENCE_ENDS):
        return []
    return [] if any(w.ent_type_ in TIME_ENTS for w in tok.subtree) else [tok]


# verbs by which one suffers an attack: "*came* under fire", "*is* under attack", "*remains* under attack"
UNDER_VERBS = {"come", "be", "remain", "stay"}


def _under_frame(tok: Token) -> list[Token]:
    """The verb of "come under attack" a nominal trigger is the object of: "the EC has *come* under attack
    from GEPLACEA", "Calderon has *come* under fire"; [] otherwise."""
    under = tok.head
    if tok.dep_ != "pobj" or under.lower_ != "under" or under.head.i == under.i:
        return []
    verb = under.head
    return [verb] if verb.lemma_.lower() in UNDER_VERBS else []


def _finite_verb(word: Token) -> Token | None:
    """The first verb up from a word that carries tense: a verb with a tensed tag or with auxiliaries ("has
    become", "were involved"); None at a root that has none."""
    for _ in range(MAX_CLAUSE_DEPTH):
        if word.pos_ in {"VERB", "AUX"} and (word.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
                c.dep_ in {"aux", "auxpass"} for c in word.children)):
            return word
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def _simple_past(verb: Token) -> bool:
    """A verb told in the simple past: "erupted", "were involved", "did not stop"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return all(a.lower_ in PAST_AUX for a in auxes)
    return verb.tag_ == "VBD"


def _clause_verb(word: Token) -> Token | None:
    """The verb whose clause a word is in, through the nouns and prepositions it hangs on ("play a *role* in":
    play); None past MAX_TERM_DEPTH steps or at a root that is no verb."""
    for _ in range(MAX_TERM_DEPTH):
        if word.pos_ in {"VERB", "AUX"}:
            return word
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def _lone_subject(tok: Token) -> list[Token]:
    """The subject of a verb of meeting that names no one met: no object, no with / between phrase and one
    subject ("the Irish parliament meets next Tuesday"; "X and Y met", "met with Y" name two parties)."""
    children = list(tok.children)
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in
                                                                COUNTERPART_PREPS) for c in children):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return subjects if len(subjects) == 1 and not subjects[0].conjuncts else []


def _state_participle(tok: Token) -> list[Token]:
    """A past participle that describes its noun rather than telling an act ("Jacana, incarcerated in the
    state penitentiary", "cells occupied by members of the gang"): the noun and the objects of the
    participle's in / at phrases ("in *prison*"). None when a date or time places it ("arrested on
    Monday")."""
    if tok.tag_ != "VBN" or any(w.ent_type_ in TIME_ENTS for w in tok.subtree):
        return []
    places = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "inside"}
              for p in c.children if p.dep_ == "pobj"]
    # the held, the passive's subject (on "remains" where the parser made it the verb)
    bearers = [tok, *(c for c in tok.children if c.dep_ == "auxpass"), tok.head]
    held = [c for b in bearers for c in b.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if held and _present_passive(tok):
        return [*held, *places]  # "the gang leaders are currently imprisoned in facilities in Sao Paulo"
    if tok.head.i != tok.i and tok.head.lemma_.lower() in STATE_VERBS and tok.dep_ in STATE_COMPLEMENTS:
        return [tok.head, *places]  # "he remains detained in Caracas"
    if tok.head.i == tok.i or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children):
        return []
    if tok.dep_ not in {"acl", "advcl"}:
        return []
    return [tok.head, *places]


def _present_passive(tok: Token) -> bool:
    """"are imprisoned", "is being held", "remains detained": a passive in the present tense (a state now),
    not in a headline's title case ("Mayor Is Jailed", a headline's present telling a past act), nor a perfect
    ("has been jailed")."""
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    return (not tok.is_title and any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in auxes)
            and all(c.lower_ in PRESENT_BE for c in auxes))


def _counted_participle(tok: Token) -> list[Token]:
    """The count a participle trigger describes the counted of: "the *number* of Mexicans imprisoned in Peru",
    "the *number* of traffickers visiting the resort",
    "*numbers* of gangsters killed by soldiers", "the *number* of officials charged" (hung on the count
    itself); none for "a number of" (a vague count) nor for a participle placed in one definite act ("the
    number of people killed in the attack": that attack's toll)."""
    # a present participle counts the same way: "a fall in the *numbers* of tourists visiting Europe"
    if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBG"} or tok.head.i == tok.i or tok.head.pos_ != "NOUN":
        return []
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"} and any(
            d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in DEFINITE_DETS) for d in p.children)
            and not _place_noun(p) for p in c.children) for c in tok.children):
        return []  # "killed in the attack": that act's toll ("in the first two months": a span counted over)
    head = tok.head
    counts = [head]
    of = head.head
    if head.dep_ == "pobj" and of.dep_ == "prep" and of.lower_ == "of" and of.head.i != of.i:
        counts.append(of.head)
    return [n for n in counts if n.pos_ == "NOUN" and not _vague_count(n)]


def _place_noun(noun: Token) -> bool:
    """Whether a phrase's noun names a place ("on the US' southwestern *border*", "in *the capital*"), which
    locates what was counted rather than naming the one act it is the toll of ("in *the attack*")."""
    return noun.ent_type_ in PLACE_TYPES or bool(default_senses().classes(noun) & PLACE_CLASSES)


# prepositions by which a gerund phrase tells what a noun is of: "a precedent *for* police committing
# killings", "a history *of* gangs carrying out attacks"
GERUND_PHRASE_PREPS = frozenset({"in", "of", "for"})


def _gerund_phrase_head(gerund: Token) -> list[Token]:
    """The noun a gerund phrase holding a nominal trigger hangs on by in / of / for: "a strong *precedent*
    for off-duty police committing killings", "a *history* of gangs carrying out attacks" (the acts are of
    the kind the noun is of, a statistic or a record, when the noun is one; none for "a number of")."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in GERUND_PHRASE_PREPS:
        return []
    noun = prep.head
    return [noun] if noun.i != prep.i and noun.pos_ == "NOUN" and not _vague_count(noun) else []


# how a verb a tally is the subject of names the level it comes to: "hit a 10-year *high*" (object),
# "reached a record *high*" (the parser's adverb); and how it hangs the verb that does: "are on track to
# *reach*"
TALLY_LEVEL_DEPS = frozenset({"dobj", "advmod", "npadvmod", "attr"})
TALLY_VERB_DEPS = frozenset({"xcomp", "advcl"})


def _tally_object(tok: Token) -> list[Token]:
    """The level a plural nominal trigger is said to come to as the subject of a verb: "killings by police
    hit a 10-year *high*", "kidnappings reached a *record* high", "seizures are on track to reach the same
    *levels*" (a count of acts, no one act; the words are tested against a class of levels, level_mark)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return []
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in TALLY_VERB_DEPS and c.pos_ in {"VERB", "AUX"})]
    out: list[Token] = []
    for v in verbs:
        for c in v.children:
            if c.dep_ in TALLY_LEVEL_DEPS:
                out.append(c)
                # "a *record* high"; a level word after the object it was hung on ("Hit 10-Year *High*": the
                # parser's object is "Year"); not "a *high* school"
                out.extend(d for d in c.children if d.dep_ == "npadvmod" or d.i > c.i)
            elif c.dep_ == "prep" and c.lower_ in {"at", "to"}:  # "are at a record *high*"
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _vague_count(noun: Token) -> bool:
    """"*a number* of attacks": a vague count of acts that may each be told, not a statistic."""
    return noun.lemma_.lower() == "number" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                   for c in noun.children)


def _governing_verb(noun: Token) -> list[Token]:
    """The verb whose object a noun is, directly or as the object of an of-phrase on it ("protect *part* of
    its exports from attacks": protect), where the parser hung the from-phrase on the noun."""
    for _ in range(3):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB" and noun.head.i != noun.i:
            return [noun.head]
        else:
            break
    return []


def _simple_present(tok: Token) -> bool:
    """A verb in the simple present with no auxiliary: "Paraguay *allows* four weekly visits"."""
    return tok.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _rate(tok: Token) -> list[Token]:
    """Words that make what the trigger counts a rate, not one happening: "killed one person *for every* 23
    arrests", "allows four visits *a month*", "20 killings *per* day", read on the trigger and its object."""
    nodes = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    out: list[Token] = []
    for node in nodes:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "per":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "at" and node.i == tok.i:
                # "were murdered *at an unprecedented rate*": a pace of many acts, no one act
                out.extend(p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PACE_NOUNS)
            elif c.dep_ == "prep" and c.lower_ == "for":
                out.extend(p for p in c.children if p.dep_ == "pobj"
                           and any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in p.children))
            elif c.dep_ == "npadvmod" and c.lemma_.lower() in RATE_UNITS and any(
                    d.dep_ == "det" and d.lower_ in RATE_DETS for d in c.children) and all(
                    d.dep_ == "det" for d in c.children):
                out.append(c)  # "a month" alone; "a day after the raid", "a week later" date one act
            elif _every_span(c):
                out.append(c)  # "gives its opinion every 14 days": a standing procedure
    return out


def _every_span(node: Token) -> bool:
    """"every 14 days", "each two weeks": a counted unit of time after every / each, hung on the verb as an
    adverb or (a parser's slip) as its object; "gave them 14 days" (an ultimatum) has no every / each."""
    return (node.dep_ in {"npadvmod", "dobj"} and node.lemma_.lower() in RATE_UNITS
            and any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in node.children)
            and all(d.dep_ in {"det", "nummod"} for d in node.children))


def _infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _generic_frame(tok: Token) -> list[Token]:
    """What a statement says of an act in general rather than of one that happened: the predicate of an
    extraposed infinitive ("it is *difficult* to arrest them", "it can *take* years to confiscate", "made it
    nearly *impossible* to investigate") and of a gerund subject in the present ("investigating each case is
    nearly *impossible*"). A past "it took police three days to arrest him" tells of an arrest made: none."""
    head = tok.head
    if head is tok:
        return []
    if tok.dep_ == "csubj" and tok.tag_ == "VBG":
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        present = head.tag_ in {"VBZ", "VBP"} or modal
        return [c for c in head.children if c.dep_ in {"acomp", "attr"}] if present else []
    if not _infinitive(tok) or tok.dep_ not in {"advcl", "xcomp", "ccomp"}:
        return []
    # "make it impossible to investigate": the infinitive hangs on the adjective, the dummy is its subject
    frame = [head, head.head] if head.pos_ == "ADJ" and head.head.i != head.i else [head]
    dummy = any(c.dep_ in {"nsubj", "expl", "nsubjpass"} and c.lower_ in DUMMY_SUBJECTS
                for f in frame for c in f.children)
    if not dummy or any(f.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"}
                                               for c in f.children) for f in frame):
        return []
    said = {"acomp", "attr", "oprd", "dobj", "ccomp"}
    return [w for f in frame for w in (f, *(c for c in f.children if c.dep_ in said))
            if w.pos_ in {"ADJ", "NOUN", "VERB", "AUX"} and w.lower_ not in DUMMY_SUBJECTS]


def _purpose_of(tok: Token, passive_only: bool) -> list[Token]:
    """The verb whose purpose an infinitive trigger states: "missiles *designed* to defend against aircraft",
    "units *created* to kill traffickers" (a capability, no act); with `passive_only` only a passive verb or a
    participle on a noun ("proceeds will be *used* to support its businesses")."""
    head = tok.head
    if head is tok or not _infinitive(tok) or tok.dep_ not in {"xcomp", "advcl"} or head.pos_ != "VERB":
        return []
    passive = (head.dep_ == "acl" and head.tag_ == "VBN") or any(c.dep_ == "auxpass" for c in head.children)
    return [head] if passive or not passive_only else []


def _existential_case(tok: Token) -> list[Token]:
    """The noun of a present existential sentence the trigger is told inside ("there *are* cases of police
    officers who commit murders", "there are *instances* of migrants being kidnapped"): the writer says such
    acts occur, not that one was done. None in the past ("there were cases"), which may tell particular acts.
    """
    # (session 43) a generic remark names a kind of act; the class test says which nouns (generic_case)
    word = tok
    for _ in range(8):
        head = word.head
        if head.i == word.i:
            return []
        if word.dep_ == "attr" and head.lemma_ == "be" and head.tag_ in {"VBP", "VBZ"} and any(
                c.dep_ == "expl" for c in head.children):
            return [word]
        word = head
    return []


def _protest_purpose(tok: Token) -> list[Token]:
    """The act an infinitive trigger states the purpose of, and the nouns that name it: the noun the
    infinitive hangs on ("a *march* to demand a better deal"), or the governing verb with its subject, objects
    and the objects of its prepositions and of their of-phrases ("*went* on *strike* to press for higher
    wages", "entered their fourth day of *fast* to press for", "the *strike* began at midnight to press
    demands")."""
    # (session 43) a coder codes the protest by the protesters, not its aim as a separate appeal or demand
    head = tok.head
    if head.i == tok.i or not _infinitive(tok) or tok.dep_ not in {"xcomp", "advcl", "acl", "relcl"}:
        return []
    if head.pos_ in {"NOUN", "PROPN"}:
        return [head]
    if head.pos_ != "VERB":
        return []
    nouns = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "npadvmod", "attr"}]
    nouns += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    nouns += [o for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    words = [head, *nouns, *(m for n in nouns for m in n.children if m.dep_ == "compound")]
    return [w for w in words if w.pos_ in {"NOUN", "VERB"}]  # not "on *March* 5" (a month, no march)


def _controller(tok: Token) -> list[Token]:
    """Who an infinitive trigger is said of: "interest rates were *to blame*" (the governing verb's subject),
    "farm spending, largely *to blame* for the shortfall" (the noun the infinitive modifies)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.head.i == tok.i:
        return []
    if tok.dep_ == "xcomp":
        return _with_conjuncts(c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    if tok.dep_ in {"acl", "relcl"}:
        return [tok.head]
    return []


def _kind_passive_head(tok: Token) -> list[Token]:
    """The noun a restrictive relative clause in the simple present passive with no by-phrase describes, when
    it names a kind of people ("*those* who are arrested", "all *foreigners* who are convicted", "*migrants*
    who are kidnapped"): who undergoes such acts, not one act. None after a comma ("the officers, who are
    charged"), for "being" ("who are being held") or for a particular noun ("the two men who are held")."""
    head = tok.head
    if tok.dep_ != "relcl" or head.i == tok.i or any(c.dep_ == "agent" for c in tok.children):
        return []
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if [a.lower_ for a in aux] not in (["are"], ["is"]) or aux[0].dep_ != "auxpass":
        return []
    relative = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ in RELATIVES]
    if not relative or (relative[0].i > 0 and relative[0].nbor(-1).is_punct):
        return []
    dets = [c for c in head.children if c.dep_ in {"det", "poss", "nummod"}]
    kind_of = head.tag_ == "NNS" and all(d.lower_ in {"all", "any"} for d in dets)
    kind = head.lower_ in KIND_PRONOUNS or kind_of
    return [head] if kind else []


def _antecedent(verb: Token, subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the quake, *which* struck"), else the subject."""
    if subject.lower_ in RELATIVES and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subject


def _definite(noun: Token) -> bool:
    """Whether a noun names a particular thing by a definite determiner or a possessor ("*the* opposition",
    "*its* critics"): a bare or quantified noun ("opposition", "stiff resistance") names a reaction."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
               for c in noun.children)


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.extend([t, *t.conjuncts])
    return out



def _own_future(tok: Token) -> bool:
    """Whether `tok` is a future act in a verb's that-clause, done by the speaker: "the gang said *it* would
    kill them", "the rebels warned they will attack"; not "police said the rebels would attack"."""
    head = tok.head
    if tok.dep_ != "ccomp" or head is tok or head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    speakers = {c.lemma_.lower() for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return bool(subjects) and all(s.lower_ in SELF_PRONOUNS or s.lemma_.lower() in speakers for s in subjects)


def expressed_intent(tok: Token, cameos: Iterable[str]) -> bool:
    """Whether `tok`, a trigger that codes one of `cameos`, is the act a pledge names ("Israel vowed to
    *cooperate* with Egypt", "Iran said it would *cooperate*", "the company hopes to *meet* them"), which a
    `governor` row over the pledge_verb class, an `active_governor` row over the aspiration_verb class or a
    `speaker` row over the intent_speech class codes as the pledge itself (CAMEO 03x,
    sense_rules.csv): its modality is the pledge's (events/modality.py), not `intended`."""
    senses = default_senses()
    cameos = list(cameos)
    if any(c.startswith(FORCE_CODES) for c in cameos) and not _opposed(tok, senses):
        # "the rebels vowed to *fight* the army": force vowed is planned (the vow itself is a threat, 138),
        # even when the lemma has a rare cooperative reading ("fight alongside"); a plan fought is opposed
        return False
    if tok.dep_ == "xcomp" and tok.head.i != tok.i and PLEDGE in senses.classes(tok.head):
        slot, cls = "governor", PLEDGE
    elif any(ASPIRATION in senses.classes(g) for g in slot_words(tok, "active_governor")):
        slot, cls = "active_governor", ASPIRATION  # "the company hopes to meet Texaco's representatives"
    elif any(INTENT_SPEECH in senses.classes(w) for w in slot_words(tok, "speaker")):
        slot, cls = "speaker", INTENT_SPEECH  # "Iran said it would cooperate"
    else:
        return False
    pledges = [r for r in senses.rules.get("*", []) if slot in r.slots and cls in r.classes
               and r.action.startswith("code:03")]
    return any(r.codes_match(c) for c in cameos for r in pledges)


def _opposed(tok: Token, senses: Senses) -> bool:
    """Whether what `tok` acts on is a plan, bill, bid or social ill, fought figuratively ("vowed to fight the
    government's *plan*"), not a party fought with force."""
    objects = slot_words(tok, "dobj") + slot_words(tok, "pobj:against")
    return any(senses.classes(o) & OPPOSED_CLASSES for o in objects)


def threat_speaker(tok: Token, cameos: Iterable[str]) -> Token | None:
    """The verb that says or agrees to the act `tok` (a trigger coding one of `cameos`) when the act is a
    conditional threat ("it told the Kuwaitis it would negotiate purchases elsewhere unless they relented":
    told), which a threat_unless / threat_if row codes 13x: the threat is made as it is spoken, its
    modality the speech's (events/modality.py), not the act's `intended`. None otherwise."""
    senses = default_senses()
    cameos = list(cameos)
    for slot in ("threat_unless", "threat_if"):
        rows = [r for r in senses.rules.get("*", []) if slot in r.slots and r.action.startswith("code:13")]
        if any(r.codes_match(c) for c in cameos for r in rows) and _threat_condition(tok, slot[7:]):
            verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} else tok
            while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
                verb = verb.head
            return verb.head
    return None


def threatened_violence(tok: Token) -> bool:
    """Whether `tok` is violence its speaker says it will do ("the gang said it would kill them"): a threat
    (CAMEO 138, sense_rules.csv: slot speaker, class threat_speech), made when it is spoken, not a planned
    attack; events/modality.py reads its modality from the speech verb."""
    senses = default_senses()
    if tok.pos_ != "VERB" or not senses.classes(tok) & THREAT_ACTS:
        return False
    return any("threat_speech" in senses.classes(w) for w in slot_words(tok, "speaker"))
