"""A bomb's blast told only by the blast, with no killing, attack or shooting verb, is the bombing (183) done to
those harmed in it (event_triggers.csv explosion/blast rows); an armed group that set it off did it
(noun_arguments._blast_planter); a blast no device word makes a bomb's is no event."""

from __future__ import annotations

import pytest


def _bombings(analyse, text: str) -> list:
    return [e for e in analyse(text, "2012-05-13").events if e.cameo == "183"]


@pytest.mark.parametrize(("text", "target"), [
    ("Four soldiers were injured in a roadside explosion near Bannu on Monday.", "MIL"),
    ("Two shopkeepers sustained injuries in a bomb blast at the main market in Imphal on Tuesday.", "CVL"),
])
def test_harmed_in_a_bomb_blast_are_its_target(analyse, text: str, target: str) -> None:
    bombings = _bombings(analyse, text)
    assert bombings and bombings[0].target is not None, bombings
    assert bombings[0].target.code.endswith(target), bombings


def test_a_blast_set_off_by_an_armed_group_is_its_bombing(analyse) -> None:
    bombings = _bombings(analyse, "Three policemen were wounded in an IED blast triggered by Maoists in Gaya "
                                  "District on Friday.")
    assert bombings and bombings[0].source is not None, bombings
    assert bombings[0].source.code.endswith("REB"), bombings


def test_an_armed_group_exploding_a_bomb_bombs(analyse) -> None:
    bombings = _bombings(analyse, "Suspected militants exploded a powerful bomb outside a bank in Sopore on "
                                  "Sunday.")
    assert bombings and bombings[0].source is not None, bombings


@pytest.mark.parametrize("text", [
    "Six workers were injured in a gas cylinder explosion at a chemical factory in Karachi.",
    "Analysts expect an explosion in consumer credit this year.",
])
def test_a_blast_of_no_bomb_is_no_event(analyse, text: str) -> None:
    assert not _bombings(analyse, text)
