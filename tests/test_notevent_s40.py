"""Sentences that state no specific happening, or read a word in another sense, are not coded as events
(events/senses.py, sense_rules.csv, noun_classes.csv; session 40, audit issue 10): recognizing that a clause is
true, a duty one is charged with, an act told as recurring by its own adjective, a tally of acts at a level and
acts named inside a precedent's gerund phrase. Particular acts told beside them stay. All sentences written for
these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-08-20"
LEAD = "Gang violence has spread across Central America. "


# -- 1. recognizing that something is so acknowledges it, no diplomatic recognition -----------------------------

def test_recognizing_that_a_clause_is_true_is_no_recognition(analyse: Analyse) -> None:
    result = analyse(LEAD + "The head of El Salvador's prison system, Mario Lopez, recognized that the emergency "
                     "measures have worsened the state of Salvadoran prisons.", DAY)
    assert not readings(result, "recognized")


def test_recognizing_a_government_stays(analyse: Analyse) -> None:
    result = analyse(LEAD + "France formally recognized the new government of Chad on Tuesday.", DAY)
    assert readings(result, "recognized")


# -- 2. a duty one is charged with is a mandate, no legal charge -------------------------------------------------

def test_charged_with_a_duty_is_no_legal_charge(analyse: Analyse) -> None:
    result = analyse("Venezuela sent 2,000 soldiers to the border state of Tachira after the murder of two "
                     "soldiers there. The Venezuelan troops are charged with carrying out intelligence work in "
                     "the state.", DAY)
    assert not readings(result, "charged")


def test_charged_with_a_crime_stays(analyse: Analyse) -> None:
    result = analyse("Venezuela sent 2,000 soldiers to the border state of Tachira after the murder of two "
                     "soldiers there. Two Venezuelan soldiers were charged with smuggling cocaine in the state.", DAY)
    assert readings(result, "charged")


# -- 3. an act told as recurring by its own adjective is a kind of act ------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Rio de Janeiro also suffers from regular shootouts between gangs and security forces.",
     "shootouts"),
    (LEAD + "Honduran union leaders hold periodic meetings with the labor minister.", "meetings"),
])
def test_a_recurring_kind_of_act_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


def test_one_shootout_stays(analyse: Analyse) -> None:
    result = analyse(LEAD + "A shootout between gang members and Brazilian police left two dead in Rio de Janeiro "
                     "on Monday.", DAY)
    assert readings(result, "shootout")


# -- 4. a tally of acts at a level, and acts named inside a precedent, are statistics ---------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Killings by Rio Police Hit 12-Year High\nRio de Janeiro state police killed 300 people in the first half "
     "of 2015.", "Killings"),
    (LEAD + "Honduran cocaine seizures are on track to reach the same levels in 2014 as in 2013.", "seizures"),
])
def test_a_tally_at_a_level_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


def test_acts_in_a_precedent_phrase_are_no_event(analyse: Analyse) -> None:
    result = analyse("Eighteen people were shot dead in Sao Paulo on August 13. There is also a strong precedent "
                     "for off-duty Brazilian police committing killings in the city.", DAY)
    assert not readings(result, "killings")
