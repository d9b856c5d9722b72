"""Targets of violent events (events/targets.py): the victim's own sector and the person harmed rather than the
body he works for. Sentences written for these tests in the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-03-27"


def targets(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def test_a_health_campaign_worker_shot_dead_is_a_health_worker(analyse: Analyse) -> None:
    result = analyse("A polio worker was shot dead by militants in Bannu District of Khyber Pakhtunkhwa on "
                     "Wednesday.", DAY)
    found = targets(result, "shot")
    assert any(t and t.endswith("HLH") for t in found), found


def test_vaccinators_killed_are_health_workers_not_labour(analyse: Analyse) -> None:
    result = analyse("Two vaccinators were killed by gunmen in Karachi on Wednesday.", DAY)
    found = targets(result, "killed")
    assert found and not any(t and t.endswith("LAB") for t in found), found
    assert any(t and t.endswith("HLH") for t in found), found


def test_a_company_driver_harmed_by_fire_is_the_driver_not_his_company(analyse: Analyse) -> None:
    result = analyse("A driver of the Kestrel Gas Company was killed when militants opened fire at a "
                     "checkpoint in Hangu District on Tuesday.", DAY)
    found = targets(result, "opened")
    assert found and not any(t and t.endswith("BUS") for t in found), found
    assert any(t and t.endswith("CVL") for t in found), found


def test_cadres_of_a_group_harmed_by_fire_stay_the_groups(analyse: Analyse) -> None:
    result = analyse("Two cadres of the Communist Party of India-Maoist were injured when policemen opened "
                     "fire at a camp in Gumla District on Tuesday.", DAY)
    found = targets(result, "opened")
    assert not any(t and t.endswith("CVL") for t in found), found


def test_cadres_named_by_a_bracketed_group_are_the_groups_members(analyse: Analyse) -> None:
    result = analyse("Five Communist Party of India Maoist (CPI Maoist) cadres were killed by Police in Latehar "
                     "District on Monday.", DAY)
    found = targets(result, "killed")
    assert any(t and t.endswith("REB") for t in found), found


def test_a_fight_told_after_a_killing_and_an_injury_names_no_target_less_event(analyse: Analyse) -> None:
    result = analyse("A Maoist cadre was killed and three others were wounded during an encounter with "
                     "Security Forces in Latehar District on Monday.", DAY)
    killed = targets(result, "killed")
    assert killed and None not in killed, killed
    assert None not in targets_or_none(result, "encounter"), readings(result, "encounter")


def targets_or_none(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def test_a_former_cadre_of_a_bracketed_group_is_no_member_of_it(analyse: Analyse) -> None:
    result = analyse("A former Communist Party of India Maoist (CPI Maoist) cadre was shot dead by cadres of the "
                     "Tritiya Prastuti Committee in Gumla District on Monday.", DAY)
    found = targets(result, "shot")
    assert found and not any(t and t.endswith("REB") for t in found), found
