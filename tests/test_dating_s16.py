"""Event dates, sixteenth round: an act arranged ahead with "be to" ("he is to arrive on Friday for talks")
and a time clause of a reported future the parser hung on the speech verb ("said his demand when he arrives
for talks on Friday would be ...") read their weekday ahead of the story, not the one gone."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause

# DATING_DAY is a Wednesday, 2018-03-14 (conftest): the coming Friday is 03-16, the one gone 03-09.


def test_be_to_arrive_reads_the_weekday_ahead(nlp: Language) -> None:
    text = "The minister is now on his way to Paris, where he is to arrive on Friday for talks with officials."
    assert date_in_clause(nlp, text, "talks") == ("2018-03-16", "relative")


def test_a_done_arrival_keeps_the_weekday_gone(nlp: Language) -> None:
    text = "The minister arrived in Paris on Friday for talks with officials."
    assert date_in_clause(nlp, text, "talks") == ("2018-03-09", "relative")


def test_a_time_clause_of_a_reported_would_reads_ahead(nlp: Language) -> None:
    text = ("Officials have said the minister's main demand when he arrives for talks with the president on "
            "Friday would be the lifting of the tariffs.")
    assert date_in_clause(nlp, text, "talks") == ("2018-03-16", "relative")


def test_a_past_time_clause_of_a_speech_keeps_the_day_gone(nlp: Language) -> None:
    text = "The minister met reporters when he arrived for talks with the president on Friday."
    assert date_in_clause(nlp, text, "talks") == ("2018-03-09", "relative")
