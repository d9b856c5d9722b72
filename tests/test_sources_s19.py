"""Sources named around a violent passive as the ones who set off the device it happened in
(events/sources.py `_device_planter`): "killed in an IED blast triggered by X", also when a while-clause of
injuries carries the blast ("were killed while three others sustained injuries in blasts triggered by X").
Only an armed non-state group so coded; never the harmed's own side, never a state force. All sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2013-05-20"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    return {s for s, _ in readings(result, trigger)}


def test_killed_in_blast_triggered_by_maoists_is_the_maoists(analyse: Analyse) -> None:
    result = analyse("Two CRPF personnel were killed in an IED blast triggered by Maoists in Dantewada "
                     "District on May 18.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_injured_in_explosion_triggered_by_named_party_cadres(analyse: Analyse) -> None:
    result = analyse("A Police Constable was killed in a pressure bomb blast triggered by Communist Party of "
                     "India Maoist (CPI Maoist) cadres in Latehar District on May 17.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_while_clause_of_injuries_carries_the_blast(analyse: Analyse) -> None:
    result = analyse("At least three Assam Rifles personnel were killed while four others sustained injuries "
                     "in serial bomb blasts triggered by cadres of the Kangleipak Communist Party at Moirang "
                     "village on May 16.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_blast_with_no_by_agent_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Two CRPF personnel were killed in an IED blast in Dantewada District on May 18.", DAY)
    # none read; at most the unidentified attackers a coder infers for a bombing (implied.py, session 41)
    assert sources(result, "killed") <= {None, "INDUAF"}


def test_blast_set_off_by_the_harmeds_own_side_is_no_doer(analyse: Analyse) -> None:
    result = analyse("Two Maoists were killed in an IED blast triggered by Maoists in Dantewada District on "
                     "May 18.", DAY)
    assert "INDREB" not in sources(result, "killed")


def test_blast_triggered_by_a_state_force_is_not_read(analyse: Analyse) -> None:
    result = analyse("Three villagers were killed in a bomb blast triggered by the army in Dantewada District "
                     "on May 18.", DAY)
    assert not {s for s in sources(result, "killed") if s and s.endswith("MIL")}


# -- a claim told as an -ing clause with no subject of its own: the clause's subject claimed ---------------------

def test_claiming_participle_names_the_main_subject_as_doer(analyse: Analyse) -> None:
    result = analyse("Los Rojos first appeared in March 2012, claiming responsibility for the killing of four "
                     "men in Cuernavaca.", DAY)
    assert sources(result, "killing") == {"MEXCRM"}


def test_claiming_participle_through_the_group_named_before(analyse: Analyse) -> None:
    result = analyse("Los Rojos has been blamed for recent attacks in Morelos. The group first appeared in "
                     "March 2012, claiming responsibility for the killing of four men in Cuernavaca.", DAY)
    assert sources(result, "killing") == {"MEXCRM"}


def test_a_state_subject_of_the_clause_is_no_claimant(analyse: Analyse) -> None:
    result = analyse("Mexico first reported the case in March 2012, claiming responsibility for the killing "
                     "of four men in Cuernavaca.", DAY)
    assert "MEX" not in sources(result, "killing")
