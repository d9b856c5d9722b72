"""Event dates on real news (issue 11): schedules resolve forward, background events never take the
publication day, the dateline's day is the story's day, and the resolver reads the phrases news writes
("earlier this month", "over the weekend", "June last year", "nineteen ninety-six")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from conftest import DATING_DAY as PUBLISHED
from conftest import date_of
from newsevents.events.dating import event_date
from newsevents.when import dateline_day, resolve_event_date, timex_value

# -- 1. schedules: a date ahead of the story without a future tense on the trigger --------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Talks between the two governments are planned for Tuesday in Geneva.", "Talks", "2018-03-20"),
    ("The foreign ministers are due to meet on Friday in Vienna.", "meet", "2018-03-16"),
    ("The summit scheduled for March 28 was postponed by the host.", "summit", "2018-03-28"),
    ("The upcoming summit on Tuesday will focus on border trade.", "summit", "2018-03-20"),
    ("The prime minister set the vote for March 30.", "vote", "2018-03-30"),
])
def test_a_scheduled_event_takes_the_coming_date(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_from_a_named_day_dates_a_light_verb_s_event(nlp: Language) -> None:
    doc = nlp("Officials will hold talks in Washington from April 1.")
    talks, hold = (next(t for t in doc if t.text == word) for word in ("talks", "hold"))
    assert event_date(talks, [talks, hold], PUBLISHED, True).date == "2018-04-01"


def test_a_past_event_on_a_weekday_stays_in_the_past(nlp: Language) -> None:
    assert date_of(nlp, "Police arrested the mayor on Monday.", "arrested") == ("2018-03-12", "relative")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Rebels clashed with troops over the weekend in the north.", "clashed", "2018-W10"),
    ("Rebels clashed with troops earlier this month in the north.", "clashed", "2018-03"),
    ("Protesters attacked the embassy last week.", "attacked", "2018-W10"),
    ("Ministers will meet next week in Brussels.", "meet", "2018-W12"),
])
def test_weeks_weekends_and_months_counted_from_publication(nlp: Language, text: str, trigger: str,
                                                            expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


# -- 2. background events: another time than the story's, never the publication day ---------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("After the Feb 26 blast, the government blamed the rebels.", "blamed"),
    ("Washington has boycotted the talks since 1985.", "boycotted"),
    ("The army said on Monday that rebels attacked the convoy.", "attacked"),
])
def test_an_event_placed_by_another_dated_one_is_undated(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == (None, "unknown")


def test_a_report_of_today_keeps_the_story_s_day(nlp: Language) -> None:
    assert date_of(nlp, "The army said today that rebels attacked the convoy.", "attacked") == (
        "2018-03-14", "publication")


def test_a_relative_clause_s_date_is_not_the_event_s(nlp: Language) -> None:
    text = "Simon, who resigned last month as borough president, was accused of extortion."
    assert date_of(nlp, text, "accused") == ("2018-03-14", "publication")


def test_a_dated_noun_keeps_its_own_year(nlp: Language) -> None:
    assert date_of(nlp, "The 1982 suspension of aid angered Managua.", "suspension") == ("1982", "explicit")


# -- 3. the dateline's day ---------------------------------------------------------------------------

@pytest.mark.parametrize(("dateline", "published", "expected"), [
    ("WELLINGTON, Feb 27 -", date(1987, 2, 26), date(1987, 2, 27)),
    ("ROCHESTER, N.Y., March 2 -", date(1987, 3, 2), date(1987, 3, 2)),
    ("LONDON, Dec 31 -", date(1988, 1, 1), date(1987, 12, 31)),
    ("BEIRUT, Sept 3 (Reuters) -", date(1987, 9, 4), date(1987, 9, 3)),
    ("TOKYO -", date(1987, 3, 2), None),
    ("PARIS, June 2 -", date(1987, 3, 2), None),  # months away: a wrong stamp, not the story's day
])
def test_dateline_day(dateline: str, published: date, expected: date | None) -> None:
    assert dateline_day(dateline, published) == expected


def test_the_dateline_s_day_dates_the_story(nlp: Language) -> None:
    from newsevents.model import Article

    doc = nlp("Troops attacked a rebel camp near the border on Thursday.")
    doc._.article = Article(id="a", text=doc.text, published=date(1987, 2, 26), dateline="TOKYO, Feb 27 -")
    tok = next(t for t in doc if t.text == "attacked")
    assert event_date(tok, [tok], date(1987, 2, 26), False).date == "1987-02-26"  # Friday's Thursday
    plain = nlp("Troops attacked a rebel camp near the border.")
    plain._.article = Article(id="b", text=plain.text, published=date(1987, 2, 26), dateline="TOKYO, Feb 27 -")
    tok = next(t for t in plain if t.text == "attacked")
    assert event_date(tok, [tok], date(1987, 2, 26), False).date == "1987-02-27"


# -- 4. the resolver ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "expected"), [
    ("earlier this month", "2018-03"),
    ("later this year", "2018"),
    ("earlier on Sunday", "2018-03-11"),
    ("Friday's", "2018-03-09"),
    ("this weekend", "2018-W10"),
    ("this September", "2018-09"),
    ("June last year", "2017-06"),
    ("March 5 next year", "2019-03-05"),
    ("five years", None),
    ("10 days", None),
    ("a year earlier", None),  # counts from another event
])
def test_resolve_event_date(phrase: str, expected: str | None) -> None:
    assert resolve_event_date(phrase, PUBLISHED).date == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("nineteen ninety-six", "1996"),
    ("the year two thousand", "2000"),
    ("the winter of nineteen ninety-four", "1994-WI"),
    ("almost four years ago", "2014"),
    ("recent days", "PAST_REF"),
    ("several years ago", "PAST_REF"),
    ("the coming months", "FUTURE_REF"),
    ("the near term", "FUTURE_REF"),
    ("the nineties", "199"),
    ("the last decade", "200"),
    ("1990 and beyond", "1990"),
    ("a good part of 1990", "1990"),
    ("a year earlier", "2017"),
    ("the past year", "2017"),
    ("next year's first quarter", "2019-Q1"),
    ("last year's fourth quarter", "2017-Q4"),
    ("the end of the year", "2018"),
    ("the beginning of October", "2017-10"),
])
def test_timex_values(phrase: str, expected: str) -> None:
    assert timex_value(phrase, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Rebels attacked the village last night.", "attacked", "2018-03-13"),
    ("The army said it attacked rebel bases this morning.", "attacked", "2018-03-14"),
    ("The director paid a brief weekend visit to Kenya during which he met the president.", "visit", "2018-W10"),
])
def test_times_of_day_and_weekend_nouns_say_which_day(nlp: Language, text: str, trigger: str,
                                                       expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_a_duration_of_hours_leaves_the_story_s_day(nlp: Language) -> None:
    assert date_of(nlp, "Troops fought the rebels for two hours.", "fought") == ("2018-03-14", "publication")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Britain and Iran have been embroiled in a diplomatic row which began when a British diplomat was "
     "beaten and abducted in Tehran.", "abducted"),
    ("The rebels, who attacked the town, are now negotiating with the government.", "attacked"),
    ("The firm agreed recently to sell its courier unit.", "agreed"),
])
def test_past_clauses_under_the_present_are_background(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == (None, "unknown")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Bonn has agreed to increase the tax reductions planned for 1988.", "agreed"),
    ("A weak dollar hurt sales during 1986, which the company blamed on currency movements.", "blamed"),
])
def test_a_date_of_another_noun_s_clause_is_not_the_event_s(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == ("2018-03-14", "publication")


def test_during_a_dated_span_dates_the_event_it_hangs_on(nlp: Language) -> None:
    assert date_of(nlp, "Rebels attacked the town during the weekend.", "attacked")[0] == "2018-W10"


@pytest.mark.parametrize(("phrase", "future", "expected"), [
    ("Thanksgiving Day", False, "2017-11-23"),
    ("on Christmas Eve", False, "2017-12-24"),
    ("New Year's Day", False, "2018-01-01"),
    ("Easter Sunday 1998", False, "1998-04-12"),
    ("Good Friday", True, "2018-03-30"),
    ("next Christmas", False, "2018-12-25"),
    ("Independence Day", False, None),  # whose? a different day in every country
])
def test_holidays(phrase: str, future: bool, expected: str | None) -> None:
    assert resolve_event_date(phrase, PUBLISHED, future=future).date == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Its forces destroyed the platform on Monday in retaliation for a missile attack on a tanker.", "attack",
     (None, "unknown")),
    ("Police arrested the man after the bombing.", "bombing", (None, "unknown")),
    ("After the invasion on February 24, sanctions followed.", "invasion", ("2018-02-24", "explicit")),
])
def test_an_event_another_answers_is_before_it(nlp: Language, text: str, trigger: str,
                                               expected: tuple[str | None, str]) -> None:
    assert date_of(nlp, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The company signed the deal in April.", "signed", "2017-04"),
    ("The company expects to sign the deal in April.", "sign", "2018-04"),
    ("Talks in April are likely.", "Talks", "2018-04"),
])
def test_a_month_without_a_year_follows_the_tense(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


def test_a_participle_on_the_event_noun_dates_it(nlp: Language) -> None:
    text = "He said an extraordinary meeting held in Yamoussoukro last month stressed the need for growth."
    assert date_of(nlp, text, "meeting") == ("2018-02", "relative")


def test_a_purpose_under_a_past_perfect_is_background(nlp: Language) -> None:
    text = "The lower quotas had been introduced as a temporary move to aid the tin industry."
    assert date_of(nlp, text, "aid") == (None, "unknown")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The orders extend the restraining orders the regulator obtained against him on March 11, when it "
     "charged him with fraud.", "charged", ("2018-03-11", "explicit")),
    ("The union, in a report adopted yesterday by its board, called on the government to raise wages.",
     "called", ("2018-03-13", "relative")),
])
def test_a_date_s_when_clause_and_a_dated_report_date_the_event(nlp: Language, text: str, trigger: str,
                                                                expected: tuple[str, str]) -> None:
    assert date_of(nlp, text, trigger) == expected


def test_this_week_in_a_sunday_story() -> None:
    sunday = date(2018, 3, 18)
    assert resolve_event_date("this week", sunday, future=True).date == "2018-W12"
    assert resolve_event_date("this week", sunday).date == "2018-W11"


def test_since_inside_a_noun_phrase_does_not_undate_the_event(nlp: Language) -> None:
    text = "The senator urged the department to list each case since 1980 in which it dropped charges."
    assert date_of(nlp, text, "urged") == ("2018-03-14", "publication")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The two ministers spent two days at the end of last week in Washington talking to officials.", "talking",
     "2018-W10"),
    ("Yesterday Funaro called for a new forum on the foreign debt.", "called", "2018-03-13"),
    ("The minister arrived on Monday, saying he would meet the rebels.", "saying", "2018-03-12"),
])
def test_a_participle_shares_its_clause_s_date_and_bare_deictic_adverbs_count(
        nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert date_of(nlp, text, trigger)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington is likely to announce sanctions today after it accused Tokyo of breaking the pact.",
     (None, "unknown")),
    ("Police arrested the man after he attacked a guard on Monday.", ("2018-03-12", "relative")),
])
def test_an_after_clause_is_earlier_unless_it_has_its_own_date(nlp: Language, text: str,
                                                               expected: tuple[str | None, str]) -> None:
    trigger = "accused" if "accused" in text else "attacked"
    assert date_of(nlp, text, trigger) == expected
