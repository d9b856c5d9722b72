"""Dates, round s21b: acts to come bounded by a time, acts after a dated condition, and earlier acts without a
day of their own.

- "before the end of the year" bounds an act to come as "by the end of the year" does: the year, not the
  story's day (a part of the year is read so only as such a deadline);
- the consequence of a condition that has a time of its own ("if they do not accept by Friday, Pemex will
  negotiate elsewhere") comes after it: no day, not the story's;
- a when-clause on a clause told with "recently" shares its undated earlier time;
- a present perfect done by many counted doers ("some 28 of Italy's 95 councils have protested") is a tally
  of separate acts: no single day.
"""

from __future__ import annotations

from conftest import mention_dates
from newsevents.when import names_a_time, part_of_the_year

# A Thursday.
THURSDAY = "1987-03-19"


def _dates(analyse, text: str, trigger: str, published: str = THURSDAY) -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, published), trigger)


def test_part_of_the_year_is_read_only_as_a_deadline() -> None:
    assert part_of_the_year("the end of the year")
    assert part_of_the_year("the middle of the year")
    assert not part_of_the_year("the end of the month")
    assert not part_of_the_year("the year")
    # as a time of its own it stays unread: early in a year, a done act's "end of the year" is the last one
    assert not names_a_time("the end of the year")


def test_act_to_come_before_the_end_of_the_year_is_that_year(analyse) -> None:
    text = ("Senator Walsh said he was confident that Peru and its creditor banks will sign a rescheduling "
            "accord before the end of the year.")
    assert _dates(analyse, text, "sign") == {"1987"}


def test_done_act_at_the_end_of_the_year_is_not_the_story_year(analyse) -> None:
    text = "Peru and its creditor banks signed a rescheduling accord at the end of the year, Senator Walsh said."
    assert "1987" not in _dates(analyse, text, "signed")


def test_consequence_of_a_dated_condition_has_no_day(analyse) -> None:
    text = "Gomez said that if the Kuwaitis do not lower their price by Friday then Pemex will negotiate with " \
           "other suppliers."
    assert _dates(analyse, text, "negotiate") == {None}
    # an undated condition leaves the consequence at the story's time, as before
    text = "Gomez said Pemex will negotiate with other suppliers if prices rise."
    assert _dates(analyse, text, "negotiate") == {THURSDAY}


def test_when_clause_of_a_recent_happening_has_no_day(analyse) -> None:
    text = "The consensus among the lenders was tested recently when Chemical Bank refused to endorse loans to " \
           "Ecuador."
    assert _dates(analyse, text, "refused") == {None}
    # a when-clause with its own day keeps it
    text = "Chemical Bank refused to endorse loans to Ecuador when the lenders met on Monday."
    assert _dates(analyse, text, "refused") == {"1987-03-16"}


def test_present_perfect_of_many_counted_doers_has_no_day(analyse) -> None:
    text = "Some 28 of Italy's 95 provincial councils have protested against the plan, officials said."
    assert _dates(analyse, text, "protested") == {None}
    # two named doers acting together is the story's news of the day
    text = "Two banks have agreed to merge, the companies said."
    assert _dates(analyse, text, "agreed") == {THURSDAY}


def test_date_of_a_market_figure_does_not_date_the_act(analyse) -> None:
    # a Monday story: "March 13 closing prices" are the figure's day, data/date_cues.csv `measure`
    text = ("Lindell Corp said it and Brandt Media Inc signed a definitive agreement to merge in a stock swap "
            "valued at 90 mln dlrs, based on March 13 closing prices.")
    assert _dates(analyse, text, "signed", "1987-03-16") == {"1987-03-16"}
    # the same day on the act itself dates it
    text = "Lindell Corp said it and Brandt Media Inc signed a definitive merger agreement on March 13."
    assert _dates(analyse, text, "signed", "1987-03-16") == {"1987-03-13"}
