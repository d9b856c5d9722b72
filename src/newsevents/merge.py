"""One event per happening: group the mentions of an article into events.

The merge rule, in one place (`compatible`): a reading joins an event only when it can be the same happening
as every reading already in it — it has
- the same CAMEO root code and compatible full codes: equal, one of them the root's generic code ("040"),
  or two views of one act (042 make a visit / 043 host a visit); and the same medium (a phone call is
  never the meeting it preceded);
- the same polarity: negated or not, and factual (asserted/reported) or not (intended/hypothetical/denied);
- no conflicting party, with any reading of the event: on each side the same entity, or codes that agree
  (equal, or a bare country and a code of that country: "AUS" from "an Australian minister" or "a visit to
  China", and "AUSGOV"; two armed bands of one country, one only described: "militants" PAKREB and
  "terrorists" PAKUAF or "the TTP" PAKINS); but two different people, or two different bodies each named by a
  proper name ("Los Zetas", "the Khasadar Force"), are never one party, unless one is a man and the other a
  body of his very code ("constable X" and "the DRG", both INDCOP); an unknown side conflicts with nothing.
  Consultations are symmetric: "Wang met Wong" and "Wong's visit to China" may have their parties the other
  way round;
- at least one side known on both and agreeing with a reading of the event. When no side is one named
  party both readings name (only a description, "militants", or a code is shared), the reading must lie
  within WEAK_REACH sentences of the event (ANAPHORA_REACH for a reading telling its act as known: "was
  killed in the blast", "claimed responsibility for the attack"): a roundup tells many attacks by "militants";
  when the only common party is a guess (the police guessed to have made an arrest), within GUESS_REACH;
- no conflicting place: the same place, or one containing the other (a town in its province or country);
  two different towns, provinces or countries are two happenings;
- no conflicting date: two stated dates that cannot be one day ("on Monday" / "on Tuesday", "in November
  2018" / "in June"; "in March" may be "on March 3"), compared on one calendar even when the publication
  date is unknown; a date counted from another event ("two years earlier") is never another stated date;
- and the later reading does not say it is a new happening ("spoke ... again").

Order: readings with both parties first, then readings with one, each joining the nearest compatible event
(or starting one); then events that tell one attack twice join (`one_attack_twice`): the 18x and 19x readings
of one attack with the same sides ("militants attacked a convoy", "assailants fired at the convoy"), and
an event giving the side another just told lacks ("An ASI was shot dead ... two assailants opened fire on
him"), never across "In another incident" nor the two sides of a fight; then anaphoric readings ("the meeting
lasted two hours") join the nearest compatible event before them (of the other violence root when none of
their own is: "a rocket attack" read as 19x, "No group claimed the attack"), else after them, within
ANAPHORA_REACH sentences (at any distance when they state their own date: "the February 24 invasion"), else
are dropped. An event takes the
most specific code its mentions give, its parties from its fullest mention, then the one the others bear
out most (readings never conflict, so a side it leaves unknown may come from another), the firmest modality
(asserted over reported; a reading telling its act as known asserts only what it says of it, not the act),
and the most precise date its mentions
state (else the publication date, with `date_basis: publication`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .actors.knowledge import normalize
from .codes import country_of, sector_of
from .events.implied import IMPLIED, INFERRED
from .events.lexicon import EventLexicon
from .model import ActorRef, Entity, Event, EventMention, Place
from .when import (
    ANCHORED,
    COMPARISON_DAY,
    DEICTIC,
    cue_words,
    date_span,
    dates_compatible,
    resolve_event_date,
)
from .where import PLACE_TYPES, Context, Toponym, default_gazetteer

FACTUAL = {"asserted", "reported"}
MEDIUM_MODES = {"phone"}
# Readings that share no named party (only "militants", a code, an inferred doer) are one happening only
# when told close together: within this many sentences of a reading of the event.
WEAK_REACH = 3
GUESS_REACH = 1  # ... and readings whose only common party is a guess (an arrest's police), adjacent ones
# An event giving the side another lacks ("... was shot dead. ... two assailants opened fire on him", "... the
# bomber detonated his vest") follows it at most this many sentences after (as "the attack" refers back)
FOLLOW_REACH = 5
ANAPHORA_REACH = 5  # "the meeting", "the attack" refer to an event told at most this many sentences away
# Words a proper name may hold in lower case ("Bank of America", "Party of the Poor"); any other lower-case
# word makes a description ("Indian maoists", "Venezuelan police officers", "police of Mexico").
NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "las", "los", "el",
                                 "y", "da", "do", "dos", "das", "e", "al", "bin", "van", "von", "der", "&"})
# Entity types whose name is the party itself (a person, a body, a country), not a description of a people.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC"})


class ArticleParties:
    """What the merge rule knows of an article's entities: persons, entities named by a proper name, each
    entity's country, and where each place entity is (`places`, when the caller has them; else resolved by
    name in the gazetteer on first use, with the article's countries as evidence)."""

    def __init__(self, entities: Mapping[str, Entity],
                 places: Mapping[str, Place | None] | None = None) -> None:
        self.people = frozenset(eid for eid, e in entities.items() if e.type == "PERSON")
        self.named = frozenset(eid for eid, e in entities.items() if is_proper_name(e))
        self.countries = {eid: e.actor.country for eid, e in entities.items() if e.actor and e.actor.country}
        self._entities = entities
        self._places: dict[str, Place | None] = dict(places or {})
        self._resolve = places is None
        self._context: Context | None = None
        # where place entities are named, for the place of a reading whose trigger has none of its own
        self._named_at = sorted((mention.start, eid) for eid, e in entities.items() if e.type in PLACE_TYPES
                                for mention in e.mentions)

    def place(self, eid: str) -> Place | None:
        """Where a place entity is, when known."""
        if eid not in self._places:
            self._places[eid] = self._lookup(eid) if self._resolve else None
        return self._places[eid]

    def _lookup(self, eid: str) -> Place | None:
        entity = self._entities.get(eid)
        if entity is None or entity.type not in PLACE_TYPES or entity.place is not None:
            return entity.place if entity is not None else None
        if self._context is None:
            self._context = Context(countries=Counter(self.countries.values()))
        found = default_gazetteer().best(Toponym(entity.name), self._context)
        return found.place if found is not None else None

    def reading_place(self, m: EventMention) -> str | None:
        """The place entity a reading is at: its own (`place_entity_id`), else the one place its sentence
        names (several, one within another: the finest; several apart: none, the sentence does not say). An
        anaphoric reading's sentence is about something else ("captured days after the meeting, in X")."""
        if m.place_entity_id or m.anaphoric:
            return m.place_entity_id
        at = bisect_left(self._named_at, (m.start, ""))
        named = list(dict.fromkeys(eid for start, eid in self._named_at[at:] if start < m.end
                                   and self.place(eid) is not None))
        if not named or any(_places_conflict(a, b, self) for i, a in enumerate(named) for b in named[i + 1:]):
            return None
        return max(named, key=self._fineness)

    def _fineness(self, eid: str) -> int:
        place = self.place(eid)
        return FEATURE_RANK.get(place.feature, 0) if place is not None else -1


