"""Countries the NER mistypes or news writes by a short name: a two-word country read as a person, a bare
"Korea"/"Korean", short names and demonyms pycountry lacks."""

from __future__ import annotations

from conftest import code_of, event_on, party_code


def test_two_word_country_typed_as_person_is_the_country(analyse) -> None:
    result = analyse("Sri Lanka protested to India on Monday over the arrest of fishermen.", "2015-03-12")
    assert party_code(event_on(result, "protested"), "source") == "LKAGOV"


def test_person_bearing_a_country_variant_stays_a_person(analyse) -> None:
    # "Vicente Lopez" is one of PETRARCH's variants for Argentina; as a person's name it is no country
    result = analyse("Vicente Lopez met the finance minister in Lima on Tuesday.", "2015-03-12")
    assert not (code_of(result, "Vicente Lopez") or "").startswith("ARG")


def test_bare_korean_is_south_korea(analyse) -> None:
    result = analyse("The Korean government criticised Japan on Monday over the fishing dispute.", "1987-03-12")
    assert party_code(event_on(result, "criticised"), "source") == "KORGOV"


def test_short_names_and_demonyms(analyse) -> None:
    result = analyse("Mauritian officials met Guyanese diplomats in Port Louis on Friday.", "2015-03-12")
    assert party_code(event_on(result, "met"), "source") == "MUSGOV"
    assert party_code(event_on(result, "met"), "target") == "GUYGOV"


def test_ultras_and_armed_cadres_are_militants(analyse) -> None:
    text = ("Militants shot dead a trader in Imphal West District of Manipur on June 3. "
            "The ultras fired at a Police patrol in Thoubal District on the same day. "
            "A group of armed cadres later torched two trucks near the village.")
    result = analyse(text, "2015-06-04")
    assert party_code(event_on(result, "fired"), "source") == "INDREB"
    assert party_code(event_on(result, "torched"), "source") == "INDREB"


def test_known_politician_keeps_his_country_in_a_story_about_another(analyse) -> None:
    # an undated story about the United States: the former Mexican president is Mexico's elite, not American
    text = ("According to a newspaper interview with former President Vicente Fox, the US Drug Enforcement "
            "Administration is negotiating with several cartel leaders. Fox also said drug consumption in the "
            "United States is the cause of the violence. The former head of state called on Washington to act.")
    result = analyse(text)
    assert code_of(result, "Vicente Fox") == "MEXELI"
