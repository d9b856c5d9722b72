"""Dates: a date phrase is read with the tense of the clause it belongs to, and dates only that clause; a
relative clause telling the lede's act again is that act.

- a conjunct told with "would" that shares the date of the past clause it is joined to ("said on Saturday he
  had chosen a successor but would not say who it was") reads the weekday back, as that clause does: the
  Saturday gone by, not the one ahead;
- a date closing a sentence before its attribution ("..., the ministry said") that hangs on a participle
  describing a noun ("a restructuring agreed with the Paris Club last year") is that noun's time, even where
  the tagger reads the participle as a simple past: the signing is the day's news, not last year's;
- a past relative clause in the body whose verb and "the" object are the lede's act and its object ("the
  minister, who signed the accord for Peru, said") tells who did the day's news, not an earlier act: it takes
  the lede act's date; one telling another act ("who signed a similar accord with Spain") stays background.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, published: str, trigger: str) -> list[str | None]:
    """The dates of the events with a mention on `trigger`."""
    result = analyse(text, published)
    found = [e.date for e in result.events if any(m.trigger == trigger for m in e.mentions)]
    assert found, f"no event on {trigger!r}"
    return found


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Chancellor Helmut Kohl said on Saturday he had already chosen a successor for the post but would not "
     "say who it was.", "1987-10-19", "1987-10-17"),
    ("Prime Minister Thatcher said on Friday she had already settled on a candidate for the job but would not "
     "say who it was.", "1987-10-19", "1987-10-16"),
])
def test_a_would_conjunct_reads_the_past_clauses_weekday_back(analyse, text: str, published: str,
                                                               day: str) -> None:
    assert _dates(analyse, text, published, "say") == [day]


@pytest.mark.parametrize(("text", "other"), [
    ("Peru signed a rescheduling accord covering 90 mln dlrs in official debts to France, as part of a 1.2 "
     "billion dlr restructuring agreed with the Paris club of creditors last year, the economy ministry said.",
     "1986"),
    ("Chile signed a debt accord covering 75 mln dlrs owed to Japan, as part of a restructuring agreed with "
     "its bank creditors last month, the central bank said.", "1987-05"),
])
def test_a_closing_date_on_a_nouns_participle_is_not_the_acts(analyse, text: str, other: str) -> None:
    assert _dates(analyse, text, "1987-06-18", "signed") == ["1987-06-18"]
    assert _dates(analyse, text, "1987-06-18", "agreed") == [other]  # the restructuring keeps its own time


LEDE = ("Peru signed a rescheduling accord covering 90 mln dlrs in official debts to France{day}, the economy "
        "ministry said.\n    The rescheduling runs over eight years.\n    Economy minister Luis Alva Castro, who "
        "signed {what}, said the agreement strengthens relations between the two countries.")


def test_a_relative_clause_telling_the_ledes_act_again_is_that_act(analyse) -> None:
    # "who signed the accord": who did the day's news, not what happened before to the minister
    text = LEDE.format(day="", what="the accord for Peru")
    assert _dates(analyse, text, "1987-06-18", "signed") == ["1987-06-18", "1987-06-18"]


def test_a_relative_clause_of_another_act_stays_background(analyse) -> None:
    text = LEDE.format(day=" on Tuesday", what="a similar accord with Spain")
    assert _dates(analyse, text, "1987-06-18", "signed") == ["1987-06-16", None]
