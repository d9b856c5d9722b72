"""Dates: acts that may never happen or were set going before the story have no day of their own.

An act told as the condition of an if/unless clause ("faces 20 years in prison if convicted") may never
happen; the aim of a body described by a bare past participle ("a panel named by the governor to review
the sale") was set before the story; a simple present in a time clause of an infinitive ("expects the
cartel to cut output when it meets on May 12") tells a coming meeting, so its day is ahead of the story."""

from __future__ import annotations

import pytest

from conftest import mention_dates


def _dates(analyse, text: str, trigger: str, published: str = "1987-06-29") -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, published), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Halvorsen, who resigned as deputy chief of staff in 1984, faces a maximum penalty of 20 years in "
     "prison if convicted.", "convicted", {None}),
    ("Icahn threatened to go directly to shareholders if TransAir rejected his offer.", "rejected", {None}),
    # a condition under a past verb tells a done act the speaker is unsure of: it keeps the statement day
    ("The minister said the army intervened if the rebels attacked the town.", "attacked", {"1987-06-29"}),
])
def test_an_unmet_condition_has_no_day(analyse, text: str, trigger: str, expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Reagan Orders Staff Overhaul\n\n    President Reagan signed three executive orders to overhaul the "
     "staff.\n    He also named a new national security adviser.\n    The orders carry out "
     "the recommendations of the Hale Commission, named by the president to "
     "investigate the secret arms sales to Libya and led by former Senator Ann Hale.", "investigate", {None}),
])
def test_the_aim_of_a_body_set_up_before_has_no_day(analyse, text: str, trigger: str,
                                                    expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("He said he expected OPEC to raise prices to 19 dlrs when it meets on December 9.", "meets",
     {"1987-12-09"}),
    # a meeting told in the past keeps the past day
    ("He said OPEC raised prices to 19 dlrs when it met on June 9.", "met", {"1987-06-09"}),
])
def test_a_time_clause_of_an_infinitive_is_ahead(analyse, text: str, trigger: str,
                                                 expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected
