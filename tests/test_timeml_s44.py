"""Date values of session 44: a base-form past after a singular subject ("weakness hurt the index on Friday")
is told in the past; a sentence reporting nine or six months' figures reads "a year earlier" as that year,
not the quarter the story leads with; "the previous Friday" counts from the day the text has just told."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from conftest import DATING_DAY, date_of
from conftest import phrase_span as _span
from newsevents.events.dating import phrase_timing, sentence_unit
from newsevents.events.lexicon import default_lexicon
from newsevents.events.modality import read_modality
from newsevents.when import anchored_date, is_anchored, timex_value

MONDAY = date(1989, 10, 30)


def _timing(nlp: Language, text: str, phrase: str) -> tuple[bool, bool]:
    span = _span(nlp, text, phrase)
    verb = span.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return phrase_timing(span, read_modality(verb, default_lexicon()) == "intended")


def test_a_base_form_past_after_a_singular_subject_is_not_a_schedule(nlp: Language) -> None:
    text = "A slump in bank shares hurt the main index, which lost 2%, on Friday, to 1,204.5."
    forward, _ = _timing(nlp, text, "Friday")
    assert not forward
    assert timex_value("Friday", MONDAY, future=forward) == "1989-10-27"


def test_a_plural_subject_keeps_the_scheduled_present(nlp: Language) -> None:
    # negative: "the ministers meet on Tuesday" is a present that tells a meeting to come
    forward, past = _timing(nlp, "The foreign ministers meet on Tuesday in Brussels to discuss the plan.",
                            "Tuesday")
    assert (forward, past) == (True, False)
    assert date_of(nlp, "The foreign ministers meet on Tuesday in Brussels to discuss the plan.", "meet",
                   future=True)[0] == "2018-03-20"
    assert DATING_DAY.weekday() == 2


def test_nine_months_figures_compare_with_the_year_before(nlp: Language) -> None:
    doc = nlp("Northgate Mills said its third-quarter profit rose 8%. For the first nine months, the company "
              "earned $41 million, against $37 million a year earlier.")
    earlier = next(t for t in doc if t.text == "earlier")
    assert sentence_unit(earlier) is None
    assert timex_value("a year earlier", MONDAY, past=True, unit=sentence_unit(earlier)) == "1988"
    doc = nlp("Halvern Foods said six-month sales fell 3%, compared with a year ago.")
    assert sentence_unit(next(t for t in doc if t.text == "ago")) is None


def test_a_quarter_sentence_after_nine_months_keeps_the_quarter(nlp: Language) -> None:
    # negative: the sentence itself reports the quarter, though the one before tells nine months
    doc = nlp("For the nine months, the company earned $41 million. In the third quarter, net rose to "
              "$15 million from $12 million a year earlier.")
    earlier = next(t for t in doc if t.text == "earlier")
    assert sentence_unit(earlier) == "Q"
    assert timex_value("a year earlier", MONDAY, past=True, unit="Q") == "1988-Q3"


def test_the_previous_weekday_counts_from_the_day_told() -> None:
    assert is_anchored("the previous Friday")
    assert anchored_date("the previous Friday", "1989-10-27") == "1989-10-20"  # a Friday: the one before
    assert anchored_date("the previous Friday", "1989-10-30") == "1989-10-27"
    assert anchored_date("on the following Tuesday", "1989-10-27") == "1989-10-31"
    assert timex_value("the previous Friday", MONDAY, past=True, anchor="1989-10-25") == "1989-10-20"


def test_a_weekday_from_publication_is_not_counted_from_the_day_told() -> None:
    # negative: "next Friday", "last Friday" count from publication; a month told names no day to count from
    assert not is_anchored("next Friday")
    assert not is_anchored("last Friday")
    assert anchored_date("the previous Friday", "1989-10") is None
    assert timex_value("last Friday", MONDAY, past=True, anchor="1989-10-11") == "1989-10-27"


def test_a_day_number_alone_continues_the_month_told() -> None:
    # "the summit on May 12 and 13": TimeML marks "13" alone, a day of the month just told
    assert timex_value("13", MONDAY, future=True, anchor="1990-05-12") == "1990-05-13"
    assert timex_value("the 14th", MONDAY, anchor="1990-05-12") == "1990-05-14"


def test_a_day_number_without_a_day_told_is_not_moved() -> None:
    # negative: a month or nothing told before leaves the day number to the calendar
    assert timex_value("13", MONDAY, anchor="1990-05") == "1989-10-13"
    assert timex_value("31", MONDAY, anchor="1990-06-12") == "1989-10-31"  # June has no 31st


def test_a_bound_a_past_act_set_is_read_near_the_story(nlp: Language) -> None:
    text = "The regulator gave the bidder until mid-November to file its plan."
    assert _timing(nlp, text, "mid-November") == (False, False)
    assert timex_value("mid-November", MONDAY) == "1989-11"
    text = "The board named a new chief executive, effective Jan. 15."
    assert _timing(nlp, text, "Jan. 15") == (False, False)


def test_a_past_act_s_own_date_keeps_the_past(nlp: Language) -> None:
    # negative: a date on the act itself, not a bound it set, stays in the past ("signed in December" in
    # an October story is last December)
    text = "The two companies signed the agreement in December."
    assert _timing(nlp, text, "December") == (False, True)
    assert timex_value("December", MONDAY, past=True) == "1988-12"


def test_a_purpose_of_a_past_act_is_read_near_the_story(nlp: Language) -> None:
    text = "The envoy was flown to Havana to attend the late-November talks, officials said."
    forward, past = _timing(nlp, text, "late-November")
    assert (forward, past) == (False, False)
    assert timex_value("late-November", date(2000, 1, 28), future=forward, past=past) == "1999-11"


def test_a_purpose_s_weekday_keeps_the_intended_reading(nlp: Language) -> None:
    # negative: "flew to Geneva to attend talks on Friday" told on a Wednesday is the coming Friday
    text = "The minister flew to Geneva to attend talks on Friday."
    forward, _ = _timing(nlp, text, "Friday")
    assert forward
    assert date_of(nlp, text, "attend", future=True)[0] == "2018-03-16"


def test_the_event_stage_dates_a_past_act_s_purpose_near_the_story(nlp: Language) -> None:
    # DATING_DAY is 2018-03-14: the December of a purpose under a past act is the one gone
    assert date_of(nlp, "The envoy was flown to Havana to attend the summit in December.", "attend",
                   future=True)[0] == "2017-12"
    # negative: under a verb still to come, the intended act's December is ahead
    assert date_of(nlp, "The envoy will fly to Havana to attend the summit in December.", "attend",
                   future=True)[0] == "2018-12"
