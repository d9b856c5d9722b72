"""Event dates taken from another clause, or left untaken (issue 10/11, session 41).

- a conjunct with its own auxiliary told as a later step ("resigned last year and was later charged") is
  at no time of the clause it is joined to; a bare participle sharing the auxiliary still shares the date;
- a date on a later conjunct of a relative clause ("who had been accused and released on February 13,
  2010, was shot dead") is the relative clause's time, not the main clause's;
- a date inside a gerund under "after", "since", "before" ("his first visit after taking over the command
  last month") is the gerund's time;
- a lede act told by a speech "at the weekend" in a Monday story takes that weekend's ISO week, as one told
  "yesterday" takes that day, when the sentence's only other date is the content's, ahead of the story;
- in a record with no publication date, "earlier this month" and "last month" count from the lead's day,
  the report's ("reports The Statesman on January 26": "XXXX-01", "XXXX-12").
"""

from __future__ import annotations

from conftest import event_dates_on as _dated
from newsevents.when import month_from_day


def test_a_later_conjunct_with_its_own_auxiliary_is_not_dated_by_the_first(analyse) -> None:
    text = ("Shares of the bank fell sharply on Monday. A former director of the bank, John Hartley, resigned "
            "from the board last year and was later charged with fraud over share deals in a rival firm.")
    assert _dated(analyse, text, "charged", "1987-03-05") == [None]


def test_a_bare_later_participle_still_shares_the_period(analyse) -> None:
    text = ("In April 2018, three journalists from the newspaper La Hora were kidnapped and later killed by "
            "the Walter Front along the Colombia-Ecuador border.")
    assert _dated(analyse, text, "killed") == ["2018-04"]


def test_a_date_on_a_conjunct_of_a_relative_clause_is_not_the_main_clauses(analyse) -> None:
    text = ("A man, identified as Mohammad Saleem, who had been accused in a criminal case and released on "
            "February 13, 2010, was shot dead by unidentified assailants in Rawalpindi, reports Dawn.")
    assert "2010-02-13" not in _dated(analyse, text, "shot")


def test_a_date_in_a_gerund_after_after_is_the_gerunds(analyse) -> None:
    text = ("The new army chief toured the corps headquarters in Karachi on Wednesday. It was the general's "
            "first visit to Karachi after taking over the army command last month.")
    assert "1987-02" not in _dated(analyse, text, "visit", "1987-03-05")


def test_a_lede_act_told_at_the_weekend_takes_that_week(analyse) -> None:
    text = ("Japan warned the United States it may take countermeasures if Washington imposes its planned "
            "tariffs on April 17, a senior trade official said at the weekend.")
    assert _dated(analyse, text, "warned", "1987-04-13") == ["1987-W15"]


def test_this_month_counts_from_the_reports_day() -> None:
    assert month_from_day("earlier this month", "XXXX-01-26") == "XXXX-01"
    assert month_from_day("last month", "XXXX-01-26") == "XXXX-12"
    assert month_from_day("last month", "2010-03-02") == "2010-02"
    assert month_from_day("later this month", "XXXX-01-26") is None  # still to come
    assert month_from_day("earlier this year", "XXXX-01-26") is None


def test_earlier_this_month_in_a_record_without_a_publication_date(analyse) -> None:
    text = ("Maoist cadres shot dead a constable, identified as Ramesh Yadav, in Gaya District, reports The "
            "Statesman on January 26. The Maoists claimed that the constable had turned into a Police "
            "informer. Two Maoist commanders were killed by the Gaya Police earlier this month.")
    assert _dated(analyse, text, "killed") == ["XXXX-01"]
