"""Event dates of a filed document's content and of expected acts with a deadline (issue 11, session 42).

- what a suit, complaint or petition says or asks ("its suit alleges", "the suit seeks") was said when the
  document was filed; a filing told in a relative clause or participle on the document's noun in the
  sentences before ("a lawsuit it filed today") gives that day, as "filed a suit today" already did;
- the document's own participle with no day ("its suit, filed in state court, seeks") does not hide the day
  told before; with no filing told anywhere, or one told on the document's noun with no day ("the pending
  lawsuit brought against X", which may be long before the story), the content is left undated;
- an act a present expectation or plan puts ahead with a deadline, even one the parser hangs on the act's
  object ("is expected to announce a decision by the end of the month"), is dated by the deadline, not by
  the story's day.
"""

from __future__ import annotations

from conftest import event_dates_on as _dated

FILED_TODAY = ("Harmon Gas Corp said it is seeking one billion dlrs in damages in a lawsuit it filed today "
               "against Delta Corp and its president. Harmon said its suit alleges that Delta and its president "
               "unlawfully interfered with its contracts. Harmon also said its suit, filed in federal court in "
               "Dallas, seeks an injunction against Delta.")


def test_the_content_of_a_suit_filed_today_in_a_relative_clause_takes_that_day(analyse) -> None:
    assert set(_dated(analyse, FILED_TODAY, "alleges", "1987-03-16")) == {"1987-03-16"}


def test_an_undated_participle_of_the_suit_does_not_hide_the_day_told_before(analyse) -> None:
    assert _dated(analyse, FILED_TODAY, "seeks", "1987-03-16") == ["1987-03-16"]


def test_a_suit_whose_filing_is_not_told_leaves_its_content_undated(analyse) -> None:
    text = "Harmon said its suit alleges that Delta unlawfully interfered with its contracts."
    assert _dated(analyse, text, "alleges", "1987-03-16") == [None]


def test_a_suit_described_on_its_noun_with_no_day_leaves_its_content_undated(analyse) -> None:
    text = ("Nordic Instruments Inc said Bristol Co is reviewing the pending lawsuit brought against Nordic by "
            "Acme Devices Inc before completing its planned merger. Nordic said the suit, which alleges that "
            "Nordic infringed on Acme patents, is without merit.")
    assert _dated(analyse, text, "alleges", "1987-04-03") == [None]


def test_suits_filed_in_two_months_give_their_content_no_one_day(analyse) -> None:
    text = ("Delmont Foods said it was the subject of four stockholder lawsuits and one class action suit, filed "
            "last November and December in Delaware and New Jersey. The suits allege the company bought its "
            "shares back at an inflated price.")
    assert _dated(analyse, text, "allege", "1987-03-18") == [None]


def test_an_expected_act_with_a_deadline_on_its_object_takes_the_deadline(analyse) -> None:
    text = ("The president, who is expected to announce a decision by the end of the month, can either call "
            "early elections or ask the parties to form a new government.")
    assert _dated(analyse, text, "announce", "1987-04-13") == ["1987-04"]


def test_an_expected_act_with_no_deadline_stays_undated(analyse) -> None:
    text = ("The president, who is expected to announce a decision soon, can either call early elections or ask "
            "the parties to form a new government.")
    assert _dated(analyse, text, "announce", "1987-04-13") == [None]
