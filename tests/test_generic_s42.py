"""Analysis prose that tells no one act is not coded as an event (session 42, audit issue 10; events/senses.py,
events/modality.py, sense_rules.csv, noun_classes.csv): totals over a stretch of time that the parser hung on
the acts' noun ("were wounded in attacks this year") or that count their people vaguely ("numerous leaders
have been captured in recent months"); a guess that acts of a kind may be done ("officers might be assisting
criminals"); what a measure will help or aims to do to a kind of people; and an act said to have been done
to none ("there have been no blows struck against the group"). The specific acts told in the same words
stay. All sentences written for these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-06-10"
LEAD = "Violence rose across Colombia, officials said.\n"


# -- 1. totals over a stretch of time ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Besides the 140 homicides, some 1,100 residents of Rosario have been wounded in attacks this year, the "
     "local paper reported.", "attacks"),
    ("In recent months, numerous Urabenos commanders have been captured, forcing the group to regroup.",
     "captured"),
    ("In recent months, numerous Urabenos commanders have been captured or killed, forcing the group to "
     "regroup.", "killed"),
    ("Over the past year, dozens of FARC commanders have been killed in military operations.", "killed"),
])
def test_a_total_over_a_stretch_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(LEAD + text, DAY), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen killed 12 people in Rosario on Monday.", "killed"),
    ("Police captured five gang leaders in Medellin this week.", "captured"),
    ("On Sunday, 14 people were wounded in attacks on two bars in Rosario.", "attacks"),
])
def test_a_dated_act_stays(analyse: Analyse, text: str, trigger: str) -> None:
    # guards: a day or a small count in the week told places the act
    assert readings(analyse(LEAD + text, DAY), trigger)


# -- 2. a guess at acts of a kind -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Many residents fear that corrupt police officers might even be assisting criminals in kidnapping rings.",
     "assisting"),
    ("There are also fears that soldiers themselves may be linked to other attacks on peasant farmers.",
     "attacks"),
])
def test_a_guess_at_acts_of_a_kind_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(LEAD + text, DAY), trigger)


def test_a_guess_at_one_dated_act_stays(analyse: Analyse) -> None:
    # guard: a particular day places the act guessed at
    text = "The rebels may have killed soldiers near the border on Monday."
    assert readings(analyse(LEAD + text, DAY), "killed")


# -- 3. what a measure will help or aims to do --------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The ministry said the new law will help police identify, locate and capture extortionists.", "capture"),
    ("The program aims to dismantle criminal gangs in the capital.", "dismantle"),
])
def test_an_aim_on_a_kind_of_people_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(LEAD + text, DAY), trigger)


# -- 4. an act done to none -------------------------------------------------------------------------------

def test_no_blows_struck_are_negated(analyse: Analyse) -> None:
    text = ("A month into the state of emergency declared by the government, there have been no real blows "
            "struck against the EPP rebels.")
    result = analyse(LEAD + text, DAY)
    found = [e for e in result.events if any(m.trigger == "struck" for m in e.mentions)]
    assert found and all(e.negated for e in found), [(e.cameo, e.negated) for e in result.events]
