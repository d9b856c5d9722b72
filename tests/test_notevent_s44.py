"""Counts that tell no one act (session 44, senses.py `_year_total` / `_separate_tally`, sense_rules.csv): a
count detained or kidnapped over a stretch of days between two dates ("between January 1 and June 18") or of
months named on a verb joined to the trigger ("kidnapped and held for ransom between March 2010 and
August 2011"), a count written as words ("Ten thousand"), and a toll killed "in separate incidents"; one
arrest of many people on a day, a short between-phrase and a single separate incident stay events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on, triggers
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "is_event"), [
    # a count over a stretch of days between two dates: a statistic
    ("Between February 3 and July 21 this year, border guards detained 430 Venezuelan migrants in Ecuador, "
     "the newspaper El Universo reported.", "detained", False),
    ("Police in Guatemala arrested 215 gang members from March 1 to May 30, the interior ministry said.",
     "arrested", False),
    # a count written as words, the span on a verb joined to the trigger
    ("Twenty thousand migrants were kidnapped and held for ransom between March 2010 and August 2011, "
     "according to a human rights group.", "kidnapped", False),
    # a toll in separate incidents
    ("At least seven people were killed in separate incidents in Peshawar on Tuesday, police said.", "killed",
     False),
    ("Four militants were shot dead in different encounters in Kupwara district on Friday.", "shot", False),
    # one arrest of many people on one day stays an event
    ("Police arrested 58 people in a raid on a slum in Lima on June 3.", "arrested", True),
    # a between-phrase of two close days places acts
    ("Police detained 40 protesters in Caracas between May 3 and May 5.", "detained", True),
    # one separate incident is one act
    ("In a separate incident, two policemen were killed by militants in Quetta on Monday.", "killed", True),
    # arrests in separate raids keep their arrest (only killings and fighting are tallied)
    ("Police arrested 12 militants in separate raids in Imphal West district on Sunday.", "arrested", True),
])
def test_counts_told_as_tallies(analyse: Analyse, text: str, trigger: str, is_event: bool) -> None:
    result = analyse(text, "2017-08-01")
    assert (trigger in triggers(result)) is is_event, [(e.cameo, e.mentions[0].trigger) for e in result.events]


def test_one_arrest_keeps_its_parties(analyse: Analyse) -> None:
    result = analyse("Police arrested 58 people in a raid on a slum in Lima on June 3.", "2017-08-01")
    event = event_on(result, "arrested")
    assert event.cameo == "173"
    assert event.source is not None and event.source.code == "PERCOP"
    assert event.date == "2017-06-03"


def test_separate_incidents_with_their_parties_keep_the_killing(analyse: Analyse) -> None:
    result = analyse("Three militants were killed by troops in separate encounters in Kupwara district on "
                     "Friday.", "2017-08-01")
    assert "killed" in triggers(result), [(e.cameo, e.mentions[0].trigger) for e in result.events]


def test_a_named_doers_acts_in_separate_incidents_stay_his(analyse: Analyse) -> None:
    result = analyse("Maoist cadres killed two villagers in separate incidents in Sukma district on May 9.",
                     "2017-08-01")
    assert "killed" in triggers(result), [(e.cameo, e.mentions[0].trigger) for e in result.events]
