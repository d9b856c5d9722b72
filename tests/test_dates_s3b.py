"""Event dates, second round on 1987 business news: a weekday of the gathering an event is told at, years
and numbers that name a thing rather than a time, another clause's tense, and "since" on a passive perfect."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import date_of

# -- 1. a weekday of the gathering the event is told at -------------------------------------------------

def test_a_future_event_at_a_weekday_s_meeting_reached_through_infinitives(nlp: Language) -> None:
    text = ("The treasury will press Ottawa and Rome to honour pledges to lift demand to steady prices at "
            "Friday's talks of the lending nations in Geneva, officials said.")
    assert date_of(nlp, text, "press", future=True) == ("2018-03-16", "relative")


def test_an_event_noun_at_a_meeting_takes_the_day_of_its_verb(nlp: Language) -> None:
    text = "Although the envoy seemed to settle the quarrel at a hastily arranged meeting with Dutch officials Monday, he faced criticism."
    assert date_of(nlp, text, "meeting") == ("2018-03-12", "relative")


def test_an_expected_decision_at_a_weekday_meeting_is_ahead(nlp: Language) -> None:
    text = "A spokesman said the exchange expects approval at the commission's Tuesday meeting."
    assert date_of(nlp, text, "meeting") == ("2018-03-20", "relative")


# -- 2. years and numbers that name a thing -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Athens accused Ankara of breaching the 1976 Geneva accord on fishing rights.", "accused"),
    ("Senators criticised the 1985 farm bill for its export subsidies.", "criticised"),
    ("The lender agreed to sell 50 mln dlrs of notes due 2009 to two dealers.", "agreed"),
    ("The lender agreed to sell 50 mln dlrs of debentures due June 30, 2011, to two dealers.", "agreed"),
    ("The minister urged parliament to open section 1002 of the reserve to drilling.", "urged"),
    ("The minister urged parliament to open section\n1002 of the reserve to drilling.", "urged"),
])
def test_a_year_naming_a_thing_does_not_date_the_event(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == ("2018-03-14", "publication")


def test_the_event_noun_s_own_year_still_dates_it(nlp: Language) -> None:
    assert date_of(nlp, "The 1979 embargo on grain angered Moscow.", "embargo") == ("1979", "explicit")


def test_an_event_noun_s_year_dates_what_it_did(nlp: Language) -> None:
    text = "A court heard claims in the 1983 collapse of a dam which killed 40 people near Lima."
    assert date_of(nlp, text, "killed") == ("1983", "explicit")
    text = ("A judge ruled that questions of liability in the 1983 collapse of a dam which killed 40 people "
            "will be decided in Lima.")
    assert date_of(nlp, text, "killed") == ("1983", "explicit")


# -- 3. a date of another clause with another tense -----------------------------------------------------

def test_a_future_clause_s_month_does_not_date_a_past_event(nlp: Language) -> None:
    text = ("The miner said it signed a supply contract, and its second plant in Denver will be opened in "
            "late August.")
    assert date_of(nlp, text, "signed") == ("2018-03-14", "publication")


def test_the_main_clause_s_date_does_not_date_a_relative_clause(nlp: Language) -> None:
    text = "Its 30 dlrs a share bid, which has been rejected by the board, expires on May 2."
    # a present perfect relative clause is background: undated, neither May 2 nor the story's day
    assert date_of(nlp, text, "rejected") == (None, "unknown")


def test_a_past_month_without_a_year_is_the_last_one(nlp: Language) -> None:
    assert date_of(nlp, "The two firms signed the accord in late July.", "signed") == ("2017-07", "explicit")


# -- 4. "since" on a passive perfect dates the event that began the state -------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Grain shipments to the port have been suspended since February 2.", "suspended", "2018-02-02"),
    ("Imports of the drug have been banned since 1984.", "banned", "1984"),
])
def test_since_on_a_passive_perfect_dates_the_start(nlp: Language, text: str, trigger: str,
                                                     expected: str) -> None:
    assert date_of(nlp, text, trigger) == (expected, "explicit")


def test_since_on_an_active_perfect_stays_undated(nlp: Language) -> None:
    assert date_of(nlp, "Iran has boycotted the talks since 1985.", "boycotted") == (None, "unknown")
