"""Event parties (events/arguments.py) the sentence names but that were left empty: the killer of one who
"died" in a fight or "at the hands of" someone (the dead is the target, never the source), a fight noun that
only names a killing's doer is no reading of its own (it would make the killer a target), a described band of
armed men, an act "blamed on" someone, a security force's outposts, and a "when" clause on a coordinated
participle. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


# -- 1. the doer of a killing named by the event it happened in, or by "at the hands of" ----------------------

@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("Five Taliban fighters died in an exchange of fire with troops in Helmand province.", "died",
     ("AFGMIL", "AFGREB")),
    ("A shopkeeper died at the hands of the Gulf Cartel in Tamaulipas, Mexico.", "died", ("MEXCRM", "MEXCVL")),
    ("Two policemen were killed at the hands of the Taliban in Kandahar, Afghanistan.", "killed",
     ("AFGREB", "AFGCOP")),
    ("Three militants were killed by the Police in Baramulla district of Jammu and Kashmir on Monday.", "killed",
     ("INDCOP", "INDREB")),
])
def test_the_killer_is_the_source_and_the_dead_the_target(analyse: Analyse, text: str, trigger: str,
                                                          pair: tuple[str, str]) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found == {pair}, found


def test_a_natural_death_has_no_killer(analyse: Analyse) -> None:
    result = analyse("Three soldiers died in a road accident in Kashmir, India, on Monday.", DAY)
    assert not readings(result, "died")


def test_the_fight_a_killing_happened_in_is_no_second_reading_against_the_killer(analyse: Analyse) -> None:
    text = "Four militants were killed in a clash with police in Bajaur Agency of Pakistan on Monday."
    result = analyse(text, DAY)
    assert readings(result, "killed") == {("PAKCOP", "PAKREB")}
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in result.events}
    assert pairs == {("PAKCOP", "PAKREB")}, pairs


def test_a_when_clause_on_a_coordinated_participle_names_the_killer(analyse: Analyse) -> None:
    text = ("A Special Task Force trooper was killed and two other troopers were injured when Maoists attacked "
            "them near a village of Gumla District in Jharkhand on March 13.")
    found = {s for s, _ in readings(analyse(text, DAY), "killed")} | {
        s for s, _ in readings(analyse(text, DAY), "attacked")}
    assert "INDREB" in found, found


# -- 2. described and attributed doers ------------------------------------------------------------------------

def test_unidentified_armed_men_no_table_names_are_a_party(analyse: Analyse) -> None:
    text = "Two policemen were shot dead by unidentified armed motorcyclists in Quetta, Balochistan."
    assert readings(analyse(text, DAY), "shot") == {("PAKUAF", "PAKCOP")}


def test_armed_militants_stay_militants(analyse: Analyse) -> None:
    text = "Armed militants shot dead a shopkeeper in Sopore town of Jammu and Kashmir on Monday."
    assert {s for s, _ in readings(analyse(text, DAY), "shot")} == {"INDREB"}


def test_an_attack_blamed_on_a_group_is_that_groups(analyse: Analyse) -> None:
    text = "The attack in Culiacan was blamed on the Sinaloa Cartel."
    assert "MEXCRM" in {s for s, _ in readings(analyse(text, DAY), "attack")}


def test_a_place_an_act_is_blamed_on_is_no_doer(analyse: Analyse) -> None:
    text = "Police in Sinaloa said the attack was not blamed on Culiacan."
    assert all(s != "MEX" for s, _ in readings(analyse(text, DAY), "attack"))


# -- 3. targets named by an installation ----------------------------------------------------------------------

def test_security_outposts_are_the_security_forces(analyse: Analyse) -> None:
    text = "Taliban militants launched attacks on security outposts in Kunduz, Afghanistan."
    assert {t for _, t in readings(analyse(text, DAY), "attacks")} == {"AFGMIL"}


# -- 4. the doer of a two-sided act one is "in", and the targets of an attack "in which" people were hurt -----

@pytest.mark.parametrize(("text", "pair"), [
    ("The FARC are currently in peace talks with the government of Colombia in Havana.", ("COLREB", "COLGOV")),
    ("Pakistan is in negotiations with India over Kashmir.", ("PAKGOV", "INDGOV")),
])
def test_one_in_talks_with_another_is_the_source(analyse: Analyse, text: str, pair: tuple[str, str]) -> None:
    result = analyse(text, DAY)
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in result.events}
    assert pair in pairs, pairs


def test_those_hurt_in_a_claimed_attack_are_its_target(analyse: Analyse) -> None:
    text = "The ULFA claimed responsibility for the attack in which five Indian soldiers were injured in Assam."
    assert readings(analyse(text, DAY), "attack") == {("INDREB", "INDMIL")}


def test_a_place_an_attack_happened_in_is_no_target(analyse: Analyse) -> None:
    text = "The ULFA claimed responsibility for the attack in Assam in which a bridge was damaged."
    assert all(t is None for _, t in readings(analyse(text, DAY), "attack"))


# -- 5. claimed acts and pronoun subjects of a coordinated clause ---------------------------------------------

def test_a_group_that_claimed_a_kidnapping_in_the_next_sentence_did_it(analyse: Analyse) -> None:
    text = ("Two engineers were abducted in Peshawar, Pakistan, on Monday. The Tehreek-e-Taliban Pakistan claimed "
            "the kidnapping.")
    assert ("PAKINS", "PAKCVL") in readings(analyse(text, DAY), "abducted")


def test_claiming_a_town_is_no_claim_of_an_act(analyse: Analyse) -> None:
    text = "Two engineers were abducted in Peshawar, Pakistan, on Monday. India claimed the region."
    assert all(s is None for s, _ in readings(analyse(text, DAY), "abducted"))


def test_they_in_a_coordinated_clause_is_the_first_clauses_subject(analyse: Analyse) -> None:
    text = ("Lashkar-e-Taiba militants entered a village in Kupwara, Jammu and Kashmir, and they abducted two "
            "youths.")
    assert {s for s, _ in readings(analyse(text, DAY), "abducted")} == {"PAKREB"}


# -- 6. one harmed in the clause after a shooting, and a body's personnel --------------------------------------

def test_one_injured_in_the_clause_after_opened_fire_is_its_target(analyse: Analyse) -> None:
    text = ("Militants opened fire and critically injured a woman outside her house in Sopore area of Baramulla "
            "District in Jammu and Kashmir.")
    assert readings(analyse(text, DAY), "opened") == {("INDREB", "INDCVL")}


def test_a_shooting_with_a_clause_of_its_own_subject_keeps_no_target(analyse: Analyse) -> None:
    text = "Gunmen opened fire in a market in Quetta, Pakistan, and fled."
    assert {t for _, t in readings(analyse(text, DAY), "opened")} == {None}


def test_a_team_of_a_bodys_personnel_is_that_body(analyse: Analyse) -> None:
    text = ("Maoists ambushed a team of Security Force personnel who were deployed on a helipad in Bijapur "
            "District of Chhattisgarh in India.")
    assert {t for _, t in readings(analyse(text, DAY), "ambushed")} == {"INDMIL"}


def test_one_who_died_on_hunger_strike_is_no_target(analyse: Analyse) -> None:
    text = "The jailed activist died on hunger strike in a prison in Havana, Cuba, on Monday."
    assert all(t is None for _, t in readings(analyse(text, DAY), "died"))


def test_the_group_responsible_for_a_killing_did_it(analyse: Analyse) -> None:
    text = "The Sinaloa Cartel is responsible for the killing of two police officers in Culiacan, Mexico."
    assert {s for s, _ in readings(analyse(text, DAY), "killing")} == {"MEXCRM"}


def test_those_hurt_where_an_attack_of_a_date_happened_are_its_target(analyse: Analyse) -> None:
    text = ("The ULFA claimed responsibility for the attack of November 26 where five Indian soldiers were "
            "seriously injured in Assam.")
    assert ("INDREB", "INDMIL") in readings(analyse(text, DAY), "attack")


# -- 7. one acting together with the subject is no target --------------------------------------------------

def test_a_co_agent_before_the_verb_is_no_target(analyse: Analyse) -> None:
    result = analyse("Together with France, Britain agreed to impose sanctions.", DAY)
    assert ("GBR", "FRA") not in readings(result, "agreed")


def test_agreeing_with_another_keeps_the_other_as_target(analyse: Analyse) -> None:
    assert readings(analyse("Britain agreed with France on a common position.", DAY), "agreed") == {("GBRGOV", "FRAGOV")}
