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
    ("the mid-2000s", "200"),  # "demobilized in the mid-2000s"
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


FRIDAY = date(1987, 6, 19)


def test_the_month_of_publication_in_a_clause_looking_ahead_is_this_month() -> None:
    assert resolve_event_date("in June", FRIDAY, future=True).date == "1987-06"  # "will meet in June"
    assert resolve_event_date("the end of June", FRIDAY, future=True).date == "1987-06"
    assert resolve_event_date("on June 19", FRIDAY, future=True).date == "1987-06-19"  # the publication day
    assert resolve_event_date("in July", FRIDAY, future=True).date == "1987-07"
    assert resolve_event_date("in December", FRIDAY, future=True).date == "1987-12"


@pytest.mark.parametrize(("phrase", "future", "expected"), [
    ("on the 3rd", False, "1987-06-03"),  # dateparser reads a bare "3rd" as March
    ("the 21st", False, "1987-05-21"),  # not yet come in a past clause: last month's
    ("the 21st", True, "1987-06-21"),
    ("by the 3rd", True, "1987-07-03"),
    ("the fifth of July", True, "1987-07-05"),
    ("the first of May", False, "1987-05-01"),
])
def test_ordinal_days(phrase: str, future: bool, expected: str) -> None:
    assert resolve_event_date(phrase, FRIDAY, future=future).date == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("this century", "19"),
    ("the last century", "18"),
    ("the next century", "20"),
    ("the 20th century", "19"),
])
def test_centuries_counted_from_publication(phrase: str, expected: str) -> None:
    assert timex_value(phrase, FRIDAY) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the second half of the year", "1987-H2"),  # the year is this one even if its half has not begun
    ("the latter half of the year", "1987-H2"),
    ("the second half of last year", "1986-H2"),
    ("last fiscal year's fourth quarter", "1986-Q4"),
    ("the fourth quarter of this year", "1987-Q4"),
    ("the first six months of 1987", "1987-H1"),
    ("the first three months of 1987", "1987-Q1"),
    ("the last three months of 1986", "1986-Q4"),
    ("the final three months of the year", "1987-Q4"),
])
def test_halves_and_quarters_of_a_named_year(phrase: str, expected: str) -> None:
    assert timex_value(phrase, FRIDAY) == expected


def test_a_quarter_not_yet_begun_in_a_clause_looking_ahead_is_this_year_s() -> None:
    march = date(1987, 3, 19)
    assert timex_value("the second quarter", march, future=True) == "1987-Q2"  # "expects a profit in ..."
    assert timex_value("the second quarter", march) == "1986-Q2"


def test_a_counted_month_earlier_is_not_this_month() -> None:
    assert timex_value("a month earlier", FRIDAY) is None
    assert timex_value("earlier this month", FRIDAY) == "1987-06"


def test_later_on_the_publication_weekday_is_that_day() -> None:
    monday = date(1987, 10, 19)
    assert resolve_event_date("later Monday", monday, future=True).date == "1987-10-19"
    assert resolve_event_date("on Monday", monday, future=True).date == "1987-10-26"


SATP_DAY = date(2019, 5, 3)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the intervening night of May 1 and 2", "2019-05-01"),  # "militants attacked a camp during ..."
    ("the intervening night of April 30-May 1", "2019-04-30"),
    ("between March 5 and 10", "2019-03-05"),
    ("May 1-2, 2019", "2019-05-01"),
    ("May 1-20", "2019-05"),  # a longer range in one month: the month
    ("between April 29 and June 26", None),  # "bought shares between ...": no one day
])
def test_a_range_of_days_dates_the_day_it_begins(phrase: str, expected: str | None) -> None:
    assert resolve_event_date(phrase, SATP_DAY).date == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("three days back", "2019-04-30"),  # "was abducted three days back"
    ("a year back", "2018"),
    ("a week back", "2019-W17"),
])
def test_back_counts_from_publication_like_ago(phrase: str, expected: str) -> None:
    assert resolve_event_date(phrase, SATP_DAY).date == expected
