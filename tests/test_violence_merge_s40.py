"""Violence categories and one event per happening (session 40): property blown up, or destroyed with
explosives, by anyone but a state's forces is a bombing (183), as is a grenade attack told with no firing
(violence_kinds.csv); an armed band only described ("militants", "terrorists") may be the band another telling
names or codes otherwise, a named man may be one of the named body of his very code, and an act told as known
("killed in the blast", "claimed responsibility for the attack") reaches back as "the attack" does and leaves
the event the modality of its first telling (merge.py)."""

from __future__ import annotations

import pytest

from conftest import party_code
from newsevents.merge import same_party
from newsevents.model import ActorRef


def _violence(result):
    return [e for e in result.events if e.cameo[:2] in {"17", "18", "19"}]


@pytest.mark.parametrize("text", [
    "Suspected militants blew up a government girls school in Bara tehsil of Khyber Agency on Tuesday.",
    "Police said the terrorists placed two explosive devices at the pillars of the school and set them off by "
    "remote control, destroying the building.",
])
def test_property_blown_up_is_a_bombing(analyse, text: str) -> None:
    codes = [e.cameo for e in _violence(analyse(text, "2012-05-13"))]
    assert codes and all(code == "183" for code in codes), codes


def test_what_forces_destroy_stays_damaged_property(analyse) -> None:
    result = analyse("Troops destroyed a militant hideout and recovered explosives in Kupwara District on Monday.",
                     "2012-05-13")
    assert "183" not in [e.cameo for e in result.events]


def test_a_grenade_attack_is_a_bombing(analyse) -> None:
    result = analyse("Unidentified militants carried out a grenade attack on a crowded market in Chirang District "
                     "on October 24, killing one person, reports Assam Tribune.")
    assert [e.cameo for e in _violence(result)] == ["183"]


def test_a_grenade_with_gunfire_is_no_bombing(analyse) -> None:
    result = analyse("Two militants on a motorcycle first lobbed a grenade inside the police camp at Litter in "
                     "Pulwama District on July 1 and then opened indiscriminate fire, reports Daily Excelsior.")
    codes = [e.cameo for e in _violence(result)]
    assert codes and "183" not in codes, codes


def test_a_school_blown_up_told_twice_is_one_bombing(analyse) -> None:
    result = analyse("Suspected militants blew up a primary school in a village near Peshawar. An official said "
                     "that terrorists planted two improvised explosive devices at the main pillars of the building "
                     "and detonated them through remote control, destroying the school building.")
    [event] = _violence(result)
    assert event.cameo == "183" and {m.sentence_index for m in event.mentions} == {0, 1}


def test_a_man_killed_in_the_blast_is_the_blast_told_before(analyse) -> None:
    result = analyse("A District Reserve Guard (DRG) trooper was killed and two others were wounded in an IED "
                     "blast set off by Maoists in Narayanpur District on September 29, reports Hindustan Times. The "
                     "team was crossing a valley on road opening duty, an official said. The patrol had set out in "
                     "the morning from the district headquarters. The camp was to be held next week. When the "
                     "troopers reached the valley, the Maoists set off the blast, the official said. Constable "
                     "Ramesh Kashyap was killed in the blast while two others were hurt, he added.")
    [event] = [e for e in _violence(result) if e.cameo == "183"]
    assert {m.sentence_index for m in event.mentions} >= {0, 5}


def test_a_claimed_attack_leaves_the_event_reported(analyse) -> None:
    result = analyse("Two soldiers were injured on March 5 when militants ambushed a convoy of the security forces "
                     "in Kurram Agency, reported Express Tribune. The militants opened fire at the convoy. The "
                     "Tehreek-e-Taliban Pakistan claimed responsibility for the attack.")
    [event] = [e for e in _violence(result) if any(m.trigger == "attack" for m in e.mentions)]
    assert event.modality == "reported"
    assert party_code(event, "target") == "PAKMIL"
    assert {m.sentence_index for m in event.mentions} >= {0, 2}


def test_armed_bands_and_members() -> None:
    people, named = frozenset({"p1", "p2"}), frozenset({"p1", "p2", "b1", "b2"})
    militants, terrorists = ActorRef("d1", "PAKREB"), ActorRef("d2", "PAKUAF")
    assert same_party(militants, terrorists, people, named)          # two descriptions of armed bands
    assert same_party(militants, ActorRef("b1", "PAKINS"), people, named)  # a description and a named band
    assert not same_party(ActorRef("b1", "PAKINS"), ActorRef("b2", "PAKREB"), people, named)  # two named bands
    assert not same_party(militants, ActorRef("d3", "AFGREB"), people, named)  # another country's
    assert not same_party(militants, ActorRef("d4", "PAKMIL"), people, named)  # the forces
    # a named man of the named body's very code may be one of it; a man of a bare country, or two men, never
    assert same_party(ActorRef("p1", "INDCOP"), ActorRef("b1", "INDCOP"), people, named)
    assert not same_party(ActorRef("p1", "IND"), ActorRef("b1", "INDREB"), people, named)
    assert not same_party(ActorRef("p1", "INDCOP"), ActorRef("b1", "INDMIL"), people, named)
    assert not same_party(ActorRef("p1", "INDCOP"), ActorRef("p2", "INDCOP"), people, named)
