"""Dates, round dates3: a happening moved to another time, and an earlier-time word opening its name.

- "the board meeting ... has been changed from March 12 to March 16", "the talks were postponed until
  Thursday": the happening (and the act it is held to do) takes the new time (date_cues.csv `moved_to`,
  events/dating.py `_moved_to_day`);
- "Recent International Coffee Organization negotiations": the earlier-time word the parser hung on the
  name before the event noun still tells the happening as background, with no day of the story.
"""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY, date_of


def test_a_meeting_moved_to_another_day_takes_that_day(nlp: Language) -> None:
    text = ("The firm said the joint board of directors meeting with Acme Corp to settle the terms of the "
            "merger has been changed from March 12 to March 16.")
    year = DATING_DAY.year
    assert date_of(nlp, text, "meeting") == (f"{year}-03-16", "explicit")
    assert date_of(nlp, text, "settle") == (f"{year}-03-16", "explicit")


def test_talks_postponed_until_a_weekday_take_the_coming_one(nlp: Language) -> None:
    text = "The Saudi meeting with OPEC officials was postponed until Thursday, officials said."
    found, basis = date_of(nlp, text, "meeting")
    assert basis == "relative" and found is not None and found > DATING_DAY.isoformat()


def test_a_meeting_moved_from_a_day_is_not_dated_by_the_old_day(nlp: Language) -> None:
    text = "Iran's talks with Iraq were brought forward to March 10 from March 20, officials said."
    assert date_of(nlp, text, "talks")[0] == f"{DATING_DAY.year}-03-10"


def test_an_earlier_time_word_on_the_name_before_an_event_noun_is_background(nlp: Language) -> None:
    text = ("Recent International Coffee Organization (ICO) negotiations in London showed the degree to which "
            "consumers insist on realism, analysts said.")
    assert date_of(nlp, text, "negotiations") == (None, "unknown")


def test_an_event_noun_held_on_its_own_day_is_not_moved(nlp: Language) -> None:
    text = "The meeting with OPEC officials was held on Thursday, officials said."
    assert date_of(nlp, text, "meeting")[1] != "unknown"