FEATURE_RANK = {"city": 3, "landmark": 3, "admin2": 2, "admin1": 1}


def is_proper_name(entity: Entity) -> bool:
    """Is the entity named by a proper name ("Los Zetas", "Khasadar Force", "Peru"), not described ("Indian
    maoists", "the Nicaraguan government", "Americans")? A description is written with a common noun in lower
    case; a people (NORP) is never one party."""
    if entity.type not in NAMED_TYPES:
        return False
    if entity.type == "PERSON":
        return True
    return _proper(entity.name)


@dataclass
class _Draft:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def source(self) -> ActorRef | None:
        return next((m.source for m in self.mentions if m.source), None)

    @property
    def target(self) -> ActorRef | None:
        return next((m.target for m in self.mentions if m.target), None)

    def parties(self, code: str) -> tuple[ActorRef | None, ActorRef | None]:
        """The parties of the fullest mention, then of the one the other mentions bear out most (the same
        entity on the same side: "the BSF" told three times over "the highway" told once), preferring one
        that gives the event's own code. A side it leaves unknown comes from another mention: the mentions
        of one event never conflict."""
        def support(ref: ActorRef | None, side: int) -> int:
            if ref is None or ref.entity_id is None:
                return 0
            told = [(x.source, x.target)[side] for x in self.mentions]
            return sum(1 for other in told if other is not None and other.entity_id == ref.entity_id)

        def fullness(m: EventMention) -> tuple[int, int, int, int, int]:
            named = sum(1 for r in (m.source, m.target) if r is not None and r.entity_id is not None)
            borne_out = support(m.source, 0) + support(m.target, 1)
            return (bool(m.source) + bool(m.target), borne_out, named, m.cameo == code, -m.start)

        def told(ref: ActorRef | None, side: int) -> ActorRef | None:
            # a side the text tells beats one the coder infers (a bomb's unnamed setter, implied_doers.csv)
            if ref is not None and ref.basis != IMPLIED:
                return ref
            return next((r for x in self.mentions if (r := (x.source, x.target)[side]) is not None
                         and r.basis != IMPLIED), ref)

        best = max(self.mentions, key=fullness)
        return told(best.source or self.source, 0), told(best.target or self.target, 1)

    def distance(self, m: EventMention) -> int:
        """Characters to the nearest mention; a following event counts as farther than a preceding one."""
        before = [m.start - x.start for x in self.mentions if x.start <= m.start]
        after = [x.start - m.start for x in self.mentions if x.start > m.start]
        return min(before) if before else 10 * min(after)


SYMMETRIC_ROOTS = {"04"}
SAME_ACT = ({"042", "043"},)  # one visit: the guest makes it, the host hosts it
# PLOVER modes of acts that are never an unspecified act of their root told again: a taking of people is not
# what is done to them after ("abducted two villagers and later shot them dead": the abduction and a killing)
TAKING_MODES = frozenset({"abduct"})
# PLOVER modes of acts that a clause naming the root's unspecified act beside them tells as one more act of a
# series, not as the same act again: "tortured him and then shot him dead", "beat him and killed him" are a
# beating (182) and a killing (180); only "the attack" told again (a noun with "the") may be the beating
SERIES_MODES = frozenset({"beat"})


def same_party(a: ActorRef, b: ActorRef, people: frozenset[str] = frozenset(),
               named: frozenset[str] = frozenset()) -> bool:
    """Do two references name the same party? `people` are the entity ids of persons, `named` of entities
    named by a proper name (persons among them)."""
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    if a.entity_id in people and b.entity_id in people:
        return False  # two different people, even of one government
    if a.entity_id in named and b.entity_id in named and not (_bare_country(a, people)
                                                            or _bare_country(b, people)
                                                            or _member_and_body(a, b, people)):
        return False  # two bodies each named ("Los Zetas", "Gulf Cartel"), even of one country and sector
    if _guessed_alike(a, b, named) or _guessed_alike(b, a, named):
        return True
    if a.code is None or b.code is None:
        return False
    if a.code == b.code or _one_armed_band(a, b, named):
        return True
    (short, short_ref), (long, _) = sorted(((a.code, a), (b.code, b)), key=lambda x: len(x[0]))
    # A bare country ("Australian", "a visit to China") stands for any of its actors; a person never does.
    return short_ref.entity_id not in people and len(short) == 3 and long.startswith(short)


def _member_and_body(a: ActorRef, b: ActorRef, people: frozenset[str]) -> bool:
    """Is one of two named parties a person and the other a body (not a person) of his very actor code, of
    which he may be one ("A DRG jawan was killed [the District Reserve Guard, INDCOP] ... constable Puran
    Potai [INDCOP] was killed in the blast"; "JuA [PAKINS] claimed responsibility ... its spokesman [PAKINS]
    claiming responsibility")? Only of a state's force or an armed band, whose men are told by their own name
    or the body's: two firms of one country share a code, not a man. A code of a country alone tells nothing
    of whose man he is."""
    if (a.entity_id in people) == (b.entity_id in people):
        return False
    return a.code is not None and a.code == b.code and sector_of(a.code) in MEMBER_BODIES


