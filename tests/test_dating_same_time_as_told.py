"""Dates: "the same month", "in that same year", "the same day" name the time the text has just told, not
the current month or year the calendar reads "same" as; with "last year" the phrase counts from publication
as before."""

from __future__ import annotations

import pytest

from conftest import mention_dates


def _dates(analyse, text: str, trigger: str) -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, "1987-04-13"), trigger)


@pytest.mark.parametrize(("second", "expected"), [
    ("In that same month, the interior minister held a press conference and denounced Lima.", "1987-02"),
    ("The same month, the interior minister denounced Lima.", "1987-02"),
    ("That same year, the interior minister denounced Lima.", "1987"),
])
def test_the_same_time_is_the_time_just_told(analyse, second: str, expected: str) -> None:
    text = f"Police arrested the gang leader Byron Lima in February 1987. {second}"
    assert _dates(analyse, text, "denounced") == {expected}


def test_the_same_day_after_a_day(analyse) -> None:
    text = "Police arrested the gang leader on February 3. The same day, the interior minister denounced Lima."
    assert _dates(analyse, text, "denounced") == {"1987-02-03"}
