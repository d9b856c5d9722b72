"""Figurative force (events/senses.py slot dobj_one_of, data/sense_rules.csv, data/noun_classes.csv class
animal): killing "one of" a tradition, plan or animal kills no actor; a takeover battle or a company's war is a
business contest, not military force. Killing one of a group of people, and battles of armed sides, stay."""

from __future__ import annotations

from conftest import event_codes


def violent(codes: set[str]) -> bool:
    """Whether any of the codes is an act of force (18x, 19x)."""
    return any(code[:2] in {"18", "19"} for code in codes)


def test_killing_one_of_its_sacred_cows_is_no_violence(analyse) -> None:
    result = analyse("The Milan brokers had killed one of their sacred cows, Mr Bellini said.", "1987-03-12")
    assert not violent(event_codes(result))


def test_killing_one_of_the_proposals_is_no_violence(analyse) -> None:
    result = analyse("The Italian bankers killed one of the Treasury's proposals on Tuesday.", "1987-03-12")
    assert not violent(event_codes(result))


def test_cattle_killed_are_no_victims(analyse) -> None:
    result = analyse("The gang killed two cows belonging to the village headman.", "1987-03-12")
    assert not violent(event_codes(result))


def test_rules_killed_are_no_victims(analyse) -> None:
    result = analyse("The brokers' association killed one of its oldest rules on Tuesday.", "1987-03-12")
    assert not violent(event_codes(result))


def test_killing_one_of_the_hostages_stays(analyse) -> None:
    result = analyse("Gunmen killed one of their hostages near Tumaco on Monday.", "1987-03-12")
    assert violent(event_codes(result))


def test_killing_one_of_the_guards_stays(analyse) -> None:
    result = analyse("Rebels killed one of the guards at the Cerro Azul mine on Sunday.", "1987-03-12")
    assert violent(event_codes(result))


def test_a_takeover_battle_against_a_company_is_no_force(analyse) -> None:
    result = analyse("Carlton Foods won control of Harvey Mills last year in a bitter battle against Dorset "
                     "Holdings Inc.", "1987-03-12")
    assert not violent(event_codes(result))


def test_a_battle_between_troops_and_rebels_stays(analyse) -> None:
    result = analyse("Peruvian troops fought a fierce battle with Shining Path rebels near Ayacucho on Monday.",
                     "1987-03-12")
    assert violent(event_codes(result))
