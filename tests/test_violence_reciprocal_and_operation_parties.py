"""Parties of fights told with a reciprocal object and of harm done in a force's named operation
(events/targets.py `_each_other`, events/sources.py `_operation_force`). Sentences written for these tests in
the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-06-10"


def test_gangs_that_fought_each_other_are_both_sides(analyse: Analyse) -> None:
    result = analyse("The gangs fought each other in San Pedro Sula on Tuesday.", DAY)
    found = readings(result, "fought")
    assert found, found
    assert all(s and t and s == t and s.endswith("CRM") for s, t in found), found


def test_cartels_battling_with_one_another_are_both_sides(analyse: Analyse) -> None:
    result = analyse("Two Mexican cartels battled with one another in Reynosa on Tuesday.", DAY)
    found = readings(result, "battled")
    assert found and all(s and t and s == t for s, t in found), found


def test_a_group_that_attacked_a_named_party_keeps_that_target(analyse: Analyse) -> None:
    result = analyse("The gang attacked the police in San Pedro Sula on Tuesday.", DAY)
    found = readings(result, "attacked")
    assert any(t and t.endswith("COP") for _, t in found), found


def test_militants_killed_in_an_operation_by_a_named_force_were_killed_by_it(analyse: Analyse) -> None:
    result = analyse("Three Maoists were killed in an operation by the CRPF in Sukma District on Tuesday.", DAY)
    found = readings(result, "killed")
    assert found and all(s and s[-3:] in {"COP", "MIL"} for s, _ in found), found


def test_soldiers_killed_in_their_own_forces_operation_were_not_killed_by_it(analyse: Analyse) -> None:
    result = analyse("Two soldiers were killed during an operation by the Army in North Waziristan on "
                     "Tuesday.", DAY)
    found = readings(result, "killed")
    assert not any(s and s.endswith("MIL") for s, _ in found), found