# the sectors of bodies a man named in a violent story may be one of: a state's forces, armed bands
MEMBER_BODIES = frozenset({"COP", "MIL", "SPY", "REB", "INS", "SEP", "UAF"})


# The sectors of armed non-state bands (rebels, insurgents, separatists, an armed force no one identified):
# which of them the actor coder gave a band is a table's choice, not what the text tells of it
ARMED_BANDS = frozenset({"REB", "INS", "SEP", "UAF"})


def _one_armed_band(a: ActorRef, b: ActorRef, named: frozenset[str]) -> bool:
    """May two armed bands of one country be one party, at least one of them only described ("suspected
    militants" PAKREB, "terrorists" PAKUAF, "the TTP" PAKINS)? A description names no band the other is not;
    two bands each named by a proper name stay two."""
    if a.entity_id in named and b.entity_id in named:
        return False
    country = country_of(a.code)
    return (country is not None and country == country_of(b.code)
            and sector_of(a.code) in ARMED_BANDS and sector_of(b.code) in ARMED_BANDS)


GUESSED = frozenset({INFERRED, "article", IMPLIED})
PRIVATE_SECTORS = frozenset({"", "CVL", "CRM"})  # a guessed victim's or arrested person's sector
IMPLIED_ALIKE = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})  # the state bodies an implied doer may be


def _guessed_alike(guess: ActorRef, other: ActorRef, named: frozenset[str]) -> bool:
    """May a party no entity names, whose code is a guess ("11 people" arrested: the story's country, CVL),
    be another reading's description of the same people ("the suspects": CRM)? Only if that one is no named
    party, is of the same country, and neither is a state body: a guess never makes soldiers of civilians. A
    guess of suspects (CRM) is anyone of its country the other names (the mayor among those arrested)."""
    if guess.entity_id is not None or guess.basis not in GUESSED:
        return False
    ca, cb = country_of(guess.code), country_of(other.code)
    if ca is not None and cb is not None and ca != cb:
        return False
    if guess.basis == IMPLIED and ca is not None and sector_of(guess.code) in IMPLIED_ALIKE:
        # "the capture of X" by the authorities inferred is the police's or army's capture told; a bomb's
        # unnamed setter (UAF) is no state body, and one armed band only as `_one_armed_band` allows
        return sector_of(other.code) in IMPLIED_ALIKE
    if sector_of(guess.code) == "CRM":
        return True  # "the suspects" arrested may be anyone the other reading names: a mayor is a suspect too
    if other.entity_id in named:
        return False
    return all(sector_of(code) in PRIVATE_SECTORS for code in (guess.code, other.code))


def _bare_country(ref: ActorRef, people: frozenset[str]) -> bool:
    return ref.entity_id not in people and ref.code is not None and len(ref.code) == 3


def codes_compatible(a: str, b: str, lexicon: EventLexicon) -> bool:
    """Can mentions coded `a` and `b` tell one happening? The same code; a root's generic code and a code of
    the same root and the same PLOVER category, unless that code is a taking of people (TAKING_MODES); or one
    act told from both sides (SAME_ACT)."""
    if a[:2] != b[:2]:
        return False
    if a == b:
        return True
    code_a, code_b = lexicon.code(a), lexicon.code(b)
    if code_a.generic or code_b.generic:
        # "the fighting" (190) may be the shelling (195) told again, never the posts captured (192) or a
        # blockade (191): a different kind of act of the same root is a happening of its own.
        if code_a.mode in TAKING_MODES or code_b.mode in TAKING_MODES:
            return False
        return code_a.plover == code_b.plover or None in (code_a.plover, code_b.plover)
    return any(a in pair and b in pair for pair in SAME_ACT)


# Roots whose acts are one kind of happening told two ways: a coder may read the same attack as unconventional
# violence (18x: "militants targeted the police station") and as armed force (19x: "the encounter").
VIOLENCE_ROOTS = frozenset({"18", "19"})


def views_of_one_attack(a: str, b: str, lexicon: EventLexicon) -> bool:
    """Within one article, can mentions coded `a` and `b` tell one happening? As `codes_compatible`, or one
    attack read as 18x by one sentence and 19x by another: both PLOVER ASSAULT, one of them the root's generic
    code ("the attack" 180 / "opened fire" 190, a bombing 183 / "the attack" 190), neither a taking of people.
    Across articles the roots stay apart (`same_happening`)."""
    if codes_compatible(a, b, lexicon):
        return True
    if a[:2] == b[:2] or a[:2] not in VIOLENCE_ROOTS or b[:2] not in VIOLENCE_ROOTS:
        return False
    code_a, code_b = lexicon.code(a), lexicon.code(b)
    if not (code_a.generic or code_b.generic) or TAKING_MODES & {code_a.mode, code_b.mode}:
        return False
    return code_a.plover == code_b.plover == "ASSAULT"


Parties = tuple[ActorRef | None, ActorRef | None]
CodeTest = Callable[[str, str, EventLexicon], bool]


def _sides_conflict(ours: Parties, theirs: Parties, known: ArticleParties) -> bool:
    """Does a side known on both name two different parties?"""
    return any(a is not None and b is not None and not same_party(a, b, known.people, known.named)
               for a, b in zip(ours, theirs, strict=True))


def _parties_conflict(x: EventMention, m: EventMention, known: ArticleParties) -> bool:
    ours, theirs = (x.source, x.target), (m.source, m.target)
    if not _sides_conflict(ours, theirs, known):
        return x.cameo[:2] not in SYMMETRIC_ROOTS and _reversed(ours, theirs)
    return not (x.cameo[:2] in SYMMETRIC_ROOTS and not _sides_conflict(ours, theirs[::-1], known))


