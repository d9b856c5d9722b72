"""A bare "the day" counts from the day the text has just told ("later in the day")."""

from __future__ import annotations

from datetime import date

from newsevents.when import anchored_date, is_anchored, timex_value

TUESDAY = date(2003, 6, 10)


def test_a_bare_day_is_the_day_just_told() -> None:
    # "Rebels shelled the town on Sunday. Later in the day, troops moved in."
    assert is_anchored("the day") and is_anchored("day")
    assert anchored_date("the day", "2003-06-08") == "2003-06-08"
    assert timex_value("the day", TUESDAY, past=True, anchor="2003-06-08") == "2003-06-08"


def test_a_bare_day_needs_a_day_to_count_from() -> None:
    assert anchored_date("the day", "2003-06") is None  # a month told: which day is not said
    assert timex_value("the day", TUESDAY, past=True) is None
    # a day with its own words keeps its reading: not the told day
    assert not is_anchored("the day before yesterday")
    assert anchored_date("the next day", "2003-06-08") == "2003-06-09"
