"""Event dates, fourth round: background events take their own words' time or none, never the publication
day; a date on another noun or in another clause is not the event's; a time of day is no year; a range
dates the day it begins."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from conftest import DATING_DAY as PUBLISHED
from conftest import date_of
from newsevents.when import resolve_event_date, timex_value

UNKNOWN = (None, "unknown")
TODAY = ("2018-03-14", "publication")

# -- 1. a date that modifies or hangs on another noun dates that noun ------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The retailer called the pace of February's sales encouraging.", "called"),
    ("The plan will urge the government to double 1985's development assistance.", "urge"),
    ("The underwriters agreed to buy the issue, with yield to retraction on October 15, 1991 of 7 pct a year.",
     "agreed"),
])
def test_a_date_of_another_noun_does_not_date_the_event(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger)[1] != "explicit"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The minister met with union officials on Monday.", "met", "2018-03-12"),
    ("The government signed an accord with the rebels on Monday.", "signed", "2018-03-12"),
    ("Ten people were killed in Saturday's bombing of the market.", "killed", "2018-03-10"),
    ("He accused his rival of cowardice during a private meeting of party leaders on Sunday.", "accused",
     "2018-03-11"),
])
def test_a_date_on_the_event_s_own_words_or_occasion_dates_it(nlp: Language, text: str, trigger: str,
                                                                expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


# -- 2. another clause's date: a condition, a quoted complement ------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Congress has not yet voted the money, but if it accepts the plan, building would begin later in 1989.",
     "accepts"),
    ("Speaking to a Senate hearing, the official said he thought they could reach a deal in calendar 1988.",
     "Speaking"),
])
def test_a_date_in_a_separate_clause_is_not_the_event_s(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger)[0] not in {"1988", "1989"}


# -- 3. a time of day or an amount is no year ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The president will meet with senators at 1115 est/1615 gmt, an aide said.",
    "The president will meet with senators at 0930 on the hill, an aide said.",
])
def test_a_time_of_day_is_not_a_year(nlp: Language, text: str) -> None:
    assert date_of(nlp, text, "meet", future=True) == TODAY


@pytest.mark.parametrize(("phrase", "expected"), [
    ("9 a.m. Tuesday", "2018-03-13"),
    ("10:30 p.m. Monday", "2018-03-12"),
    ("4 a.m. EDT Thursday", "2018-03-08"),
])
def test_the_clock_time_of_a_day_phrase_is_dropped(phrase: str, expected: str) -> None:
    assert resolve_event_date(phrase, PUBLISHED).date == expected


def test_a_clock_time_alone_names_no_date() -> None:
    assert resolve_event_date("0900 GMT", PUBLISHED).date is None
    assert timex_value("1115 est", PUBLISHED) is None


# -- 4. background told without a time is undated -------------------------------------------------------

BODY = "The fund sold its stake on Monday. It gave no price. "  # two sentences before: the story's body


@pytest.mark.parametrize(("text", "trigger"), [
    ("The row in the Aegean erupted after Turkey said it would search for oil off its coast.", "search"),
    (BODY + "The shares are the entire block seized by the government from the bank.", "seized"),
    (BODY + "The committee recommended tariff cuts on 66 products requested by Washington.", "requested"),
    (BODY + "The reform will come too late, as demanded by the country's trading partners.", "demanded"),
    (BODY + "The policy intentions outlined at the Louvre meeting still hold, the dealers said.", "meeting"),
    ("He said the firm declined the offer, but that the agent later met the chairman.", "met"),
    ("Finance ministers are widely believed to have agreed exchange rate targets.", "agreed"),
    ("Dealers will watch developments ahead of an OPEC meeting.", "meeting"),
    ("The bank, however, sought board representation before the chairman's appointment.", "sought"),
    ("Iraq rejected its OPEC quota and produced 1.75 mln bpd in February and early March, the figures showed.",
     "rejected"),
    ("Bank staff approved the offer at meetings last week but city workers had initially threatened to strike.",
     "threatened"),
])
def test_background_without_its_own_time_is_undated(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == UNKNOWN


def test_a_past_relative_clause_in_the_body_is_background(nlp: Language) -> None:
    text = ("Regulators closed the savings bank on Tuesday. The bank had lent heavily to builders. "
            "The irregularities in which the men were charged led to a moratorium on state-insured lenders.")
    assert date_of(nlp, text, "charged") == UNKNOWN


def test_a_relative_clause_in_the_lede_keeps_the_story_s_day(nlp: Language) -> None:
    assert date_of(nlp, "Police arrested a man who attacked a guard.", "attacked") == TODAY


def test_a_participle_with_its_own_date_keeps_it(nlp: Language) -> None:
    assert date_of(nlp, "Rebels freed three hostages seized last month.", "seized") == ("2018-02", "relative")


# -- 5. when an event begins: onset verbs and ranges ----------------------------------------------------

def test_an_event_noun_takes_the_date_of_its_onset_verb(nlp: Language) -> None:
    assert date_of(nlp, "The talks began on Monday in Geneva.", "talks") == ("2018-03-12", "relative")


def test_a_range_dates_the_day_it_begins(nlp: Language) -> None:
    text = "Two commissioners are due to visit Washington from July 7 to 10."
    assert date_of(nlp, text, "visit", future=True) == ("2018-07-07", "explicit")


def test_a_coordinated_verb_keeps_the_date_of_the_first(nlp: Language) -> None:
    text = "Three men were arrested on Monday and charged with murder."
    assert date_of(nlp, text, "charged") == ("2018-03-12", "relative")


# -- 6. what stays: a date on the event's own argument, a deadline, an occasion, one time of two quotes ---

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The adviser said the president could not recall when he approved a 1985 arms sale to Iran.", "approved",
     "1985"),
    ("Under a February 21 deal, the casino group agreed to buy the shares held by the developer.", "agreed",
     "2018-02-21"),
])
def test_a_date_on_the_event_s_object_or_occasion_dates_it(nlp: Language, text: str, trigger: str,
                                                            expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_two_quoted_clauses_of_one_speaker_share_the_date(nlp: Language) -> None:
    text = ('"On Tuesday I shall be going to Washington for meetings of the committee, and we shall of course '
            'be having a meeting of the G-7," the chancellor said.')
    assert date_of(nlp, text, "meeting", future=True) == ("2018-03-20", "relative")


def test_a_date_the_parse_hangs_on_a_place_still_dates_the_event(nlp: Language) -> None:
    text = ("Iran launched a major offensive, codenamed Karbala-5, towards the southern Iraqi port of Basra in "
            "January, but there have been no reports of heavy fighting in the area in recent weeks.")
    assert date_of(nlp, text, "launched") == ("2018-01", "explicit")


# -- 7. the resolver: whole months, centuries, spelled days, weeks of a day ------------------------------

def test_a_whole_month_counts_from_its_first_day_for_the_nearest_year() -> None:
    assert timex_value("April", date(1998, 12, 5)) == "1999-04"
    assert timex_value("February", date(1998, 12, 3)) == "1999-02"
    assert timex_value("June", date(1998, 12, 5)) == "1998-06"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the 20th century", "19"),
    ("11th century", "10"),
    ("this coming Sunday, March eighth", "1998-03-08"),
    ("March first", "1998-03-01"),
    ("the first quarter", "1998-Q1"),
    ("the week of March 6", "1998-W10"),
])
def test_centuries_spelled_days_and_weeks_of_a_day(phrase: str, expected: str) -> None:
    assert timex_value(phrase, date(1998, 3, 5)) == expected


# -- 8. a day named as an object, a content's future date, a recent meeting -----------------------------

def test_a_day_fixed_as_an_object_does_not_date_the_request(nlp: Language) -> None:
    text = "The investor has asked the company to fix March 27 as the record date for the vote."
    assert date_of(nlp, text, "asked") == TODAY


def test_a_past_agreement_does_not_take_the_future_date_of_its_content(nlp: Language) -> None:
    text = "The company said its founder has agreed to sell no more than 75,000 of his shares in the next year."
    assert date_of(nlp, text, "agreed") == TODAY


def test_an_event_noun_called_recent_is_background(nlp: Language) -> None:
    text = "The ministers reaffirmed the approach agreed at the recent Paris meeting."
    assert date_of(nlp, text, "meeting") == UNKNOWN


# -- 9. "last January 22", "in the past" -----------------------------------------------------------------

def test_last_month_day_is_the_most_recent_such_day() -> None:
    assert resolve_event_date("last January 22", PUBLISHED).date == "2018-01-22"
    assert resolve_event_date("last March 20", PUBLISHED).date == "2017-03-20"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The accord, signed last January 22, ended a long dispute.", "signed", ("2018-01-22", "relative")),
    ("Police closed the road in the past to stop protests.", "closed", UNKNOWN),
])
def test_a_participle_s_day_and_a_past_habit(nlp: Language, text: str, trigger: str,
                                              expected: tuple[str | None, str]) -> None:
    assert date_of(nlp, text, trigger) == expected


def test_a_headline_participle_is_the_story_s_news(nlp: Language) -> None:
    assert date_of(nlp, "Wheat Crop Threatened By Pests, Disease", "Threatened") == TODAY


def test_an_event_noun_keeps_its_own_season_under_a_past_verb(nlp: Language) -> None:
    text = ("The militant tone as the convention opened underscored the probability of confrontation during "
            "the summer's labor negotiations between the union and the automakers.")
    assert date_of(nlp, text, "negotiations") == ("2018-SU", "explicit")


# -- 10. run-on reports, times of day, steps of one happening, misread relative clauses -----------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Three persons were killed and 27 others were injured in a bomb explosion outside the shrine in Lahore "
     "on February 3, reports Daily Times.", "killed", ("2018-02-03", "explicit")),
    ("A militant was killed in police shootout in the provincial capital on March 11, reports The News.",
     "killed", ("2018-03-11", "explicit")),
    ("Police said the gunmen opened fire on the consulate shortly before dawn from a nearby building.",
     "opened", TODAY),
    ("Three men entered the office and threatened him with death before setting a vehicle on fire.",
     "threatened", TODAY),
    ("A court in the state capital Toluca found the businessman guilty of drug production, the daily reported.",
     "found", TODAY),
    ("The encounter, which started on Sunday evening in the hills, ended on Monday.", "encounter",
     ("2018-03-11", "relative")),
])
def test_dates_of_incident_reports(nlp: Language, text: str, trigger: str,
                                   expected: tuple[str | None, str]) -> None:
    assert date_of(nlp, text, trigger) == expected


def test_an_infinitive_under_a_past_perfect_is_background(nlp: Language) -> None:
    text = "Analysts dismissed a theory that the chancellor had attempted to put pressure on the premier to agree."
    assert date_of(nlp, text, "agree") == UNKNOWN
