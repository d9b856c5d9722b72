"""Event dates, seventeenth round: a date in an "of" phrase on a noun other than the act ("rejected the
audit opinion of August 1985", "accepted the peace plan of last September") dates that noun, not the act;
weekdays read by tense (a coming act's weekday is ahead of the story, a done act's before it)."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause

# DATING_DAY is a Wednesday, 2018-03-14 (conftest): the coming Friday is 03-16, the one gone 03-09.


def test_a_date_of_the_rejected_document_is_not_the_rejection(nlp: Language) -> None:
    text = "The government rejected the auditors' opinion of August 2016 on the state accounts."
    assert date_in_clause(nlp, text, "rejected") == ("2018-03-14", "publication")


def test_a_date_of_the_accepted_plan_is_not_the_acceptance(nlp: Language) -> None:
    text = "The rebels accepted the peace plan of last September, a spokesman said."
    assert date_in_clause(nlp, text, "accepted") == ("2018-03-14", "publication")


def test_a_date_on_the_act_itself_still_dates_it(nlp: Language) -> None:
    text = "The government rejected the auditors' opinion in August."
    assert date_in_clause(nlp, text, "rejected") == ("2017-08", "explicit")


def test_the_night_of_a_date_is_the_act_time(nlp: Language) -> None:
    text = "Gunmen attacked a police post in the district on the night of March 2."
    assert date_in_clause(nlp, text, "attacked") == ("2018-03-02", "explicit")


def test_a_coming_weekday_is_ahead(nlp: Language) -> None:
    text = "Talks between the two governments will resume on Friday, officials said."
    assert date_in_clause(nlp, text, "resume") == ("2018-03-16", "relative")


def test_a_past_weekday_is_gone(nlp: Language) -> None:
    text = "Ministers of the two governments convened on Monday in Geneva."
    assert date_in_clause(nlp, text, "convened") == ("2018-03-12", "relative")


def test_a_perfect_told_as_done_before_takes_no_story_day(nlp: Language) -> None:
    text = "The prime minister has held talks with the rebel leaders before."
    assert date_in_clause(nlp, text, "held") == (None, "unknown")


def test_a_perfect_told_as_done_previously_takes_no_story_day(nlp: Language) -> None:
    text = "The union has previously negotiated with the railway company."
    assert date_in_clause(nlp, text, "negotiated") == (None, "unknown")


def test_a_perfect_with_its_own_earlier_phrase_keeps_it(nlp: Language) -> None:
    text = "The prime minister has held talks with the rebel leaders earlier this month."
    assert date_in_clause(nlp, text, "held") == ("2018-03", "relative")


def test_a_perfect_for_over_a_month_takes_no_story_day(nlp: Language) -> None:
    text = "The two governments have been negotiating for over a month on the border dispute."
    assert date_in_clause(nlp, text, "negotiating") == (None, "unknown")


def test_a_contract_for_a_year_keeps_the_story_day(nlp: Language) -> None:
    text = "The city signed a contract with the builder for a year."
    assert date_in_clause(nlp, text, "signed") == ("2018-03-14", "publication")
