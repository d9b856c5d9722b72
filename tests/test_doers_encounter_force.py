"""Militants killed in an encounter whose sides the sentence leaves unnamed were killed by the state's forces
of the clause's place (else the story's): an encounter is, in South Asian news, the security forces' gunfight
with militants or criminals (sources._encounter_force, `source_words.csv` state_fight_noun)."""

from __future__ import annotations

import pytest

from conftest import event_triples


def sources_of(text: str, analyse, root: str = "19") -> set[str | None]:
    result = analyse(text, "2016-08-02")
    return {source for code, source, _ in event_triples(result) if code.startswith(root)}


@pytest.mark.parametrize(("text", "source"), [
    ("Two Hizbul Mujahideen militants were killed in an encounter in Sopore town of Baramulla District on "
     "August 1, reports Greater Kashmir.", "INDMIL"),
    # the sentence names the police and no army: the police's encounter
    ("Three Maoists were killed in an encounter in Sukma District of Chhattisgarh on July 30, Police said.",
     "INDCOP"),
])
def test_militants_killed_in_an_encounter_of_no_named_side_were_killed_by_the_forces(
        analyse, text: str, source: str) -> None:
    assert sources_of(text, analyse) == {source}


@pytest.mark.parametrize("text", [
    # a soldier killed: the other side is some armed group the sentence does not name
    "An Army jawan was killed in an encounter in Kupwara District on July 30.",
    # a villager: crossfire, no side told
    "A villager was killed in an encounter in Sukma District on July 30.",
])
def test_no_force_is_guessed_for_harmed_forces_or_civilians(analyse, text: str) -> None:
    assert not ({"INDMIL", "INDCOP"} & sources_of(text, analyse))
