"""Recall of gunfights told by their fire (recall6): a party that came under fire from an armed body was shot
at by it (190, the doer the from- or by-phrase on the noun or its verb names, only an armed group, criminals or
a state force: "came under fire from critics" is criticism), and an exchange of fire is a gunfight with the side
its with- or between-phrase names, as an encounter is. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-03-04"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # the doer named by the from-phrase the parser hangs on "came"
    ("A police team came under fire from Maoists in Dantewada District on Thursday.", "18", "INDREB", "INDCOP"),
    ("Troops came under fire from Maoists in Bijapur District on Wednesday.", "190", "INDREB", "INDMIL"),
    ("A police party came under attack by suspected militants in Quetta on Wednesday.", "18", "PAKREB", "PAKCOP"),
    # an exchange of fire with, or between, its sides
    ("A Maoist cadre was killed in an exchange of fire with the police in Gaya District on Tuesday.", "190",
     "INDCOP", "INDREB"),
    ("Two militants died in an exchange of fire between troops and Hizbul Mujahideen militants in Kulgam District "
     "on Friday.", "190", "INDMIL", "INDREB"),
])
def test_fight_told_by_its_fire_has_its_sides(analyse: Analyse, text: str, code: str, source: str,
                                              target: str) -> None:
    found = mention_codes(analyse(text, DAY))
    assert any(c.startswith(code) and s == source and t == target for c, s, t in found), found


@pytest.mark.parametrize("text", [
    # criticism is no shooting
    "Finance Minister Luis Videgaray came under fire from opposition lawmakers over the budget on Monday.",
    # a blaze is no shooting
    "The warehouse was on fire when firefighters arrived in Lima on Monday.",
    # prisoners or views exchanged are no gunfight
    "India and Pakistan agreed on an exchange of prisoners with each other on Monday.",
    "The two ministers held an exchange of views on trade in Islamabad on Monday.",
])
def test_other_uses_are_no_force(analyse: Analyse, text: str) -> None:
    found = mention_codes(analyse(text, DAY))
    assert not any(c.startswith("19") or c.startswith("18") for c, _, _ in found), found


def test_under_fire_names_no_doer_without_a_phrase(analyse: Analyse) -> None:
    text = "A police team came under fire in Dantewada District on Thursday."
    found = mention_codes(analyse(text, DAY))
    assert not any(c == "190" and t == "INDCOP" and s == "INDCOP" for c, s, t in found), found
    assert_mention(analyse("Troops came under fire from Maoists in Bijapur District.", DAY), "190", "IND", "IND")
