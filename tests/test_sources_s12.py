"""Sources the sentence names (events/sources.py): the side that joined a fight in one clause is the doer of
the violent passive coordinated after it ("police retaliated and five militants were killed"), unless the
harmed are of its own side. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def test_the_side_that_retaliated_killed_the_other(analyse: Analyse) -> None:
    result = analyse("Police personnel retaliated and five suspected militants were killed during the exchange "
                     "of fire in Kupwara district of Jammu and Kashmir.", DAY)
    assert ("INDCOP", "INDREB") in readings(result, "killed")


def test_troops_who_returned_fire_killed_the_militants(analyse: Analyse) -> None:
    result = analyse("Pakistani troops returned fire and three militants were killed in North Waziristan.", DAY)
    assert readings(result, "killed") == {("PAKMIL", "PAKREB")}


def test_own_side_harmed_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Indian police opened fire and two policemen were killed.", DAY)
    assert ("INDCOP", "INDCOP") not in readings(result, "killed")


def test_a_clause_of_no_fight_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Indian police reached the village and two militants were killed in Kupwara.", DAY)
    assert all(s != "INDCOP" for s, _ in readings(result, "killed"))


def test_the_force_that_stopped_them_arrested_them(analyse: Analyse) -> None:
    result = analyse("Three men were detained near the border when Pakistani police raided the house.", DAY)
    assert ("PAKCOP", "PAKCVL") in readings(result, "detained")


def test_an_armed_group_in_the_clause_of_time_is_no_arrester(analyse: Analyse) -> None:
    result = analyse("Three men were arrested after Pakistani militants attacked the house.", DAY)
    assert all(s != "PAKREB" for s, _ in readings(result, "arrested"))


def test_a_force_word_on_the_encounter_names_the_force(analyse: Analyse) -> None:
    result = analyse("Two militants were killed in a Police encounter in Bijapur District of Chhattisgarh.", DAY)
    assert ("INDCOP", "INDREB") in readings(result, "killed")


def test_the_with_phrase_the_parser_hangs_on_the_verb_is_the_other_side(analyse: Analyse) -> None:
    result = analyse("Two militants were killed in an encounter at Hajin in Bandipora District of Jammu and "
                     "Kashmir with the Army.", DAY)
    assert ("INDMIL", "INDREB") in readings(result, "killed")


def test_a_companion_is_no_side(analyse: Analyse) -> None:
    result = analyse("Two militants were killed along with a civilian in an encounter at Hajin in Bandipora "
                     "District of Jammu and Kashmir.", DAY)
    assert all(s is None for s, _ in readings(result, "killed"))


def test_the_dead_of_the_first_clause_killed_no_one(analyse: Analyse) -> None:
    result = analyse("Thousands of Mexican citizens died in the drug war and one U.S. border agent was killed in "
                     "an incident near Nogales.", DAY)
    assert all(s != "MEXCVL" for s, _ in readings(result, "killed"))
