"""Sources the sentence names though not as the verb's subject (events/sources.py): the by-phrase of a gerund
("killed in firing by X"), the by-agent of the harm an act's noun sits in ("wounded by militants during the
raid"), a war machine no owner is named for (the military of the clause's country), a company's unit whose
owner is read as no company, and a relative clause the parser hung on the place of a violent act ("the blast
in the town that killed"). Never a place, and never a guess for a drone. All sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-03-12"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    return {s for s, _ in readings(result, trigger)}


# -- 1. a gerund's by-phrase: "killed in firing by X" ------------------------------------------------------------

def test_killed_in_firing_by_unidentified_men_is_done_by_them(analyse: Analyse) -> None:
    result = analyse("A police constable was killed in firing by two unidentified assailants on March 4 in "
                     "Peshawar.", DAY)
    assert sources(result, "killed") == {"PAKUAF"}


def test_killed_in_firing_with_no_by_phrase_names_no_doer(analyse: Analyse) -> None:
    result = analyse("A police constable was killed in firing on March 4 in Peshawar.", DAY)
    assert sources(result, "killed") <= {None}


def test_shelling_by_troops_is_the_troops(analyse: Analyse) -> None:
    result = analyse("Four villagers were killed in shelling by Pakistani troops in Poonch district.", DAY)
    assert sources(result, "killed") == {"PAKMIL"}


# -- 2. the by-agent of the harm an act's noun sits in ----------------------------------------------------------

def test_a_raid_in_which_militants_wounded_policemen_is_the_militants(analyse: Analyse) -> None:
    result = analyse("Three policemen were wounded by militants during the raid on the village in Kupwara "
                     "district.", DAY)
    assert sources(result, "raid") == {"INDREB"}


def test_a_raid_with_no_agent_gets_none_from_this_rule(analyse: Analyse) -> None:
    result = analyse("Three policemen were wounded during the raid on the village in Kupwara district.", DAY)
    assert "INDREB" not in sources(result, "raid")


# -- 3. a war machine with no owner named ----------------------------------------------------------------------

def test_helicopter_gunships_in_a_placed_clause_are_that_countrys_military(analyse: Analyse) -> None:
    result = analyse("Helicopter gunships attacked suspected militant hideouts in Orakzai Agency on Sunday.", DAY)
    assert sources(result, "attacked") == {"PAKMIL"}


def test_helicopter_gunships_in_a_clause_of_no_place_are_an_unplaced_military(analyse: Analyse) -> None:
    result = analyse("Security personnel cordoned off the area near Miranshah. The search continued for about 30 "
                     "minutes while helicopter gunships attacked suspected militant hideouts.", DAY)
    assert sources(result, "attacked") == {"MIL"}


def test_a_named_owner_still_wins(analyse: Analyse) -> None:
    result = analyse("Israeli helicopter gunships attacked a car in Gaza on Sunday.", DAY)
    assert sources(result, "attacked") == {"ISRMIL"}


def test_a_drone_of_no_named_owner_is_not_guessed(analyse: Analyse) -> None:
    result = analyse("Drones attacked a compound in North Waziristan on Sunday, killing four militants.", DAY)
    assert not any(s and s.endswith("MIL") for s in sources(result, "attacked"))


# -- 4. a company's unit whose owner is read as no company --------------------------------------------------------

def test_a_units_own_company_name_acts_when_its_owner_is_not_read_as_a_company(analyse: Analyse) -> None:
    result = analyse("Zelco Ltd said its Zelco Development unit agreed to sell the Harbour Center in Halifax, "
                     "Nova Scotia.", "1987-03-09")
    assert {s for s in sources(result, "agreed") if s} == {"CANBUS"}


# -- 5. a relative clause hung on the place of a claimed act ----------------------------------------------------

def test_the_blast_in_the_town_that_killed_is_the_claimants(analyse: Analyse) -> None:
    result = analyse("The Kangleipak Liberation Front on May 2 claimed responsibility for the bomb blast in the "
                     "Ukhrul town that killed an Assam Rifles jawan, reports a local daily.", DAY)
    assert "INDMIL" in {t for _, t in readings(result, "killed")}
    assert sources(result, "killed") == {"INDREB"}


def test_the_attack_in_the_capital_in_which_a_trooper_was_killed_is_the_claimants(analyse: Analyse) -> None:
    result = analyse("The Kangleipak Liberation Front claimed responsibility for the grenade attack on Assam "
                     "Rifles troopers in the State capital in which one trooper was killed.", DAY)
    assert sources(result, "killed") == {"INDREB"}


def test_a_place_in_an_unclaimed_sentence_is_never_the_doer(analyse: Analyse) -> None:
    result = analyse("Police said the blast in the market that killed two traders in Imphal was caused by a gas "
                     "cylinder.", DAY)
    assert sources(result, "killed") <= {None}
