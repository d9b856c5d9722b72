"""Engineer tsectors, session 41: a coded party gets the country and sector its sentence gives — a role's
plural complement that names no origin keeps the story's country on it ("warned the contractor of dire
consequences"); "the security personnel" are police when the sentence names only police forces as them; a
broadcaster named with TV is a news outlet."""

from __future__ import annotations

from collections.abc import Callable

from conftest import mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]

MAOIST_STORY = ("Maoists torched four trucks of a road builder at a village in Malkangiri District of Odisha on "
                "June 3, reports The Hindu. Thirty armed Maoists set fire to the trucks used to build a road. ")


def test_contractor_warned_of_consequences_keeps_the_storys_country(analyse: Analyse) -> None:
    text = MAOIST_STORY + ("Before leaving, the Maoists put up posters and warned the contractor of serious "
                           "consequences if work on the road went on. No one was hurt, Police said.")
    result = analyse(text)
    targets = {t for c, _, t in mention_codes(result) if c.startswith("13")}
    assert "INDBUS" in targets, targets
    assert "BUS" not in targets, targets


def test_officials_of_other_countries_keep_no_guessed_home(analyse: Analyse) -> None:
    text = ("DHAKA, May 3 - Bangladesh's debt burden is heavy, Bangladesh Commerce Minister M.A. Munim told "
            "officials of 30 Asian countries in Dhaka. Bangladesh wants aid. Bangladesh will ask Japan.")
    result = analyse(text, "1987-05-03")
    targets = {t for c, _, t in mention_codes(result) if c == "010"}
    assert "BGDGOV" not in targets, targets


def test_security_personnel_named_as_police_units_are_police(analyse: Analyse) -> None:
    text = ("Maoists exchanged fire with a police party near a village of Kandhamal District "
            "on March 2, reports The Hindu. The District Superintendent of Police said that when the Special "
            "Operation Group (SOG) and Central Reserve Police Force (CRPF) personnel of a joint operation "
            "asked the Maoists in the forest to surrender, they opened fire at the security personnel.")
    result = analyse(text)
    coded = {t for c, _, t in mention_codes(result) if c[:2] in {"18", "19"}}
    assert "INDCOP" in coded, coded
    assert "INDMIL" not in coded, coded


def test_security_forces_beside_the_army_stay_military(analyse: Analyse) -> None:
    text = ("Militants of Hizb-ul-Mujahideen were trapped in a village of Pulwama District on March 4 after "
            "Security Forces of the Rashtriya Rifles and CRPF surrounded them, reports Daily Excelsior. "
            "The militants fired at the Security Forces.")
    result = analyse(text)
    coded = {t for c, _, t in mention_codes(result) if c[:2] in {"18", "19"}}
    assert "INDMIL" in coded, coded


def test_tv_channel_employee_is_of_the_media(analyse: Analyse) -> None:
    text = ("An employee of Royal TV channel was injured when unidentified militants hurled hand grenades at "
            "the office in Peshawar on May 13, reports Dawn.")
    result = analyse(text)
    targets = {t or "" for c, _, t in mention_codes(result) if c[:2] in {"18", "19"}}
    assert any(t.endswith("MED") for t in targets), targets
    assert not any(t.endswith("LAB") for t in targets), targets
