"""A party left with a bare sector code (no country) is of the country its located event happened in: an
incident report's militants, police and civilians are those of the place of the incident."""

from __future__ import annotations

from dataclasses import replace

from conftest import event_triples
from newsevents.events.placed_parties import place_bare_parties
from newsevents.model import ActorRef, Event, Place


def _event(source: str | None, target: str | None, place: Place | None) -> Event:
    return Event("v1", "180", "Use unconventional violence", "ASSAULT", None, 4, -9.0,
                 ActorRef(None, source) if source else None, ActorRef(None, target) if target else None,
                 False, "reported", 0.7, (), location=place)


TOWN = Place("Rahimabad", None, None, "PAK", "city", None)


def test_bare_armed_men_and_civilians_take_the_country_of_the_event_place() -> None:
    [event] = place_bare_parties([_event("REB", "CVL", TOWN)])
    assert event.source is not None and event.source.code == "PAKREB"
    assert event.target is not None and event.target.code == "PAKCVL"
    [unnamed] = place_bare_parties([_event("UAF", None, TOWN)])
    assert unnamed.source is not None and unnamed.source.code == "PAKUAF"


def test_coded_parties_foreign_bodies_and_unplaced_events_stay() -> None:
    [coded] = place_bare_parties([_event("INDMIL", "IGO", TOWN)])
    assert coded.source is not None and coded.source.code == "INDMIL"
    assert coded.target is not None and coded.target.code == "IGO"
    [business] = place_bare_parties([_event("BUS", None, TOWN)])
    assert business.source is not None and business.source.code == "BUS"
    [unplaced] = place_bare_parties([_event("REB", None, None)])
    assert unplaced.source is not None and unplaced.source.code == "REB"
    # the dateline's place is only where the story was filed: no party is placed by it
    [filed] = place_bare_parties([_event("REB", None, replace(TOWN, basis="dateline"))])
    assert filed.source is not None and filed.source.code == "REB"


def test_militants_of_a_district_story_with_no_dateline_are_of_its_country(analyse) -> None:
    result = analyse("A shopkeeper, identified as Nadeem Akhtar (41), was shot dead by three unidentified "
                     "militants in Kot Addu town of Dera Ghazi Khan District on May 4, reported Dawn.")
    sources = [source for code, source, _ in event_triples(result) if code.startswith("18")]
    assert sources and all(s is not None and s.startswith("PAK") for s in sources)
