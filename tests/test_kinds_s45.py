"""Violence kinds, session 45 (violence_kinds.csv): an armed group's ambush of state forces is a fight between
armed sides (190), the police's as the army's, and so are the forces killed in it and an attack on a convoy or a
patrol of the forces; gunmen ambushing an officer's car, civilians killed and an ambush with a bomb keep their
codes.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_on, party_code
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_rebels_ambushing_a_police_patrol_fight_the_police(analyse: Analyse) -> None:
    result = analyse("NSCN K militants ambushed a police patrol party near Mon on May 2.", "2014-05-03")
    event = event_on(result, "ambushed")
    assert event.cameo == "190"
    assert (party_code(event, "source") or "").endswith("REB")
    assert (party_code(event, "target") or "").endswith("COP")


def test_police_killed_in_a_maoist_ambush_were_killed_in_a_fight(analyse: Analyse) -> None:
    result = analyse("Three policemen were killed in an ambush by Maoists in Gadchiroli District on May 2.",
                     "2014-05-03")
    assert event_on(result, "killed").cameo == "190"
    assert event_on(result, "ambush").cameo == "190"


def test_jawans_killed_when_maoists_attacked_a_convoy_were_killed_in_a_fight(analyse: Analyse) -> None:
    result = analyse("Two CRPF jawans were killed when CPI Maoist cadres attacked a 16 Assam Rifles convoy in "
                     "Chandel District on March 10.", "2014-03-12")
    killed = event_on(result, "killed")
    assert killed.cameo == "190"
    assert (party_code(killed, "target") or "").endswith("COP")
    assert event_on(result, "attacked").cameo == "190"


def test_a_constable_shot_dead_near_his_home_stays_a_targeted_killing(analyse: Analyse) -> None:
    # no ambush, no convoy or patrol: a targeted killing by gunmen (18x), not a fight
    result = analyse("Unidentified militants shot dead a police constable near his home in Peshawar on May 2.",
                     "2014-05-03")
    assert event_on(result, "shot").cameo.startswith("18")


def test_gunmen_ambushing_an_officers_car_stay_a_targeted_attack(analyse: Analyse) -> None:
    # gunmen (no armed group) ambushing one officer's car on his way home: no fight between armed sides
    result = analyse("Unidentified gunmen ambushed the car of a police inspector on his way home in Bannu on "
                     "May 2 and opened fire.", "2014-05-03")
    assert not any(e.cameo.startswith("19") for e in result.events), [e.cameo for e in result.events]


def test_villagers_killed_by_maoists_stay_unconventional(analyse: Analyse) -> None:
    result = analyse("Maoists killed two villagers in Sukma District on May 2, accusing them of being police "
                     "informers.", "2014-05-03")
    assert event_on(result, "killed").cameo.startswith("18")
