"""Event parties (events/arguments.py): a violent act at a body's installation or a person's property is done
to its owner ("fired at positions of the army"); a member noun named by its group ("the CPI-Maoist cadres")
stands for that group, also as a by-agent under an attitude verb ("police suspect that he was killed by X").
All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-07-14"


def parties(result: ArticleResult, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the trigger's mentions."""
    return {(m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """Names of the trigger's sources (None where the source has no entity)."""
    by_id = {e.id: e.name for e in result.entities}
    return {by_id.get(m.source.entity_id) if m.source and m.source.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


# -- 1. the owner of what is fired at is the target -------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("Rebels opened fire at positions of the army near the border on Tuesday.", "opened", "MIL"),
    ("Gunmen opened fire at a camp of the police in Bannu late on Sunday night.", "opened", "COP"),
])
def test_fire_at_an_installation_targets_its_owner(analyse: Analyse, text: str, trigger: str,
                                                   sector: str) -> None:
    found = parties(analyse(text, DAY), trigger)
    assert any(t and t.endswith(sector) for _, t in found), found


def test_a_place_fired_at_is_still_no_party(analyse: Analyse) -> None:
    # "at" a plain place names where, and a non-violent act at a building does not reach its owner.
    found = parties(analyse("The minister spoke at the office of the World Bank in Delhi.", DAY), "spoke")
    assert all(t is None or "IGO" not in t for _, t in found), found


# -- 2. a member noun named by its group; the agent under an attitude verb --------------------------------

@pytest.mark.parametrize("text", [
    "The trader was killed by the CPI-Maoist cadres on Friday.",
    "Police suspect that the trader was killed by the CPI-Maoist cadres.",
    "Officials believe that the contractor was abducted by CPI-Maoist cadres.",
])
def test_group_members_as_agent_are_the_group(analyse: Analyse, text: str) -> None:
    trigger = "abducted" if "abducted" in text else "killed"
    found = sources(analyse(text, DAY), trigger)
    assert any(s and "Maoist" in s for s in found), found


def test_the_capitalised_army_is_the_army(analyse: Analyse) -> None:
    # "a camp of the Army": a capitalised body noun after "the" is the body, so the camp's owner is the target.
    found = parties(analyse("Rebels attacked a camp of the Army near the border on Tuesday.", DAY), "attacked")
    assert any(t and t.endswith("MIL") for _, t in found), found


def test_the_subject_of_a_raising_passive_is_acted_on(analyse: Analyse) -> None:
    # "X is believed to have been abducted by Y": X is the one abducted, whatever attitude verb it hangs under.
    found = parties(analyse("Two policemen are believed to have been abducted by the Taliban on Friday.", DAY),
                    "abducted")
    assert any(s and s.endswith("REB") and t and t.endswith("COP") for s, t in found), found
