"""Event dates, session 37: acts of SATP-style daily digests (records with no publication date) that came out
with no date though the digest tells their day. A word for the report's day set beside a calendar day ("on
October 24 (today)") names that day again; a clock time on the report's day ("at around 6 am today") names no
other day; a past participle coordinated after a past ("entered the shop and opened fire") is told in that past; and a
perfect infinitive ("claimed to have killed ... on March 9") tells a done act, whose day is the report's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import mention_dates
from newsevents.events.dating import _date_entities, _report_day


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Four militants were killed in a joint operation by Police and Army during a search in Panzgam village of "
     "Pulwama District early on May 7 (today), reports The Times of India.", "killed", "XXXX-05-07"),
    ("Two District Reserve Group personnel were on June 14 today injured in a fierce encounter with Maoists in "
     "the forests of Narayanpur District reports The Hindu.", "encounter", "XXXX-06-14"),
])
def test_a_calendar_day_restated_as_today_dates_the_act(analyse, text: str, trigger: str, expected: str) -> None:
    assert mention_dates(analyse(text), trigger) == {expected}


def test_the_restating_word_is_no_date_phrase_of_its_own(nlp: Language) -> None:
    doc = nlp("Maoists set ablaze two trucks in Sukma District on June 14 (today), reports The Hindu.")
    phrases = {ent.text for ent in _date_entities(doc[0])}
    assert "June 14" in phrases and not any("today" in p for p in phrases), phrases


@pytest.mark.parametrize("phrase", ["around 6 am today", "at about 8.30pm last night"])
def test_a_clock_time_on_the_report_s_day_is_the_report_s_day(phrase: str) -> None:
    assert _report_day(phrase)


@pytest.mark.parametrize("phrase", ["around 6 am on Monday", "two days ago", "March 3"])
def test_another_day_is_no_report_day(phrase: str) -> None:
    assert not _report_day(phrase)


def test_a_participle_after_a_past_conjunct_goes_on_with_the_lead_s_day(analyse) -> None:
    result = analyse("A security guard was shot dead in an armed attack on a shop in Karachi on January 31, "
                     "reported Daily Times. Two unidentified gunmen entered the shop and opened indiscriminate "
                     "fire at the customers.")
    assert mention_dates(result, "opened") == {"XXXX-01-31"}


def test_a_perfect_infinitive_lead_dates_the_report(analyse) -> None:
    result = analyse("The Malir Police claimed to have shot dead three militants in an exchange of fire in the "
                     "Northern Bypass area of Karachi on March 9, reports The News. A police team was attacked "
                     "by four gunmen on motorcycles near a checkpost.")
    assert mention_dates(result, "attacked") == {"XXXX-03-09"}
