"""Named people the actor stage leaves with no code at all: a name before a bracketed age is a person's
whatever the NER typed it ("Aqib Manzoor Dar (21)"); such a person an act's part or description gives a
sector to takes the country of the act's sentence or story ("militants fired at X (21) ... in Anantnag
District" INDCVL), and stays uncoded when nothing gives him a sector. A role written with its modifiers
("a military police officer") is that role's sector, not the one its first adjective names (COP, not MIL);
the staff of a named force listed by name are of its code ("two FC personnel, identified as X and Y"
PAKMIL, each of them)."""

from __future__ import annotations

import pytest

from conftest import party_code


def _party_codes(result, trigger: str, slot: str) -> set[str | None]:
    return {party_code(e, slot) for e in result.events if any(m.trigger == trigger for m in e.mentions)}


@pytest.mark.parametrize(("text", "trigger", "slot", "code"), [
    # a bracketed age after the name makes it a person's; a victim of militants is a civilian
    ("Militants fired at Bashir Ahmad Mir (24), of Nowgam at Chursoo village in Awantipora District on "
     "June 3, reports Daily Excelsior.", "fired", "target", "INDCVL"),
    ("Suspected militants shot dead Rafiq Hussain Bhat (35) at Khrew village in Pulwama District on "
     "July 9.", "shot", "target", "INDCVL"),
    # a military police officer is police, whether named as a victim or as a group of doers
    ("A military police officer was shot dead by gang members in Rio de Janeiro on Sunday.", "shot",
     "target", "BRACOP"),
    ("Military police killed three gang members in a shootout in Sao Paulo on Friday.", "killed", "source",
     "BRACOP"),
    # the staff of a named force listed by name are of its code, each name of the list
    ("Two Frontier Corps (FC) personnel, identified as Gul Zaman and Azhar Khan, were shot dead in Quetta "
     "on May 3.", "shot", "target", "PAKMIL"),
    ("Two Border Security Force personnel, identified as Ravi Kumar and Sunil Murmu, were killed by "
     "militants in Kupwara District on June 2.", "killed", "target", "INDMIL"),
    # a longer role with an adjective keeps its own reading
    ("Gunmen killed a senior police officer in Quetta on Monday.", "killed", "target", "PAKCOP"),
])
def test_unplaced_person_and_phrase_role(analyse, text, trigger, slot, code):
    assert code in _party_codes(analyse(text, "2016-06-04"), trigger, slot)


def test_unplaced_person_with_no_sector_stays_uncoded(analyse):
    # nothing says who Farid Khan is nor makes his part a civilian's or a criminal's: no bare country
    result = analyse("Farid Khan met the district commissioner in Peshawar on Monday.", "2016-06-04")
    codes = {party_code(e, slot) for e in result.events for slot in ("source", "target")}
    assert "PAK" not in codes
