"""Doers named in a when- or as-clause of foiling an armed band's attempt (events/sources.py `_foiling_force`,
`source_words.csv` foil_verb): "two militants were killed as the Army foiled an infiltration bid". All sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2011-04-12"


def test_militants_killed_as_the_army_foiled_a_bid_were_killed_by_the_army(analyse: Analyse) -> None:
    result = analyse("Three militants were killed as the Army foiled an infiltration bid along the Line of "
                     "Control in Kupwara District on April 10.", DAY)
    assert {s for s, _ in readings(result, "killed")} == {"INDMIL"}


def test_militants_killed_when_troops_repulsed_an_attack_were_killed_by_the_troops(analyse: Analyse) -> None:
    result = analyse("Two militants were killed when the Army repulsed an attack on a camp in Baramulla District "
                     "on April 10.", DAY)
    assert {s for s, _ in readings(result, "killed")} == {"INDMIL"}


def test_a_trooper_killed_as_his_unit_foiled_an_attack_has_no_foiler_doer(analyse: Analyse) -> None:
    result = analyse("A CRPF trooper was killed as they foiled an attempt by LeT militants to storm the camp in "
                     "Srinagar on April 10.", DAY)
    assert "INDCOP" not in {s for s, _ in readings(result, "killed")}
