"""Role nouns that say what a person or body is: launderers (CRM), the prosecution service (JUD), airport
officials (GOV). Self-written sentences."""

from __future__ import annotations

import pytest


def _event_codes(result) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """(source code, target code) of every event of an analysed article."""
    pairs = []
    for event in result.events:
        row = event.as_dict()
        pairs.append(((row.get("source") or {}).get("code"), (row.get("target") or {}).get("code")))
    return pairs


@pytest.mark.parametrize("text, target", [
    ("Police in Guatemala arrested an alleged launderer on Monday.", "GTMCRM"),
    ("Authorities in Honduras detained three launderers on Tuesday.", "HNDCRM"),
])
def test_a_launderer_is_a_criminal(analyse, text: str, target: str) -> None:
    result = analyse(text, "2019-05-03")
    assert any(tgt == target for _, tgt in _event_codes(result))


@pytest.mark.parametrize("text, source", [
    ("The Public Ministry charged the mayor of Tegucigalpa on Friday.", "HNDJUD"),
    ("Guatemala's Ministerio Publico charged the mayor on Friday.", "GTMJUD"),
])
def test_the_public_ministry_is_the_prosecution_service(analyse, text: str, source: str) -> None:
    result = analyse(text, "2019-05-03")
    assert any(src == source for src, _ in _event_codes(result))


def test_an_airport_official_is_government(analyse) -> None:
    result = analyse("The airport official was arrested by police in Bogota.", "2019-05-03")
    assert ("COLCOP", "COLGOV") in _event_codes(result)


def test_senate_leaders_before_two_names_are_legislators(analyse) -> None:
    result = analyse("U.S. Senate leaders Byrd and Dole criticized the plan on Monday.", "1987-05-03")
    codes = {e.name: (e.actor.code if e.actor else None) for e in result.entities}
    assert codes.get("Byrd") == "USALEG"
    assert (codes.get("Dole") or "").endswith("LEG")


def _entity_code(result, name: str) -> str | None:  # type: ignore[no-untyped-def]
    """The actor code of the entity named `name`, None if it has none."""
    codes = {e.name: (e.actor.code if e.actor else None) for e in result.entities}
    return codes.get(name)


@pytest.mark.parametrize("text", [
    "Police arrested Carlos Gomez, who heads a money-laundering structure, in Cali on Monday.",
    "Police arrested Carlos Gomez, who runs a drug ring, in Cali on Monday.",
    "Police arrested Carlos Gomez, who leads the gang, in Cali on Monday.",
])
def test_one_who_heads_a_criminal_group_is_a_criminal(analyse, text: str) -> None:
    assert _entity_code(analyse(text, "2019-05-03"), "Carlos Gomez") == "COLCRM"


def test_one_who_heads_a_bank_is_no_criminal(analyse) -> None:
    result = analyse("Police arrested Carlos Gomez, who heads a bank, in Cali on Monday.", "2019-05-03")
    assert not (_entity_code(result, "Carlos Gomez") or "").endswith("CRM")


def test_a_rank_of_the_outfit_is_the_armed_group_s(analyse) -> None:
    result = analyse("Troops arrested Tomba Singh, the finance secretary of the outfit, in Imphal on Monday.",
                     "2019-05-03")
    assert _entity_code(result, "Tomba Singh") == "INDREB"
    result = analyse("Troops arrested the outfit's chairman in Imphal on Monday.", "2019-05-03")
    assert ("INDMIL", "INDREB") in _event_codes(result)


def test_a_named_company_outfit_keeps_its_chairman_in_business(analyse) -> None:
    result = analyse("Shareholders ousted the Texas outfit's chairman on Monday.", "2019-05-03")
    assert _entity_code(result, "outfit's chairman") == "USABUS"


@pytest.mark.parametrize("text", [
    "Police arrested Juan Perez, who was accused of smuggling ammunition, in Cali on Monday.",
    "Juan Perez was charged with drug trafficking in Cali on Monday.",
])
def test_one_held_for_a_crime_is_a_criminal(analyse, text: str) -> None:
    assert _entity_code(analyse(text, "2019-05-03"), "Juan Perez") == "COLCRM"


def test_an_official_accused_of_negligence_stays_an_official(analyse) -> None:
    result = analyse("The mayor Juan Perez, accused of negligence, resigned in Cali on Monday.", "2019-05-03")
    assert _entity_code(result, "Juan Perez") == "COLGOV"


def test_a_charge_naming_no_crime_says_nothing(analyse) -> None:
    result = analyse("Police arrested Juan Perez, who was accused of negligence, in Cali on Monday.",
                     "2019-05-03")
    assert not (_entity_code(result, "Juan Perez") or "").endswith("CRM")