def _reversed(ours: Parties, theirs: Parties) -> bool:
    """Does one reading have the other's two parties the other way round: a fight's two sides, each acting on
    the other ("an exchange of fire between the Maoists and the paramilitary personnel"), which codes alike
    may not join (two armed bands, `_one_armed_band`)?"""
    a, b = (_side_key(ref) for ref in ours)
    c, d = (_side_key(ref) for ref in theirs)
    return None not in (a, b) and a != b and (a, b) == (d, c)


def _side_key(ref: ActorRef | None) -> str | None:
    """A party as `_reversed` tells it: its entity, else its code ("INDUAF": the paramilitary men no entity
    names)."""
    if ref is None:
        return None
    return ref.entity_id or ref.code


def _agreement(ours: Parties, theirs: Parties, known: ArticleParties) -> int:
    """How firmly two readings' parties say they are one happening: 0, no side known on both and agreeing;
    GUESSED_ONLY, agreeing sides each with a party the coder guessed (the police guessed to have made an
    arrest); DESCRIBED, agreeing sides, none one named party ("militants"); NAMED, a side on which both name
    one and the same named party (a person, a named body, a country). A bare country agreeing with one of its
    bodies conflicts with nothing but shows nothing."""
    best = 0
    for a, b in zip(ours, theirs, strict=True):
        if a is None or b is None:
            continue
        if not same_party(a, b, known.people, known.named):
            return 0
        if a.entity_id is not None and a.entity_id == b.entity_id and a.entity_id in known.named:
            best = max(best, NAMED)
        elif a.entity_id != b.entity_id and (a.code or "") != (b.code or "") and (
                _bare_country(a, known.people) or _bare_country(b, known.people)):
            continue  # "Brazil" may stand for "President Temer" but does not show it does
        else:
            best = max(best, GUESSED_ONLY if GUESSED & {a.basis, b.basis} else DESCRIBED)
    return best


GUESSED_ONLY, DESCRIBED, NAMED = 1, 2, 3
# How many sentences apart two readings may lie for each firmness of agreement (NAMED: any distance).
REACH = {GUESSED_ONLY: GUESS_REACH, DESCRIBED: WEAK_REACH}


def _places_conflict(a: str, b: str, known: ArticleParties) -> bool:
    """Are two place entities two different places: neither the same nor one containing the other?"""
    if a == b:
        return False
    pa, pb = known.place(a), known.place(b)
    if pa is None or pb is None:  # no gazetteer place: only the country tells them apart
        ca, cb = known.countries.get(a), known.countries.get(b)
        return ca is None or cb is None or ca != cb
    return places_differ(pa, pb)


WIDE_FEATURES = frozenset({"country", "continent", "region"})


def places_differ(a: Place, b: Place) -> bool:
    """Two gazetteer places that cannot be where one happening was: different countries, two different
    first-level divisions, a town outside a named division, or two different towns."""
    if (a.geonames_id is not None and a.geonames_id == b.geonames_id) or _same_name(a.name, b.name):
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.feature in WIDE_FEATURES or b.feature in WIDE_FEATURES:
        return False  # a country (or region) holds its towns; a region's extent is not known
    if a.feature == "admin1" or b.feature == "admin1":
        division, other = (a, b) if a.feature == "admin1" else (b, a)
        if other.feature == "admin1":
            return True
        return other.admin1 is not None and not _same_name(other.admin1, division.name)
    if "city" in (a.feature, b.feature) and a.feature == b.feature:
        return True  # two towns
    return a.admin1 is not None and b.admin1 is not None and not _same_name(a.admin1, b.admin1)


def _same_name(a: str, b: str) -> bool:
    """"Nuevo León" is "Nuevo Leon"."""
    return normalize(a) == normalize(b)


def _counted_from_event(phrase: str) -> bool:
    """A date counted from another event ("two years earlier", "the day before"), not from publication."""
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    return bool(words & ANCHORED) and not words & DEICTIC and not re.search(r"\b\d{4}\b", phrase)


def dates_conflict(a: EventMention, b: EventMention) -> bool:
    """Do two readings state dates that cannot be one day? Dates not resolved (no publication date: "May 23",
    "on Monday") are resolved on one calendar, the year of a resolved one if any, so "May 23" and "June 3"
    still differ; a date counted from another event differs from any other stated date."""
    if not a.date_text or not b.date_text:
        return False
    if a.date and b.date:
        return not dates_compatible(a.date, b.date)
    if _counted_from_event(a.date_text) or _counted_from_event(b.date_text):
        return _norm_phrase(a.date_text) != _norm_phrase(b.date_text)
    if a.date_basis != b.date_basis and "relative" in {x.date_basis for x in (a, b) if x.date is None}:
        return False  # "on Monday" against "May 23" without a publication day: no common calendar
    known = date_span(a.date or b.date)
    base = date(known[0].year, 12, 31) if known else COMPARISON_DAY
    return not dates_compatible(a.date or _resolved_on(a.date_text, base),
                                b.date or _resolved_on(b.date_text, base))


@lru_cache(maxsize=1024)
def _resolved_on(phrase: str, base: date) -> str | None:
    resolved = resolve_event_date(phrase, base)
    return resolved.date if resolved.date_basis != "publication" else None


def _norm_phrase(phrase: str) -> str:
    return " ".join(re.findall(r"\w+", phrase.lower()))


def compatible(draft: _Draft, m: EventMention, lexicon: EventLexicon, known: ArticleParties,
               codes: CodeTest = codes_compatible) -> bool:
    """The merge rule (see the module docstring). `codes`: which codes may tell one happening (an anaphoric
    reading with no event of its own root before it may take one attack's other root:
    `views_of_one_attack`)."""
    if not _nothing_conflicts(draft.mentions, m, lexicon, known, codes):
        return False
    apart = min(abs(x.sentence_index - m.sentence_index) for x in draft.mentions)
    if m.anaphoric:
        # "the February 24 invasion" names its happening by its own date: it is that one however far away
        return apart <= ANAPHORA_REACH or m.date_basis == "explicit"
    theirs = (m.source, m.target)
    agreement = max(_agreement((x.source, x.target), theirs, known) for x in draft.mentions)
    if not agreement and draft.first.cameo[:2] in SYMMETRIC_ROOTS:
        agreement = max(_agreement((x.source, x.target), theirs[::-1], known) for x in draft.mentions)
    return agreement == NAMED or (agreement > 0 and apart <= _reach(agreement, m))


