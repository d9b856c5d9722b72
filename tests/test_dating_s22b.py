"""Dates, round s22b: an act still to come, told with no time of its own, has no date.

- "said it will move its offices to the tower and lease five floors", "exporters would ask Peru to lower
  its prices", "ministers are to meet": the act happens on some later day the text does not give; the
  publication day (the day it was told) is not its date (data/date_cues.csv `future_aux`,
  events/dating.py `undated_future_act`);
- a 03x intent keeps the statement day (the intent is expressed when told), as does a negated future (a
  refusal, made when said), an act inside a condition ("if the firm would agree") or told as its
  consequence ("will negotiate elsewhere if prices rise"), and a future with its own time ("will meet on
  Tuesday").
"""

from __future__ import annotations

PUBLISHED = "1987-05-12"


def _readings(analyse, text: str, trigger: str) -> list[tuple[str, str | None, str]]:
    """(code, date, date basis) of the event mentions on `trigger`."""
    result = analyse(text, PUBLISHED)
    found = [(m.cameo, m.date, m.date_basis) for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


def test_a_reported_future_act_has_no_date(analyse) -> None:
    text = ("Government sources in Lima confirmed that Chilean fruit exporting firms would ask Peru to "
            "lower tariffs on the apples.")
    assert [(d, b) for _, d, b in _readings(analyse, text, "ask")] == [(None, "unknown")]


def test_a_future_conjunct_shares_its_first_verbs_auxiliary(analyse) -> None:
    text = "Conrail said it will move its headquarters to the building and occupy the top five floors."
    assert [(d, b) for _, d, b in _readings(analyse, text, "occupy")] == [(None, "unknown")]


def test_an_arranged_act_with_be_to_has_no_date(analyse) -> None:
    text = "Korean officials are to meet under the terms of a 1985 textile pact to discuss the quotas."
    assert [(d, b) for _, d, b in _readings(analyse, text, "meet")] == [(None, "unknown")]


def test_a_future_act_with_its_own_time_keeps_it(analyse) -> None:
    text = "Korean officials will meet on Thursday to discuss the quotas, the ministry said."
    assert [d for _, d, _ in _readings(analyse, text, "meet")] == ["1987-05-14"]


def test_a_negated_future_is_a_refusal_made_when_said(analyse) -> None:
    text = "The United States will not lift the ban on Libya, Secretary of State George Shultz said."
    assert [(d, b) for _, d, b in _readings(analyse, text, "lift")] == [(PUBLISHED, "publication")]


def test_an_intent_is_dated_by_its_statement(analyse) -> None:
    text = "Prime Minister Harald Lund said he will promise Sweden to cut fishing quotas."
    readings = _readings(analyse, text, "promise")
    assert all(code.startswith("03") for code, _, _ in readings)
    assert [(d, b) for _, d, b in readings] == [(PUBLISHED, "publication")] * len(readings)


def test_an_act_in_a_condition_has_no_day(analyse) -> None:
    # an act that may never happen is no act of the statement's day (strict dates audits 7848, 7829)
    text = "Gardner said a better offer might be found if the firm would cooperate with Nordic Oil."
    readings = _readings(analyse, text, "cooperate")
    assert readings and [(d, b) for _, d, b in readings] == [(None, "unknown")] * len(readings)


def test_the_consequence_of_a_condition_keeps_the_statement_day(analyse) -> None:
    text = "Lund said Norway will negotiate with other suppliers if prices rise."
    readings = _readings(analyse, text, "negotiate")
    assert [(d, b) for _, d, b in readings] == [(PUBLISHED, "publication")] * len(readings)
    text = "Lund said Norway will negotiate with other suppliers."
    assert [(d, b) for _, d, b in _readings(analyse, text, "negotiate")] == [(None, "unknown")]


def test_a_past_act_keeps_the_story_day(analyse) -> None:
    text = "Chilean fruit exporting firms asked Peru to lower tariffs on the apples, government sources said."
    assert [(d, b) for _, d, b in _readings(analyse, text, "asked")] == [(PUBLISHED, "publication")]


def test_a_date_hung_on_a_describing_participle_dates_the_act(analyse) -> None:
    # "suspected of links to ..." describes the captured people; the year at the clause's end is the capture's
    result = analyse("Mexican soldiers captured 312 people suspected of links to organized crime in 2014.",
                     "2015-03-02")
    assert {e.date for e in result.events if e.cameo == "173"} == {"2014"}
