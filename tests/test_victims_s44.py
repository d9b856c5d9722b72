"""A victim named after an age in years ("shot dead 28 year old Tahir Karim"), as South Asian reports write,
is a person (actors/mentions.py `_age_before`), so the killing's target is coded; an age no one reaches ("the
200 year old ...") makes no name a person's."""

from __future__ import annotations

from conftest import code_targets as targets
from conftest import entity_types as types


def test_aged_victim_of_shot_dead_is_the_target(analyse) -> None:
    result = analyse("Gunmen shot dead 35 year old Tahir Karim near a market in Karachi on Monday.",
                     "2010-05-04")
    assert ("Tahir Karim", "PAKCVL") in targets(result, "18")
    assert types(result, "Tahir Karim") == {"PERSON"}


def test_hyphenated_age_before_victim(analyse) -> None:
    result = analyse("Gunmen shot dead a 35-year-old Tahir Karim near a market in Karachi on Monday.",
                     "2010-05-04")
    assert ("Tahir Karim", "PAKCVL") in targets(result, "18")


def test_age_no_one_reaches_makes_no_person(analyse) -> None:
    result = analyse("Militants damaged the 200 year old Tahir Karim near a market in Karachi on Monday.",
                     "2010-05-04")
    assert "PERSON" not in types(result, "Tahir Karim")
