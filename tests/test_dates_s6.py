"""Event dates, sixth round: a month without a year takes its year from the words that place it — "last"
or the past tense is the most recent such month before the story, "next" or the future tense the coming
one — and an event in a "when" clause of a dated noun takes that noun's date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from conftest import date_of
from newsevents.when import resolve_event_date

MARCH_1987 = date(1987, 3, 12)


# -- 1. "last" and "next" decide the year, whatever the clause's tense -----------------------------------

@pytest.mark.parametrize(("phrase", "future", "expected"), [
    ("last September", False, "1986-09"),
    ("last September", True, "1986-09"),
    ("last January", True, "1987-01"),
    ("last March", False, "1986-03"),
    ("last March", True, "1986-03"),
    ("next January", False, "1988-01"),
    ("next January", True, "1988-01"),
    ("next June", False, "1987-06"),
    ("next March", True, "1988-03"),
])
def test_last_and_next_month(phrase: str, future: bool, expected: str) -> None:
    assert resolve_event_date(phrase, MARCH_1987, future=future).date == expected


# -- 2. a past-tense event in a clause of a future sentence is in the most recent such month -------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # DATING_DAY is 2018-03-14
    ("The council will review the quotas it agreed when the ministers met in January.", "met", "2018-01"),
    ("The union will ask for the pay rise that the board rejected in September.", "rejected", "2017-09"),
    ("The committee will ask exporters for the data it requested last September.", "requested", "2017-09"),
])
def test_past_tense_clause_in_a_future_sentence(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger, future=True)[0] == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The minister will visit Paris in June.", "visit", "2018-06"),
    ("The board is expected to meet next January.", "meet", "2019-01"),
])
def test_future_events_stay_ahead(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger, future=True)[0] == expected


# -- 3. a clause set at a date or a dated gathering takes that date ------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The party is expected to formalise the plan before April 19, when the party chairman visits Tokyo.",
     "visits", "2018-04-19"),
    ("The cabinet is expected to approve the budget before May 2, when the prime minister visits Bonn.",
     "visits", "2018-05-02"),
    ("The company plans to mail proxy materials for a June 12 special meeting at which holders will be asked "
     "to approve the merger.", "asked", "2018-06-12"),
    ("Shareholders will vote at the May 5 annual meeting, where they will be asked to approve the plan.",
     "asked", "2018-05-05"),
])
def test_a_clause_set_at_a_date(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_a_relative_clause_on_an_undated_noun_is_not_set_at_a_date(nlp: Language) -> None:
    text = "The minister will visit Bonn on May 2 to discuss the plan which the board rejected."
    assert date_of(nlp, text, "rejected")[0] != "2018-05-02"


# -- 4. a simple present in a time clause of a future verb is a coming event ---------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("He said he will retire when his contract ends in August.", "ends", "2018-08"),
    ("The embargo will stay until the talks resume in September.", "resume", "2018-09"),
])
def test_present_in_a_time_clause_is_ahead(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_a_past_time_clause_stays_past(nlp: Language) -> None:
    assert date_of(nlp, "The strike ended when the union signed the deal in September.", "signed")[0] == \
        "2017-09"
