"""A two-sided fight's other side as the doer: the side a clause names beside the harmed one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]

DAY = "2016-07-05"


# -- both sides harmed in coordinated clauses: each harm is the other side's -----------------------------------

@pytest.mark.parametrize(("text", "killed", "fight"), [
    # plain coordination
    ("Two militants were killed and three soldiers were injured in an encounter at Warpora in Baramulla "
     "District on July 4.", ("INDMIL", "INDREB"), ("INDREB", "INDMIL")),
    # the credit's verb taken for the conjunct, the second clause for its complement
    ("Two Maoists were killed and three Police personnel were injured in an encounter at Gangaloor in Bijapur "
     "District on July 4, reports The Hindu.", ("INDCOP", "INDREB"), ("INDREB", "INDCOP")),
])
def test_each_sides_harm_is_the_other_sides(analyse: Analyse, text: str, killed: tuple[str, str],
                                            fight: tuple[str, str]) -> None:
    result = analyse(text, DAY)
    assert killed in readings(result, "killed"), readings(result, "killed")
    assert fight in readings(result, "encounter"), readings(result, "encounter")


def test_harmed_of_no_force_name_no_other_side(analyse: Analyse) -> None:
    result = analyse("Two villagers were killed and three Policemen were injured in an encounter at Sopore in "
                     "Baramulla District of Jammu and Kashmir on July 4.", DAY)
    assert all(s is None for s, _ in readings(result, "encounter")), readings(result, "encounter")
    assert all(s is None for s, _ in readings(result, "killed")), readings(result, "killed")


# -- a fight with a named side, after which the other side was arrested ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Five Maoists were arrested after an encounter with Security Forces in Sukma District on July 4.",
     ("INDREB", "INDMIL")),
    ("Three gangsters were arrested following a shootout with Police in Lyari area of Karachi on July 4.",
     ("PAKCRM", "PAKCOP")),
])
def test_the_arrested_fought_the_named_side(analyse: Analyse, text: str, expected: tuple[str, str]) -> None:
    fights = {r for trigger in ("encounter", "shootout") for r in readings(analyse(text, DAY), trigger)}
    assert expected in fights, fights


def test_the_same_side_arrested_is_no_other_side(analyse: Analyse) -> None:
    fights = readings(analyse("Two Policemen were arrested after an encounter with Police in Sukma District on "
                              "July 4.", DAY), "encounter")
    assert all(s is None for s, _ in fights), fights
