"""People a violent act is aimed at through "at", "on" or "upon", described by a person word and named by no
one ("opened fire at spectators", "fired on shoppers"), are its target as the object of "shot two bystanders"
is: placed in the clause's country, a civilian by their description or their part."""

from __future__ import annotations

import pytest

from newsevents import ArticleResult


def target_codes(result: ArticleResult, trigger: str) -> set[str | None]:
    """The target codes of every event mention whose trigger is `trigger`."""
    return {m.target.code if m.target else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


@pytest.mark.parametrize("text", [
    "When the youths refused to leave, a scuffle ensued in Swat District, during which the militants opened "
    "fire at spectators.",
    "Unidentified gunmen opened fire at shoppers in a market in Quetta on Sunday.",
    "Militants opened fire on commuters at a bus stand in Bannu District on Friday.",
])
def test_people_fired_at_are_the_target(analyse, text: str) -> None:
    result = analyse(text, "2014-05-16")
    assert "PAKCVL" in target_codes(result, "opened")


@pytest.mark.parametrize("text", [
    # a thing is no person
    "Unidentified gunmen opened fire at a shop in a market in Quetta on Sunday.",
    # people a body's name modifies are that body's, not described civilians
    "According to Police sources, suspected militants opened fire at the FC men in Quetta.",
])
def test_no_described_civilian_fired_at(analyse, text: str) -> None:
    result = analyse(text, "2014-05-16")
    assert "PAKCVL" not in target_codes(result, "opened")
