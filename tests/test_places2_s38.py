"""Session 38 (places issue 11): a name before a South Asian unit word ("Safi tehsil", "Gumla block",
"Mohmand Agency", "Wana subdivision") is a division of a country that uses the word (`division_unit_words.csv`,
where.unit_countries), not a bigger namesake abroad: Safi tehsil was Morocco's Safi. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult
from newsevents.where import Context, Toponym, default_gazetteer, unit_countries

Analyse = Callable[..., ArticleResult]
DAY = "2016-01-14"


@pytest.mark.parametrize(("name", "after", "country"), [
    ("Safi", " tehsil of Mohmand Agency", "PAK"),  # Morocco's Safi is a city of 300,000
    ("Safi", " Agency", "PAK"),
    ("Safi Tehsil", "", "PAK"),  # the NER took the unit word in
    ("Bara", " tehsil", "PAK"),  # no India's Bara town nor Sudan's Bara
    ("Bara", " subdivision", "PAK"),
    ("Gumla", " block", "IND"),
])
def test_a_name_before_a_unit_word_is_in_a_country_using_it(name: str, after: str, country: str) -> None:
    found = default_gazetteer().best(Toponym(name, "in ", after), Context())
    assert found is not None and found.place.country == country, found


def test_a_unit_the_gazetteer_lacks_is_no_namesake_abroad() -> None:
    # a tehsil of Balochistan GeoNames lacks is no Afghan district, Iranian or Uzbek town of its name
    assert default_gazetteer().best(Toponym("Gulistan", "in ", " tehsil of Qilla Abdullah"), Context()) is None


def test_a_country_before_a_lower_case_unit_word_is_its_namesake() -> None:
    # Bahrain tehsil of Swat: the gazetteer knows no such town, and it is no Gulf state
    assert default_gazetteer().best(Toponym("Bahrain", "in ", " tehsil of Swat District"), Context()) is None


def test_a_country_before_agency_stays_the_country() -> None:
    # "the U.S. Agency for International Development": the unit word begins a body's name
    found = default_gazetteer().best(Toponym("U.S.", "the ", " Agency for International Development"),
                                     Context())
    assert found is not None and found.place.feature == "country" and found.place.country == "USA"


@pytest.mark.parametrize(("after", "countries"), [
    (" agency said", frozenset()),  # a lower-case agency is a body, not a tribal agency
    (" tehsils of Khyber", frozenset({"IND", "PAK"})),
    (" block of Kalahandi District", frozenset({"IND"})),
    (" blockade", frozenset()),
])
def test_which_unit_word_counts(after: str, countries: frozenset[str]) -> None:
    assert unit_countries(Toponym("Safi", "", after)) == countries


def test_tehsil_place_entity_is_pakistani(analyse: Analyse) -> None:
    result = analyse("Militants blew up a girls school in Safi tehsil of Mohmand Agency on January 12. "
                     "No one was hurt in the blast.", DAY)
    places = {e.name: e.place.country for e in result.entities if e.place is not None}
    assert places.get("Safi") == "PAK", places
