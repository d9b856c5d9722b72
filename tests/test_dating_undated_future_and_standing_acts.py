"""Dates: acts with no day of their own, not the publication day.

- an act in an infinitive complement of a verb told ahead is still to come and has no day;
- a standing rule or programme told in the simple present with a present condition has no day.


"will continue to occupy the building": the future auxiliary of "continue" puts the occupying after the
telling too, on a day the text does not give; the publication day is not its date. A negated future ("will
not continue to occupy") is a refusal made when said and keeps the story's day; a date of its own still dates
it; a past governor ("continued to occupy") is not told ahead.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, trigger: str, published: str = "1988-06-14") -> list[str | None]:
    """The dates of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = [e.date for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.cameo, e.mentions[0].trigger) for e in result.events]}"
    return found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Midland Bank said it will continue to occupy the building, leasing it back from Harlow Estates.",
     "occupy", [None]),
    ("Midland Bank said it will not continue to occupy the building.", "occupy", ["1988-06-14"]),
])
def test_an_infinitive_under_a_future_has_no_day(analyse, text: str, trigger: str,
                                                 expected: list[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Under the Lome aid scheme, the Community provides financial assistance to African states if their "
     "export earnings fall below an agreed level.", "provides", [None]),
    # a future consequence is a hypothetical the statement states: the statement's day, as before
    ("The Community said it will provide financial assistance to Ghana if its cocoa earnings fall.",
     "provide", ["1988-06-14"]),
])
def test_a_standing_rule_under_a_condition_has_no_day(analyse, text: str, trigger: str,
                                                      expected: list[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected
