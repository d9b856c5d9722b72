"""Event parties (events/arguments.py): the author of a report, study or suit is the source of what it says;
the kind of act (arrest, violence) comes from the trigger row the clause matched; an inferred arresting or
indicting party takes the country of the place named in its clause and is the judiciary for court acts; the
holder of a town's office is the one acted on, not the town. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2011-03-05"


def parties(result: ArticleResult, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source name, target name) of the trigger's mentions (None where the party has no entity)."""
    by_id = {e.id: e.name for e in result.entities}
    return {(by_id.get(m.source.entity_id) if m.source and m.source.entity_id else None,
             by_id.get(m.target.entity_id) if m.target and m.target.entity_id else None)
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


# -- 1. the author of a report, study or suit -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "author"), [
    ("A United Nations report accused Israel of using excessive force in Gaza.", "accused", "United Nations"),
    ("A report by Human Rights Watch accused the Mexican army of torturing detainees.", "accused",
     "Human Rights Watch"),
    ("Amnesty International's annual report criticised Egypt for its treatment of prisoners.", "criticised",
     "Amnesty International"),
    ("The lawsuit, filed by Coastal Corp, alleges that Texaco Inc violated antitrust laws.", "alleges",
     "Coastal Corp"),
])
def test_the_author_of_a_report_is_the_source_of_what_it_says(analyse: Analyse, text: str, trigger: str,
                                                              author: str) -> None:
    found = parties(analyse(text, DAY), trigger)
    assert any(s == author for s, _ in found), found


def test_a_report_named_for_a_town_has_no_author(analyse: Analyse) -> None:
    # "the Kabul report": a town modifying a report is where it was written about, not who wrote it.
    found = parties(analyse("The Kabul report accused the governor of corruption.", DAY), "accused")
    assert all(s != "Kabul" for s, _ in found), found


# -- 2. the kind of act comes from the matched row --------------------------------------------------------

def test_a_capture_of_a_person_is_an_arrest_whatever_the_words_first_row(analyse: Analyse) -> None:
    # "capture" is first a seizure of territory (192); taking a person is an arrest with the police as doer.
    found = readings(analyse("The drug lord was captured in Lima on Monday, police said.", DAY), "captured")
    assert ("PERCOP", "CRM") in {(s, t[-3:] if t else None) for s, t in found}, found


