"""Whom a violent act in a South Asian incident report was done to when its object names a party only by its
kind or its owner: a patrol or search unit of no named force is the security forces' (MIL), unless a force's
word on it says whose ("Police search parties" COP); a house, residence, gate or compound struck is its owner's,
the owner named by a naming phrase ("a businessman identified as X") being the one named; and men a named
force's name modifies ("the FC men") are that force when fired at."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a unit named by its task alone: the security forces, of the country the sentence places it in
    ("During searches terrorists hiding in the area fired upon the search party at Zainapora in Shopian "
     "District of Jammu and Kashmir on Monday.", "fired", "INDMIL"),
    ("The NSCN militants lobbed a grenade on the patrol party near Mon town in Nagaland on Friday.",
     "lobbed", "INDMIL"),
    # a force's word on the unit says whose it is
    ("The Maoists opened fire on the Police search party near Tumnar village in Dantewada District of "
     "Chhattisgarh on Sunday.", "opened", "INDCOP"),
])
def test_a_patrol_or_search_unit_is_the_security_forces(analyse, text: str, trigger: str,
                                                        expected: str) -> None:
    found = readings(analyse(text, "2016-05-10"), trigger)
    assert found and {t for _, t in found} == {expected}, found


def test_a_unit_of_a_named_force_stays_that_force(analyse) -> None:
    text = ("Militants opened fire on a CRPF search party at Lelhar in Pulwama District of Jammu and Kashmir on "
            "Monday.")
    assert {t for _, t in readings(analyse(text, "2016-05-10"), "opened")} == {"INDCOP"}


def test_the_gate_of_a_described_and_named_owner_is_his(analyse) -> None:
    text = ("Unidentified militants on March 31 exploded a grenade at the residential gate of a businessman "
            "identified as Laishram Tomba in Imphal West District of Manipur.")
    result = analyse(text, "2016-04-01")
    names = {e.id: e.name for e in result.entities}
    targets = {names.get(m.target.entity_id) for e in result.events for m in e.mentions
               if m.trigger == "exploded" and m.target is not None}
    assert targets == {"Laishram Tomba"}, targets


def test_a_compound_of_a_named_owner_is_his(analyse) -> None:
    text = ("The ULFA militants lobbed a hand grenade at a residential compound of an individual identified as "
            "Dilip Saikia in Tinsukia District of Assam on November 27.")
    result = analyse(text, "2016-11-28")
    names = {e.id: e.name for e in result.entities}
    targets = {names.get(m.target.entity_id) for e in result.events for m in e.mentions
               if m.trigger == "lobbed" and m.target is not None}
    assert targets == {"Dilip Saikia"}, targets


@pytest.mark.parametrize(("text", "expected"), [
    # men or officials a named force's name modifies, fired at: that force
    ("According to Police sources, suspected militants opened fire at the FC men near Turbat in Kech District "
     "of Balochistan on Monday.", "PAKMIL"),
    ("Militants opened fire at the CRPF men near Lelhar in Pulwama District of Jammu and Kashmir on Monday.",
     "INDCOP"),
])
def test_men_of_a_named_force_fired_at_are_that_force(analyse, text: str, expected: str) -> None:
    found = readings(analyse(text, "2016-05-10"), "opened")
    assert {t for _, t in found} == {expected}, found


@pytest.mark.parametrize(("text", "trigger"), [
    # victims named only by a word for a civilian the tables lacked
    ("A tribal elder was shot dead by unidentified assailants in the Tirah area of Khyber Agency in Pakistan.",
     "shot"),
    ("NDFB militants killed a couple in Kokrajhar District of Assam at around midnight on August 18.", "killed"),
    ("The Maoists set ablaze a truck and allegedly abducted its helper in Kanker District of Chhattisgarh.",
     "abducted"),
])
def test_a_victim_described_as_a_civilian_is_one(analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, "2016-08-20"), trigger)
    assert {t[3:] for _, t in found if t} == {"CVL"} and all(t for _, t in found), found
