"""Force or coercion on premises whose kind alone says what kind of body owns them (`party_words.csv`
premises_owner: a mobile tower is a telecom operator's, a bank a business, a block or tehsil office the
government's) is done to a body of that sector of the clause's place's country; a building word whose
modifiers name the kind ("a tehsil office building") is read the same way; premises of no such kind ("a
tower") give no target."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Maoist cadres torched a mobile tower near Dumri village in Giridih District of Jharkhand on June 3.",
     "torched", "INDBUS"),
    ("A cell tower was blown up by Maoists near Dumri village in Giridih District of Jharkhand on June 3.",
     "blown", "INDBUS"),
    ("Armed robbers looted a bank branch in Savar of Dhaka District in Bangladesh on June 3.", "looted",
     "BGDBUS"),
    ("Maoists blew up the tehsil office building at Dumri in Giridih District of Jharkhand on June 3.", "blew",
     "INDGOV"),
])
def test_premises_stand_for_their_kind_of_owner(analyse, text: str, trigger: str, target: str) -> None:
    result = analyse(text, "2016-06-04")
    assert any(t == target for _, t in readings(result, trigger)), readings(result, trigger)


def test_premises_of_no_owner_kind_name_no_target(analyse) -> None:
    result = analyse("Maoist cadres torched a tower near Dumri village in Giridih District of Jharkhand on June 3.",
                     "2016-06-04")
    assert all(t is None for _, t in readings(result, "torched")), readings(result, "torched")
