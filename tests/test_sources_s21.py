"""Doers named around a violent passive or as a band of people (events/sources.py): the subject of an
after-clause that tells the act that harmed ("a trooper was killed after Maoists attacked the camp"), the
doer of a when-clause hung on a while-clause of injuries suffered ("was shot dead while his companion
sustained injuries when militants opened fire"), and a band of people the actor stage codes as civilians but
described as unidentified, doing a violent act (UAF). All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-08-12"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of every reading of `trigger`."""
    return {s for s, _ in readings(result, trigger)}


# -- 1. an after-clause's doer -----------------------------------------------------------------------------------

def test_killed_after_maoists_triggered_a_landmine(analyse: Analyse) -> None:
    result = analyse("Four CRPF troopers were killed after Maoists triggered a landmine blast in Sukma District "
                     "on August 10.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_injured_after_unidentified_assailants_fired(analyse: Analyse) -> None:
    result = analyse("A jeweller, identified as Ramesh Gupta, was shot and injured after two unidentified "
                     "assailants fired several rounds inside his shop in Dimapur District on August 10.", DAY)
    assert "INDUAF" in sources(result, "shot")


def test_an_after_clause_of_the_harmed_themselves_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Three militants were killed after militants attacked a police post in Kupwara District "
                     "on August 10.", DAY)
    assert "INDREB" not in sources(result, "killed")


def test_an_after_clause_with_a_pronoun_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Two militants were killed after they attacked an Army camp in Baramulla District on "
                     "August 10.", DAY)
    assert sources(result, "killed") <= {None, "INDMIL"}


# -- 2. a when-clause hung on a while-clause of injuries suffered ------------------------------------------------

def test_shot_dead_while_companion_sustained_injuries_when_militants_fired(analyse: Analyse) -> None:
    result = analyse("A cleric, identified as Maulana Noor Ahmed, was shot dead while his companion sustained "
                     "serious injuries when unidentified militants opened fire on them in Mardan District on "
                     "August 10.", DAY)
    assert sources(result, "shot") in ({"PAKREB"}, {"PAKUAF"})


# -- 3. unidentified persons doing violence ----------------------------------------------------------------------

def test_unidentified_persons_who_fire_are_unidentified_attackers(analyse: Analyse) -> None:
    result = analyse("Unidentified persons fired at the house of a retired headmaster in Imphal West District "
                     "on August 10.", DAY)
    assert sources(result, "fired") == {"INDUAF"}


def test_a_victim_shot_by_unknown_persons(analyse: Analyse) -> None:
    result = analyse("A shopkeeper was shot dead by unknown persons in Quetta on August 10.", DAY)
    assert sources(result, "shot") == {"PAKUAF"}


def test_unidentified_persons_meeting_stay_people(analyse: Analyse) -> None:
    result = analyse("Unidentified persons met the Deputy Commissioner in Imphal West District on August 10.",
                     DAY)
    assert "INDUAF" not in sources(result, "met")


# -- 4. "killed and another sustained injuries", read as a noun ---------------------------------------------------

def test_killed_and_another_sustained_injuries_in_a_blast_triggered_by_maoists(analyse: Analyse) -> None:
    result = analyse("Three CRPF troopers were killed and another sustained injuries in landmine blast triggered "
                     "by the Communist Party of India Maoist (CPI Maoist) near Jiram forest in Sukma District on "
                     "August 10.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_killed_and_another_sustained_injuries_when_motorcyclists_fired(analyse: Analyse) -> None:
    result = analyse("A vendor was killed and another sustained injuries when unidentified motorcyclists fired at "
                     "them in Kohat District on August 10.", DAY)
    assert sources(result, "killed") == {"PAKUAF"}


# -- 5. coordinated passives share a by-agent ---------------------------------------------------------------------

def test_kidnapped_and_tortured_by_maoists(analyse: Analyse) -> None:
    result = analyse("Two shopkeepers were kidnapped and tortured by Maoists in Aurangabad District on August 10.",
                     DAY)
    assert sources(result, "kidnapped") == {"INDREB"}


def test_abducted_and_later_released_by_an_armed_group(analyse: Analyse) -> None:
    result = analyse("Six road workers were abducted and later released by Maoist cadres in Malkangiri District "
                     "on August 10.", DAY)
    assert sources(result, "abducted") == {"INDREB"}


def test_abducted_and_rescued_by_police_is_no_police_abduction(analyse: Analyse) -> None:
    result = analyse("A contractor was abducted and later rescued by police in Gaya District on August 10.", DAY)
    assert "INDCOP" not in sources(result, "abducted")
