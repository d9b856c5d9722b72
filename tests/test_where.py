"""Geocoding place mentions offline, as a table (mention, article countries, hint, expected country)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import EXAMPLES
from newsevents.model import ArticleResult
from newsevents.where import Gazetteer, default_gazetteer

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


PLACES = [
    ("Moscow", "RUS"), ("Berlin", "DEU"), ("Paris", "FRA"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Beijing", "CHN"), ("Canberra", "AUS"), ("Sydney", "AUS"), ("Ankara", "TUR"), ("Istanbul", "TUR"),
    ("Stockholm", "SWE"), ("Helsinki", "FIN"), ("Washington", "USA"), ("London", "GBR"), ("Tehran", "IRN"),
    ("Cairo", "EGY"), ("Doha", "QAT"), ("Jerusalem", "ISR"), ("Tel Aviv", "ISR"), ("Niamey", "NER"),
    ("Agadez", "NER"), ("Brasilia", "BRA"), ("Sao Paulo", "BRA"), ("São Paulo", "BRA"), ("Buenos Aires", "ARG"),
    ("Caracas", "VEN"), ("Mexico City", "MEX"), ("New Delhi", "IND"), ("Mumbai", "IND"), ("Karachi", "PAK"),
    ("Lagos", "NGA"), ("Nairobi", "KEN"), ("Geneva", "CHE"), ("Vienna", "AUT"), ("Damascus", "SYR"),
    ("Baghdad", "IRQ"), ("Kabul", "AFG"), ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("Tokyo", "JPN"),
    ("Hanoi", "VNM"), ("Manila", "PHL"), ("Jakarta", "IDN"), ("Riyadh", "SAU"), ("Abu Dhabi", "ARE"),
    ("Addis Ababa", "ETH"), ("Khartoum", "SDN"), ("Madrid", "ESP"), ("Warsaw", "POL"), ("Minsk", "BLR"),
    # landmarks and regions from places.csv
    ("the Kremlin", "RUS"), ("White House", "USA"), ("Downing Street", "GBR"), ("Élysée", "FRA"),
    ("Pentagon", "USA"), ("Zhongnanhai", "CHN"), ("Itamaraty Palace", "BRA"), ("Gaza", "PSE"), ("Crimea", "UKR"),
    # countries
    ("Germany", "DEU"), ("the United States", "USA"), ("Britain", "GBR"), ("Niger", "NER"), ("Türkiye", "TUR"),
]


@pytest.mark.parametrize(("name", "country"), PLACES)
def test_geocode_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.geocode(name)
    assert place is not None and place.country == country, place
    if place.feature in {"city", "country", "region"}:
        assert place.lat is not None and place.lon is not None
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_landmarks_resolve_to_their_city(gazetteer: Gazetteer) -> None:
    kremlin, moscow = gazetteer.geocode("the Kremlin"), gazetteer.geocode("Moscow")
    assert kremlin == moscow and moscow is not None and moscow.feature == "city"
    assert abs(moscow.lat - 55.75) < 0.1 and abs(moscow.lon - 37.62) < 0.1  # type: ignore[operator]


@pytest.mark.parametrize(("name", "about", "hint", "country"), [
    ("Paris", {}, None, "FRA"),
    ("Paris", {"USA": 5}, None, "FRA"),  # an American story does not move Paris to Texas
    ("Paris", {}, "USA", "USA"),  # "Paris, Texas" does
    ("Moscow", {"USA": 3}, None, "RUS"),
    ("Moscow", {}, "USA", "USA"),  # "Moscow, Idaho"
    ("Tripoli", {"LBN": 2}, None, "LBN"),  # Tripoli, Lebanon in a story about Lebanon
    ("Tripoli", {}, None, "LBY"),
])
def test_disambiguation_by_text_population_and_article(gazetteer: Gazetteer, name: str, about: dict[str, int],
                                                        hint: str | None, country: str) -> None:
    place = gazetteer.geocode(name, about, hint)
    assert place is not None and place.country == country


def test_unknown_place_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.geocode("Narnia") is None
    assert gazetteer.geocode("") is None


def test_events_are_placed_where_they_happened(example, analyse) -> None:
    result = example("ankara_nato_2023-01-14.txt")
    meeting = next(e for e in result.events if e.cameo_root == "04" and e.target and e.target.code == "SWEGOV")
    assert meeting.location is not None and meeting.location.name == "Ankara"
    assert meeting.date == "2023-01-14" and meeting.date_basis == "relative"
    trip = next(e for e in result.events if e.target and e.target.code == "USAGOV")
    assert trip.date == "2023-02" and trip.location is not None
    assert trip.location.country == "USA"
    text = ("Talks in Texas\nFrench President Emmanuel Macron met U.S. President Joe Biden in Paris, Texas, "
            "on Monday.")
    [event] = analyse(text, "2023-06-07").events
    assert event.location is not None and event.location.country == "USA" and event.date == "2023-06-05"


def test_no_publication_date_leaves_relative_dates_unresolved(analyse) -> None:
    text = (EXAMPLES / "ankara_nato_2023-01-14.txt").read_text(encoding="utf-8")
    result = analyse(text, None)
    meeting = next(e for e in result.events if e.cameo_root == "04" and e.target and e.target.code == "SWEGOV")
    assert meeting.date is None and meeting.date_text == "Saturday"
    assert any(w.startswith("W001") for w in result.warnings)


def test_place_entities_get_places_on_the_map(analyse: Analyse) -> None:
    from newsevents.schema import validate_result

    text = ("Storm damage in Texas\nHigh winds tore roofs off homes in Paris, Texas, and in Tyler on Sunday, "
            "Governor Greg Abbott said in Austin.")
    result = analyse(text, "2024-05-06")
    validate_result(result.as_dict())
    by_name = {m.text: e for e in result.entities for m in e.mentions}
    paris, austin = by_name["Paris"].place, by_name["Austin"].place
    assert paris is not None and (paris.country, paris.admin1, paris.feature) == ("USA", "Texas", "city")
    assert austin is not None and austin.admin1 == "Texas" and austin.lat is not None
    assert by_name["Greg Abbott"].place is None  # people have no place
    as_json = next(e for e in result.as_dict()["entities"] if e["id"] == by_name["Paris"].id)
    assert as_json["place"]["admin1"] == "Texas" and as_json["place"]["geonames_id"] == paris.geonames_id


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Shelling in the east\nRussian forces shelled the town of Kupiansk on Tuesday, Ukrainian officials said.",
     "shelled", "Kupyansk"),
    ("Raid in Nigeria\nNigerian troops attacked Boko Haram fighters near Maiduguri on Sunday, the army said.",
     "attacked", "Maiduguri"),
    ("Arrest in Kenya\nKenyan police arrested opposition leader Raila Odinga outside Nairobi on Friday.",
     "arrested", "Nairobi"),
    ("Talks in Uganda\nThe Kenyan president met Ugandan President Yoweri Museveni at the Kampala home of a "
     "businessman on Monday.", "met", "Kampala"),
])
def test_event_places_past_one_hop(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    result = analyse(text, "2024-03-05")
    event = next(e for e in result.events if e.mentions[0].trigger == trigger)
    assert event.location is not None and event.location.name == place
    entity_places = [e.place for e in result.entities if e.place is not None]
    assert event.location in entity_places or event.location.feature == "city"


def test_an_event_with_no_place_in_its_clause_has_none(analyse: Analyse) -> None:
    text = ("Sanctions\nGerman Chancellor Olaf Scholz criticized Iran over the sanctions imposed on it by the "
            "United States, a spokesman said.")
    result = analyse(text, "2024-03-05")
    assert result.events
    for event in result.events:
        assert event.location is None, event


def test_a_place_the_gazetteer_lacks_is_named_without_coordinates(analyse: Analyse) -> None:
    from newsevents.schema import validate_result

    text = "Shelling in Syria\nSyrian government forces shelled the village of Kafr Zibdeen on Tuesday, activists said."
    result = analyse(text, "2024-03-05")
    validate_result(result.as_dict())
    [event] = [e for e in result.events if e.mentions[0].trigger == "shelled"]
    assert event.location is not None and event.location.name == "Kafr Zibdeen"
    assert event.location.feature == "unresolved" and event.location.lat is None and event.location.country is None


@pytest.mark.parametrize(("dateline", "country", "admin1"), [
    ("PARIS, Texas", "USA", "Texas"), ("ATHENS, Ga.", "USA", "Georgia"), ("ATHENS", "GRC", "Attica")])
def test_the_dateline_says_which_namesake(analyse: Analyse, dateline: str, country: str, admin1: str) -> None:
    city = dateline.split(",")[0].title()
    text = (f"Flood warning\n{dateline}, May 6 (Reuters) - Officials in {city} ordered residents of low-lying "
            "streets to leave on Monday.")
    result = analyse(text, "2024-05-06")
    place = next(e.place for e in result.entities for m in e.mentions if m.text == city)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "place"), [
    ("Arrests\nIndian police arrested 20 opposition activists in the Indian capital on Friday.", "New Delhi"),
    ("Arrests\nKenyan police arrested opposition leader Raila Odinga in the Kenyan capital on Friday.", "Nairobi"),
])
def test_the_demonym_capital_is_the_capital_city(analyse: Analyse, text: str, place: str) -> None:
    [event] = [e for e in analyse(text, "2024-03-05").events if e.mentions[0].trigger == "arrested"]
    assert event.location is not None and event.location.name == place and event.location.feature == "city"


def test_a_strike_against_a_countrys_forces_is_not_placed_in_that_country(analyse: Analyse) -> None:
    text = "Attack\nInsurgents killed 15 soldiers in the deadliest strike against U.S. forces since the invasion."
    events = analyse(text, "2024-03-05").events  # the killing, and the strike when read as its own event
    assert events and all(e.location is None or e.location.country != "USA" for e in events)
