"""Sources named in the sentence but outside the act's own clause (events/sources.py, events/parties.py): the
antecedent of a relative clause no named entity covers, the noun an active participle hangs on, the subject
of a gerund the parser took for the clause's subject, the doer of a when-clause hung on a while-clause of the
same harm, a "them" that is one side of an encounter "between" it and a named force, and the doer of a verb
whose in-phrase holds a gerund of the act. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2013-06-05"


# -- 1. a relative clause's antecedent, an active participle's noun -------------------------------------------

def test_militants_who_attacked_are_the_attackers(analyse: Analyse) -> None:
    result = analyse("Two civilians were injured in firing by militants who attacked a police post in Kupwara on "
                     "June 3.", DAY)
    assert {s for s, _ in readings(result, "attacked")} == {"INDREB"}


def test_masked_men_who_attacked_are_unidentified_attackers(analyse: Analyse) -> None:
    result = analyse("A shopkeeper was injured in firing by masked men who attacked his shop in Kupwara on "
                     "June 3.", DAY)
    assert {s for s, _ in readings(result, "attacked")} == {"INDUAF"}


def test_a_relative_clause_on_a_harmed_noun_has_no_doer_from_it(analyse: Analyse) -> None:
    result = analyse("Militants shot dead two soldiers who were guarding a bridge in Baramulla District on "
                     "June 3.", DAY)
    assert all(s != "INDMIL" for s, _ in readings(result, "shot"))


def test_armed_men_opening_fire_killed_passengers(analyse: Analyse) -> None:
    result = analyse("Armed men opening fire on a bus killed five passengers in Quetta on June 3.", DAY)
    assert ("PAKUAF", "PAKCVL") in {pair for t in ("opening", "killed") for pair in readings(result, t)}


def test_a_past_participle_on_a_noun_is_no_doer(analyse: Analyse) -> None:
    result = analyse("Two traders shot by unidentified gunmen in Turbat on June 3 died in hospital.", DAY)
    assert all(s is None or not s.endswith("CVL") for s, _ in readings(result, "shot"))


# -- 2. a when-clause hung on the while-clause of the same harm -----------------------------------------------

def test_when_clause_under_a_while_clause_names_the_shooters(analyse: Analyse) -> None:
    result = analyse("A tailor, identified as Naveed Akhtar, was shot dead while another was injured when "
                     "unidentified militants opened fire at them in Quetta on June 3.", DAY)
    assert ("PAKUAF", "PAKCVL") in readings(result, "shot")


def test_a_while_clause_of_no_harm_lends_no_doer(analyse: Analyse) -> None:
    result = analyse("A tailor was shot dead while he was walking home when the market closed in Quetta on "
                     "June 3.", DAY)
    assert all(s is None for s, _ in readings(result, "shot"))


# -- 3. "between them and X" ----------------------------------------------------------------------------------

def test_them_in_an_encounter_between_is_the_clause_subject(analyse: Analyse) -> None:
    result = analyse("Four Maoists were arrested following an encounter between them and Security Forces in a "
                     "forest of Sukma District on June 3.", DAY)
    # an encounter between two named sides is each side's act on the other (session 35)
    assert readings(result, "encounter") == {("INDMIL", "INDREB"), ("INDREB", "INDMIL")}


def test_them_between_with_no_other_side_stays_unread(analyse: Analyse) -> None:
    result = analyse("Security Forces and Maoists exchanged fire on June 3 and the encounter between them lasted "
                     "two hours in Sukma District.", DAY)
    assert all("INDREB" not in pair or "INDMIL" in pair for pair in readings(result, "encounter"))


# -- 4. a gerund in a verb's in-phrase --------------------------------------------------------------------------

def test_authorities_making_progress_in_battling_a_cartel(analyse: Analyse) -> None:
    result = analyse("Honduran authorities have made significant progress in battling the Sinaloa Cartel in "
                     "Olancho.", "2014-03-10")
    assert {s for s, _ in readings(result, "battling")} == {"HNDGOV"}


def test_the_navy_succeeding_in_capturing_commanders(analyse: Analyse) -> None:
    result = analyse("The Colombian navy succeeded in capturing two FARC commanders off Tumaco on Monday.",
                     "2014-03-10")
    assert {s for s, _ in readings(result, "capturing")} == {"COLMIL"}


def test_dying_in_fighting_names_no_fighter(analyse: Analyse) -> None:
    result = analyse("Five FARC rebels died in fighting the Colombian army in Cauca on Monday.", "2014-03-10")
    assert all(s != "COLREB" for s, _ in readings(result, "fighting"))


def test_an_installation_a_relative_clause_hangs_on_is_no_doer(analyse: Analyse) -> None:
    result = analyse("The government declared a curfew after an attack on a police post in Amambay which killed "
                     "three officers, carried out by the Paraguayan People's Army (EPP).", DAY)
    assert all(s is None or not s.endswith("COP") for t in ("killed", "attack") for s, _ in readings(result, t))


def test_a_clock_time_a_participle_hangs_on_is_no_doer(analyse: Analyse) -> None:
    result = analyse("The bombs exploded at around 2.30 pm killing two soldiers and a farmer in Chandel District "
                     "on June 3.", DAY)
    assert all(s is None for s, _ in readings(result, "killing"))


def test_a_present_relative_clause_tells_a_habit_not_an_act(analyse: Analyse) -> None:
    result = analyse("The trade thrives because of corrupt police officers in Trujillo who charge money for "
                     "protection.", DAY)
    assert all(s is None for s, _ in readings(result, "charge"))


def test_while_clause_doer_of_the_killed_side_is_no_source(analyse: Analyse) -> None:
    result = analyse("A BSF officer and two militants were killed while six BSF personnel were injured when "
                     "militants attacked them at Sopore in Baramulla District on June 3.", DAY)
    assert all(not (s == t == "INDREB") for s, t in readings(result, "killed"))


def test_information_a_relative_clause_hangs_on_is_no_doer(analyse: Analyse) -> None:
    result = analyse("Foreign agencies shared human intelligence which assisted the Mexican army in detaining "
                     "the cartel leader in Sinaloa.", DAY)
    assert all(s is None or not s.endswith("SPY") for s, _ in readings(result, "assisted"))
