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