def _reach(agreement: int, m: EventMention) -> int:
    """How many sentences from an event a reading whose parties agree with it this firmly may lie: a reading
    telling its act as one known ("killed in the blast", "claimed responsibility for the attack":
    `told_again`) reaches as far back as "the attack" does."""
    if m.told_again and agreement == DESCRIBED:
        return max(REACH[agreement], ANAPHORA_REACH)
    return REACH[agreement]


def _nothing_conflicts(mentions: list[EventMention], m: EventMention, lexicon: EventLexicon,
                       known: ArticleParties, codes: CodeTest = codes_compatible) -> bool:
    """May the reading be the happening the readings `mentions` (first told first) tell, as far as code,
    polarity, medium, place, date and parties go?"""
    first = mentions[0]
    if first.negated != m.negated:
        return False
    if not all(codes(x.cameo, m.cameo, lexicon) for x in mentions):
        return False
    if (first.modality in FACTUAL) != (m.modality in FACTUAL):
        return False
    if _medium(first.cameo, lexicon) != _medium(m.cameo, lexicon):
        return False
    here = known.reading_place(m)
    if here and any(_places_conflict(there, here, known) for x in mentions
                    if (there := known.reading_place(x))):
        return False
    if any(dates_conflict(x, m) for x in mentions):
        return False
    if any(_acts_in_series(x, m, lexicon) for x in mentions):
        return False
    return not any(_parties_conflict(x, m, known) for x in mentions)


def _acts_in_series(a: EventMention, b: EventMention, lexicon: EventLexicon) -> bool:
    """Are two readings of one sentence, by two triggers, two acts of a series ("kidnapped the man, tortured
    him and then shot him dead")? One is of a mode told apart from its root's unspecified act (SERIES_MODES:
    a beating), the other that unspecified act told by a verb or a noun of its own, not as the act told
    again ("the attack": `told_again`, `anaphoric`), after it: the act a series tells next ("beat him and
    killed him"), not the one a beating spells out ("attacked the site and beat up the labourers"). Each names
    its victim: a verb read with none ("tortured and killed a youth", the object read on the last verb only)
    is kept with the act that names him."""
    if a.sentence_index != b.sentence_index or a.trigger_start == b.trigger_start:
        return False
    if a.cameo[:2] != b.cameo[:2] or a.target is None or b.target is None:
        return False
    for one, other in ((a, b), (b, a)):
        if lexicon.code(one.cameo).mode in SERIES_MODES and lexicon.code(other.cameo).generic \
                and other.trigger_start > one.trigger_start and not (other.told_again or other.anaphoric):
            return True
    return False


def one_attack_twice(earlier: _Draft, later: _Draft, lexicon: EventLexicon, known: ArticleParties,
                     turns: frozenset[int] = frozenset(), fights: frozenset[int] = frozenset()) -> bool:
    """Are two events of one article, grouped reading by reading, one attack told twice? Both are violence
    (18x/19x) and no reading of one conflicts with a reading of the other, the 18x and 19x views of one
    attack allowed (`views_of_one_attack`); the later does not say it is a new happening, nor does a sentence
    from the earlier's last reading before it to the later's first turn to another incident (`turns`, the
    indices of the sentences that do: `opens_new_incident`); neither is only a fight's one side (`fights`, the
    trigger offsets read both ways: "Maoists ambushed a police team. Two constables were injured in the
    subsequent exchange of fire": the fight that followed, the Maoists' side of it is not the ambush); and
    either
    - both name both sides, each side the same party in both, named by the text, not guessed, told within
      WEAK_REACH sentences ("militants attacked a convoy of paramilitary troops [18x] ... armed assailants
      opened fire at a convoy of the Frontier Corps [19x]"; `_same_sides`), or
    - each names only the side the other lacks, of the same root, the later told in the same sentence as the
      earlier or at most FOLLOW_REACH sentences after it, the two sides neither one party nor one side of a
      fight ("An ASI was shot dead ... two assailants came close to him and opened fire"; `_other_side`)."""
    mentions = [*earlier.mentions, *later.mentions]
    if later.first.repeat or any(x.cameo[:2] not in VIOLENCE_ROOTS for x in mentions):
        return False
    told = [x.sentence_index for x in earlier.mentions if x.sentence_index <= later.first.sentence_index]
    if told and any(max(told) < n <= later.first.sentence_index for n in turns):
        return False  # "... In another incident, militants opened fire on a check post"
    if any(all(x.trigger_start in fights for x in d.mentions) for d in (earlier, later)):
        return False
    if not all(_nothing_conflicts(earlier.mentions, m, lexicon, known, views_of_one_attack)
               for m in later.mentions):
        return False
    return _same_sides(earlier, later, known) or _other_side(earlier, later, lexicon, known)


def _same_sides(earlier: _Draft, later: _Draft, known: ArticleParties) -> bool:
    """Both events name both sides, the same parties, none a guess, within WEAK_REACH sentences."""
    def told(side: int) -> bool:
        return any(a is not None and b is not None and not GUESSED & {a.basis, b.basis}
                   and same_party(a, b, known.people, known.named)
                   for a in ((x.source, x.target)[side] for x in earlier.mentions)
                   for b in ((y.source, y.target)[side] for y in later.mentions))

    apart = min(abs(x.sentence_index - y.sentence_index) for x in earlier.mentions for y in later.mentions)
    return apart <= _reach(DESCRIBED, later.first) and told(0) and told(1)


