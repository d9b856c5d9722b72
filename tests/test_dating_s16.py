"""Event dates, sixteenth round: "within this month" bounds a coming act as "by the end of" does; a day phrase before a paper's closing credit ("..., the provincial capital,
on July 28, reports The Daily"), which the parser hangs on the credit's misparsed subject, dates the
credited clause's event, also an event noun; an act arranged ahead with "be to" ("he is to arrive on Friday for talks")
and a time clause of a reported future the parser hung on the speech verb ("said his demand when he arrives
for talks on Friday would be ...") read their weekday ahead of the story, not the one gone."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY, date_in_clause
from newsevents.events.dating import event_date
from newsevents.when import EventDate

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


def _undated_story(nlp: Language, text: str, trigger: str) -> EventDate:
    """The date `event_date` gives the word `trigger` read alone, in a story with no publication day."""
    tok = next(t for t in nlp(text) if t.text == trigger)
    return event_date(tok, [tok], None, False)


def test_a_day_before_a_closing_credit_dates_an_event_noun(nlp: Language) -> None:
    text = ("Three policemen were injured in a bomb attack on a police van in Quetta, the provincial capital "
            "of Balochistan, on May 14, reports The Daily Courier.")
    got = _undated_story(nlp, text, "attack")
    assert (got.date_text, got.date_basis) == ("May 14", "explicit")


def test_a_day_before_a_credit_told_after_its_paper_dates_the_event(nlp: Language) -> None:
    text = ("Three policemen were injured in a bomb attack on a police van in Quetta, the provincial capital "
            "of Balochistan, on May 14, The Daily Courier reported.")
    got = _undated_story(nlp, text, "attack")
    assert (got.date_text, got.date_basis) == ("May 14", "explicit")


def test_a_day_after_the_credit_is_the_reports(nlp: Language) -> None:
    text = ("Police said the bomb attack in Quetta, the provincial capital, was carried out by militants, "
            "reports The Daily Courier on May 14.")
    assert _undated_story(nlp, text, "attack").date_text is None


def _planned_date(nlp: Language, text: str, trigger: str) -> tuple[str | None, str]:
    """The date and basis of an intended event whose trigger is `trigger`, with its clause's verbs."""
    tok = next(t for t in nlp(text) if t.text == trigger)
    frame = [tok, *[a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:2]]
    got = event_date(tok, frame, DATING_DAY, True)
    return got.date, got.date_basis


def test_within_this_month_bounds_a_coming_act(nlp: Language) -> None:
    text = "The two governments will sign the trade accord within this month, officials said."
    assert _planned_date(nlp, text, "sign") == ("2018-03", "relative")


def test_within_a_count_of_months_is_no_date(nlp: Language) -> None:
    text = "The two governments will sign the trade accord within two months, officials said."
    assert _planned_date(nlp, text, "sign") == ("2018-03-14", "publication")
