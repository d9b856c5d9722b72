"""Targets (session 18): parties the sentence names but the parse reaches only by a longer path: the subject of
the clause a passive time phrase hangs on ("fled after being threatened by"), the person an apposition names
for a possessed role ("the senator's wife, X, was arrested")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_with
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def targets(result: ArticleResult, cameo_root: str) -> list[tuple[str | None, str | None]]:
    """(target entity id, target code) of the events whose CAMEO code starts with `cameo_root`."""
    return [(e.target.entity_id if e.target else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(cameo_root)]


# -- 1. a passive in a time phrase acts on its clause's subject ------------------------------------------

@pytest.mark.parametrize(("text", "root", "target"), [
    ("Four farmers in Colombia were forced to dig a pit before being killed by Rastrojos gunmen in May.",
     "18", "COLAGR"),
    ("In Peru, some 200 villagers fled their homes after being threatened by armed men.", "13", "PERCVL"),
])
def test_a_passive_after_a_time_preposition_acts_on_the_clause_subject(analyse: Analyse, text: str, root: str,
                                                                         target: str) -> None:
    assert any(code == target for _, code in targets(analyse(text, DAY), root))


def test_a_named_subject_arrested_in_a_time_phrase_is_the_target(analyse: Analyse) -> None:
    result = analyse("Jorge Quispe is serving a prison sentence in Peru after being arrested in Cusco in 2014.", DAY)
    # (serving a prison sentence: a convict, implied_sectors.csv crime_word prison)
    assert (entity_with(result, "Jorge Quispe").id, "PERCRM") in targets(result, "173")


def test_a_place_beside_the_subject_is_not_the_one_threatened(analyse: Analyse) -> None:
    """"In a town, Las X, 300 families fled after being threatened": the parser's second subject, the town,
    is where, not whom."""
    result = analyse("In another Sonora town, Las Palmitas, some 300 families have fled their homes after being "
                     "threatened by a caravan of armed men.", DAY)
    town = entity_with(result, "Las Palmitas").id
    assert all(eid != town for eid, _ in targets(result, "13"))


def test_a_passive_time_phrase_on_a_thing_names_no_party(analyse: Analyse) -> None:
    result = analyse("The plan was approved by parliament in March after being revised by the ministry.", DAY)
    assert targets(result, "") == [] or all(code is None or not code.endswith("CVL")
                                            for _, code in targets(result, ""))


# -- 2. an apposition names the person a possessed role stands for --------------------------------------

def test_the_named_wife_is_arrested_not_her_husband(analyse: Analyse) -> None:
    result = analyse("Senator Jose Ruiz's wife, Carmen Lagos, was arrested in Tegucigalpa in March.", DAY)
    found = targets(result, "173")
    assert found and all(eid == entity_with(result, "Carmen Lagos").id for eid, _ in found)


def test_the_named_driver_is_arrested_not_his_employer(analyse: Analyse) -> None:
    result = analyse("Honduran police arrested Senator Jose Ruiz's driver, Mario Lagos, on Monday.", DAY)
    found = targets(result, "173")
    assert found and all(eid == entity_with(result, "Mario Lagos").id for eid, _ in found)


# -- 3. the party a forceful act was aimed at -----------------------------------------------------------

def test_the_party_a_grenade_targeted_is_the_target_not_the_passers_by(analyse: Analyse) -> None:
    result = analyse("Three people were killed and 10 others were injured as militants hurled a grenade targeting "
                     "Border Security Force personnel at a market in Baramulla on June 3.", DAY)
    found = [code for root in ("18", "19") for _, code in targets(result, root)]
    assert found and all(code == "INDMIL" for code in found)


def test_an_attack_noun_aimed_at_the_police_has_them_as_target(analyse: Analyse) -> None:
    result = analyse("At least five people were injured in a suicide attack targeting police in Quetta on "
                     "March 15.", DAY)
    assert ("PAKCOP" in {code for _, code in targets(result, "18")})


def test_police_killed_by_a_blast_aimed_at_a_bus_stay_the_target(analyse: Analyse) -> None:
    result = analyse("Two policemen were killed when Maoists triggered a blast targeting a passenger bus in Sukma "
                     "District on June 3.", DAY)
    assert {code for _, code in targets(result, "18")} == {"INDCOP"}


def test_criticism_aimed_at_police_stations_targets_no_police(analyse: Analyse) -> None:
    result = analyse("One of the main criticisms aimed at the police stations in Lima is their overcrowding.", DAY)
    assert all(code is None or not code.endswith("COP") for _, code in targets(result, ""))