def _other_side(earlier: _Draft, later: _Draft, lexicon: EventLexicon, known: ArticleParties) -> bool:
    """Each event names only the side the other lacks (see `one_attack_twice`)."""
    # a doer only implied ("were killed in a bomb blast": unidentified bombers, implied.py) is no side told:
    # "The bomber detonated his vest" gives the side that reading lacks
    ours = tuple(_told(x) for x in (earlier.source, earlier.target))
    theirs = tuple(_told(x) for x in (later.source, later.target))
    one_side = ([True, False], [False, True])
    unknown = [x is None for x in ours]
    if unknown not in one_side or [x is None for x in theirs] != [not x for x in unknown]:
        return False  # each names one side, and not the same one
    a, b = ours[0] or ours[1], theirs[0] or theirs[1]
    assert a is not None and b is not None
    if same_party(a, b, known.people, known.named) or _one_side(a, b):
        return False  # "assailants killed a guard ... two assailants were also killed": the return fire
    if not all(codes_compatible(x.cameo, y.cameo, lexicon) for x in earlier.mentions for y in later.mentions):
        return False
    first = later.first.sentence_index
    before = [x.sentence_index for x in earlier.mentions if x.sentence_index <= first]
    return bool(before) and first - max(before) <= FOLLOW_REACH


# Sectors of one side of a fight: armed bands ("terrorists fired at the team ... four militants were
# killed") and a state's forces ("killed by the SFs ... two policemen were injured in the encounter"). A doer
# and a harmed of one of them, of one country, are two sides' losses, not one act of one on the other.
FIGHT_SIDES = (frozenset({"REB", "INS", "SEP", "UAF", "RAD"}), frozenset({"MIL", "COP", "SPY"}))


def _told(ref: ActorRef | None) -> ActorRef | None:
    """The side as the text tells it: None for one only implied (`ActorRef.basis` "implied")."""
    return None if ref is None or ref.basis == IMPLIED else ref


def _one_side(a: ActorRef, b: ActorRef) -> bool:
    """Are two parties of one side of a fight (FIGHT_SIDES), in one country or with no country known?"""
    ca, cb = country_of(a.code), country_of(b.code)
    if ca is not None and cb is not None and ca != cb:
        return False
    sa, sb = sector_of(a.code), sector_of(b.code)
    return any(sa in sides and sb in sides for sides in FIGHT_SIDES)


def _medium(code: str, lexicon: EventLexicon) -> str | None:
    mode = lexicon.code(code).mode
    return mode if mode in MEDIUM_MODES else None


def merge_mentions(mentions: list[EventMention], entities: Mapping[str, Entity], lexicon: EventLexicon,
                   places: Mapping[str, Place | None] | None = None) -> list[Event]:
    """Group one article's event mentions into events (see the module docstring). `places`: each place
    entity's place as the article resolves it (`where.entity_places`); without it, names are looked up."""
    known = ArticleParties(entities, places)
    drafts: list[_Draft] = []
    by_party = _DraftIndex()
    full = [m for m in mentions if m.source and m.target]
    partial = [m for m in mentions if not m.anaphoric and bool(m.source) != bool(m.target)]
    anaphoric = [m for m in mentions if m.anaphoric]
    for m in [*full, *partial]:
        # An anaphoric reading may join any event; any other needs a party in common.
        positions = range(len(drafts)) if m.anaphoric else by_party.sharing(m)
        candidates = [i for i in positions if compatible(drafts[i], m, lexicon, known)]
        if m.repeat:  # a new happening: it joins only what is told after it, or its own other reading
            candidates = [i for i in candidates if drafts[i].first.start > m.start
                          or drafts[i].first.trigger_start == m.trigger_start]
        if candidates:
            chosen = min(candidates, key=lambda i: drafts[i].distance(m))
            drafts[chosen].mentions.append(m)
            by_party.add(chosen, drafts[chosen])
        else:
            drafts.append(_Draft([m]))
            by_party.add(len(drafts) - 1, drafts[-1])
    drafts = _join_attacks_told_twice(drafts, lexicon, known)
    for m in anaphoric:
        # an event of its own root told before it; else one attack told before it under the other root
        # ("... left a soldier dead [19x]. The killing [18x] brings the total ..."); else one of its own root
        # after it
        own = [d for d in drafts if compatible(d, m, lexicon, known)]
        if not any(x.start <= m.start for d in own for x in d.mentions):
            own = [d for d in drafts if d.first.start < m.start
                   and compatible(d, m, lexicon, known, views_of_one_attack)] or own
        if own:
            min(own, key=lambda d: d.distance(m)).mentions.append(m)
    drafts.sort(key=lambda d: min(x.start for x in d.mentions))
    return [_event(f"v{n}", d, lexicon) for n, d in enumerate(drafts, 1)]


def opens_new_incident(sentence: str) -> bool:
    """Does a sentence turn the story to another incident: it opens with a word of another incident set off by
    a comma ("Meanwhile,", "Separately,"), or its opening phrase has such a word before a happening noun ("In
    another incident,", "In a separate attack,"; data/date_cues.csv `new_incident`, `happening`)? Not "in
    separate attacks": the parts of what the lead summed up; not "Another activist was injured": one more
    victim of the same attack."""
    turns, happenings = _incident_words()
    opening = sentence.split(",", 1)
    words = re.findall(r"[a-z]+", opening[0].lower())
    if len(opening) > 1 and len(words) == 1 and words[0] in turns:
        return True
    return any(w in turns and any(h in happenings for h in words[i + 1:i + 3]) for i, w in enumerate(words))


def _fights(mentions: list[EventMention]) -> frozenset[int]:
    """The offsets of the triggers read both ways, each side the other's target: a fight of two sides ("an
    exchange of fire between the police and the militants")."""
    def sides(m: EventMention) -> tuple[tuple[str | None, str | None], ...]:
        return tuple((r.entity_id, r.code) if r is not None else (None, None) for r in (m.source, m.target))

    read: dict[int, set[tuple[tuple[str | None, str | None], ...]]] = {}
    for m in mentions:
        read.setdefault(m.trigger_start, set()).add(sides(m))
    return frozenset(at for at, ways in read.items()
                     if any(way[::-1] in ways and way[0] != way[1] for way in ways))


