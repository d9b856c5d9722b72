"""Dates, twelfth round: a half of "the month" is that month, not the year's half ("the first half of
next month" is next month); a part of "the month" ("at the end of the month") says when: the story's
month."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY as DAY
from conftest import date_of
from newsevents.when import names_a_time, timex_value

# DATING_DAY is a Wednesday, 2018-03-14.


def test_the_half_of_next_month_is_next_month() -> None:
    assert timex_value("the first half of next month", DAY, future=True) == "2018-04"
    assert timex_value("the second half of last month", DAY) == "2018-02"
    assert timex_value("the latter half of the month", DAY) == "2018-03"


def test_the_half_of_the_year_stays_a_half() -> None:
    assert timex_value("the first half of the year", DAY) == "2018-H1"
    assert timex_value("the first half of March", DAY) == "2018-03"


def test_a_part_of_the_month_names_a_time() -> None:
    assert names_a_time("the end of the month")
    assert names_a_time("the middle of the month")
    assert not names_a_time("the month")
    assert not names_a_time("for the month")


def test_a_visit_at_the_end_of_the_month_is_this_month(nlp: Language) -> None:
    text = "The Japanese prime minister will visit Washington at the end of the month."
    assert date_of(nlp, text, "visit", future=True) == ("2018-03", "explicit")


def test_talks_in_the_first_half_of_next_month_are_next_month(nlp: Language) -> None:
    text = "The two ministers will meet in Geneva in the first half of next month."
    assert date_of(nlp, text, "meet", future=True)[0] == "2018-04"


def test_a_perfect_act_takes_the_day_a_later_sentence_gives_it(nlp: Language) -> None:
    from newsevents.events.dating import event_date

    text = ("Canada and Mexico have signed a fisheries treaty, officials said on Wednesday. "
            "The treaty, signed on March 2 in Ottawa, takes effect next year.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "signed")
    assert event_date(tok, [tok], DAY, False).date == "2018-03-02"


def test_another_doers_act_lends_no_day(nlp: Language) -> None:
    from newsevents.events.dating import event_date

    text = "Iran has attacked a tanker in the Gulf. Iraq attacked a tanker on Monday."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "attacked")
    assert event_date(tok, [tok], DAY, False).date != "2018-03-12"


def test_an_accord_told_again_by_another_accord_noun_lends_its_day(nlp: Language) -> None:
    from newsevents.events.dating import event_date

    text = ("Brazil and Argentina have signed a trade pact, the ministry said. "
            "The agreement was signed on March 5 in Brasilia, the ministry said.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "signed")
    assert event_date(tok, [tok], DAY, False).date == "2018-03-05"


def test_a_gapped_second_conjunct_dates_the_first(nlp: Language) -> None:
    text = ("Six policemen, including an inspector, were killed and two others injured in a bomb blast "
            "near a market in Bara town on March 12, reports Dawn.")
    assert date_of(nlp, text, "killed")[0] == "2018-03-12"