# -- 3. the country and body of an inferred arresting party -----------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Police said a Mexican drug trafficker was captured in Zacapa, Guatemala, on Monday.", "captured",
     "GTMCOP"),
    ("Colombian police said the trafficker Juan Perez was arrested in the United States on Friday.",
     "arrested", "USACOP"),
    ("Former president Alberto Fujimori was indicted in Peru on Tuesday, prosecutors said.", "indicted",
     "PERJUD"),
])
def test_an_inferred_arresting_party_is_of_the_place_named(analyse: Analyse, text: str, trigger: str,
                                                           source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert any(s == source for s, _ in found), found


# -- 4. the holder of an office, not the place ------------------------------------------------------------

def test_the_mayor_of_a_town_is_taken_not_the_town(analyse: Analyse) -> None:
    result = analyse("Mexican police took the mayor of Iguala into custody on Tuesday.", DAY)
    assert all(t != "Iguala" for _, t in parties(result, "took")), parties(result, "took")
    assert ("MEXCOP", "MEXGOV") in readings(result, "took"), readings(result, "took")


def test_a_named_office_holder_is_the_party(analyse: Analyse) -> None:
    result = analyse("Police took the mayor of Iguala, Jose Luis Abarca, into custody on Tuesday.", DAY)
    assert any(t == "Jose Luis Abarca" for _, t in parties(result, "took")), parties(result, "took")


# -- 5. a newspaper credited with no speech verb ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Maoists shot dead a villager in Kalahandi District on February 11, The New Indian Express. Police said "
    "the villager was a trader.",
    "Militants shot dead a shopkeeper in Bannu District on October 2, Dawn. Police said he was a trader.",
])
def test_a_bare_news_credit_is_no_party(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    names = {n for pair in parties(result, "shot") for n in pair}
    assert not names & {"New Indian Express", "The New Indian Express", "Dawn"}, names


def test_a_newspaper_acting_is_still_a_party(analyse: Analyse) -> None:
    # Not set off at a sentence's end: the paper itself criticised.
    result = analyse("The Hindustan Times criticised the government on Monday for the delay.", DAY)
    assert any(s and "Times" in s for s, _ in parties(result, "criticised")), parties(result, "criticised")


def test_the_report_named_before_keeps_its_author(analyse: Analyse) -> None:
    text = ("A State Department report released on Monday says traffickers launder money in Uruguay. "
            "The report faults Uruguay for weak controls on its banks.")
    found = readings(analyse(text, DAY), "faults")
    assert ("USAGOV", "URYGOV") in found, found


def test_a_building_standing_for_its_body_authors_a_statement(analyse: Analyse) -> None:
    found = readings(analyse("A Pentagon statement accused Iran of arming the rebels.", DAY), "accused")
    assert any(s and s.startswith("USA") for s, _ in found), found


@pytest.mark.parametrize("text", [
    "The United States held talks with the president of Afghanistan, Hamid Karzai, on Monday.",
    "Pakistan criticised the president of Afghanistan, Hamid Karzai, on Monday.",
])
def test_the_office_holder_named_in_apposition_is_the_party(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    found = {t for e in result.events for m in e.mentions if m.target and m.target.entity_id
             for t in [next(x.name for x in result.entities if x.id == m.target.entity_id)]}
    assert "Hamid Karzai" in found, found


def test_who_brought_a_case_is_its_author_before_the_country_modifying_it(analyse: Analyse) -> None:
    text = ("The U.S. case brought by the National Soybean Processors Association alleged that Argentina "
            "subsidized its crushers.")
    found = parties(analyse(text, DAY), "alleged")
    assert any(s == "National Soybean Processors Association" for s, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Two militants were killed in an exchange of fire with police in Karachi on Sunday.", "COP"),
    ("Two policemen were killed in an exchange of fire with militants in Peshawar on Sunday.", "REB"),
])
def test_who_was_killed_in_an_exchange_of_fire_was_killed_by_the_other_side(analyse: Analyse, text: str,
                                                                         source: str) -> None:
    found = readings(analyse(text, DAY), "killed")
    assert any(s and s.endswith(source) for s, _ in found), found


def test_the_country_an_extradited_man_is_sent_to_is_not_the_extraditing_party(analyse: Analyse) -> None:
    text = "WASHINGTON, March 3 - The Jamaican lottery scammer was extradited to the United States on Friday."
    found = readings(analyse(text, DAY), "extradited")
    assert all(s != "USACOP" for s, _ in found), found
    text = ("WASHINGTON, March 3 - The Jamaican lottery scammer was extradited from Jamaica to the United States "
            "on Friday.")
    assert any(s == "JAMCOP" for s, _ in readings(analyse(text, DAY), "extradited"))


def test_a_countrys_indictment_is_its_judiciarys(analyse: Analyse) -> None:
    text = "The banker faces trial in Miami, according to a US federal indictment unsealed last week."
    found = readings(analyse(text, DAY), "indictment")
    assert found and all(s == "USAJUD" for s, _ in found), found


def test_a_study_that_shows_something_makes_its_author_no_protester(analyse: Analyse) -> None:
    text = "The limits of the policy were demonstrated by a recent Bolivian government study on coca."
    found = readings(analyse(text, DAY), "demonstrated")
    assert all(s is None or not s.startswith("BOL") for s, _ in found), found


def test_taken_into_custody_is_the_polices_but_taken_hostage_is_not(analyse: Analyse) -> None:
    custody = readings(analyse("PESHAWAR, March 3 - A suspect was taken into police custody in Peshawar on Monday.",
                               DAY), "taken")
    assert any(s == "PAKCOP" for s, _ in custody), custody
    hostage = readings(analyse("PESHAWAR, March 3 - Two engineers were taken hostage in Peshawar on Monday.",
                               DAY), "taken")
    assert all(s is None or not s.endswith("COP") for s, _ in hostage), hostage
