"""Sentences that tell no one happening are not coded as events (events/senses.py, events/modality.py,
sense_rules.csv, noun_classes.csv): a small count over a stretch running up to now or counted over is a tally,
a sum of money seized over a year a statistic, a kind of crime a party was involved in a record, and the
infinitive a noun's purpose hangs on as a relative clause an act aimed at. All sentences written for these
tests, after InsightCrime and SATP wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings, trigger_modality
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-06-01"


# -- 1. a count of two or more over a stretch running up to now is a tally -----------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Mexican doctors face growing threats in Tamaulipas. Twelve doctors were kidnapped this year in the "
     "state, and three of them were killed.", "kidnapped"),
    ("Honduran officials said 14 police officers have been killed at the hands of gang members in 2015.",
     "killed"),
])
def test_a_small_count_over_a_running_stretch_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


@pytest.mark.parametrize("text", [
    # one arrest or indictment of several men in a past year, still coded
    "Three Mexican airline employees were arrested by Spanish police in Madrid in 2010.",
    "Last year, eight alleged Zetas members were indicted by a US court in Texas on money laundering charges.",
    # the count's members named one by one: the acts are told
    "Two Colombian social leaders have been assassinated in 2020: Julio Mendez Rojas in Tibu and Pablo "
    "Herrera Quintana in Convencion.",
])
def test_a_small_count_in_one_past_year_or_named_may_be_acts(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    assert any(m.trigger in {"arrested", "indicted", "assassinated"} for e in result.events for m in e.mentions)


# -- 2. a sum of money seized over a year is a statistic ----------------------------------------------------

def test_a_yearly_sum_seized_is_no_event(analyse: Analyse) -> None:
    result = analyse("Peru's police seized nearly $15 million in counterfeit dollars in 2014, against seven "
                     "million the year before.", DAY)
    assert not readings(result, "seized")


# -- 3. a kind of crime a party was involved in is a record -------------------------------------------------

def test_crimes_a_party_was_involved_in_are_no_events(analyse: Analyse) -> None:
    result = analyse("Pakistani police arrested three TTP militants in Lakki Marwat on January 9. The arrested "
                     "militants were involved in target killings and attacks on the police.", "2015-01-10")
    assert readings(result, "arrested")
    assert not readings(result, "killings") and not readings(result, "attacks")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Indian police arrested two assailants involved in the kidnapping of a Kolkata trader.", "kidnapping"),
    # a wire's dropped article: one attack
    ("Villagers on August 5 captured one of the two Lashkar-e-Toiba militants involved in attack on Border "
     "Security Force convoy in Udhampur District.", "attack"),
])
def test_a_particular_act_a_party_was_involved_in_stays(analyse: Analyse, text: str, trigger: str) -> None:
    assert readings(analyse(text, DAY), trigger)


# -- 4. a noun's purpose infinitive parsed as a relative clause is aimed at ---------------------------------

def test_the_aim_of_an_operation_is_intended(analyse: Analyse) -> None:
    result = analyse("The Guatemalan ministry tipped off a reporter about an operation to arrest a suspect "
                     "in a bank fraud case.", DAY)
    assert trigger_modality(result, "arrest") == "intended"
