"""Event dates: phrases resolved against publication dates, as a table (phrase, published, expected)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.when import dates_compatible, names_a_time, resolve_event_date, timex_value

SAT = "2022-03-05"  # a Saturday
MON = "2022-03-07"  # the Monday after
NEWYEAR = "2023-01-02"  # a Monday, just after a year boundary
LEAP = "2024-03-01"  # a Friday after 29 February

CASES = [
    # weekdays: the most recent such day, the publication day included
    ("on Saturday", SAT, "2022-03-05", "relative"),
    ("Saturday", SAT, "2022-03-05", "relative"),
    ("early Saturday morning", SAT, "2022-03-05", "relative"),
    ("on Saturday", MON, "2022-03-05", "relative"),
    ("late on Sunday", MON, "2022-03-06", "relative"),
    ("on Monday", MON, "2022-03-07", "relative"),
    ("on Monday", SAT, "2022-02-28", "relative"),
    ("Friday", SAT, "2022-03-04", "relative"),
    ("on Tuesday", MON, "2022-03-01", "relative"),
    ("last Saturday", SAT, "2022-02-26", "relative"),
    ("last Saturday", MON, "2022-03-05", "relative"),
    ("Sunday night", NEWYEAR, "2023-01-01", "relative"),
    ("on Saturday", NEWYEAR, "2022-12-31", "relative"),
    ("Thursday", LEAP, "2024-02-29", "relative"),
    ("next Tuesday", SAT, "2022-03-08", "relative"),
    ("next Monday", MON, "2022-03-14", "relative"),
    # days counted from publication
    ("yesterday", SAT, "2022-03-04", "relative"),
    ("yesterday", NEWYEAR, "2023-01-01", "relative"),
    ("today", MON, "2022-03-07", "relative"),
    ("two days ago", MON, "2022-03-05", "relative"),
    ("two days ago", NEWYEAR, "2022-12-31", "relative"),
    ("a day earlier", LEAP, None, "relative"),  # counts from another event: kept, unresolved
    ("the following week", MON, None, "relative"),
    # weeks, months, years: the phrase's own precision
    ("last week", SAT, "2022-W08", "relative"),
    ("last week", MON, "2022-W09", "relative"),
    ("last week", NEWYEAR, "2022-W52", "relative"),
    ("this week", MON, "2022-W10", "relative"),
    ("three weeks ago", SAT, "2022-W06", "relative"),
    ("last month", SAT, "2022-02", "relative"),
    ("last month", NEWYEAR, "2022-12", "relative"),
    ("next month", SAT, "2022-04", "relative"),
    ("last year", NEWYEAR, "2022", "relative"),
    ("last June", SAT, "2021-06", "relative"),
    ("last June", NEWYEAR, "2022-06", "relative"),
    ("in March", SAT, "2022-03", "explicit"),
    ("in March", NEWYEAR, "2022-03", "explicit"),
    # calendar dates without a year: the most recent one
    ("February 24", SAT, "2022-02-24", "explicit"),
    ("the February 24", MON, "2022-02-24", "explicit"),
    ("on February 29", LEAP, "2024-02-29", "explicit"),
    ("December 31", SAT, "2021-12-31", "explicit"),
    ("December 31", NEWYEAR, "2022-12-31", "explicit"),
    ("January 3", SAT, "2022-01-03", "explicit"),
    ("24 February", SAT, "2022-02-24", "explicit"),
    # with a year
    ("in 2014", SAT, "2014", "explicit"),
    ("2014", NEWYEAR, "2014", "explicit"),
    ("June 2021", SAT, "2021-06", "explicit"),
    ("March 3, 2021", SAT, "2021-03-03", "explicit"),
    ("on 3 March 2021", MON, "2021-03-03", "explicit"),
    ("in July 2023", LEAP, "2023-07", "explicit"),
]


@pytest.mark.parametrize(("phrase", "published", "expected", "basis"), CASES)
def test_resolve_event_date(phrase: str, published: str, expected: str | None, basis: str) -> None:
    got = resolve_event_date(phrase, date.fromisoformat(published))
    assert (got.date, got.date_basis, got.date_text) == (expected, basis, phrase)


def test_intended_events_prefer_the_coming_day() -> None:
    assert resolve_event_date("on Tuesday", date(2022, 3, 5), future=True).date == "2022-03-08"
    assert resolve_event_date("on Saturday", date(2022, 3, 5), future=True).date == "2022-03-12"


def test_no_phrase_takes_the_publication_date_and_says_so() -> None:
    got = resolve_event_date(None, date(2022, 3, 5))
    assert (got.date, got.date_text, got.date_basis) == ("2022-03-05", None, "publication")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Saturday", None), ("last week", None), ("February 24", None), ("yesterday", None),
    ("in 2014", "2014"), ("March 3, 2021", "2021-03-03"),
])
def test_without_publication_date_relative_phrases_stay_unresolved(phrase: str, expected: str | None) -> None:
    got = resolve_event_date(phrase, None)
    assert got.date == expected and got.date_text == phrase


@pytest.mark.parametrize(("a", "b", "same"), [
    ("2022-03-05", "2022-03-05", True), ("2022-03-05", "2022-03-04", False), ("2022-03", "2022-03-05", True),
    ("2022", "2022-03-05", True), ("2022-W09", "2022-03-05", True), ("2022-W08", "2022-03-05", False),
    (None, "2022-03-05", True), ("2021", "2022-03", False),
])
def test_dates_compatible(a: str | None, b: str | None, same: bool) -> None:
    assert dates_compatible(a, b) is same


# Values dateparser does not give: quarters, halves, seasons, the current month/year, decades, references.
OCT = "1989-10-26"  # a quarterly-results season: Q3 has just been reported
TIMEX_CASES = [
    ("the third quarter", OCT, "1989-Q3"),
    ("third-quarter", OCT, "1989-Q3"),
    ("the fourth quarter", OCT, "1989-Q4"),
    ("the fourth quarter", "1998-01-08", "1997-Q4"),
    ("the first quarter of 1990", OCT, "1990-Q1"),
    ("the quarter", OCT, "1989-Q3"),
    ("this quarter", OCT, "1989-Q4"),
    ("the year-earlier quarter", OCT, "1988-Q3"),
    ("the first half", OCT, "1989-H1"),
    ("the last half of 1989", OCT, "1989-H2"),
    ("this year", OCT, "1989"),
    ("earlier this month", OCT, "1989-10"),
    ("January this year", "1998-02-19", "1998-01"),
    ("fiscal 1989", OCT, "1989"),
    ("last fall", "1998-02-19", "1997-FA"),
    ("this summer", "1998-05-02", "1998-SU"),
    ("the 1990s", "1998-02-19", "199"),
    ("the late 1970s", "1998-02-19", "197"),
    ("now", OCT, "PRESENT_REF"),
    ("currently", OCT, "PRESENT_REF"),
    ("recently", OCT, "PAST_REF"),
    ("the future", OCT, "FUTURE_REF"),
    ("Nov. 6", "1989-11-02", "1989-11-06"),  # read alone: the nearest Nov. 6, four days ahead
    ("Dec. 7", "1990-03-04", "1989-12-07"),
]


@pytest.mark.parametrize(("phrase", "published", "expected"), TIMEX_CASES)
def test_timex_values(phrase: str, published: str, expected: str) -> None:
    assert timex_value(phrase, date.fromisoformat(published)) == expected


def test_event_dates_keep_quarters_and_months_and_drop_references() -> None:
    day = date(1989, 10, 26)
    assert resolve_event_date("the third quarter", day).date == "1989-Q3"
    assert resolve_event_date("this month", day).date == "1989-10"
    assert resolve_event_date("now", day).date == "1989-10-26"
    assert resolve_event_date("recently", day).date is None
    # an event that happened, told with a month-day after publication: last year's, not the coming one
    assert resolve_event_date("on Nov. 6", date(1989, 11, 2)).date == "1988-11-06"
    assert resolve_event_date("on Nov. 6", date(1989, 11, 2), future=True).date == "1989-11-06"


def test_abbreviated_months_and_periods_name_a_time() -> None:
    assert names_a_time("Feb. 28") and names_a_time("Sept. 3") and names_a_time("the third quarter")
    assert not names_a_time("two hours")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("1989-Q3", "1989-08-14", True), ("1989-Q3", "1989-11-02", False), ("199", "1995-06", True),
    ("1997-WI", "1998-01-15", True), ("1997-WI", "1997-06", False),
])
def test_periods_are_compatible_with_the_days_inside_them(a: str, b: str, same: bool) -> None:
    assert dates_compatible(a, b) is same


@pytest.mark.parametrize("phrase", ["two and a half hours", "half an hour", "a quarter of an hour"])
def test_durations_are_not_periods(phrase: str) -> None:
    assert timex_value(phrase, date(2022, 3, 5)) is None
    assert not names_a_time(phrase)
