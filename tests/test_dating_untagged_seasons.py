"""Dates: a season counted from the story's day ("last autumn", "next spring") that the NER leaves untagged
still dates its clause."""

from __future__ import annotations

from conftest import event_on


def test_an_untagged_last_autumn_dates_its_clause(analyse) -> None:
    text = ("Congress overrode Carter's veto of a farm subsidies bill in February and last autumn Congress "
            "rejected his veto of trade sanctions against Chile.")
    assert event_on(analyse(text, "1979-05-10"), "rejected").date == "1978-FA"


def test_a_season_word_without_last_this_or_next_is_no_date(analyse) -> None:
    text = "The union rejected the offer after the fall in coffee prices, its leaders said."
    assert event_on(analyse(text, "1988-05-10"), "rejected").date == "1988-05-10"
