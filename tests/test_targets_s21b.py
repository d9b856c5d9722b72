"""Targets (session 21b): coordinated verbs share the object after the last of them ("troops detained and
questioned X", "failed to investigate or prosecute X"): the parser hangs the object on the last verb only, so
the first verb's act was left with no target though the sentence names it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from conftest import readings
from newsevents import ArticleResult
from newsevents.events.targets import _shared_object

Analyse = Callable[..., ArticleResult]
DAY = "2016-05-03"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The attorney general failed to investigate or prosecute Liberal Party leaders in Tegucigalpa.",
     "investigate", "PTY"),
    ("Soldiers detained and questioned the Zetas commander Mario Ruiz near Nuevo Laredo.", "detained", "MEXCRM"),
    ("The United States criticised and threatened Japan over the chip pact.", "criticised", "JPNGOV"),
    ("Kuwaiti gunboats shelled and destroyed two Iraqi oil platforms in the Gulf on Monday.", "shelled", "IRQ"),
])
def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(analyse: Analyse, text: str, trigger: str,
                                                                    target: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert any((t or "").endswith(target) for _, t in found), found


@pytest.mark.parametrize(("text", "verb"), [
    # a phrase of the first verb's own stands between: the object is the last verb's alone
    ("The minister arrived in Paris and met the French ambassador.", "arrived"),
    # the later verb has a subject of its own: another clause
    ("Police arrested Ruiz and soldiers killed two gunmen.", "arrested"),
    # an adverb between the verbs: not a bare coordination
    ("The army attacked first and then seized the town.", "attacked"),
    # a verb of another form: not one coordinated act
    ("The rebels have attacked and will destroy the convoy.", "attacked"),
])
def test_no_shared_object_when_the_verbs_are_not_bare_coordinates(nlp: Language, text: str, verb: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert _shared_object(tok) == []


def test_the_first_of_two_coordinated_verbs_shares_the_object(nlp: Language) -> None:
    doc = nlp("Gunmen abducted and killed a local councillor in Guerrero.")
    assert [t.text for t in _shared_object(doc[1])] == ["councillor"]
    assert _shared_object(doc[3]) == []  # the last verb has its own object


def test_a_verb_with_its_own_object_keeps_it(analyse: Analyse) -> None:
    found = readings(analyse("The United States criticised Japan and threatened China over the chip pact.",
                             DAY), "criticised")
    assert all(t != "CHN" for _, t in found), found
