"""Date phrases resolved to TimeML values (round s10): approximate counts ("a week or so ago"), fiscal years
counted from publication, the week of a holiday, two quarters as a half, a possessive year that is no decade."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.when import anchored_date, resolve_event_date, timex_value

THURSDAY = date(1989, 10, 26)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("a week or so ago", "1989-W42"),  # "a week or so ago, the board picked a new chairman"
    ("a month or so ago", "1989-09"),
    ("the next year or so", "1990"),  # "the plant will be closed over the next year or so"
])
def test_or_so_makes_a_count_approximate_without_moving_it(phrase: str, expected: str) -> None:
    assert timex_value(phrase, THURSDAY) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("next fiscal year", "1990"),  # "the company expects sales to rise next fiscal year"
    ("the last fiscal year", "1988"),
    ("the previous fiscal year", "1988"),
    ("this fiscal year", "1989"),
    ("the current fiscal year", "1989"),
    ("fiscal 1990", "1990"),
])
def test_fiscal_years_counted_from_publication(phrase: str, expected: str) -> None:
    assert timex_value(phrase, THURSDAY) == expected


def test_the_week_of_a_holiday_is_its_iso_week() -> None:
    monday_before_easter = date(2000, 4, 17)  # Easter Sunday 2000 is April 23
    assert timex_value("Easter week", monday_before_easter) == "2000-W16"  # "as Easter week began"
    assert timex_value("Christmas week", date(1999, 12, 20)) == "1999-W51"
    assert timex_value("Christmas week", date(2000, 3, 1)) == "1999-W51"  # the last one, months later


def test_two_quarters_at_the_edge_of_a_year_are_its_half() -> None:
    assert timex_value("the first two quarters of 1990", THURSDAY) == "1990-H1"
    assert timex_value("the last two quarters of 1988", THURSDAY) == "1988-H2"


def test_a_possessive_year_is_no_decade() -> None:
    assert timex_value("1990's second half", THURSDAY) == "1990-H2"  # "a recovery in 1990's second half"
    assert timex_value("the 1980's", THURSDAY) == "198"  # the decade, spelled with an apostrophe
    assert timex_value("the 1980s", THURSDAY) == "198"


@pytest.mark.parametrize(("phrase", "anchor", "expected"), [
    ("the following year", "1995-05-22", "1996"),  # "made a general on May 22, 1995, and the following year ..."
    ("later that year", "1998-06", "1998"),  # "fled in June 1998 and returned later that year"
    ("that same day", "1998-10-23", "1998-10-23"),
    ("the next morning", "2000-02-22", "2000-02-23"),  # "released, he appeared in court the next morning"
    ("two days later", "1998-03-03", "1998-03-05"),
    ("a day earlier", "1998-03-03", "1998-03-02"),
    ("the day before", "1998-03-03", "1998-03-02"),
    ("a week later", "1998-03-03", "1998-W11"),
    ("three years later", "1990", "1993"),
    ("the following month", "1990-12", "1991-01"),
    ("the following quarter", "1989-Q4", "1990-Q1"),
])
def test_a_phrase_counting_from_a_told_time_reads_against_it(phrase: str, anchor: str, expected: str) -> None:
    assert anchored_date(phrase, anchor) == expected
    assert timex_value(phrase, THURSDAY, anchor=anchor) == expected


def test_an_anchor_coarser_than_the_unit_counted_dates_nothing() -> None:
    assert anchored_date("the next day", "1995") is None  # a day counted from a year
    assert anchored_date("two days later", "1998-03") is None
    assert anchored_date("the following year", None) is None


def test_phrases_counting_from_publication_ignore_the_anchor() -> None:
    # a report's comparison and deictic phrases count from the story's day, whatever was told before
    assert timex_value("a year earlier", THURSDAY, anchor="1985") == "1988"
    assert timex_value("the previous year", THURSDAY, anchor="1985") == "1988"
    assert timex_value("earlier this year", THURSDAY, anchor="1985") == "1989"
    assert timex_value("the next week", THURSDAY, anchor="1985-03-04") == "1989-W44"
    assert timex_value("next year", THURSDAY, anchor="1985") == "1990"


def test_that_year_without_a_told_time_is_unresolved() -> None:
    assert timex_value("later that year", THURSDAY) is None  # not the year of publication
    assert timex_value("that day", THURSDAY) is None
    assert timex_value("the following year", THURSDAY) is None


def test_a_counted_year_is_not_the_current_one() -> None:
    assert timex_value("a year", THURSDAY) is None  # how long
    assert timex_value("the year", THURSDAY) == "1989"


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("the past week", date(2000, 4, 14), "2000-W15"),  # a Friday: most of the seven days are this week's
    ("the last week", date(2000, 4, 14), "2000-W15"),
    ("this past week", date(2000, 4, 16), "2000-W15"),  # a Sunday
    ("the past week", date(2000, 4, 10), "2000-W14"),  # a Monday: most are last week's
    ("last week", date(2000, 4, 14), "2000-W14"),  # the week before publication's
])
def test_the_past_week_is_the_seven_days_up_to_publication(phrase: str, published: date, expected: str) -> None:
    assert timex_value(phrase, published) == expected


def test_the_day_beside_a_named_day() -> None:
    thursday = date(2000, 2, 24)
    assert resolve_event_date("the day before last Tuesday", thursday).date == "2000-02-21"
    assert resolve_event_date("the day after Christmas", thursday).date == "1999-12-26"
    assert resolve_event_date("the day before the vote", thursday).date is None  # another event
    got = resolve_event_date("the day before yesterday", thursday)
    assert (got.date, got.date_text) == ("2000-02-22", "the day before yesterday")


def test_a_season_under_a_past_verb_stays_this_years() -> None:
    # "the summer's labor negotiations" told under a past verb in a spring story: the coming summer
    assert timex_value("the summer", date(1998, 3, 18), past=True) == "1998-SU"
    assert timex_value("this summer's", date(1998, 3, 18), past=True) == "1998-SU"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the year ended Dec. 31", "1997"),  # "net for the year ended Dec. 31 rose 12%"
    ("the fiscal year ended June 30", "1997"),  # ended: a day gone, so last June
    ("the year to March 31", "1998"),
])
def test_a_year_named_by_its_last_day(phrase: str, expected: str) -> None:
    assert timex_value(phrase, date(1998, 3, 18)) == expected


def test_a_count_after_in_looks_ahead_only_in_a_clause_that_does() -> None:
    march = date(1998, 3, 18)
    assert timex_value("in two years", march) is None  # "the first rise in two years": how long
    assert resolve_event_date("in two years", march).date is None
    assert timex_value("in two years", march, future=True) == "2000"  # "will be repaid in two years"
    assert timex_value("in two weeks", march, future=True) == "1998-W14"


def test_decades_counted_and_named() -> None:
    march = date(1998, 3, 18)
    assert timex_value("a decade", march) is None  # how long
    assert timex_value("a decade ago", march) == "1988"
    assert timex_value("the end of the decade", march) == "199"  # "by the end of the decade"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("October/December", "1986-Q4"),  # "October/December GNP growth" in a March story
    ("July-September", "1986-Q3"),
    ("January-March", "1987-Q1"),  # begun
    ("July-December", "1986-H2"),
    ("April-June 1987", "1987-Q2"),
    ("May-October", None),  # no calendar quarter or half
])
def test_months_bounding_a_quarter_or_half(phrase: str, expected: str | None) -> None:
    assert timex_value(phrase, date(1987, 3, 10)) == expected


def test_a_month_a_year_ago_is_the_last_such_month_a_year_back() -> None:
    # "receipts were $47 billion in May, up from $46 billion in May a year ago" in a June story
    assert resolve_event_date("May a year ago", date(1987, 6, 10)).date == "1986-05"


def test_a_possessive_year_keeps_its_month() -> None:
    assert timex_value("February 1986's", date(1987, 3, 10)) == "1986-02"  # "February 1986's surplus"


def test_months_between_bound_a_half() -> None:
    # "between January and June 2016, authorities seized 400 kilos of cocaine"
    assert resolve_event_date("between January and June 2016", date(2017, 3, 10)).date == "2016-H1"
    assert resolve_event_date("between January and September 2016", date(2017, 3, 10)).date is None
    assert timex_value("October and December", date(2017, 3, 10)) is None  # two months, no span


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the first week of March, 2009", "2009-W10"),  # "police captured ten Zetas during the first week of ..."
    ("the first week of August", "2012-W31"),
    ("the last week of March", "2012-W13"),
])
def test_a_numbered_week_of_a_month_is_the_iso_week_of_most_of_it(phrase: str, expected: str) -> None:
    assert resolve_event_date(phrase, date(2012, 8, 20)).date == expected


def test_a_bound_before_a_date_says_which_way_it_points() -> None:
    monday = date(2000, 4, 3)
    # "the father could come to the U.S. as early as Tuesday"
    assert resolve_event_date("as early as Tuesday", monday).date == "2000-04-04"
    assert resolve_event_date("as soon as next week", monday).date == "2000-W15"
    assert resolve_event_date("no later than Wednesday", monday).date == "2000-04-05"
    # "officials knew of the plot as early as March": a past clause keeps its reading
    assert resolve_event_date("as early as March", monday, past=True).date == "2000-03"
    assert resolve_event_date("as recently as Friday", monday).date == "2000-03-31"
    got = resolve_event_date("as early as 1990", monday)
    assert (got.date, got.date_text, got.date_basis) == ("1990", "as early as 1990", "explicit")
