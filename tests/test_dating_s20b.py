"""Dates, round s20b: explicit dates of South Asian incident leads that were lost.

- a date the NER runs on into a credit with no comma before it ("on March 4 reports Dawn") ends before the
  credit's word (data/date_cues.csv `credit`);
- a misspelt long month ("Janaury 17", "Febuary 3") is read as its month, the phrase kept as written;
- a TIME of a month, its day and a part of the day ("on August 14 night") says which day.
"""

from __future__ import annotations

from newsevents.events.dating import _misspelt_month, _respelt


def _dated(analyse, text: str, trigger: str, published: str | None = None) -> tuple[str | None, str | None]:
    """(date, date_text) of the event on `trigger`."""
    result = analyse(text, published)
    event = next(e for e in result.events if any(m.trigger == trigger for m in e.mentions))
    return event.date, event.date_text


def test_date_before_a_credit_without_comma(analyse) -> None:
    text = ("Unidentified militants abducted a shopkeeper from his house in Kachhi District on March 4 "
            "reports Dawn")
    assert _dated(analyse, text, "abducted") == ("XXXX-03-04", "March 4")  # no year known: yearless
    assert _dated(analyse, text, "abducted", "2012-03-20") == ("2012-03-04", "March 4")


def test_date_before_said_police_without_comma(analyse) -> None:
    text = "Militants shot dead a trader in Kupwara District on April 11 said police"
    assert _dated(analyse, text, "shot", "2015-05-02") == ("2015-04-11", "April 11")


def test_misspelt_month_is_read_as_written(analyse) -> None:
    text = ("Unidentified militants abducted a mason from near the market under Lamphel police station in "
            "Imphal East District on Febuary 3, reports The Sangai Express.")
    assert _dated(analyse, text, "abducted") == ("XXXX-02-03", "Febuary 3")
    assert _dated(analyse, text, "abducted", "2011-02-10") == ("2011-02-03", "Febuary 3")


def test_month_day_and_night_dates_the_act(analyse) -> None:
    text = ("Militants barged into the house of a teacher in Pattan area of Baramulla District and abducted "
            "him on August 14 night reports Daily Excelsior")
    assert _dated(analyse, text, "abducted", "2014-08-16") == ("2014-08-14", "August 14 night")


def test_misspelt_month_needs_a_close_long_month() -> None:
    assert _misspelt_month("Janaury") == "january"
    assert _misspelt_month("Novemebr") == "november"
    assert _misspelt_month("January") is None  # a month itself
    assert _misspelt_month("Match") is None  # short months are too like other words
    assert _misspelt_month("number") is None
    assert _misspelt_month("Augusta") is None  # a place that holds the month whole


def test_respelt_needs_a_day_after_the_month() -> None:
    assert _respelt("Janaury 17") == "January 17"
    assert _respelt("Decmber 2,") == "December 2,"
    assert _respelt("Ocotber rains") == "Ocotber rains"


def test_a_credit_word_not_after_a_date_is_kept(analyse) -> None:
    # a plain lead with a comma still dates by its day
    text = "Militants killed a villager in Sopore on June 9, reports Greater Kashmir."
    assert _dated(analyse, text, "killed", "2016-06-12") == ("2016-06-09", "June 9")


def test_date_hung_on_a_state_participle_dates_the_clause(analyse) -> None:
    # the parser hangs "on October 12" on "engaged" (the machines' state): the burning's day
    text = ("Maoist cadres set on fire three trucks engaged in bridge construction at Tirilposi village in "
            "West Singhbhum District on October 12, reports The Pioneer.")
    assert _dated(analyse, text, "set", "2013-10-15") == ("2013-10-12", "October 12")


def test_date_on_an_act_participle_keeps_its_own_time(analyse) -> None:
    # "kidnapped on March 2" is an act done to the trader before, at its own time: not the shooting's day
    text = "Militants shot dead a trader kidnapped on March 2 from Baramulla, said officials."
    assert _dated(analyse, text, "shot", "2015-03-20")[1] != "March 2"
