"""A statement, appeal or protest whose object is an act of force told with its own place ("condemned the
attack in X", "protested against the offensive in X") was not made there: the place is the attack's. Where
the statement itself was made stays ("protested outside the consulate in X against the raids"), and so does
the attack's own place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hundreds of students protested against the army's offensive in Chechnya on Tuesday.", "protested"),
    ("The opposition party strongly condemned the bombing of a market in Peshawar.", "condemned"),
    ("Rights groups denounced the killing of three farmers in Cauca by soldiers.", "denounced"),
])
def test_the_place_of_the_act_spoken_of_is_not_the_statements(analyse: Analyse, text: str,
                                                              trigger: str) -> None:
    assert event_on(analyse(text, "2015-03-12"), trigger).location is None


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Some 200 people protested outside the embassy in Auckland against the army's offensive in Chechnya.",
     "protested", "Auckland"),
    ("In Lima, union leaders condemned the killing of three farmers in Cauca.", "condemned", "Lima"),
])
def test_the_statements_own_place_stays(analyse: Analyse, text: str, trigger: str, town: str) -> None:
    loc = event_on(analyse(text, "2015-03-12"), trigger).location
    assert loc is not None and loc.name == town


def test_the_act_spoken_of_keeps_its_place(analyse: Analyse) -> None:
    result = analyse("The government condemned the Taliban attack on a market in Peshawar.", "2015-03-12")
    assert event_on(result, "condemned").location is None
    loc = event_on(result, "attack").location
    assert loc is not None and loc.name == "Peshawar"
