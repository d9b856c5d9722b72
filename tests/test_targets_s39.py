"""Object pronouns as targets (events/parties.py `_victims`, events/targets.py `_person_before`): a "them" an
act done to captives (release, arrest, threat) is done to stands for the plural people told just before, not
the doers; a "him"/"her" the named-person reader leaves unread stands for the one person its sentence names by
a word for a person, else the previous sentence's main subject when that is a person. All sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2017-03-01"


# -- 1. "them" of an act done to captives: the plural people told before, never the doers -------------------

@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Maoists abducted two contractors from a road site in Sukma District on Friday. The rebels released "
     "them on Sunday.", "released", "INDBUS"),
    ("Police arrested four smugglers near the border in Cooch Behar District on Monday. The Border Security "
     "Force later detained them again.", "detained", "INDCRM"),
])
def test_them_of_a_captive_act_is_the_people_told_before(
        analyse: Analyse, text: str, trigger: str, target: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(t == target for _, t in found), found


def test_them_of_a_threat_is_the_people_its_sentence_tells_of(analyse: Analyse) -> None:
    found = readings(analyse("Two engineers were working at a dam site in Kupwara District when militants "
                             "threatened them.", DAY), "threatened")
    assert found and all(t is not None and t.endswith("CVL") for _, t in found), found


def test_them_with_no_people_before_it_stays_unread(analyse: Analyse) -> None:
    found = readings(analyse("Militants attacked a police post in Kulgam District on Monday. Officials said "
                             "the militants later released them.", DAY), "released")
    assert found and all(t is None for _, t in found), found


# -- 2. "him"/"her": the one person its sentence describes, else the previous sentence's main subject -------

def test_him_after_a_word_for_one_person_is_that_person(analyse: Analyse) -> None:
    found = readings(analyse("Police officials in Karachi said that the trader went to the market when two "
                             "assailants came close to him and opened fire on him.", DAY), "opened")
    assert found and all(t == "PAKBUS" for _, t in found), found


def test_him_is_the_previous_sentence_subject_when_it_names_two_people(analyse: Analyse) -> None:
    result = analyse("Ali Khan, a brother of the lawmaker Sajid Mir, was shot dead in Peshawar on Monday, "
                     "reports Dawn. The assailants fired at him from a car.", DAY)
    names = {e.id: e.name for e in result.entities}
    targets = {names.get(m.target.entity_id) for e in result.events for m in e.mentions
               if m.trigger == "fired" and m.target is not None}
    assert targets == {"Ali Khan"}, targets


def test_him_is_the_named_subject_of_the_reported_killing(analyse: Analyse) -> None:
    found = readings(analyse("A shopkeeper, identified as Rahim Gul, was shot dead in Quetta on Sunday, "
                             "reports Dawn. Police said the gunmen had threatened him a week ago.", DAY),
                     "threatened")
    assert found and all(t == "PAKCVL" for _, t in found), found


def test_him_with_no_person_before_it_stays_unread(analyse: Analyse) -> None:
    found = readings(analyse("Militants attacked a police post in Kulgam District on Monday. Officials said "
                             "the militants later released him.", DAY), "released")
    assert found and all(t is None for _, t in found), found
