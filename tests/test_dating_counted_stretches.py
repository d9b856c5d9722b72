"""Dates: an event noun told as a counted stretch of weeks or more ("after five weeks of negotiations",
"months of talks") fills that stretch: no one day is its day, neither the clause's nor the publication
day. Hours or days of talks may fall within the day the clause tells, and keep it."""

from __future__ import annotations

import pytest

from conftest import mention_dates


def _dates(analyse, text: str, trigger: str) -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, "1987-06-01"), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The carmaker reached a tentative agreement with the union Friday after six weeks of negotiations.",
     "negotiations", {None}),
    ("The accord, welcomed by both governments, ends eight months of talks between Ottawa and Washington.",
     "talks", {None}),
    # an hours-long round falls within the day the clause tells
    ("Ministers agreed on quotas on Friday after 14 hours of negotiations in Brussels.", "negotiations",
     {"1987-05-29"}),
])
def test_a_counted_stretch_has_no_day(analyse, text: str, trigger: str, expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected
