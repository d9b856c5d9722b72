"""Event dates from phrases about something else (session 44).

- a date on a deadline a verb sets, gives or moves ("gave importers a November deadline") is the limit's,
  not the day of the act that sets it, nor of an act coordinated with it; a day on the act's own clause
  ("attacked a post last week") and a deadline in a clause the act reports leave the act's own day;
- a day the parser hung on the act a deadline is put on ("put a deadline on the negotiations of July 1") is
  the deadline's, not the negotiations';
- in a record with no publication date, a month-day the NER ran into a time of day ("March 14 in a morning")
  is still the month-day;
- a date in a gerund's phrase on another noun ("for help in financing the dam next year") is the gerund's
  time, not the act's.
"""

from __future__ import annotations

from conftest import event_dates_on as _dated


def test_a_deadline_given_is_not_the_day_of_the_giving(analyse) -> None:
    text = ("Norway Sets Sanctions\nNorway announced new sanctions against Libya and gave importers a November "
            "deadline to end their contracts.")
    assert _dated(analyse, text, "gave", "1987-04-08") == ["1987-04-08"]
    assert _dated(analyse, text, "announced", "1987-04-08") == ["1987-04-08"]


def test_a_deadline_on_the_talks_does_not_date_the_talks(analyse) -> None:
    text = ("Trade Talks Continue\nWashington and Ottawa have been negotiating a trade pact since last May. "
            "Washington put a deadline on the negotiations of July 1, but both sides said a deal is likely.")
    dates = _dated(analyse, text, "negotiating", "1987-04-08")
    assert "1986-07-01" not in dates and "1987-07-01" not in dates


def test_a_day_on_the_acts_own_clause_still_dates_it(analyse) -> None:
    text = ("Rebels Attack Post\nRebels attacked an army post in the north last week and set fire to a depot, "
            "the army said.")
    assert _dated(analyse, text, "attacked", "1987-04-08") == ["1987-W14"]


def test_a_deadline_told_in_a_reported_clause_leaves_the_acts_day(analyse) -> None:
    text = ("Sweden Announces Curbs\nSweden on Tuesday announced sanctions against Libya, and said firms would "
            "have to meet an October deadline.")
    assert _dated(analyse, text, "announced", "1987-04-08") == ["1987-04-07"]


def test_a_month_day_run_into_a_time_of_day_is_still_the_day(analyse) -> None:
    text = "Prosecutor Speaks\nAttorney General Jose Ortiz announced his decision on March 14 in a morning address."
    assert _dated(analyse, text, "announced") == ["XXXX-03-14"]


def test_a_gerunds_year_on_another_noun_does_not_date_the_request(analyse) -> None:
    text = ("Brazil Seeks Loans\nBrazilian officials are asking the World Bank for loans for financing the "
            "Itaipu dam next year, sources said.")
    assert _dated(analyse, text, "asking", "1987-04-08") == ["1987-04-08"]
