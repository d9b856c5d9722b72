"""A table body's name written for another body or people of the same name, as the word next to it tells:
a media noun before it makes a news outlet ("the Tijuana weekly Zeta"), a people word after it a people ("the
Nasa indigenous community"); the body itself stays coded where nothing of the kind stands next to it."""

from __future__ import annotations

import pytest

from conftest import code_of
from newsevents.actors.knowledge import default_knowledge


def _codes(result) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.actor.code if e.actor else None for e in result.entities}


@pytest.mark.parametrize(("sentence", "mention", "code"), [
    ("The Tijuana weekly Zeta reported that two officers were paid by the cartel.", "Zeta", "MEXMED"),
    ("The newspaper Zeta published photographs of the burned trucks.", "Zeta", "MED"),
])
def test_media_noun_before_a_known_name_makes_an_outlet(analyse, sentence: str, mention: str,
                                                        code: str) -> None:
    assert code_of(analyse(sentence, "2015-05-03"), mention) == code


def test_media_adjective_on_a_later_noun_leaves_the_name(analyse) -> None:
    result = analyse("Villagers in Arauca feared the daily ELN attacks on the pipeline.", "2015-05-03")
    assert "COLREB" in _codes(result)


def test_people_word_after_a_known_name_is_no_agency(analyse) -> None:
    result = analyse("Leaders of the Nasa indigenous community in Cauca denounced new threats.", "2015-05-03")
    assert "USAGOV" not in _codes(result)


def test_known_names_without_such_a_neighbour_stay_coded(analyse) -> None:
    result = analyse("Los Zetas attacked a police convoy in Tamaulipas. NASA launched a new probe.", "2015-05-03")
    assert code_of(result, "Los Zetas") == "MEXCRM"
    assert code_of(result, "NASA") == "USAGOV"


@pytest.mark.parametrize("sentence", [
    "Gunmen stopped a bus on the Pan-American Highway near Cali on Friday.",
    "The Anglo-American mining company closed its mine in Peru.",
    "Latin-American ministers met in Lima to discuss drug trafficking.",
])
def test_hyphen_compounds_name_no_one_country(analyse, sentence: str) -> None:
    assert not any((code or "").startswith("USA") for code in _codes(analyse(sentence, "2015-05-03")))


def test_plain_nationality_word_still_names_its_country(analyse) -> None:
    result = analyse("The American ambassador met Colombian officials in Bogota.", "2015-05-03")
    assert "USAGOV" in _codes(result)


@pytest.mark.parametrize(("sentence", "mention"), [
    ("Police Supply Corp signed a contract to deliver radios to the ministry.", "Police Supply Corp"),
    ("University Enterprises Inc agreed to buy a printing plant in Ohio.", "University Enterprises Inc"),
])
def test_name_ending_in_a_company_form_is_a_business(analyse, sentence: str, mention: str) -> None:
    assert (code_of(analyse(sentence, "2015-05-03"), mention) or "").endswith("BUS")


def test_lenders_council_is_a_trade_body(analyse) -> None:
    result = analyse("The Farm Credit Council urged Congress to extend the loan programme.", "1987-05-03")
    assert (code_of(result, "Farm Credit Council") or "").endswith("BUS")


def test_country_qualified_name_is_the_main_reading_of_the_bare_name(analyse) -> None:
    result = analyse("The National Liberation Army bombed an oil pipeline in Arauca on Sunday.", "2015-05-03")
    assert code_of(result, "National Liberation Army") == "COLREB"


def test_faction_in_brackets_takes_no_bare_name() -> None:
    org = default_knowledge().organizations.get("communist party of india")
    assert org is None or org.code != "INDREB"  # the Maoist faction's code is not the party's
