"""Trigger words read in a sense their sentence does not have, and capabilities or records of acts, are not
coded as events (events/senses.py, sense_rules.csv, noun_classes.csv; session 41, audit issue 10): what a fact
"suggests" or "speaks to", police "called" to a scene, a fast "suspended" (082, no cut in
relations), borders or a place's countries that "meet", ties cut between executives and a company, ministers
"fighting hard" for a deal, "the EPP threat", the (in)ability or efforts to act and instances of acts. The
event senses of the same words stay. All sentences written for these tests, after Reuters and InsightCrime
wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on, readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-08-20"


# -- 1. words read in another sense --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The inability of bosses to control their members suggests a breakdown in the gang's structure.",
     "suggests"),
    ("The emergence of criminal groups using the Mara name in Peru speaks to the looser nature of Peruvian "
     "criminal groups.", "speaks"),
    ("Black youths fought running battles in Soweto. South African police were called but the fighting had "
     "ended by the time they arrived.", "called"),
    ("A company spokesman said three executives have severed all ties with the company.", "severed"),
    ("European Community farm ministers were fighting hard early today to save the dairy deal from collapse.",
     "fighting"),
    ("Smuggling is rife in the Tri-Border Area, where Paraguay, Brazil and Argentina meet.", "meet"),
    ("Lindstron's killing raises the question of whether the security forces can deal with the EPP threat.",
     "threat"),
])
def test_a_word_in_another_sense_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


def test_a_fast_suspended_eases_dissent(analyse: Analyse) -> None:
    result = analyse('"The decision does not force me to suspend my fast," the union leader said on Monday.', DAY)
    assert event_on(result, "suspend").cameo == "082"


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Hugo Chavez responded by severing all diplomatic ties with Colombia.", "severing"),
    ("The prime minister spoke to President Reagan by telephone on Monday.", "spoke"),
    ("The FARC threat to kill the mayor was taken seriously by the police.", "threat"),
    ("The Taliban threat against the school forced its closure.", "threat"),
])
def test_the_event_sense_stays(analyse: Analyse, text: str, trigger: str) -> None:
    assert readings(analyse(text, DAY), trigger)


# -- 2. capabilities, efforts and records of acts ------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The inability to convict suspects is not limited to political cases in Mexico.", "convict"),
    ("The EPP's ability to carry out long kidnappings makes the rebels a genuine cause for concern in Paraguay.",
     "kidnappings"),
    ("A 2012 report documents instances of rape, abuse, and physical attacks carried out by police officers "
     "against gay men.", "attacks"),
])
def test_a_capability_or_a_record_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


def test_a_kidnapping_carried_out_stays(analyse: Analyse) -> None:
    result = analyse("The EPP carried out the kidnapping of a rancher in Concepcion in 2009.", DAY)
    assert readings(result, "kidnapping")
