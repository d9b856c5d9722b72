"""Violence kinds round three (violence_kinds.csv): clashes of police with demonstrators or strikers are violent
repression (175), never conventional military force; attacks claimed by someone
and attacks on schools, courts and markets are unconventional violence (18x); fights of forces stay 19x."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_police_clashing_with_demonstrators_repress(analyse: Analyse) -> None:
    result = analyse("Police clashed with demonstrators during the protest in Lahore.", "2019-05-03")
    assert event_on(result, "clashed").cameo == "175"


def test_clashes_during_a_strike_with_no_doer_are_no_military_force(analyse: Analyse) -> None:
    result = analyse("At least 14 people were injured in clashes during a general strike called by workers to "
                     "protest against price rises.", "2019-05-03")
    assert event_on(result, "clashes").cameo == "175"


def test_an_attack_on_a_school_is_unconventional(analyse: Analyse) -> None:
    result = analyse("The attack by the YCL took place after the school dismissed a teacher.", "2019-05-03")
    assert event_on(result, "attack").cameo.startswith("18")


def test_a_state_attacking_another_state_still_fights(analyse: Analyse) -> None:
    result = analyse("Pakistan attacked Indian posts along the Line of Control.", "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("19")


def test_troops_clashing_with_militants_still_fight(analyse: Analyse) -> None:
    result = analyse("Troops clashed with militants in Kupwara during a search operation.", "2019-05-03")
    assert event_on(result, "clashed").cameo.startswith("19")
