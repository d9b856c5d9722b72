"""Targets of verbal, cooperative and legal acts a coder codes (events/targets.py, events/parties.py): the one
a title-case headline's bare participle of a verbal or legal act is done to ("Country Criticised For ..."),
never its doer. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-05-04"


# -- 1. a headline's bare participle of a verbal or legal act: its subject is the target ---------------------

@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Portugal Criticised For High Farm Subsidies", "Criticised", "PRT"),
    ("Brazil Urged To Open Its Markets To Imports", "Urged", "BRA"),
    ("Norway Asked To Cut Its Oil Output Further", "Asked", "NOR"),
])
def test_a_headline_participle_of_a_verbal_act_makes_its_subject_the_target(
        analyse: Analyse, text: str, trigger: str, target: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(s is None and t is not None and t.startswith(target) for s, t in found), found


def test_a_headline_verbal_act_with_an_object_keeps_its_doer(analyse: Analyse) -> None:
    found = readings(analyse("Brazil Urged Argentina To Cut Its Tariffs On Steel", DAY), "Urged")
    assert found and all(s is not None and s.startswith("BRA") for s, _ in found), found


def test_a_body_sentence_is_no_headline(analyse: Analyse) -> None:
    found = readings(analyse("Brazil criticised the plan to cut farm subsidies, officials said.", DAY),
                     "criticised")
    assert found and all(s is not None and s.startswith("BRA") for s, _ in found), found


# -- 2. a participle completing a linking verb is a passive: "stands accused of" --------------------------------

def test_one_who_stands_accused_is_the_target(analyse: Analyse) -> None:
    found = readings(analyse("The Colombian general stands accused of helping the Gulf Clan, prosecutors said.",
                             "2019-05-03"), "accused")
    assert found and all(s is None and t is not None and t.startswith("COL") for s, t in found), found


def test_a_linking_verb_keeps_the_by_agent_as_source(analyse: Analyse) -> None:
    found = readings(analyse("The Colombian general stood accused by prosecutors of helping the Gulf Clan.",
                             "2019-05-03"), "accused")
    assert found and all(t is not None and t.startswith("COL") for _, t in found), found
