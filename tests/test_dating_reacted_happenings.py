"""Dates: a happening that a reaction verb takes as its object ("condemned the attack", "the assembly
backed the governor's raid") came before the reaction, so the reaction's day is not its day; a day told on
the happening itself ("Sunday's raid") is the happening's, not the reaction's."""

from __future__ import annotations

import pytest

from conftest import mention_dates


def _dates(analyse, text: str, trigger: str, published: str = "1988-04-19") -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, published), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("France on Tuesday condemned the Iraqi attack on the Greek tanker.", "attack", {None}),
    ("The Italian Senate on Tuesday backed President Cossiga's retaliatory strike against Libyan targets.",
     "strike", {None}),
    # the reaction keeps its own day
    ("France on Tuesday condemned the Iraqi attack on the Greek tanker.", "condemned", {"1988-04-19"}),
    # a day told on the reacted happening dates the happening, not the reaction
    ("Deputies voted 300-2 for a motion that endorsed Sunday's French raid on two Iranian oil platforms.",
     "endorsed", {"1988-04-19"}),
])
def test_a_reacted_happening_is_not_of_the_reaction_day(analyse, text: str, trigger: str,
                                                         expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected
