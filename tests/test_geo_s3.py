"""Geocoding and event places, session 3: country and division points, names read together (lists, a name's
other mentions, "Town, Province" for a town the gazetteer lacks), islands and former states, event places of
a participle's governing clause, and the dateline as a last resort for the story's own events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult
from newsevents.where import Context, Gazetteer, Toponym, default_gazetteer, toponym_at

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _inside(place: object, lat: tuple[float, float], lon: tuple[float, float]) -> bool:
    p_lat, p_lon = getattr(place, "lat", None), getattr(place, "lon", None)
    return p_lat is not None and p_lon is not None and lat[0] <= p_lat <= lat[1] and lon[0] <= p_lon <= lon[1]


@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("United States", (35, 42), (-103, -94)),  # the middle of the lower 48, not Alaska's pull nor Kansas' edge
    ("China", (33, 37), (101, 106)),
    ("Democratic Republic of the Congo", (-4, -1), (22, 25)),
    ("Australia", (-27, -23), (132, 136)),
])
def test_large_countries_sit_in_the_middle_of_their_land(gaz: Gazetteer, name: str, lat: tuple[float, float],
                                                         lon: tuple[float, float]) -> None:
    assert _inside(gaz.geocode(name), lat, lon)


def test_division_points_ignore_stray_towns_coded_far_away(gaz: Gazetteer) -> None:
    hebei = gaz.geocode("Hebei")
    assert hebei is not None and hebei.feature == "admin1"
    assert _inside(hebei, (36, 42), (113, 120))  # not dragged west by a Tibetan hamlet filed under Hebei


@pytest.mark.parametrize(("name", "lat", "lon", "country"), [
    ("Java", (-8.5, -6), (106, 114), "IDN"),  # not a village in Georgia
    ("Mindanao", (6, 9), (123, 127), "PHL"),
    ("Zaire", (-5, 0), (20, 26), "COD"),  # the former state, not an Angolan province
    ("Lake Titicaca", (-17, -15), (-70.5, -68.5), None),
    ("England", (51.5, 53.5), (-2.5, -0.5), "GBR"),
])
def test_islands_lakes_and_former_states(gaz: Gazetteer, name: str, lat: tuple[float, float],
                                         lon: tuple[float, float], country: str | None) -> None:
    place = gaz.geocode(name)
    assert place is not None and _inside(place, lat, lon)
    assert place.country == country


def _resolve_in(gaz: Gazetteer, text: str, names: list[str]) -> dict[str, object]:
    tops = []
    for name in names:
        start = text.index(name)
        tops.append(toponym_at(text, start, start + len(name)))
    return dict(zip(names, gaz.resolve(tops, Context()), strict=True))


def test_a_name_listed_among_states_is_a_state(gaz: Gazetteer) -> None:
    text = "Cases were reported in Oregon, Utah, Washington and Wyoming over the weekend."
    places = _resolve_in(gaz, text, ["Oregon", "Utah", "Washington", "Wyoming"])
    assert {getattr(p, "feature", None) for p in places.values()} == {"admin1"}
    assert getattr(places["Washington"], "lon", 0) < -115  # the state, not the capital


def test_washington_alone_is_still_the_capital(gaz: Gazetteer) -> None:
    text = "The envoy held talks in Washington on Tuesday."
    place = _resolve_in(gaz, text, ["Washington"])["Washington"]
    assert getattr(place, "feature", None) == "city" and getattr(place, "country", None) == "USA"
    assert _inside(place, (38, 40), (-78, -76))


def test_a_division_its_namesake_city_dominates_is_the_city(gaz: Gazetteer) -> None:
    place = gaz.geocode("Sao Paulo")
    assert place is not None and place.feature == "city"
    state = gaz.best(Toponym("Sao Paulo", "floods in the state of ", " killed"), Context())
    assert state is not None and state.place.feature == "admin1"


def test_town_the_gazetteer_lacks_in_a_named_province_is_the_province(gaz: Gazetteer) -> None:
    # no Stroud in Canada in the gazetteer: the Canadian province the comma names, not the English town
    text = "Police in Canada stopped the truck in Stroud, Ontario, on Monday."
    places = _resolve_in(gaz, text, ["Canada", "Stroud", "Ontario"])
    assert getattr(places["Stroud"], "country", None) == "CAN"


def test_compass_words_after_a_comma_are_no_hint(gaz: Gazetteer) -> None:
    assert gaz.hint(", northeast to the border") == (None, None)
    assert gaz.hint(", north-east South Africa") == (None, None)


def test_a_names_other_mentions_do_not_vote_for_its_reading(gaz: Gazetteer) -> None:
    text = ("Scott County, Indiana, reported new cases. Officials in Scott County said more tests were due. "
            "Scott County has one clinic. Scott County is rural. Indiana sent nurses.")
    tops = []
    start = 0
    while (i := text.find("Scott County", start)) >= 0:
        tops.append(toponym_at(text, i, i + len("Scott County")))
        start = i + 1
    i = text.index("Indiana sent")
    tops.append(toponym_at(text, i, i + len("Indiana")))
    places = gaz.resolve(tops, Context())
    assert all(p is not None and p.admin1 == "Indiana" for p in places[:4])


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("A suicide bomber blew himself up at a crowded bus station in the northern city of Kano on Sunday, "
     "killing ten people.", "killing", "Kano"),
    ("Israeli forces have captured six West Bank towns since the campaign began.", "captured", "West Bank"),
])
def test_event_places_past_the_clause(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name == place and loc.basis is None


def test_dateline_stands_in_for_the_storys_own_events(analyse: Analyse) -> None:
    text = ("KABUL, May 2 (Reuters) - Gunmen attacked a police checkpoint on Sunday, killing four officers, "
            "officials said.")
    loc = event_on(analyse(text, "2021-05-02"), "attacked").location
    assert loc is not None and loc.name == "Kabul" and loc.basis == "dateline"


def test_dateline_never_places_events_of_other_countries_or_the_past(analyse: Analyse) -> None:
    text = ("NAIROBI, May 2 (Reuters) - Police arrested twelve protesters on Sunday. Ugandan troops shelled "
            "rebel positions on Saturday. Rebels had attacked a convoy in 2015.")
    result = analyse(text, "2021-05-02")
    arrested = event_on(result, "arrested").location
    assert arrested is not None and arrested.name == "Nairobi" and arrested.basis == "dateline"
    for e in result.events:
        trig = [result.article.text[m.trigger_start:m.trigger_end] for m in e.mentions]
        if "shelled" in trig or "attacked" in trig:
            assert e.location is None or e.location.basis != "dateline"


def test_no_dateline_no_stand_in(analyse: Analyse) -> None:
    text = "Gunmen attacked a police checkpoint on Sunday, killing four officers, officials said."
    assert event_on(analyse(text, "2021-05-02"), "attacked").location is None
