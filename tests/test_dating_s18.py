"""Event dates, eighteenth round: a date on an accord or decision made before dates it, not an act that
supports, rejects or comments on it ("support the February 22 accord"); a perfect progressive going on
since a named day ("had been meeting since Friday") is dated the day it began; a done act after a time in
the story's own period ("agreed ... after he visited them earlier this year") is dated that period; a past
act an accord itself does ("the pact, reached last year, called on ...") is its terms, dated when it was
concluded."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause

# DATING_DAY is a Wednesday, 2018-03-14 (conftest): the Friday gone is 03-09.


def test_support_of_a_dated_accord_is_not_on_the_accord_day(nlp: Language) -> None:
    text = "The minister said the central bankers were determined to support the January 25 London accord."
    assert date_in_clause(nlp, text, "support") == ("2018-03-14", "publication")


def test_comment_on_a_dated_accord_is_not_on_the_accord_day(nlp: Language) -> None:
    text = "The central bank governor declined comment on the January 25 London accord among the seven nations."
    assert date_in_clause(nlp, text, "declined") == ("2018-03-14", "publication")


def test_rejecting_a_dated_ruling_is_not_on_the_ruling_day(nlp: Language) -> None:
    text = "The opposition rejected Monday's ruling by the electoral court."
    assert date_in_clause(nlp, text, "rejected") == ("2018-03-14", "publication")


def test_honouring_a_dated_agreement_is_not_on_its_day(nlp: Language) -> None:
    text = "The unions refused to honour the March 2 pay agreement with the railway company."
    assert date_in_clause(nlp, text, "honour") == ("2018-03-14", "publication")


def test_signing_a_dated_accord_is_on_its_day(nlp: Language) -> None:
    text = "The two governments signed the March 2 accord in Geneva."
    assert date_in_clause(nlp, text, "signed") == ("2018-03-02", "explicit")


def test_issuing_a_dated_order_is_on_its_day(nlp: Language) -> None:
    text = "The court issued Monday's order against the mining company."
    assert date_in_clause(nlp, text, "issued") == ("2018-03-12", "relative")


def test_a_meeting_going_on_since_a_day_began_that_day(nlp: Language) -> None:
    text = "Chilean officials had been meeting on a response since Friday when a mine damaged a Chilean ship."
    assert date_in_clause(nlp, text, "meeting") == ("2018-03-09", "relative")


def test_fighting_going_on_since_a_calendar_day_began_that_day(nlp: Language) -> None:
    text = "Army troops have been fighting the rebels in the hills since March 3."
    assert date_in_clause(nlp, text, "fighting") == ("2018-03-03", "explicit")


def test_attacks_going_on_since_a_year_have_no_day(nlp: Language) -> None:
    text = "The rebels have been attacking the border villages since 2015."
    assert date_in_clause(nlp, text, "attacking") == (None, "unknown")


def test_a_simple_perfect_since_a_day_is_no_start(nlp: Language) -> None:
    text = "The rebels have boycotted the talks with the government since Friday."
    assert date_in_clause(nlp, text, "boycotted") == (None, "unknown")


def test_an_act_after_a_visit_earlier_this_year_is_this_year(nlp: Language) -> None:
    text = "Ecuador and Peru agreed to cut their exports after the minister visited them earlier this year."
    assert date_in_clause(nlp, text, "agreed") == ("2018", "relative")


def test_an_act_after_talks_earlier_this_month_is_this_month(nlp: Language) -> None:
    text = "The rebels released the hostages after talks with the bishops earlier this month."
    assert date_in_clause(nlp, text, "released") == ("2018-03", "relative")


def test_an_act_after_a_dated_day_has_no_day(nlp: Language) -> None:
    text = "The rebels released the hostages after the February 26 talks with the bishops."
    assert date_in_clause(nlp, text, "released") == (None, "unknown")


def test_an_act_after_last_week_has_no_day(nlp: Language) -> None:
    text = "The army launched an offensive after the rebels attacked a base last week."
    assert date_in_clause(nlp, text, "launched") == (None, "unknown")


def test_an_accord_s_call_is_dated_when_it_was_reached(nlp: Language) -> None:
    text = "That treaty, reached last year after long negotiations, called on Chile to stop selling copper below cost."
    assert date_in_clause(nlp, text, "called") == ("2017", "relative")


def test_an_accord_s_requirement_is_dated_when_it_was_signed(nlp: Language) -> None:
    text = "The pay agreement signed in January required the company to raise wages."
    assert date_in_clause(nlp, text, "required") == ("2018-01", "explicit")


def test_an_accord_s_requirement_with_no_day_of_its_own_has_no_story_day(nlp: Language) -> None:
    text = "The ceasefire accord required both sides to withdraw their troops from the border."
    assert date_in_clause(nlp, text, "required") == (None, "unknown")


def test_a_ruling_s_requirement_is_of_the_story_day(nlp: Language) -> None:
    text = "The court ruling required the ministry to release the documents."
    assert date_in_clause(nlp, text, "required") == ("2018-03-14", "publication")
