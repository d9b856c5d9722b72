"""Doers named in the sentence but left empty (events/sources.py, data/party_words.csv): an act
in the phrase of a word of boast, guilt or confession is its subject's; an act one is arrested or charged for
is the arrested's (reported); "the government of <leader>" is the leader's country's.
All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2013-08-01"


# -- 1. an act in the phrase of an own-act word is done by that word's subject --------------------------------

def test_confessed_to_killing_is_the_confessors(analyse: Analyse) -> None:
    result = analyse("A Zetas hitman confessed to killing two police officers in Coban last year.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"MEXCRM"}


def test_boasted_of_having_captured_is_the_boasters(analyse: Analyse) -> None:
    result = analyse("The Mexican army boasted of having captured a hundred members of the Zetas.", DAY)
    assert {s for s, _ in readings(result, "captured")} == {"MEXMIL"}


def test_admitted_to_kidnapping_is_the_admitters(analyse: Analyse) -> None:
    result = analyse("Two Zetas gunmen admitted to kidnapping a rancher in Nuevo Leon last year.", DAY)
    assert {s for s, _ in readings(result, "kidnapping")} == {"MEXCRM"}


# -- 2. the one arrested or charged for an act is its reported doer -------------------------------------------

def test_arrested_for_killing_is_the_arrested(analyse: Analyse) -> None:
    result = analyse("Three Zetas gunmen were arrested in Monterrey for killing two police officers.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"MEXCRM"}


# -- 3. the government of a named leader is his country's ------------------------------------------------------

def test_government_of_leader_is_his_countrys(analyse: Analyse) -> None:
    result = analyse("Mexico is fighting the Zetas. The government of Otto Perez Molina captured a Zetas "
                     "leader in Coban.", "2014-10-16")
    assert {s for s, _ in readings(result, "captured")} == {"GTMGOV"}


def test_administration_of_president_is_his_countrys(analyse: Analyse) -> None:
    result = analyse("The administration of President Donald Trump sanctioned three Venezuelan officials.",
                     "2019-10-16")
    assert {s for s, _ in readings(result, "sanctioned")} == {"USAGOV"}
