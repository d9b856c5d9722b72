"""Doers named but left empty (session 22b): a relative clause on a body of people (a delegation, mission,
commission, committee or company unit, `source_words.csv` org_group, led_group, company_unit) whose subject is
the relative pronoun is done by the body's named owner (sources.py `_body_noun` in `_antecedent_doer`); a body
no named party owns gives no doer."""

from __future__ import annotations

from conftest import readings

DAY = "1987-04-14"


def test_an_owned_commission_which_visited_is_its_owners(analyse) -> None:
    text = "The minister said the figures came from an IMF commission which visited Peru last November."
    assert readings(analyse(text, DAY), "visited") == {("IGOUNOIMF", "PER")}


def test_a_bank_mission_which_met_officials_is_the_banks(analyse) -> None:
    text = "The loan was approved after talks with a World Bank mission which met Kenyan officials in Nairobi."
    assert ("IGOUNOWBK", "KENGOV") in readings(analyse(text, DAY), "met")


def test_an_unowned_committee_which_rejected_gives_no_doer(analyse) -> None:
    # no named party owns the committee: a coder could name no doer, so none is guessed
    text = "A committee which rejected the offer from Pennzoil Co met on Monday, the company said."
    assert {s for s, _ in readings(analyse(text, DAY), "rejected")} == {None}


def test_a_simple_present_relative_on_a_mission_is_no_act(analyse) -> None:
    # "which visits": what the mission does as a habit, not one visit
    text = "An IMF mission which visits Peru every year said the deficit had grown."
    assert all(s is None for s, _ in readings(analyse(text, DAY), "visits"))