@lru_cache(maxsize=1)
def _incident_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that turn a story to another incident, and the nouns of happenings (data/date_cues.csv)."""
    return cue_words("new_incident"), cue_words("happening") | {"incident"}


def _join_attacks_told_twice(drafts: list[_Draft], lexicon: EventLexicon,
                             known: ArticleParties) -> list[_Draft]:
    """Join events that tell one attack twice (`one_attack_twice`), each, in text order, to the nearest event
    before it that it may join; the others are kept in their order. Only violent events within reach are
    compared: in a long article most events are of other kinds or far apart."""
    violent = [i for i, d in enumerate(drafts) if all(x.cameo[:2] in VIOLENCE_ROOTS for x in d.mentions)]
    violent.sort(key=lambda i: drafts[i].first.start)
    if len(violent) < 2:
        return drafts
    turns = frozenset(x.sentence_index for d in drafts for x in d.mentions if opens_new_incident(x.text))
    fights = _fights([x for i in violent for x in drafts[i].mentions])
    last_told = {i: max(x.sentence_index for x in drafts[i].mentions) for i in violent}
    kept: list[int] = []  # violent events not joined to an earlier one, in text order
    joined: set[int] = set()
    for n in violent:
        later = drafts[n]
        reach = later.first.sentence_index - max(WEAK_REACH, FOLLOW_REACH)
        joinable = [i for i in kept if last_told[i] >= reach and one_attack_twice(drafts[i], later, lexicon,
                                                                                   known, turns, fights)]
        if not joinable:
            kept.append(n)
            continue
        into = min(joinable, key=lambda i: drafts[i].distance(later.first))
        drafts[into].mentions.extend(later.mentions)
        last_told[into] = max(last_told[into], last_told[n])
        joined.add(n)
    return [d for i, d in enumerate(drafts) if i not in joined]


def _party_keys(ref: ActorRef | None) -> set[tuple[str, str]]:
    """Keys two references that are `same_party` always share: the entity, or the code's country part."""
    keys: set[tuple[str, str]] = set()
    if ref is not None:
        if ref.entity_id is not None:
            keys.add(("entity", ref.entity_id))
        if ref.code is not None:
            keys.add(("code", ref.code[:3]))
    return keys


class _DraftIndex:
    """Drafts by the keys of their parties, so a reading is compared only with the drafts it could join (a
    non-anaphoric reading needs a party in common): linear in a long article, not quadratic."""

    def __init__(self) -> None:
        self._drafts: dict[tuple[str, str], list[int]] = {}
        self._keys: dict[int, set[tuple[str, str]]] = {}

    def add(self, position: int, draft: _Draft) -> None:
        """Index `draft` (at `position` in creation order) under its parties' keys, once each."""
        known = self._keys.setdefault(position, set())
        for key in _party_keys(draft.source) | _party_keys(draft.target):
            if key not in known:
                known.add(key)
                self._drafts.setdefault(key, []).append(position)

    def sharing(self, m: EventMention) -> list[int]:
        """Positions, in creation order, of the drafts with a party key of `m`'s."""
        found: set[int] = set()
        for key in _party_keys(m.source) | _party_keys(m.target):
            found.update(self._drafts.get(key, ()))
        return sorted(found)


def _modality(mentions: list[EventMention]) -> str:
    """An event's modality from its readings, in text order. Readings of one event are all factual or all
    not (`compatible`). A factual event is asserted when a reading asserts it with both its parties ("Sisi
    said that Netanyahu had criticized Hamas. Netanyahu criticized Hamas on Monday."), unless its first
    telling is relayed from a source credited for the whole sentence: what follows retells that source's
    account ("A constable was hacked to death by Maoists, reports The Hindu. The attack was carried out by a
    Maoist team.": reported). Else it is as its first telling says; others take the commonest."""
    first = mentions[0].modality
    if first not in FACTUAL:
        return Counter(m.modality for m in mentions).most_common(1)[0][0]
    if mentions[0].relayed:
        return first
    # a doer carried from the lead ("incident", events/sources.py) is no party the reading names; an act told
    # as known ("X claimed responsibility for the attack") asserts the claim, not the attack told before
    if any(m.modality == "asserted" and m.source and m.target and m.source.basis != "incident"
           and not m.told_again for m in mentions):
        return "asserted"
    return first


def _event(event_id: str, draft: _Draft, lexicon: EventLexicon) -> Event:
    mentions = sorted(draft.mentions, key=lambda m: (m.start, m.trigger_start))
    code = lexicon.code(_most_specific_code([m.cameo for m in mentions], lexicon))
    source, target = draft.parties(code.code)
    modality = _modality(mentions)
    sentences = {m.sentence_index for m in mentions}
    confidence = min(0.95, max(m.confidence for m in mentions) + 0.05 * (len(sentences) - 1))
    dated = [m for m in mentions if m.date_text and m.date]
    when = max(dated, key=lambda m: (len(m.date or ""), -m.start)) if dated else None
    # No stated date that resolves: a stated one that does not ("the weekend"), else publication.
    unresolved = next((m for m in mentions if m.date_text), mentions[0])
    return Event(
        id=event_id,
        cameo=code.code,
        cameo_name=code.name,
        plover=code.plover,
        plover_mode=code.mode,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=source,
        target=target,
        negated=mentions[0].negated,
        modality=modality,
        confidence=round(confidence, 2),
        mentions=tuple(dict.fromkeys(mentions)),
        date=when.date if when else unresolved.date,
        date_text=when.date_text if when else unresolved.date_text,
        date_basis=when.date_basis if when else unresolved.date_basis,
    )


def _most_specific_code(codes: list[str], lexicon: EventLexicon) -> str:
    """The most frequent specific code ("042" over "040"), earliest on ties; else the generic one."""
    specific = [c for c in codes if not lexicon.code(c).generic]
    pool = specific or codes
    counts = Counter(pool)
    return max(pool, key=lambda c: (counts[c], -pool.index(c)))


