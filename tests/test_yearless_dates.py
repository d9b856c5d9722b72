"""Dates: in an article with no publication date and no year told, a month-day or month the text names is kept
as TimeML's yearless value ("XXXX-03-11", "XXXX-03"), and what reads dates copes with it."""

from __future__ import annotations

import re

import pytest

from newsevents.export.gdelt import _dates
from newsevents.schema import DATE_VALUE
from newsevents.when import anchored_date, dates_compatible, yearless_date


@pytest.mark.parametrize(("phrase", "value"), [
    ("March 11", "XXXX-03-11"),
    ("the night of July 5", "XXXX-07-05"),
    ("the intervening night of May 1 and 2", "XXXX-05-01"),
    ("mid-December", "XXXX-12"),
    ("in October", "XXXX-10"),
    ("February 29", "XXXX-02-29"),
    ("yesterday", None),  # counts from a day the record does not give
    ("last June", None),
    ("Monday", None),
    ("March 2008", None),  # a year: the calendar reads it
    ("two days after March 3", None),
])
def test_yearless_value_of_a_month_phrase(phrase: str, value: str | None) -> None:
    assert yearless_date(phrase) == value


def test_yearless_values_compare_on_month_and_day() -> None:
    assert not dates_compatible("XXXX-03-11", "XXXX-03-12")
    assert dates_compatible("XXXX-03", "XXXX-03-12")
    assert not dates_compatible("XXXX-03-11", "2016-05-02")
    assert anchored_date("the same day", "XXXX-03-02") == "XXXX-03-02"
    assert anchored_date("two days later", "XXXX-03-02") == "XXXX-03-04"
    assert anchored_date("the following year", "XXXX-03-02") is None


def test_yearless_value_passes_the_schema_and_leaves_gdelt_dates_empty() -> None:
    assert re.match(DATE_VALUE, "XXXX-03-11") and re.match(DATE_VALUE, "XXXX-03")
    assert not re.match(DATE_VALUE, "XXXX")
    assert _dates("XXXX-03-11") == {}


def _dated(analyse, text: str, trigger: str, published: str | None = None) -> set[tuple[str | None, str | None]]:
    result = analyse(text, published)
    return {(e.date, e.date_text) for e in result.events for m in e.mentions if m.trigger == trigger}


def test_undated_record_keeps_the_month_day_it_names(analyse) -> None:
    text = "Rebels ambushed a police patrol near the river crossing on March 11, the district police chief said."
    assert _dated(analyse, text, "ambushed") == {("XXXX-03-11", "March 11")}


def test_undated_record_carries_the_day_to_the_same_day(analyse) -> None:
    text = ("Maoists shot dead a shopkeeper in Dantewada District on July 5. Police arrested a Maoist commander the "
            "same day.")
    assert ("XXXX-07-05", "the same day") in _dated(analyse, text, "arrested")


def test_undated_record_leaves_yesterday_unknown(analyse) -> None:
    text = "Gunmen shot dead a shopkeeper in the town market yesterday."
    assert {value for value, _ in _dated(analyse, text, "shot")} == {None}


def test_dated_article_keeps_its_year(analyse) -> None:
    text = "Rebels ambushed a police patrol near the river crossing on March 11, the district police chief said."
    assert _dated(analyse, text, "ambushed", "2020-05-10") == {("2020-03-11", "March 11")}
