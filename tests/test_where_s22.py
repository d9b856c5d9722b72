"""Places, session 22: a division whose name begins with a compass word GeoNames writes in another form
("Nord Kivu", "Northern Darfur", "Southern Kordofan") is found by the name news gives it ("North Kivu", "North
Darfur", "South Kordofan"); a name of only a compass word and a kind word ("West District") or a plain
compass word's name ("West Bank") gets no such other form."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.actors.knowledge import normalize
from newsevents.geo.index import compass_variants
from newsevents.model import ArticleResult
from newsevents.where import Context, Toponym, default_gazetteer

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("name", "country"), [
    ("North Kivu", "COD"),  # GeoNames: Nord Kivu
    ("North Darfur", "SDN"),  # Northern Darfur
    ("South Darfur", "SDN"),  # Southern Darfur
    ("East Darfur", "SDN"),
    ("West Darfur", "SDN"),
    ("South Kordofan", "SDN"),  # Southern Kordofan
    ("West Equatoria", "SSD"),  # Western Equatoria
])
def test_a_division_is_found_by_the_compass_word_news_writes(name: str, country: str) -> None:
    found = default_gazetteer().best(Toponym(name), Context())
    assert found is not None and (found.place.country, found.place.feature) == (country, "admin1"), found


@pytest.mark.parametrize(("name", "country"), [
    ("North Kordofan", "SDN"),  # GeoNames' own name stays its main name
    ("South Kivu", "COD"),
    ("Western Cape", "ZAF"),
])
def test_a_division_keeps_its_own_name(name: str, country: str) -> None:
    found = default_gazetteer().best(Toponym(name), Context())
    assert found is not None and found.place.country == country and not found.alt, found


@pytest.mark.parametrize(("key", "variants"), [
    ("nord kivu", {"north kivu"}),
    ("sud-kivu", {"south kivu"}),
    ("southern darfur", {"south darfur"}),
    # only kind words after the compass word: "West District" of a Delhi story is no "Western District"
    ("western district", set()),
    ("southern region", set()),
    ("northern territory", set()),
    # the plain form has no other: "Western Bank" is no West Bank
    ("west bank", set()),
    ("western", set()),
])
def test_compass_variants(key: str, variants: set[str]) -> None:
    assert compass_variants(key) == variants


def test_no_district_gets_a_compass_name_of_only_a_kind_word() -> None:
    found = default_gazetteer().best(Toponym("West District"), Context())
    assert found is None or found.place.country != "ASM", found  # (American Samoa's Western District)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Gunmen shot dead two traders at a market in North Darfur on Sunday.", "shot", "SDN"),
    ("Soldiers clashed with rebel fighters in South Kordofan on Monday.", "clashed", "SDN"),
])
def test_an_event_in_a_division_named_as_news_writes_it(analyse: Analyse, text: str, trigger: str,
                                                         country: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and (loc.country, loc.feature) == (country, "admin1"), loc


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a name modifying a noun of a held place says whose it is: the place is what the of-phrase names
    ("A reporter was killed by unknown gunmen in the PDK stronghold of Erbil in northern Iraq.", "killed",
     "Erbil"),
    ("Two policemen were shot dead in the Taliban stronghold of Kandahar on Friday.", "shot", "Kandahar"),
])
def test_the_holder_of_a_stronghold_names_no_part_of_it(analyse: Analyse, text: str, trigger: str,
                                                        name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and normalize(name) in normalize(loc.name), loc


def test_a_named_part_of_a_known_place_stays_the_place(analyse: Analyse) -> None:
    # ... unlike a part's own name before "area", "district" ("the Kafr Souseh area of Damascus")
    loc = event_on(analyse("Gunmen killed three people in the Bab Sharqi area of Damascus.", None),
                   "killed").location
    assert loc is not None and loc.name == "Bab Sharqi" and loc.country == "SYR", loc


def test_a_common_noun_is_no_place_name(analyse: Analyse) -> None:
    # "homes, markets and mosques": words for kinds of sites, in lower case, name no place
    result = analyse("Militias have repeatedly carried out attacks that have struck civilian homes, shops and "
                     "mosques, killing civilians, the group said.", None)
    assert all(e.location is None or any(ch.isupper() for ch in e.location.name) for e in result.events), [
        e.location for e in result.events]
