"""Compound group nouns of crime and armed-conflict news (roles.csv): a "trafficking group", "guerrilla
organization", "crime network" or "vigilante group" a country owns or qualifies is that country's criminals,
rebels or unaligned armed force, never the bare country; named with no country, the group is of the place its
phrase gives. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-05-03"


def _target_codes(result: ArticleResult) -> set[str | None]:
    return {ev.target.code if ev.target else None for ev in result.events}


@pytest.mark.parametrize(("text", "code"), [
    ("On Monday, marines raided Ecuador's drug trafficking groups near the coast.", "ECUCRM"),
    ("Troops clashed with Peru's guerrilla groups in the jungle on Sunday.", "PERREB"),
    ("Police arrested members of a guerrilla organization in Guatemala on Friday.", "GTMREB"),
    ("Police arrested twelve members of Paraguayan crime networks on Tuesday.", "PRYCRM"),
    ("Soldiers captured leaders of Colombia's criminal bands in Antioquia last week.", "COLCRM"),
    ("Police detained members of Mexico's vigilante groups in Michoacan on Monday.", "MEXUAF"),
])
def test_a_compound_group_noun_is_the_countrys_group(analyse: Analyse, text: str, code: str) -> None:
    codes = _target_codes(analyse(text, DAY))
    assert code in codes, codes
    assert code[:3] not in codes  # never the bare country the group belongs to
