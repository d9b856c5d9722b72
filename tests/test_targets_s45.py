"""The one a violent act is done to, named in its sentence, is its target. A name the recogniser typed a place
or a body, standing as the object of a verb only ever done to people ("shot dead Tahir Karim", "killing Nisar
Afridi") or as the subject of its passive, is a person's (actors/mentions.py `_person_act_patient`), so the
killing codes him; a plural described group ("four Security Guards") or a place the act happened at is not.
A capitalised post of one person after "the" ("the office of the Deputy Commissioner", "the Sarpanch was
murdered") stands for its holder (events/parties.py `_the_titled_role`), as "the Army" stands for the army.
The body one refused to testify before ("before Congress") is the refusal's target, a time ("before the
Pennzoil hearing") is not (events/targets.py `_refused_party`)."""

from __future__ import annotations

from conftest import code_targets as targets
from conftest import entity_types as types


def test_object_of_shot_dead_is_a_person_and_the_target(analyse) -> None:
    result = analyse("Shooting in Quetta\nUnidentified assailants shot dead Tahir Karim in Quetta on Wednesday.",
                     "2012-05-03")
    assert types(result, "Tahir Karim") == {"PERSON"}
    assert ("Tahir Karim", "PAKCVL") in targets(result, "18")


def test_object_of_a_participle_killing_is_coded(analyse) -> None:
    result = analyse("Hostel attack\nGunmen opened fire outside a hostel in Peshawar on Monday, killing Nisar "
                     "Afridi on the spot.", "2012-05-03")
    assert types(result, "Nisar Afridi") == {"PERSON"}
    assert ("Nisar Afridi", "PAKCVL") in targets(result, "18")


def test_place_after_the_victims_stays_no_person(analyse) -> None:
    result = analyse("Shopkeepers killed\nGunmen shot dead two shopkeepers near Faisal Town in Quetta on "
                     "Monday.", "2012-05-03")
    assert all(name != "Faisal Town" for name, _ in targets(result, "18"))
    assert ("Pakistani shopkeepers", "PAKCVL") in targets(result, "18")


def test_plural_described_group_is_no_name(analyse) -> None:
    result = analyse("Official killed\nDeputy Governor Qamaruddin Shakib was assassinated and four Security Guards "
                     "were injured in a Taliban ambush in Logar Province on April 26.", "2012-05-03")
    assert "PERSON" not in types(result, "Security Guards")


def test_capitalised_post_after_the_is_its_holder(analyse) -> None:
    result = analyse("Office ransacked\nA mob ransacked the office of the Deputy Commissioner in Tura on Monday. "
                     "The Sarpanch was murdered by Maoists in a people's court in Gaya District on Tuesday.",
                     "2012-05-03")
    assert (None, "INDGOV") in targets(result, "17")
    assert (None, "INDGOV") in targets(result, "18")


def test_capitalised_body_or_name_is_no_post(analyse) -> None:
    result = analyse("Police post attacked\nMilitants attacked a camp of the Army in Kupwara on Monday.",
                     "2012-05-03")
    assert ("Indian army", "INDMIL") in targets(result, "19")


def test_body_refused_testimony_before_is_the_target(analyse) -> None:
    result = analyse("Hearing\nFormer aide Oliver North has refused to testify before Congress, citing his "
                     "constitutional rights.", "1987-03-20")
    assert ("Congress", "USALEG") in targets(result, "12")


def test_time_before_a_named_hearing_is_no_target(analyse) -> None:
    result = analyse("Comment\nTexaco Inc declined to comment before the Pennzoil hearing on Friday.", "1987-03-20")
    assert all(name != "Pennzoil" for name, _ in targets(result, "0"))
