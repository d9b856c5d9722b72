"""Date phrases resolved to TimeML values (round s8): numbered decades and their parts, counted spans that are
durations, parts of a named month, weeks named by a day, quarters named by their months, weekends, and the
comparable period of a quarterly report."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.when import resolve_event_date, timex_value

WEDNESDAY = date(1987, 3, 18)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the '70s", "197"),  # "prices last seen in the '70s"
    ("the mid-'80s", "198"),
    ("the early 1970s", "197"),
    ("the first half of the 1980s", "198"),  # TimeML has no value finer than the decade for its parts
    ("the last half of the '60s", "196"),
    ("the 1920s", "192"),
])
def test_numbered_decades_and_their_parts(phrase: str, expected: str) -> None:
    assert timex_value(phrase, WEDNESDAY) == expected


def test_a_two_digit_decade_is_at_most_the_next_one() -> None:
    assert timex_value("the '90s", WEDNESDAY) == "199"  # "demand will grow in the '90s", said in 1987
    assert timex_value("the '20s", WEDNESDAY) == "192"
    assert timex_value("the '90s", date(2003, 5, 1)) == "199"


@pytest.mark.parametrize("phrase", [
    "the past six months", "the past two years", "the last two weeks", "the past 18 months",
    "the next three years", "over the past 20 years",
])
def test_a_counted_span_up_to_publication_is_a_duration_not_a_date(phrase: str) -> None:
    assert timex_value(phrase, WEDNESDAY) is None
    assert resolve_event_date(phrase, WEDNESDAY).date is None  # "killed in the past two days" dates no day


def test_counted_spans_back_from_publication_still_resolve() -> None:
    assert timex_value("two years ago", WEDNESDAY) == "1985"
    assert timex_value("three months ago", WEDNESDAY) == "1986-12"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the first half of March", "1987-03"),
    ("the second half of February", "1987-02"),
    ("the month of February", "1987-02"),
    ("the latter half of 1986", "1986-H2"),  # a half of a year stays a half
])
def test_a_part_of_a_named_month_is_that_month(phrase: str, expected: str) -> None:
    assert timex_value(phrase, WEDNESDAY) == expected
    assert resolve_event_date(phrase, WEDNESDAY).date == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the week ended March 13", "1987-W11"),  # "crude stocks fell in the week ended March 13"
    ("the week ending Feb 27", "1987-W09"),
    ("the week to March 6", "1987-W10"),
    ("the week of March 2", "1987-W10"),
])
def test_a_week_named_by_one_of_its_days(phrase: str, expected: str) -> None:
    assert resolve_event_date(phrase, WEDNESDAY).date == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the January-March quarter", "1987-Q1"),
    ("the December quarter", "1986-Q4"),  # "profit in the December quarter" in a March story
    ("the October-December quarter", "1986-Q4"),
    ("the quarter to June 30", "1986-Q2"),
    ("the June quarter of 1986", "1986-Q2"),
])
def test_a_quarter_named_by_its_months(phrase: str, expected: str) -> None:
    assert timex_value(phrase, WEDNESDAY) == expected


def test_a_quarter_spanning_no_calendar_quarter_is_not_one() -> None:
    assert timex_value("the quarter from February to June", WEDNESDAY) != "1987-Q2"


def test_two_days_from_publication() -> None:
    assert resolve_event_date("the day before yesterday", WEDNESDAY).date == "1987-03-16"
    assert resolve_event_date("the day after tomorrow", WEDNESDAY).date == "1987-03-20"
    assert resolve_event_date("the day before the vote", WEDNESDAY).date is None  # another event's anchor


def test_a_weekend_takes_timeml_s_weekend_value_and_an_event_its_week() -> None:
    monday = date(1990, 8, 13)
    assert timex_value("the weekend", monday, past=True) == "1990-W32-WE"
    assert timex_value("over the weekend", monday) == "1990-W32-WE"
    assert resolve_event_date("over the weekend", monday).date == "1990-W32"  # events keep an ISO week


def test_the_comparable_period_of_a_quarterly_report() -> None:
    autumn = date(1989, 11, 1)
    assert timex_value("the corresponding period last year", autumn, unit="Q") == "1988-Q3"
    assert timex_value("the same period last year", autumn, unit="Q") == "1988-Q3"
    assert timex_value("the year-earlier period", autumn) == "1988"  # a year back, not this year
    assert timex_value("the same period last year", autumn) is None  # no quarter said: its length is unknown
