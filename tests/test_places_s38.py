"""Session 38: places of South Asia's conflict zones the gazetteer lacked, so the country an actor or event
took from its place was missing or wrong: Kashmir's regions and towns ("South Kashmir", "Awantipora", Sopore,
which GeoNames knows only as another name of Sopur), Pakistan's tribal areas ("FR Bannu", "Janikhel", which
GeoNames knows only as a place of Afghanistan, "Bara" only as Sudan's, "KP", "FATA") and Karachi's towns.
They are `division` rows of `data/places.csv`: another name of a division, or a place inside one, so the
actor stage reads them too. Sentences written for these tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult
from newsevents.actors.home import gazetteer_country, place_choice
from newsevents.actors.knowledge import normalize
from newsevents.geo.index import PlaceIndex
from newsevents.resources import load_table

Analyse = Callable[..., ArticleResult]
DAY = "2016-01-14"


# -- 1. the rows themselves -----------------------------------------------------------------------------------

def test_every_division_row_reaches_the_index() -> None:
    """A `division` row whose `city` names no division the index knows, or has neither city nor point, would
    be dropped without a word: each row's phrase must name a place of its country in the index."""
    index = PlaceIndex()
    for row in load_table("places", ("phrase", "feature")):
        if row["feature"] != "division":
            continue
        countries = {e.iso3 for e in index.lookup(normalize(row["phrase"])) if not e.alt}
        assert row["iso3"] in countries, row["phrase"]


@pytest.mark.parametrize(("name", "country"), [
    ("South Kashmir", "IND"), ("North Kashmir", "IND"), ("Awantipora", "IND"), ("Sopore", "IND"),
    ("Pampore", "IND"), ("FR Bannu", "PAK"), ("Frontier Region Peshawar", "PAK"), ("KP", "PAK"),
    ("FATA", "PAK"), ("Tirah Valley", "PAK"), ("Lyari", "PAK"), ("Korangi Town", "PAK"), ("Sariab", "PAK"),
])
def test_conflict_zone_places_have_their_country(name: str, country: str) -> None:
    assert gazetteer_country(normalize(name)) == country


@pytest.mark.parametrize(("name", "country", "other"), [
    ("Janikhel", "PAK", "AFG"), ("Bara", "PAK", "SDN"), ("Safi", "PAK", "MAR"), ("Hajin", "IND", "SYR"),
])
def test_a_name_another_country_has_too_is_the_storys(name: str, country: str, other: str) -> None:
    """"Janikhel" in a story about Pakistan is the area of Bannu, not Afghanistan's Jani Khel."""
    assert place_choice(normalize(name), Counter({country: 3})) == country
    assert place_choice(normalize(name), Counter({other: 3})) == other


# -- 2. what the actors and events take from them -------------------------------------------------------------

def test_kashmir_town_makes_a_bare_congress_indian(analyse: Analyse) -> None:
    result = analyse("Militants opened fire on a Congress worker outside her house in Sopore on January 12. "
                     "Police said the gunmen fled.", DAY)
    assert ("INDREB", "INDPTY") in readings(result, "opened")


def test_area_of_bannu_is_no_afghan_place(analyse: Analyse) -> None:
    result = analyse("Unidentified gunmen shot dead a retired soldier in Janikhel area on November 28. Police "
                     "said the gunmen fled.", DAY)
    assert {t for _, t in readings(result, "shot")} == {"PAKELI"}


def test_tehsil_of_khyber_agency_is_placed_in_pakistan(analyse: Analyse) -> None:
    result = analyse("Unidentified militants blew up a Government school in Bara tehsil of Khyber Agency on "
                     "August 17.", DAY)
    places = {e.name: e.place.country for e in result.entities if e.place is not None}
    assert places.get("Bara") == "PAK"


def test_south_kashmir_gives_its_place_a_country(analyse: Analyse) -> None:
    result = analyse("Security Forces launched a search operation in South Kashmir on January 12.", DAY)
    places = {e.name: e.place.country for e in result.entities if e.place is not None}
    assert places.get("South Kashmir") == "IND"
