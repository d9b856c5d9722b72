"""Modality rules (events/modality.py, modality_rules.csv): predictions, schedules and refusals, each with a
sentence the rule must leave alone."""

from __future__ import annotations

import pytest


def event(result, root: str):
    found = [e for e in result.events if e.cameo.startswith(root)]
    assert found, f"no {root} event in {[e.cameo for e in result.events]}"
    return found[0]


@pytest.mark.parametrize(("text", "root", "modality"), [
    # predictions and expectations
    ("Mexican officials predicted that Congress would agree with Washington.", "03", "hypothetical"),
    ("The Swedish prime minister is expected to meet Turkish President Erdogan.", "04", "hypothetical"),
    ("Russia is likely to attack Ukraine.", "19", "hypothetical"),
    ("Russia attacked Ukraine.", "19", "asserted"),
    # schedules and the future
    ("The Turkish ambassador was due to meet Greek Prime Minister Andreas Papandreou.", "04", "intended"),
    ("U.S. Secretary of State Antony Blinken is scheduled to visit China.", "04", "intended"),
    ("Russian President Vladimir Putin meets Turkish President Erdogan next week.", "04", "intended"),
    ("Russian President Vladimir Putin met Turkish President Erdogan last week.", "04", "asserted"),
    ("Turkish President Erdogan plans to visit Egypt.", "04", "intended"),
])
def test_predictions_are_hypothetical_and_schedules_intended(analyse, text, root, modality) -> None:
    assert event(analyse(text, "2023-03-13"), root).modality == modality


@pytest.mark.parametrize(("text", "negated"), [
    ("Saudi Arabia has no plans to meet Iran.", True),
    ("Saudi Arabia has plans to meet Iran.", False),
    ("Saudi Arabia failed to meet Iran.", True),
    ("Saudi Arabia managed to meet Iran.", False),
    ("Israel ruled out meeting Hamas leaders.", True),
    ("Israel planned on meeting Hamas leaders.", False),
    ("There will be no talks between Iran and Iraq this year.", True),
    ("There will be talks between Iran and Iraq this year.", False),
])
def test_no_plans_for_an_event_or_failing_at_it_negate_it(analyse, text, negated) -> None:
    assert event(analyse(text, "2023-03-13"), "04").negated is negated


def test_what_is_told_on_someone_else_s_word_is_reported(analyse) -> None:
    result = analyse("In November 2014 the Urabenos allegedly massacred eight members of the Rastrojos.",
                     "2015-01-10")
    assert {m.modality for e in result.events for m in e.mentions if m.trigger == "massacred"} == {"reported"}
