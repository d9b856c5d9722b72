"""Event parties (events/arguments.py) the sentence names but that were left empty: the doer named by the
attack a passive killing happened in, also when the parser hangs the phrase on a coordinated participle
("were killed and three others injured in an attack by X") or on a participle of doing ("an attack carried
out by X"); the two sides of a fight ("a gunfight between police and X", "militants and a soldier were killed
during a shootout": the state force against the armed group). All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def codes(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every event mention of the article."""
    return {(m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions}


# -- 1. a passive killing's doer named by the attack it happened in --------------------------------------------

@pytest.mark.parametrize(("text", "doer"), [
    ("Four soldiers were killed and two others wounded in an attack by Taliban militants on an army outpost in "
     "Helmand province, Afghanistan, on Tuesday.", "AFGREB"),
    ("Two civilians were killed and nine others injured in a suicide attack carried out by Taliban militants in "
     "Jalalabad, Afghanistan.", "AFGREB"),
])
def test_the_attacks_doer_is_the_killings_source(analyse: Analyse, text: str, doer: str) -> None:
    found = readings(analyse(text, DAY), "killed")
    assert found and all(source == doer for source, _ in found), found


def test_a_bomb_attack_with_no_doer_names_none(analyse: Analyse) -> None:
    found = codes(analyse("Five people were killed in a bomb attack in Quetta, Pakistan, on Monday.", DAY))
    assert all(source is None for source, _ in found), found


# -- 2. the two sides of a fight -----------------------------------------------------------------------------

def test_both_sides_among_the_dead_state_force_against_armed_group(analyse: Analyse) -> None:
    result = analyse("Two Hizbul Mujahideen militants and a soldier were killed during a gunfight in Shopian "
                     "district of Jammu and Kashmir, India, on Sunday.", DAY)
    assert readings(result, "killed") == {("INDMIL", "INDREB")}


def test_the_harmed_suffered_from_the_other_side_of_the_fight(analyse: Analyse) -> None:
    result = analyse("Three people, including two policemen, were injured during a clash between police and "
                     "Maoist cadres in Malkangiri district, India, on Friday.", DAY)
    assert ("INDCOP", "INDREB") in codes(result)
    assert all(source is not None for source, _ in codes(result))


def test_bystanders_of_a_fight_get_no_guessed_killer(analyse: Analyse) -> None:
    result = analyse("Two farmers were killed in a shootout between police and Maoists in Sukma, India.", DAY)
    found = codes(result)
    assert ("INDCOP", "INDREB") in found
    assert not any(target == "INDAGR" and source is not None for source, target in found), found


def test_talks_between_two_sides_keep_their_order(analyse: Analyse) -> None:
    result = analyse("Talks between Israel and Hamas resumed in Cairo on Monday.", DAY)
    assert readings(result, "Talks") == {("ISR", "PSEREB")}
