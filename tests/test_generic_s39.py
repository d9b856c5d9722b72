"""Sentences that state no specific happening are not coded as events (events/senses.py, sense_rules.csv,
noun_classes.csv): a kind of act said in the present to be of some sort, an outcome an effort meets with, a count
of inmates held, and cooperation, aid or investigation told as a habit in the simple present. Particular acts
told beside them stay. All sentences written for these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-06-01"
LEAD = "Gang violence has spread across Central America. "


# -- 1. a kind of act said in the present to be of some sort describes the kind -------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Attacks on security forces are a hard thing to read.", "Attacks"),
    (LEAD + "Attacks on police officers are rare in Honduras.", "Attacks"),
    (LEAD + "Such attacks on the police are also common in Guatemala, where migrants face the gangs as well.",
     "attacks"),
    (LEAD + "Killings of Honduran police officers are only one sign of the violence.", "Killings"),
])
def test_a_kind_of_act_said_to_be_of_some_sort_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    # particular acts, named with "the" or told in the past with a day, stay
    (LEAD + "The attacks on the Honduran police were a sign of the gang's strength.", "attacks"),
    (LEAD + "Gang members attacked police officers in Tegucigalpa on Tuesday.", "attacked"),
])
def test_particular_acts_beside_them_stay(analyse: Analyse, text: str, trigger: str) -> None:
    assert readings(analyse(text, DAY), trigger)


# -- 2. an outcome an effort meets with is no meeting ----------------------------------------------------------

def test_meeting_with_success_is_no_meeting(analyse: Analyse) -> None:
    result = analyse(LEAD + "So far Mexico's efforts have met with only limited success.", DAY)
    assert not readings(result, "met")


def test_meeting_with_a_party_stays(analyse: Analyse) -> None:
    result = analyse(LEAD + "The Mexican interior minister met with Guatemalan officials on Monday.", DAY)
    assert readings(result, "met")


# -- 3. a count of inmates held is a state of custody ----------------------------------------------------------

def test_holding_numbers_of_prisoners_is_no_hostage_taking(analyse: Analyse) -> None:
    result = analyse(LEAD + "Japan, Costa Rica and Spain also held large numbers of Mexican prisoners.", DAY)
    assert not readings(result, "held")


def test_holding_hostages_stays(analyse: Analyse) -> None:
    result = analyse(LEAD + "The FARC held three Colombian soldiers hostage.", DAY)
    assert readings(result, "held")


# -- 4. cooperation, aid and investigation told as a habit in the simple present ----------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Under Brazilian law, the military police keep order, while the civil police investigate crimes.",
     "investigate"),
    (LEAD + "Some Honduran soldiers also illegally supply rifles to the MS13.", "supply"),
])
def test_cooperation_or_investigation_told_as_a_habit_is_no_event(analyse: Analyse, text: str,
                                                                    trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


def test_an_investigation_told_in_the_past_stays(analyse: Analyse) -> None:
    result = analyse(LEAD + "Mexican police investigated the killings of two journalists on Monday.", DAY)
    assert readings(result, "investigated")
