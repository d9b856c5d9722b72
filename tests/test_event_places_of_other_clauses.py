"""Event places the event stage reads from another clause of the sentence: a place of what the act was for
("arrested for goods he had bought in X"), of a source an attribution names ("according to villagers living
in X") is no place of the act; a place of a relative clause describing the act's site or doer ("at a store he
ran in X"), a sentence's opening scene ("In X, ...") and a time clause of the same scene ("while speaking in
X") stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested a trader for goods he had bought in Dubai.", "arrested"),
    ("Police said the trader was detained for goods he had bought in Dubai.", "detained"),
    ("The rebels captured 50 soldiers near the border, according to refugees arriving in Kisumu.", "captured"),
    ("Army troops killed three militants, according to villagers living in Kupwara.", "killed"),
])
def test_a_place_of_another_clause_is_no_place_of_the_act(analyse: Analyse, text: str, trigger: str) -> None:
    assert event_on(analyse(text, "2015-03-12"), trigger).location is None


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Gunmen shot a shopkeeper at a store he ran in Lahore.", "shot", "Lahore"),
    ("The president called for closer cooperation on drugs while speaking in Lima, asking neighbours for help.",
     "called", "Lima"),
    ("In Guatemala, trafficking groups have made similar accusations: Zetas operatives have also said they paid "
     "bribes to former President Otto Molina, who is currently being held on corruption charges.", "held",
     "Guatemala"),
])
def test_a_place_of_the_acts_own_scene_stays(analyse: Analyse, text: str, trigger: str, town: str) -> None:
    loc = event_on(analyse(text, "2015-03-12"), trigger).location
    assert loc is not None and loc.name == town