# --- Across articles ---------------------------------------------------------------------------------------
# The same happening told by many outlets becomes one event. The rule, in one place (`same_happening`):
# - the same CAMEO root, compatible full codes (as within an article), the same polarity (negated or not)
#   and factuality (asserted/reported vs intended/hypothetical/denied);
# - parties that agree on both sides: equal codes, or a bare country and a code of that country ("ISR" and
#   "ISRGOV"), and names that agree when both are proper names (when the caller gives names: two people of
#   one code are two parties); an unknown side agrees only with an unknown side, and at least one side must
#   be known.
#   Consultations (root 04) are symmetric: "A met B" and "B hosted A" are one meeting;
# - dates no coarser than a week ("on Saturday", "last week"; not "in March", "in 2014") whose days lie
#   within `window_days` of each other;
# - places that agree when both are known (the same place), any place when one is unknown;
# - different articles: two events one article keeps apart are two happenings.
# Events join in date order (then article and event id), each the compatible cluster whose first event is
# nearest in time, so the outcome depends only on the set of events, never on the order they were stored.

DEFAULT_WINDOW_DAYS = 2
MAX_SPAN_DAYS = 7  # a date coarser than a week does not place an event well enough to merge it


@dataclass(frozen=True)
class StoredEvent:
    """An article's event as the cross-article merge sees it."""

    article_id: str
    event_id: str
    cameo: str
    source_code: str | None
    target_code: str | None
    negated: bool
    modality: str
    day_from: date | None
    day_to: date | None
    place: str | None  # geonames id or place name
    # the parties' names as the article gives them, when the caller has them: two named parties that differ
    # are two happenings even when their codes agree ("Juan Perez" and "Jose Lopez", both MEXCRM)
    source_name: str | None = None
    target_name: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.event_id


def merge_block(event: StoredEvent) -> str:
    """Events in different blocks never merge: root, the parties' countries, polarity and factuality."""
    sides = [_country_part(event.source_code), _country_part(event.target_code)]
    if event.cameo[:2] in SYMMETRIC_ROOTS:
        sides.sort()
    factual = "F" if event.modality in FACTUAL else "N"
    return f"{event.cameo[:2]}|{sides[0]}|{sides[1]}|{'neg' if event.negated else 'pos'}|{factual}"


def _country_part(code: str | None) -> str:
    return code[:3] if code and len(code) >= 3 else ""


def _codes_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or (len(a) == 3 and b.startswith(a)) or (len(b) == 3 and a.startswith(b))


def same_happening(a: StoredEvent, b: StoredEvent, lexicon: EventLexicon,
                   window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    """The cross-article merge rule (see above)."""
    if a.article_id == b.article_id or a.negated != b.negated:
        return False
    if (a.modality in FACTUAL) != (b.modality in FACTUAL) or not codes_compatible(a.cameo, b.cameo, lexicon):
        return False
    if _medium(a.cameo, lexicon) != _medium(b.cameo, lexicon):
        return False
    if not _close_in_time(a, b, window_days):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.source_code is None and a.target_code is None:
        return False
    straight = (_codes_agree(a.source_code, b.source_code) and _codes_agree(a.target_code, b.target_code)
                and _names_agree(a.source_name, b.source_name) and _names_agree(a.target_name, b.target_name))
    swapped = (_codes_agree(a.source_code, b.target_code) and _codes_agree(a.target_code, b.source_code)
               and _names_agree(a.source_name, b.target_name) and _names_agree(a.target_name, b.source_name))
    return straight or (a.cameo[:2] in SYMMETRIC_ROOTS and swapped)


def _names_agree(a: str | None, b: str | None) -> bool:
    """Could two articles' names of a party be one party? Unknown or a description ("Indian militants")
    agrees with anything; two proper names agree when one holds the other's words ("Putin", "Vladimir
    Putin")."""
    if a is None or b is None or not _proper(a) or not _proper(b):
        return True
    wa, wb = set(normalize(a).split()), set(normalize(b).split())
    return wa <= wb or wb <= wa


def _proper(name: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'.-]*", name)
    return bool(words) and all(w[0].isupper() or w.lower() in NAME_FUNCTION_WORDS for w in words)


def _close_in_time(a: StoredEvent, b: StoredEvent, window_days: int) -> bool:
    if None in (a.day_from, a.day_to, b.day_from, b.day_to):
        return False
    assert a.day_from and a.day_to and b.day_from and b.day_to
    if (a.day_to - a.day_from).days >= MAX_SPAN_DAYS or (b.day_to - b.day_from).days >= MAX_SPAN_DAYS:
        return False
    window = timedelta(days=window_days)
    return a.day_from - window <= b.day_to and b.day_from - window <= a.day_to


def cluster_across_articles(events: list[StoredEvent], lexicon: EventLexicon,
                            window_days: int = DEFAULT_WINDOW_DAYS) -> dict[tuple[str, str], tuple[str, str]]:
    """Group events from many articles into happenings: event key -> key of its cluster's first event."""
    founder_of: dict[tuple[str, str], tuple[str, str]] = {}
    dated = sorted((e for e in events if e.day_from is not None), key=lambda e: (e.day_from, e.article_id,
                                                                                  e.event_id))
    clusters: list[tuple[StoredEvent, set[str]]] = []  # (first event, article ids), first events by day
    oldest = 0  # clusters before this one started too long ago to take any later event
    reach = timedelta(days=window_days + MAX_SPAN_DAYS)
    for event in dated:
        assert event.day_from is not None
        while oldest < len(clusters) and (clusters[oldest][0].day_from or date.min) + reach < event.day_from:
            oldest += 1
        best: tuple[int, int] | None = None
        for n in range(oldest, len(clusters)):
            first, articles = clusters[n]
            if event.article_id in articles or not same_happening(first, event, lexicon, window_days):
                continue
            gap = (event.day_from - (first.day_from or event.day_from)).days
            if best is None or gap < best[0]:
                best = (gap, n)
        if best is None:
            clusters.append((event, {event.article_id}))
            founder_of[event.key] = event.key
        else:
            first, articles = clusters[best[1]]
            articles.add(event.article_id)
            founder_of[event.key] = first.key
    for event in events:
        founder_of.setdefault(event.key, event.key)  # undated: a happening of its own
    return founder_of
