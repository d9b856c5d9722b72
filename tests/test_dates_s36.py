"""Event dates, session 36: an intent (CAMEO 03x) is the statement of it, made when told. A day ahead of the
story's that the sentence gives is the intended act's time ("hoped to meet them next week"), so the intent
takes the day of the verb that states it when that day is told and gone ("said on Thursday it would resume
talks next month"), else the story's day; an intent still to be stated has no day yet."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import DATING_DAY
from newsevents import ArticleResult
from newsevents.events.dating import event_date

PUBLISHED = "1987-03-20"  # a Friday


def _intents(result: ArticleResult) -> list[tuple[str, str | None, str]]:
    """The (trigger, date, basis) of each intent (03x) event of an analysed text."""
    return [(e.mentions[0].trigger, e.date, e.date_basis) for e in result.events if e.cameo.startswith("03")]


@pytest.mark.parametrize("text", [
    "The trade representative said he hoped to meet Korean officials in Seoul next week.",
    "Tokyo said it hoped to hold talks with Washington on April 10 to settle the chip dispute.",
])
def test_an_intent_to_act_on_a_day_ahead_is_dated_when_stated(analyse, text: str) -> None:
    intents = _intents(analyse(text, PUBLISHED))
    assert intents, "no intent event"
    assert all(date == PUBLISHED and basis == "publication" for _, date, basis in intents), intents


def test_an_intent_stated_on_a_told_day_takes_that_day(analyse) -> None:
    text = "Caracas said on Thursday it would resume talks with its bank creditors next month."
    intents = _intents(analyse(text, PUBLISHED))
    assert intents, "no intent event"
    assert all(date == "1987-03-19" and basis == "relative" for _, date, basis in intents), intents


def test_an_intent_stated_on_a_told_day_keeps_it(analyse) -> None:
    text = "Shultz said on Wednesday he would visit Moscow in April for talks with Shevardnadze."
    intents = _intents(analyse(text, PUBLISHED))
    assert intents and all(date == "1987-03-18" for _, date, _basis in intents), intents


def test_an_intent_still_to_be_stated_has_no_day(nlp: Language) -> None:
    doc = nlp("The minister will offer next week to meet the union leaders.")
    tok = next(t for t in doc if t.text == "offer")
    dated = event_date(tok, [tok], DATING_DAY, True, cameo="036")
    assert (dated.date, dated.date_basis) == (None, "unknown")


def test_a_meeting_ahead_that_is_no_intent_keeps_its_day(nlp: Language) -> None:
    doc = nlp("Oil ministers will meet in Vienna on June 25, the secretariat said.")
    tok = next(t for t in doc if t.text == "meet")
    dated = event_date(tok, [tok], DATING_DAY, True, cameo="040")
    assert dated.date == "2018-06-25"


# -- a reaction answers an act already made: a day modifying its object is that act's ---------------------

def test_a_welcome_of_a_weekday_s_act_is_not_dated_by_that_weekday(analyse) -> None:
    text = ("Japan's finance minister said he welcomed Monday's joint confirmation by the United States and "
            "West Germany of the Louvre accord.")
    result = analyse(text, "1987-10-20")
    welcomes = [(e.date, e.date_basis) for e in result.events if e.mentions[0].trigger == "welcomed"]
    # (one welcome per party welcomed: the United States and West Germany, since c027cf5)
    assert welcomes and set(welcomes) == {("1987-10-20", "publication")}
