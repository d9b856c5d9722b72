"""A violent act read as done to a place or a name no table codes ("opened fire on X Road") is done to the ones
its participle or coordinated act harmed or aimed at, when the sentence names them; a coded target stays; kin a
naming phrase names ("fired at two brothers identified as X and Y") are the people fired at."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Police said armed assailants opened fire on Kacha Road of Sibi on Monday, killing a trader, Ali Ahmed, "
     "on the spot.", "opened", "PAK"),
    ("Unidentified gunmen opened fire on Jail Road of Turbat on Friday, killing a shopkeeper, Karim Baloch.",
     "opened", "PAK"),
])
def test_the_people_harmed_at_a_place_are_the_target(analyse, text: str, trigger: str, expected: str) -> None:
    found = readings(analyse(text, "2012-01-02"), trigger) or readings(analyse(text, "2012-01-02"), "killing")
    # (the person killed, of the story's country, not the uncoded road)
    assert found and all(t and t.startswith(expected) for _, t in found), found


def test_a_coded_party_fired_at_stays_the_target(analyse) -> None:
    found = readings(analyse("Pakistani troops fired at Indian posts in Samba sector on Monday, injuring two "
                             "farmers.", "2012-01-02"), "fired")
    assert found and all(t is not None for _, t in found), found


def test_named_kin_fired_at_are_the_target(analyse) -> None:
    # family members a naming phrase names are people fired at, as "two traders" are
    found = readings(analyse("Unidentified gunmen fired at two brothers identified as Sher Khan and Dost Khan in "
                             "Zhob on Monday.", "2012-01-02"), "fired")
    assert found and all(t == "PAKCVL" for _, t in found), found
