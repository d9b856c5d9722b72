"""Targets the sentence names but the row's own readings miss: the maker of what a passive refusal turns down
("Peru's request was rejected by the World Bank"), the subject of a complaint's that-clause ("complained that
the authorities had not kept their promises"), and the ones harmed by the participle on a violent act's
coordinated verb ("struck again and blew up a jeep, killing four CRPF personnel")."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a passive refusal: the subject is what is turned down, its possessor or from-phrase its maker
    ("Peru's request for a 50 mln dlr loan was rejected by the World Bank, the finance ministry said.",
     "rejected", {("IGOUNOWBK", "PERGOV")}),
    ("An earlier takeover offer from Hanson Trust Plc was rejected by the board of Kidde Inc.",
     "rejected", {("USABUS", "GBRBUS")}),
    # a complaint's that-clause subject is what it is about
    ("Gang members in San Salvador have complained that the authorities have not kept their promises.",
     "complained", {("SLVCRM", "SLVGOV")}),
    ("French farmers complained that the European Commission had cut support prices.",
     "complained", {("FRAAGR", "IGOEUREEC")}),
    # the participle on the coordinated act harmed the ones the act was done to
    ("Within an hour, Maoists struck again and blew up a jeep, killing four CRPF personnel near Dantewada in "
     "Chhattisgarh.", "struck", {("INDREB", "INDCOP")}),
])
def test_a_party_the_clause_names_is_the_target(analyse, text: str, trigger: str,
                                                expected: set[tuple[str, str]]) -> None:
    result = analyse(text, "1987-04-02")
    assert readings(result, trigger) == expected, readings(result, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    # nothing a party made is turned down
    ("The plan was rejected by the union, a spokesman said.", "rejected"),
    # a that-clause about things, or one in which the complainers suffer, names no other party
    ("Exporters complained that prices were too low.", "complained"),
    ("Residents of Lima complained that they were being harassed.", "complained"),
    # unnamed complainers: whose government it is, is not said
    ("NEW DELHI - Critics complain that the government is overreaching.", "complain"),
])
def test_no_party_named_leaves_the_target_empty(analyse, text: str, trigger: str) -> None:
    result = analyse(text, "1987-04-02")
    found = readings(result, trigger)
    assert all(t is None for _, t in found), found
