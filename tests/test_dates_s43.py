"""Dates of acts in wire stories (session 43).

- an act told as done with no time of its own, in a story whose dateline names the day after the wire's
  New York stamp and is filed from a country at most nine hours ahead of New York, is of the stamp's day:
  the story was filed before the local working day began ("BAHRAIN, March 5 -" stamped March 4); further
  east ("TOKYO, March 5 -") the dateline's day stands, and so does an act the text dates "today".
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline


def _run(pipeline: Pipeline, text: str, dateline: str, published: date) -> ArticleResult:
    return pipeline.analyse(Article(id="d", text=text, published=published, dateline=dateline))


def _dates(result: ArticleResult, trigger: str) -> set[str | None]:
    found = {m.date for e in result.events for m in e.mentions if m.trigger == trigger}
    assert found, f"no event on {trigger!r}: {[(e.cameo, e.mentions[0].trigger) for e in result.events]}"
    return found


@pytest.mark.parametrize(("dateline", "expected"), [
    ("BAHRAIN, April 9 -", "1987-04-08"),  # filed before the Gulf's working day: the stamp's day
    ("MADRID, April 9 -", "1987-04-08"),
    ("TOKYO, April 9 -", "1987-04-09"),  # a Tokyo morning's own news: the dateline's day
])
def test_an_undated_done_act_under_a_later_dateline(pipeline: Pipeline, dateline: str, expected: str) -> None:
    text = ("Government Accuses Rebels Of Sabotage\n"
            "The government accused rebel groups of blowing up a power line near the capital, the official "
            "news agency said.")
    assert _dates(_run(pipeline, text, dateline, date(1987, 4, 8)), "accused") == {expected}


def test_an_act_told_today_keeps_the_dateline_s_day(pipeline: Pipeline) -> None:
    text = ("Government Accuses Rebels Of Sabotage\n"
            "The government today accused rebel groups of blowing up a power line near the capital.")
    assert _dates(_run(pipeline, text, "MADRID, April 9 -", date(1987, 4, 8)), "accused") == {"1987-04-09"}


def test_a_present_act_in_the_body_keeps_the_dateline_s_day(pipeline: Pipeline) -> None:
    text = ("Italian President Seeks New Premier\n"
            "President Francesco Cossiga meets party leaders to discuss how to form a new government.")
    assert _dates(_run(pipeline, text, "ROME, April 9 -", date(1987, 4, 8)), "meets") == {"1987-04-09"}


# -- a past plan or expectation a past speech verb reports is the speaker's present: the act is ahead ---------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Diplomats said the EC foreign ministers were expected to strongly back a Commission warning to "
     "Washington.", "back"),
    ("Officials said Prime Minister Jacques Chirac planned to urge the EC Commission to send experts to "
     "Tokyo.", "urge"),
])
def test_a_reported_past_expectation_is_undated(analyse, text: str, trigger: str) -> None:
    result = analyse(text, "1987-03-15")
    dates = {m.date for e in result.events for m in e.mentions if m.trigger == trigger}
    assert dates == {None}


def test_a_reported_done_act_keeps_the_story_s_day(analyse) -> None:
    result = analyse("Diplomats said the EC foreign ministers backed a Commission warning to Washington.",
                     "1987-03-15")
    assert {m.date for e in result.events for m in e.mentions if m.trigger == "backed"} == {"1987-03-15"}


# -- "for" a time on a happening's noun, or on the verb calling it, is the time the happening is set for -------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Opposition parties in Bangladesh called a nationwide strike for tomorrow to protest against tax "
     "increases.", "strike", "1987-06-30"),
    ("Ecuador's labour unions have called a general strike for Wednesday to press for a suspension of the "
     "austerity program.", "strike", "1987-07-01"),
])
def test_a_happening_set_for_a_time(analyse, text: str, trigger: str, expected: str) -> None:
    result = analyse(text, "1987-06-29")  # a Monday
    assert {m.date for e in result.events for m in e.mentions if m.trigger == trigger} == {expected}


def test_a_for_phrase_of_a_cause_sets_no_time(analyse) -> None:
    result = analyse("Ecuador's labour unions called a general strike for higher wages on Friday.", "1987-06-29")
    assert {m.date for e in result.events for m in e.mentions if m.trigger == "strike"} == {"1987-06-26"}


# -- an act only possible on a condition may never happen: no day; one a statement commits to keeps its day ---

def test_a_possible_act_on_a_condition_is_undated(analyse) -> None:
    result = analyse("Officials said the United States could impose sanctions on Japan if the talks fail.",
                     "1987-03-17")
    assert {m.date for e in result.events for m in e.mentions if m.trigger == "impose"} == {None}


def test_a_committed_act_on_a_condition_keeps_the_statement_s_day(analyse) -> None:
    result = analyse("Officials said the United States will impose sanctions on Japan if the talks fail.",
                     "1987-03-17")
    assert {m.date for e in result.events for m in e.mentions if m.trigger == "impose"} == {"1987-03-17"}
