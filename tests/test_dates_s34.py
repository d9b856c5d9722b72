"""Dates: an act only planned, expected or possible has no day of its own, not the publication day.

- a present plan, aim or expectation over a to-infinitive ("plans to visit", "is expected to meet",
  data/date_cues.csv `prospect`) puts the act still to come;
- a modal of possibility ("could impose", "might start", `possible_aux`) tells an act that may not happen
  (with a perfect, "may have refused", it guesses at an act done);
- the purpose of an act told ahead ("will stop in Tokyo to meet") comes after it.

A time the sentence gives still dates the act; a decision ("decided to lift") is made on the day and keeps
it; a past plan ("planned to visit") and a past purpose ("stopped in Tokyo to meet") say nothing ahead.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, trigger: str, published: str = "1987-03-18") -> list[str | None]:
    """The dates of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = [e.date for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.cameo, e.mentions[0].trigger) for e in result.events]}"
    return found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Secretary of State George Shultz plans to visit China, State Department officials said.", "visit",
     [None]),
    ("Secretary of State George Shultz is planning to visit China, officials said.", "visit", [None]),
    ("Shultz is expected to meet Chinese leaders during the trip, officials said.", "meet", [None]),
    ("Shultz is expected to meet Chinese leaders on Tuesday, officials said.", "meet", ["1987-03-24"]),
    ("The European Community decided to lift its ban on British beef.", "lift", ["1987-03-18"]),
])
def test_a_present_plan_or_expectation_has_no_day(analyse, text: str, trigger: str,
                                                   expected: list[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Trade officials said the United States could impose sanctions on Japan over the chip pact.", "impose",
     [None]),
    ("Trade officials said the United States could impose sanctions on Japan next month.", "impose",
     ["1987-04"]),
    # a possibility denied is a refusal made when said
    ("West German officials said they could make no comment on the remarks by Treasury Secretary James Baker.",
     "comment", ["1987-03-18"]),
    # a guess at an act already done: the story's day, as before
    ("Dealers said the Bank of England may have refused bill offers from the discount houses.", "refused",
     ["1987-03-18"]),
])
def test_a_possible_act_has_no_day(analyse, text: str, trigger: str, expected: list[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Commerce Secretary Malcolm Baldrige will also stop in Hong Kong to meet British officials.", "meet",
     [None]),
    ("Commerce Secretary Malcolm Baldrige stopped in Hong Kong to meet British officials.", "meet",
     ["1987-03-18"]),
    # the act done for it takes the time the governing act is told at (the story's day here, as before)
    ("The soybean delegations will meet West German officials today to lobby for support.", "lobby",
     ["1987-03-18"]),
])
def test_the_purpose_of_an_act_ahead_has_no_day(analyse, text: str, trigger: str,
                                                expected: list[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected
