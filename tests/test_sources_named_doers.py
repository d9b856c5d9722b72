"""Doers named in the sentence but left empty (events/sources.py): the harm told as an -ing participle on the
device a doer set off or the act a doer carried out ("Maoists triggered a landmine blast killing two jawans").
All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2011-04-12"


# -- 1. a participle of harm on the device set off or the act carried out ----------------------------------------

def test_blast_triggered_killing_is_the_triggerers(analyse: Analyse) -> None:
    result = analyse("Maoists triggered a landmine blast killing three jawans in Bijapur District on April 10.",
                     DAY)
    assert {s for s, _ in readings(result, "killing")} == {"INDREB"}


def test_grenade_hurled_killing_is_the_throwers(analyse: Analyse) -> None:
    result = analyse("Militants hurled a grenade killing a policeman in Sopore town of Baramulla District on "
                     "April 10.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"INDREB"}


def test_attack_carried_out_killing_is_the_attackers(analyse: Analyse) -> None:
    result = analyse("Militants carried out an attack killing two soldiers in Kupwara District on April 10.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"INDREB"}


def test_operation_launched_killing_is_the_launchers(analyse: Analyse) -> None:
    result = analyse("Security forces launched an operation killing four militants in Shopian District on "
                     "April 10.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"INDMIL"}


def test_second_conjunct_sets_off_the_blast(analyse: Analyse) -> None:
    result = analyse("Suspected Maoists raided the house of a contractor in Gaya District and triggered a "
                     "dynamite blast blowing up the house on April 10.", DAY)
    assert {s for s, _ in readings(result, "blowing")} == {"INDREB"}


def test_a_vehicle_triggering_a_mine_is_no_doer(analyse: Analyse) -> None:
    result = analyse("Their vehicle triggered a landmine blast killing two soldiers in Bijapur District on "
                     "April 10.", DAY)
    assert all(s is None or not s.endswith("MIL") for s, _ in readings(result, "killing"))


def test_a_participle_on_a_thing_found_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Police recovered a bomb weighing five kilograms and arrested two men carrying "
                     "explosives in Gaya District on April 10.", DAY)
    assert not readings(result, "weighing") and not readings(result, "carrying")


def test_a_patrol_triggering_a_blast_on_its_own_men_is_no_doer(analyse: Analyse) -> None:
    result = analyse("A CRPF patrol triggered an IED blast killing two CRPF jawans in Sukma District on April 10.",
                     DAY)
    assert all(s is None or not s.endswith("COP") for s, _ in readings(result, "killing"))


def test_a_blast_on_a_former_cadre_of_the_same_group_is_an_attack(analyse: Analyse) -> None:
    result = analyse("Maoists triggered a landmine blast killing two Maoist deserters in Latehar District on "
                     "April 10.", DAY)
    assert {s for s, _ in readings(result, "killing")} == {"INDREB"}


# -- 2. the one appealed to by a preposition does what is asked --------------------------------------------------

def test_called_upon_treasury_opens_the_investigation(analyse: Analyse) -> None:
    result = analyse("Twelve members of the U.S. Congress signed a letter in which they called upon the Treasury "
                     "Department to open an investigation of Honduran congressman Oscar Najera.", DAY)
    assert {s for s, _ in readings(result, "investigation") | readings(result, "open")} == {"USAGOV"}


def test_appealed_to_the_un_the_un_opens_the_inquiry(analyse: Analyse) -> None:
    result = analyse("The Guatemalan opposition appealed to the United Nations to open an inquiry into the "
                     "killings.", DAY)
    assert {s for s, _ in readings(result, "inquiry")} == {"IGOUNO"}


def test_a_with_phrase_is_no_addressee(analyse: Analyse) -> None:
    result = analyse("Ecuador agreed with Peru to hold talks on the border dispute in Brasilia.", DAY)
    assert all(s != "PER" for s, _ in readings(result, "talks"))


# -- 3. the armed group that releases a captive abducted him ----------------------------------------------------

def test_the_group_releasing_a_hostage_kidnapped_him(analyse: Analyse) -> None:
    result = analyse("The ELN released a rancher who had been kidnapped in Arauca in October 2010.", DAY)
    assert {s for s, _ in readings(result, "kidnapped")} == {"COLREB"}


def test_rebels_freeing_engineers_kidnapped_abducted_them(analyse: Analyse) -> None:
    result = analyse("The FARC freed two engineers kidnapped in Cauca in January, the group said.", DAY)
    assert {s for s, _ in readings(result, "kidnapped")} == {"COLREB"}


def test_troops_freeing_captives_did_not_abduct_them(analyse: Analyse) -> None:
    result = analyse("Colombian troops freed two engineers kidnapped in Cauca in January.", DAY)
    assert all(s is None or not s.endswith("MIL") for s, _ in readings(result, "kidnapped"))
