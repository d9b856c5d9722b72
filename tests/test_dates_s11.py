"""Dates, eleventh round: "in the next few days" and "over the past few days" are a short span on either
side of publication; a phrase counted from a time the text has told names a time; the consequence of a
condition ("if ... he would hold weekend meetings") is read ahead; a bound just before a date phrase ("as
early as Tuesday") and a schedule verb with an object ("planned a demonstration on Saturday") read it
ahead; a story whose lede reports a quarter's results reads "a year earlier" beside a figure as that
quarter a year back."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY as DAY
from conftest import date_of
from conftest import phrase_span as _span
from newsevents.events.dating import phrase_timing, sentence_unit
from newsevents.when import names_a_time, resolve_event_date

# DATING_DAY is a Wednesday, 2018-03-14 (ISO week 11).


def test_the_next_few_days_are_the_week_three_days_on() -> None:
    assert resolve_event_date("in the next few days", DAY, future=True).date == "2018-W11"
    assert resolve_event_date("in the coming days", DAY, future=True).date == "2018-W11"


def test_the_past_few_days_are_the_week_three_days_back() -> None:
    assert resolve_event_date("over the past few days", DAY).date == "2018-W10"


def test_a_count_of_days_is_still_no_time() -> None:
    assert resolve_event_date("a few days", DAY).date is None
    assert resolve_event_date("the next two days", DAY).date is None


def test_anchored_phrases_name_a_time() -> None:
    assert names_a_time("the same day")
    assert names_a_time("two days later")
    assert names_a_time("later that year")
    assert not names_a_time("two hours")


def test_the_consequence_of_a_condition_is_read_ahead(nlp: Language) -> None:
    text = ("The minister said that if the dispute was not settled by tomorrow he would hold weekend "
            "meetings with the banks.")
    assert date_of(nlp, text, "meetings")[0] == "2018-W11"


def test_a_bound_before_the_phrase_reads_it_ahead(nlp: Language) -> None:
    span = _span(nlp, "The envoy could arrive in the capital as early as Tuesday.", "Tuesday")
    assert phrase_timing(span, False) == (True, False)


def test_a_bound_in_a_past_clause_keeps_the_past(nlp: Language) -> None:
    span = _span(nlp, "Regulators knew as early as March that the bank was failing.", "March")
    assert phrase_timing(span, False)[0] is False


def test_a_planned_act_is_dated_ahead(nlp: Language) -> None:
    span = _span(nlp, "Farmers planned a large march in the capital on Saturday.", "Saturday")
    assert phrase_timing(span, False) == (True, False)


def test_a_quarter_reported_in_the_lede_makes_a_later_figure_quarterly(nlp: Language) -> None:
    doc = nlp("Acme Corp said its third-quarter net profit rose 12 percent. Sales rose to $40 million. "
              "The company also opened a plant in Ohio. A year earlier, net income was $3 million.")
    earlier = next(t for t in doc if t.text == "earlier")
    assert sentence_unit(earlier) == "Q"


def test_no_quarter_in_the_lede_leaves_the_year(nlp: Language) -> None:
    doc = nlp("Acme Corp said its annual net profit rose 12 percent. Sales rose to $40 million. "
              "The company also opened a plant in Ohio. A year earlier, net income was $3 million.")
    earlier = next(t for t in doc if t.text == "earlier")
    assert sentence_unit(earlier) is None
