"""Parties audit 2026-11-27: a party's country AND sector where the text gives both.

A person named with "of" and the body he works for right after his name is that body's ("X of Merrill Lynch"
USABUS: titles.py `_body_after_name`); a unit noun a body word modifies is that body's, of the country its
nationality word or possessor names ("Ecuador's anti-kidnapping police unit" ECUCOP: parties.py
`_unit_sector`, party_words.csv unit_noun); a country's companies named by their trade ("Japanese trading
houses") are its business sector (roles.csv)."""

from __future__ import annotations

from conftest import code_of, event_on, party_code
from newsevents.events.party_words import words


def test_an_analyst_named_with_his_firm_is_of_the_firm(analyse) -> None:
    result = analyse("Analyst Peter Harlow of Merrill Lynch criticised the merger plan on Tuesday.", "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") == "USABUS"


def test_a_person_of_an_unlisted_company_takes_the_company_sector(analyse) -> None:
    result = analyse("NEW YORK, March 12 - Peter Harlow of Crandall Weiss and Co criticised the merger plan.",
                     "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") == "USABUS"


def test_a_person_of_a_state_force_is_of_that_force(analyse) -> None:
    result = analyse("Rosa Mendez of the Bolivian Anti-Drug Force criticised the plan on Monday.", "2016-05-02")
    assert code_of(result, "Rosa Mendez") == "BOLCOP"


def test_a_person_of_a_country_is_no_employee(analyse) -> None:
    # "of Colombia" says his country, not a body he works for: no sector from it
    result = analyse("Manuel Ortega of Colombia criticised the plan on Monday.", "2016-05-02")
    assert code_of(result, "Manuel Ortega") == "COL"


def test_a_police_unit_owned_by_a_country_is_its_police(analyse) -> None:
    result = analyse("Ecuador's anti-kidnapping police unit arrested four men in Guayaquil on Monday.",
                     "2016-03-12")
    assert party_code(event_on(result, "arrested"), "source") == "ECUCOP"


def test_a_unit_a_nationality_word_and_a_body_word_modify_is_that_body(analyse) -> None:
    result = analyse("A Peruvian army battalion attacked the rebel camp near the border on Monday.",
                     "2016-03-12")
    assert party_code(event_on(result, "attacked"), "source") == "PERMIL"


def test_a_group_no_body_word_modifies_keeps_its_bare_country(analyse) -> None:
    # "a Mexican group": a group of no known kind says its country only
    result = analyse("The Mexican group accused the mayor of fraud on Monday.", "2016-03-12")
    assert party_code(event_on(result, "accused"), "source") == "MEX"


def test_unit_nouns_are_data() -> None:
    assert {"unit", "division", "squad", "battalion"} <= words("unit_noun")
    assert "group" not in words("unit_noun")  # a group is of no body: "a Mexican group" stays bare


def test_a_country_trading_houses_are_its_business(analyse) -> None:
    result = analyse("The trade ministry asked about 20 Taiwanese trading houses to curb dollar sales.",
                     "1987-03-25")
    assert party_code(event_on(result, "asked"), "target") == "TWNBUS"


def test_coffee_growers_are_farmers(analyse) -> None:
    result = analyse("Police fired tear gas at Colombian coffee growers in Manizales on Monday.", "2016-03-12")
    assert party_code(event_on(result, "fired"), "target") == "COLAGR"


def test_one_who_resigned_as_chairman_of_a_company_is_of_its_business(analyse) -> None:
    result = analyse("Robert Lane resigned yesterday as chairman of Acme Industries Corp, and he criticised the "
                     "board.", "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") in {"BUS", "USABUS"}


def test_one_named_president_of_a_company_is_of_its_business(analyse) -> None:
    result = analyse("Henry Cole was named president of Wexford Mining Co, and he criticised the plan.",
                     "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") in {"BUS", "USABUS"}


def test_a_position_given_by_no_verb_of_office_says_nothing(analyse) -> None:
    # "known as" names, it gives no position: the man stays uncoded by it
    result = analyse("Henry Cole, known as the Baron, criticised the plan.", "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") in {None, "", "USA"}


def test_one_who_resigned_as_the_company_president_is_no_head_of_state(analyse) -> None:
    # "as its president": no named body, so no position read from it (the title "president" is a state's)
    result = analyse("Triton Corp said Henry Cole has resigned as its president, and he criticised the board.",
                     "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") not in {"GOV", "USAGOV"}
