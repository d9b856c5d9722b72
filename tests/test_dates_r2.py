"""Event dates, round 2: a present perfect told as background is not dated by the story's day, while a
perfect in the lede or reported by a speech ("X said it has agreed") is the story's news."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_of

LEDE = "Grain prices rose sharply on Wednesday in the capital's markets. "


# -- 1. a perfect with an adverb of duration or repetition is background anywhere -----------------------

def test_a_long_promise_is_not_dated_by_another_phrase_of_the_sentence(nlp: Language) -> None:
    text = ("Pressed by reporters about the minister's remarks on Monday, the premier said his cabinet has "
            "long promised to sell state airlines.")
    assert date_of(nlp, text, "promised") == (None, "unknown")


def test_so_far_and_generally_mark_background(nlp: Language) -> None:
    assert date_of(nlp, "The treasury has so far rejected calls to devalue the peso.", "rejected") == \
        (None, "unknown")
    assert date_of(nlp, LEDE + "Western lenders have generally praised the reforms.", "praised") == \
        (None, "unknown")


def test_in_the_past_marks_background(nlp: Language) -> None:
    text = "The regulator has complained in the past that brokers ignore the rules."
    assert date_of(nlp, text, "complained") == (None, "unknown")


# -- 2. a plain perfect: background in the body, news in the lede or under a speech ----------------------

def test_a_plain_perfect_in_the_body_is_background(nlp: Language) -> None:
    text = LEDE + "Traders expect more gains. Chile too has rejected the fund's programme."
    assert date_of(nlp, text, "rejected") == (None, "unknown")


def test_a_plain_perfect_in_the_lede_is_the_story_s_news(nlp: Language) -> None:
    text = "Norway has agreed to lift its ban on Danish pork imports, trade officials said. Exports resume soon."
    assert date_of(nlp, text, "agreed") == ("2018-03-14", "publication")


def test_a_perfect_reported_by_a_speech_is_the_story_s_news(nlp: Language) -> None:
    text = (LEDE + "Traders expect more gains. Acme Corp said it has agreed to acquire Beta Mills for "
            "40 mln dlrs.")
    assert date_of(nlp, text, "agreed") == ("2018-03-14", "publication")


def test_a_perfect_with_its_own_date_keeps_it(nlp: Language) -> None:
    text = LEDE + "Traders expect more gains. The union has rejected the offer on Monday."
    assert date_of(nlp, text, "rejected") == ("2018-03-12", "relative")


def test_a_future_event_is_not_a_perfect(nlp: Language) -> None:
    text = LEDE + "Traders expect more gains. The ministers will meet on Friday."
    assert date_of(nlp, text, "meet", future=True) == ("2018-03-16", "relative")


# -- 3. a participle phrase tells its own time --------------------------------------------------------

def test_a_founding_year_on_a_noun_does_not_date_the_meeting(nlp: Language) -> None:
    text = ("Farm ministers from Chile and Peru will attend the third meeting of the regional forum of "
            "Andean Grain Growers, formed in 1991, it said.")
    assert date_of(nlp, text, "meeting", future=True)[1] != "explicit"
    assert date_of(nlp, text, "meeting", future=True)[0] != "1991"


def test_the_day_of_a_question_is_not_the_day_of_the_answer(nlp: Language) -> None:
    text = ("Asked by reporters on Friday about the loan, the governor said the bank rejected the terms.")
    assert date_of(nlp, text, "rejected") != ("2018-03-09", "relative")


def test_a_participle_on_the_event_noun_still_dates_it(nlp: Language) -> None:
    text = "The ministers praised the accord, signed in Geneva last month, as a model for the region."
    assert date_of(nlp, text, "signed")[1] in {"explicit", "relative"}
