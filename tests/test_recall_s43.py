"""Recall of acts a coder codes from incident reports (audit 2026-11-30, SATP recall seed 8014; sentences we
wrote): an exchange of fire one side of which is told as its harmed ("a cadre was killed in an exchange of
fire with SFs", or in a while-clause of harm beside the other side's harmed) is each side's fire on the other
(190 both ways); an appeal to a party to release someone, with the party as the object of "appeal"
("appealed the rebels to release him"), is 025; responsibility "owned" or "owned up" is claimed (015); a
blast set off from afar or aimed at someone ("a remote controlled blast", "a blast targeting a bus") is a
bombing (183) by unidentified attackers of those it harmed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def coded(analyse: Analyse, text: str, prefix: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every event of `text` whose CAMEO code starts with `prefix`."""
    result = analyse(text, "2011-12-30")
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(prefix)}


@pytest.mark.parametrize(("text", "band", "force"), [
    ("A Maoist cadre was killed in an exchange of fire with Security Forces in Gadchiroli District on "
     "March 3.", "INDREB", "INDMIL"),
    ("Three militants were killed in exchange of fire with Police in Orangi Town of Karachi on May 9.",
     "PAKREB", "PAKCOP"),
])
def test_harmed_side_of_an_exchange_of_fire_fired_too(analyse: Analyse, text: str, band: str,
                                                      force: str) -> None:
    assert {(band, force), (force, band)} <= coded(analyse, text, "19")


def test_civilians_caught_in_an_exchange_of_fire_fired_on_no_one(analyse: Analyse) -> None:
    text = "Two villagers were killed in an exchange of fire with the Police in Swat District on May 9."
    assert not any(source and source.endswith("CVL")
                   for source, _ in coded(analyse, text, "19"))


def test_an_appeal_to_a_band_to_release_a_captive(analyse: Analyse) -> None:
    text = "The villagers of Kistaram appealed the Maoists to release the abducted engineer in Sukma District."
    assert coded(analyse, text, "025") == {("INDCVL", "INDREB")}


def test_appealing_a_ruling_is_no_appeal_to_yield(analyse: Analyse) -> None:
    text = "The company appealed the ruling to have the fine reduced in New Delhi."
    assert coded(analyse, text, "02") == set()


@pytest.mark.parametrize("text", [
    "The CPI Maoist on May 12 owned up responsibility for the ambush in Dantewada District.",
    "The Hizbul Mujahideen owned responsibility for the grenade attack in Srinagar on May 12.",
])
def test_responsibility_owned_is_claimed(analyse: Analyse, text: str) -> None:
    assert any(source is not None and source.endswith("REB") for source, _ in coded(analyse, text, "015"))


@pytest.mark.parametrize("text", [
    "Four persons were injured in a remote controlled blast in Turbat town of Kech District on May 12.",
    "Four persons were injured in a blast targeting a passenger bus in Khuzdar District on May 12.",
])
def test_a_blast_set_off_or_aimed_is_a_bombing(analyse: Analyse, text: str) -> None:
    assert coded(analyse, text, "183") == {("PAKUAF", "PAKCVL")}


def test_a_gas_cylinder_blast_is_no_bombing(analyse: Analyse) -> None:
    text = "Four persons were injured in a gas cylinder blast in Khuzdar District on May 12."
    assert coded(analyse, text, "18") == set()


@pytest.mark.parametrize(("text", "band", "force"), [
    ("Three militants and a Policeman were killed, while four Policemen sustained injuries in an "
     "exchange of fire in Dera Ismail Khan District on June 5.", "PAKREB", "PAKCOP"),
    ("Two militants and one soldier were killed while two other soldiers were injured during an exchange of "
     "fire in Panjgur District on June 5.", "PAKREB", "PAKMIL"),
])
def test_exchange_of_fire_told_in_a_while_clause_of_harm(analyse: Analyse, text: str, band: str,
                                                         force: str) -> None:
    assert {(band, force), (force, band)} <= coded(analyse, text, "19")


def test_villagers_harmed_beside_an_exchange_of_fire_are_no_side(analyse: Analyse) -> None:
    text = ("Two villagers were killed while three soldiers were injured during an exchange of fire in "
            "Panjgur District on June 5.")
    assert not any(source and source.endswith("CVL") for source, _ in coded(analyse, text, "19"))


def test_a_blast_told_again_as_the_attack_is_a_bombing(analyse: Analyse) -> None:
    text = ("Four persons were injured in a blast in the main bazaar of Bara in Khyber Agency on May 12. "
            "According to officials, the injured in the attack were shopkeepers.")
    assert coded(analyse, text, "183") == {("PAKUAF", "PAKCVL")}


@pytest.mark.parametrize("text", [
    # the next sentence tells no attack
    "Four persons were injured in a blast in the main bazaar of Bara in Khyber Agency on May 12. "
    "According to officials, the injured were shopkeepers.",
    # the attack the next sentence names is denied
    "Four persons were injured in an explosion in the main bazaar of Bara in Khyber Agency on May 12. "
    "The attack was not confirmed by officials.",
])
def test_a_blast_told_alone_is_no_bombing(analyse: Analyse, text: str) -> None:
    assert coded(analyse, text, "18") == set()
