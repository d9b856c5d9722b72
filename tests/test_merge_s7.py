"""One event per happening: readings merge only when they can be the same happening (merge.compatible), and
the merged event's fields come from readings that agree."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from newsevents.events.lexicon import default_lexicon
from newsevents.merge import (
    StoredEvent,
    dates_conflict,
    is_proper_name,
    merge_mentions,
    places_differ,
    same_happening,
    same_party,
)
from newsevents.model import ActorRef, Entity, EventMention, Mention, Place


def _entity(eid: str, name: str, kind: str = "ORG") -> Entity:
    return Entity(eid, name, kind, (Mention(0, len(name), name),))


def _reading(sentence: int, cameo: str = "180", source: ActorRef | None = None, target: ActorRef | None = None,
             date_text: str | None = None, date: str | None = None, basis: str = "publication") -> EventMention:
    start = sentence * 100
    return EventMention(sentence, start, start + 90, "...", "killed", start + 5, start + 11, cameo, source,
                        target, False, "asserted", 0.7, date_text=date_text, date=date,
                        date_basis="explicit" if date_text and basis == "publication" else basis)


def _place(name: str, feature: str, admin1: str | None, country: str = "PAK", gid: int = 0) -> Place:
    return Place(name, 0.0, 0.0, country, feature, gid or hash(name) % 10**6, admin1)


# --- the rule's parts ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind", "named"), [
    ("Los Zetas", "ORG", True),
    ("Communist Party of India (Maoist)", "ORG", True),
    ("Khasadar Force", "ORG", True),
    ("Indian maoists", "ORG", False),
    ("Venezuelan police officers", "ORG", False),
    ("police of Mexico", "ORG", False),
    ("Americans", "NORP", False),
    ("Juan Perez", "PERSON", True),
])
def test_proper_names_and_descriptions(name: str, kind: str, named: bool) -> None:
    assert is_proper_name(_entity("e1", name, kind)) is named


def test_two_named_bodies_are_two_parties_even_with_one_code() -> None:
    zetas, gulf = ActorRef("e1", "MEXCRM"), ActorRef("e2", "MEXCRM")
    named = frozenset({"e1", "e2"})
    assert not same_party(zetas, gulf, frozenset(), named)
    # a description ("the gang") of the same country and sector may be either
    assert same_party(zetas, ActorRef("e3", "MEXCRM"), frozenset(), named)
    # a named country stands for its bodies
    assert same_party(ActorRef("e4", "MEX"), zetas, frozenset(), frozenset({"e1", "e4"}))


def test_a_guessed_victim_may_be_another_readings_description_but_not_soldiers() -> None:
    people = ActorRef(None, "PANCVL", "inferred")  # "11 people" arrested in a Panama story
    assert same_party(people, ActorRef("e1", "PANCRM"))  # "the suspects"
    assert not same_party(people, ActorRef("e2", "PANMIL"))  # "the troops"
    assert not same_party(people, ActorRef("e3", "PANCRM"), named=frozenset({"e3"}))  # a named gang


@pytest.mark.parametrize(("a", "b", "differ"), [
    (_place("Quetta", "city", "Balochistan"), _place("Peshawar", "city", "Khyber Pakhtunkhwa"), True),
    (_place("Quetta", "city", "Balochistan"), _place("Balochistan", "admin1", None), False),
    (_place("Quetta", "city", "Balochistan"), _place("Sindh", "admin1", None), True),
    (_place("Quetta", "city", "Balochistan"), _place("Pakistan", "country", None), False),
    (_place("Monterrey", "city", "Nuevo León", "MEX"), _place("Nuevo Leon", "admin1", None, "MEX"), False),
    (_place("Kabul", "city", "Kabul", "AFG"), _place("Pakistan", "country", None), True),
])
def test_places_differ(a: Place, b: Place, differ: bool) -> None:
    assert places_differ(a, b) is differ
    assert places_differ(b, a) is differ


@pytest.mark.parametrize(("a", "b", "conflict"), [
    # no publication date: month-days stay unresolved but still differ on one calendar
    (("May 23", None, "explicit"), ("June 3", None, "explicit"), True),
    (("November 2018", "2018-11", "explicit"), ("June", None, "explicit"), True),
    (("June 3", None, "explicit"), ("June 3, 2019", "2019-06-03", "explicit"), False),
    (("in March", "2019-03", "explicit"), ("on March 3", "2019-03-03", "explicit"), False),
    (("on Monday", None, "relative"), ("on Tuesday", None, "relative"), True),
    (("on Monday", None, "relative"), ("May 23", None, "explicit"), False),  # no common calendar
    (("two years earlier", None, "relative"), ("in 2017", "2017", "explicit"), True),
])
def test_dates_conflict(a: tuple[str, str | None, str], b: tuple[str, str | None, str], conflict: bool) -> None:
    ra = _reading(0, date_text=a[0], date=a[1], basis=a[2])
    rb = _reading(1, date_text=b[0], date=b[1], basis=b[2])
    assert dates_conflict(ra, rb) is conflict
    assert dates_conflict(rb, ra) is conflict


# --- merging ---------------------------------------------------------------------------------------------

MILITANTS = ActorRef("e1", "INDREB")
BSF = ActorRef("e2", "INDMIL")
HIGHWAY = ActorRef("e3", "IND")
COPS = ActorRef("e4", "INDCOP")
ENTITIES = {"e1": _entity("e1", "Indian militants"), "e2": _entity("e2", "Border Security Force"),
            "e3": _entity("e3", "Srinagar Jammu National Highway", "FAC"), "e4": _entity("e4", "Indian cops")}


def test_readings_sharing_only_a_description_far_apart_are_two_happenings() -> None:
    # a roundup: "militants" ambushed a convoy (lede); twelve sentences on, "militants killed three cops"
    readings = [_reading(0, source=MILITANTS, target=BSF), _reading(1, source=MILITANTS),
                _reading(13, source=MILITANTS, target=COPS, date_text="May 23")]
    events = merge_mentions(readings, ENTITIES, default_lexicon())
    assert [len(e.mentions) for e in events] == [2, 1]
    assert events[0].target == BSF and events[0].date_text is None


def test_readings_naming_one_named_party_merge_at_any_distance() -> None:
    readings = [_reading(0, source=MILITANTS, target=BSF), _reading(12, target=BSF)]
    assert len(merge_mentions(readings, ENTITIES, default_lexicon())) == 1


def test_merged_event_takes_the_party_its_readings_bear_out() -> None:
    # the lede's parse hangs the ambush on the highway; two other readings say the BSF was hit
    readings = [_reading(0, source=MILITANTS, target=HIGHWAY), _reading(0, target=BSF),
                _reading(1, source=MILITANTS, target=BSF)]
    events = merge_mentions(readings, ENTITIES, default_lexicon())
    assert len(events) == 1
    assert events[0].target == BSF and events[0].source == MILITANTS


def test_two_stated_dates_are_two_happenings() -> None:
    readings = [_reading(0, cameo="163", source=ActorRef("e5", "USAGOV"), target=ActorRef("e6", "VEN"),
                         date_text="November 2018", date="2018-11"),
                _reading(1, cameo="163", source=ActorRef("e5", "USAGOV"), target=ActorRef("e7", "VEN"),
                         date_text="June")]
    entities = {"e5": _entity("e5", "US Treasury"), "e6": _entity("e6", "Venezuela", "GPE"),
                "e7": _entity("e7", "Nicolas Maduro Guerra", "PERSON")}
    assert len(merge_mentions(readings, entities, default_lexicon())) == 2
    # the same two readings without dates are one sanctions event on Venezuela's side
    undated = [replace(r, date_text=None, date=None) for r in readings]
    assert len(merge_mentions(undated, entities, default_lexicon())) == 1


def test_an_anaphoric_reading_with_its_own_date_joins_at_any_distance() -> None:
    # "since the February 24 invasion" in the lede; "Russia's invasion of Ukraine" eight sentences on
    invasion = _reading(9, cameo="192", source=ActorRef("e8", "RUS"), target=ActorRef("e9", "UKR"))
    dated = replace(_reading(1, cameo="192", date_text="February 24", date="2022-02-24"), anaphoric=True)
    undated = replace(_reading(1, cameo="192"), anaphoric=True)
    entities = {"e8": _entity("e8", "Russia", "GPE"), "e9": _entity("e9", "Ukraine", "GPE")}
    joined = merge_mentions([invasion, dated], entities, default_lexicon())
    assert len(joined) == 1 and len(joined[0].mentions) == 2 and joined[0].date == "2022-02-24"
    far = merge_mentions([invasion, undated], entities, default_lexicon())
    assert len(far) == 1 and len(far[0].mentions) == 1  # "the invasion" eight sentences away is dropped


# --- on whole articles -----------------------------------------------------------------------------------

def test_two_towns_are_two_attacks(analyse) -> None:
    result = analyse("Gunmen killed two policemen in Quetta on Monday. Gunmen also killed a policeman in "
                     "Peshawar on Monday.", "2019-06-05")
    attacks = [e for e in result.events if e.cameo_root in {"18", "19"}]
    assert len(attacks) == 2
    assert {e.location.name for e in attacks if e.location} == {"Quetta", "Peshawar"}


def test_one_arrest_operation_told_twice_stays_one(analyse) -> None:
    result = analyse("Police in Panama arrested 11 people, including the mayor of Colon, in an operation "
                     "against a drug ring on Tuesday. The suspects were arrested in raids on 14 homes, police "
                     "said.", "2019-06-05")
    arrests = [e for e in result.events if e.cameo == "173"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2
    assert arrests[0].date == "2019-06-04"


def test_sanctions_of_two_dates_are_two_events(analyse) -> None:
    result = analyse("The US Treasury imposed sanctions on Venezuela's gold sector in November 2018. In June, "
                     "the Treasury sanctioned Nicolas Maduro Guerra, the president's son.")
    sanctions = [e for e in result.events if e.cameo == "163"]
    assert len(sanctions) == 2
    assert {e.date_text for e in sanctions} == {"November 2018", "June"}


def test_a_visit_and_its_meeting_stay_one(analyse) -> None:
    result = analyse("Chinese Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong in Beijing on "
                     "Wednesday. Wong's visit to China was the first by an Australian foreign minister since "
                     "2018.", "2022-12-22")
    meetings = [e for e in result.events if e.cameo_root == "04"]
    assert len(meetings) == 1 and len(meetings[0].mentions) == 2


# --- across articles -------------------------------------------------------------------------------------

def _stored(article: str, target_name: str | None, target: str = "MEXCRM") -> StoredEvent:
    day = datetime.date(2019, 6, 3)
    return StoredEvent(article, "v1", "173", "MEXCOP", target, False, "asserted", day, day, None,
                       target_name=target_name)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Juan Perez", "Jose Lopez", False),  # two people of one code, arrested the same day
    ("Juan Perez", "Perez", True),
    ("Juan Perez", None, True),
    ("Mexican suspects", "Jose Lopez", True),  # a description may be anyone of its code
])
def test_across_articles_two_named_parties_are_two_happenings(a: str | None, b: str | None, same: bool) -> None:
    assert same_happening(_stored("a1", a), _stored("a2", b), default_lexicon()) is same
