"""Recall of bombings told by those they injured (event_triggers.csv rows of injure/wound, the `advsubj:`
condition of events/patterns.py): "three persons were injured when a bomb went off" is a bombing (183) whose
target is the injured; an accident or a fight that injured people is no bombing. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import party_code
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-05-04"


def bombing_targets(result: ArticleResult) -> set[str | None]:
    """The target codes of every bombing (183) of an article."""
    return {party_code(e, "target") for e in result.events if e.cameo == "183"}


@pytest.mark.parametrize(("text", "sector"), [
    ("Four shopkeepers were injured when a roadside bomb went off near the bazaar in Peshawar on Monday.", "CVL"),
    ("Two CRPF troopers were injured when an IED exploded near their camp in Sukma District.", "COP"),
    ("Three policemen were wounded in an IED blast in Quetta on Sunday.", "COP"),
    ("The explosion injured five policemen near the station in Quetta.", "COP"),
])
def test_those_a_bomb_injured_are_the_bombing_target(analyse: Analyse, text: str, sector: str) -> None:
    targets = bombing_targets(analyse(text, DAY))
    assert any(t and t.endswith(sector) for t in targets)


@pytest.mark.parametrize("text", [
    "Five workers were injured in a gas cylinder blast at a factory in Karachi.",
    "Six people were injured when a bus overturned near Gilgit.",
    "Two soldiers were injured in a clash with militants in Kupwara.",
])
def test_other_injuries_are_no_bombing(analyse: Analyse, text: str) -> None:
    assert not bombing_targets(analyse(text, DAY))


def bombings(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every bombing (183) of an article."""
    return {(party_code(e, "source"), party_code(e, "target")) for e in result.events if e.cameo == "183"}


@pytest.mark.parametrize("text", [
    "The Maoists triggered a landmine blast on a police jeep in Gaya District on Monday.",
    "Militants of the ULFA triggered an explosion against an army convoy near Tinsukia.",
    "Naxalites set off a powerful bomb near the railway station in Lohardaga.",
])
def test_a_party_that_triggers_a_blast_bombs(analyse: Analyse, text: str) -> None:
    assert any(source and source.endswith("REB") for source, _ in bombings(analyse(text, DAY)))


@pytest.mark.parametrize("text", [
    "The arrest of the leader triggered protests across the district.",
    "The Maoists planted explosives near the bridge. They triggered the blast when a police jeep passed.",
])
def test_what_triggers_no_new_blast(analyse: Analyse, text: str) -> None:
    found = analyse(text, DAY)
    assert not any(m.trigger == "triggered" for e in found.events for m in e.mentions if e.cameo == "183")


@pytest.mark.parametrize("text", [
    "A powerful IED went off near the police station in Imphal, injuring two policemen.",
    "Three policemen were hurt when a landmine exploded near their camp in Kupwara.",
])
def test_a_bomb_that_injured_in_other_words(analyse: Analyse, text: str) -> None:
    assert any(t and t[-3:] in {"COP", "MIL"} for t in bombing_targets(analyse(text, DAY)))


def test_a_participle_of_a_party_is_no_bombing(analyse: Analyse) -> None:
    text = "Police fired tear gas at the protesters in Imphal, injuring two students."
    assert not bombing_targets(analyse(text, DAY))
