"""Places, session 10: South Asian districts by the names news gives them ("Dantewada District", "Kurram
Agency", "East Singhbhum"), abbreviations and bare compass words that are no towns ("AL", "the North"), words
the NER typed a place but the text writes in lower case ("a pick up van"), role nouns written with a capital
("a Police party"), and small namesakes abroad giving way to the story's country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult
from newsevents.where import Context, Toponym, default_gazetteer, story_country

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("name", "country", "feature"), [
    # districts GeoNames names otherwise ("Dakshin Bastar Dantewada", "Palāmu", "Purba Singhbhum")
    ("Dantewada District", "IND", "admin2"),
    ("Palamau District", "IND", "admin2"),
    ("East Singhbhum", "IND", "admin2"),
    ("Baramulla District", "IND", "admin2"),
    # Pakistan's tribal agencies, by their old and new names
    ("Kurram Agency", "PAK", "admin2"),
    ("North Waziristan Agency", "PAK", "admin2"),
    ("Mohmand Agency", "PAK", "admin2"),
    ("Orakzai District", "PAK", "admin2"),
    ("NWFP", "PAK", "admin1"),
    # Bangladesh's districts by their usual English spelling
    ("Chapainawabganj District", "BGD", "admin2"),
])
def test_south_asian_districts(name: str, country: str, feature: str) -> None:
    found = default_gazetteer().best(Toponym(name), Context())
    assert found is not None and (found.place.country, found.place.feature) == (country, feature), found


def test_another_name_of_a_district_is_in_the_index_the_actor_stage_reads() -> None:
    from newsevents.geo.index import PlaceIndex

    assert {e.iso3 for e in PlaceIndex().lookup("dantewada") if not e.alt} == {"IND"}
    assert {e.iso3 for e in PlaceIndex().lookup("kurram agency") if not e.alt} == {"PAK"}


@pytest.mark.parametrize("name", ["AL", "PA"])
def test_an_abbreviation_is_no_town_of_that_name(name: str) -> None:
    assert default_gazetteer().best(Toponym(name), Context()) is None


def test_pok_is_the_division_it_abbreviates_not_a_town() -> None:
    # (session 38: places.csv names Pakistan occupied Kashmir's short form; it is still no Sankt Poelten)
    found = default_gazetteer().best(Toponym("PoK"), Context())
    assert found is not None and (found.place.country, found.place.feature) == ("PAK", "admin1"), found


def test_an_abbreviation_of_a_country_stands() -> None:
    found = default_gazetteer().best(Toponym("UAE"), Context())
    assert found is not None and found.place.country == "ARE"


def test_a_bare_compass_word_is_a_region_only_of_a_country_the_article_names() -> None:
    gaz = default_gazetteer()
    assert gaz.best(Toponym("North"), Context()) is None
    assert gaz.best(Toponym("the South"), Context()) is None
    found = gaz.best(Toponym("North"), Context(Counter({"CMR": 2})))
    assert found is not None and found.place.country == "CMR"


def test_the_story_country_needs_more_votes_than_all_others() -> None:
    assert story_country(Counter({"PAK": 2}), Counter({"IRN": 1}), None) == "PAK"
    assert story_country(Counter(), Counter({"IND": 1}), "IND") == "IND"
    assert story_country(Counter({"PAK": 1}), Counter({"AUS": 1, "IRN": 1}), "PAK") == "PAK"
    assert story_country(Counter({"PAK": 1, "AFG": 1}), Counter(), None) is None
    assert story_country(Counter(), Counter(), None) is None


def test_a_word_in_lower_case_is_no_place(analyse: Analyse) -> None:
    text = ("Unidentified assailants shot the driver of a pick up van near a roadside eatery in Jorhat District "
            "of Assam on Tuesday. The driver was taken to a hospital in Jorhat.")
    result = analyse(text, None)
    for ent in result.entities:
        if ent.place is not None:
            assert ent.place.country == "IND", ent


def test_a_small_namesake_abroad_gives_way_to_the_story_country(analyse: Analyse) -> None:
    text = ("Gunmen shot dead a shopkeeper in the Gulshan area of Karachi on Monday, police said. The victim "
            "was a resident of Karachi. Police in Sindh province have registered a case.")
    result = analyse(text, None)
    for ent in result.entities:
        if ent.place is not None:
            assert ent.place.country == "PAK", ent
    loc = event_on(result, "shot").location
    assert loc is not None and loc.country == "PAK", loc


def test_a_role_noun_written_with_a_capital_is_no_place(analyse: Analyse) -> None:
    text = ("Militants fired at a Police party outside a shop in Chamsar village of Kulgam District of Jammu "
            "and Kashmir on Sunday. A Policeman was injured in the attack in Kulgam.")
    loc = event_on(analyse(text, None), "fired").location
    assert loc is None or loc.country == "IND", loc


def test_a_village_the_gazetteer_lacks_is_in_the_story_country(analyse: Analyse) -> None:
    text = ("Security Forces killed two militants in an encounter at Zarkhel village in Mastung District of "
            "Balochistan on Friday. Both militants were wanted in Quetta for attacks on the Police.")
    loc = event_on(analyse(text, None), "killed").location
    assert loc is not None and loc.country == "PAK", loc


def test_where_the_act_was_before_what_it_was_near(analyse: Analyse) -> None:
    text = "In Hilla, just south of Baghdad, gunmen shot dead a shopkeeper on Monday."
    loc = event_on(analyse(text, None), "shot").location
    assert loc is not None and loc.name == "Al Hillah", loc


def test_a_governorate_by_its_usual_spelling(analyse: Analyse) -> None:
    text = "Gunmen shot dead a local official in Hadramawt on Tuesday, security sources said."
    loc = event_on(analyse(text, None), "shot").location
    assert loc is not None and loc.country == "YEM" and loc.feature == "admin1", loc
