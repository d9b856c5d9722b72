"""Recall of gunfights a coder codes that were missed (session 37 recall audit): a gun battle, written in two
words or one, is a gunfight (event_triggers.csv rows), so those harmed in it were harmed by the other side the
story names, as in an encounter or a gunfight. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-08-20"


@pytest.mark.parametrize("text", [
    # the other side of a gun battle the story told wounded the officer
    "Troops killed three militants in Kupwara District on August 14. A senior Army officer was injured in the "
    "gun battle.",
    "The Army foiled an infiltration bid by militants in Baramulla District on August 10, killing two militants "
    "while a senior Army officer was injured in the gun battle.",
])
def test_harmed_in_a_gun_battle_by_the_other_side(analyse: Analyse, text: str) -> None:
    assert ("190", "INDREB", "INDMIL") in mention_codes(analyse(text, DAY))


def test_gunbattle_one_word_is_a_fight_with_its_side(analyse: Analyse) -> None:
    # the side of the fight's with-phrase killed the militants
    assert_mention(analyse("Two militants were killed in a gunbattle with the police in Kupwara District on "
                           "August 14.", DAY), "190", "INDCOP", "INDREB")


@pytest.mark.parametrize("text", [
    "The cartel's lawyers are locked in a legal battle over gun control in Mexico.",
    "The senator lost a long battle with the gun lobby in Washington on August 1.",
])
def test_no_fight_in_a_battle_of_words(analyse: Analyse, text: str) -> None:
    assert not any(c.startswith(("18", "19")) for c, _, _ in mention_codes(analyse(text, DAY)))
