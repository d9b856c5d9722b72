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
