"""The parties of legal and investigative acts told by a noun or a participle (session 39, InsightCrime and
Reuters event audits 7964 and 7962): a company's or gang's name before a noun of a state's act on someone
("the Petrobras probe") is the one acted on, not the doer (`party_words.csv` patient_modifier); a probe's
of-phrase and an into-phrase the parser hangs on the probe's light verb name what is probed
(event_triggers.csv `probe`, noun_arguments `LIGHT_PARTY_PREPS`); a gerund with an object in the of-phrase
of a course of action is done by whose course it is ("the U.S. policy of deporting", `party_words.csv`
course_noun). All sentences written for these tests, after the audited wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-03-01"


# -- 1. a company's or gang's name before an act of the state names the one it is done to ---------------------

@pytest.mark.parametrize("text", [
    "Prosecutors in Brazil expanded the Odebrecht probe on Tuesday.",
    "The Petrobras probe widened last week to include three more senators.",
])
def test_a_company_named_before_a_probe_is_probed(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    assert_mention(result, "090", "", "BRABUS")
    assert not any(c == "090" and s == "BRABUS" for c, s, _ in mention_codes(result))


def test_a_police_body_named_before_a_probe_still_probes(analyse: Analyse) -> None:
    assert_mention(analyse("An FBI probe into the Sinaloa Cartel found new evidence.", DAY), "090", "USACOP")


# -- 2. what a probe is of, or into when the parser hangs it on the light verb ---------------------------------

@pytest.mark.parametrize("text", [
    "Venezuelan police have begun probes of the Sinaloa Cartel.",
    "Venezuelan police are conducting a probe into the Sinaloa Cartel.",
])
def test_a_probe_of_or_into_a_gang_targets_the_gang(analyse: Analyse, text: str) -> None:
    assert_mention(analyse(text, DAY), "090", "VENCOP", "MEXCRM")


# -- 3. a gerund of a course of action is done by whose course it is ------------------------------------------

@pytest.mark.parametrize(("text", "code", "source"), [
    ("The gangs spread south in the 1990s via the U.S. policy of deporting convicted gang members.", "174", "USA"),
    ("The Zetas' strategy of kidnapping migrants drew wide criticism.", "181", "MEXCRM"),
])
def test_a_policy_of_doing_an_act_is_done_by_its_owner(analyse: Analyse, text: str, code: str,
                                                         source: str) -> None:
    assert_mention(analyse(text, DAY), code, source)


def test_a_tactic_of_acting_on_no_one_names_no_act(analyse: Analyse) -> None:
    result = analyse("Europeans resent the U.S. tactic of negotiating under unilateral deadlines, he said.", DAY)
    assert not any(c.startswith("04") and s == "USA" for c, s, _ in mention_codes(result)), mention_codes(result)
