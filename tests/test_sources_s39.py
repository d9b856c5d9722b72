"""A bomber who sets off a bomb is a man, not an air force's aircraft (session 39, issue 10): "a suicide
bomber", "the bomber" doing a violent act with no owner named is an unidentified attacker (roles.csv bomber,
UAF) of the country he struck, and his act a bombing, never a military force (MIL) with no country; a bare
plural "bombers" striking is still an armed force's aircraft (sentences we wrote)."""

from __future__ import annotations

import pytest


def _sources(result) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.code if e.source is not None else None) for e in result.events]


@pytest.mark.parametrize("text", [
    "A suicide bomber killed at least 12 people and wounded 30 others at a mosque in Safi tehsil of Mohmand "
    "Agency on September 16.",
    "Nine people were killed on June 2 in Bannu District of Khyber Pakhtunkhwa. The bomber detonated his "
    "explosives vest near a police van.",
])
def test_a_bomber_is_an_unidentified_attacker_of_the_struck_country(analyse, text: str) -> None:
    found = _sources(analyse(text, "2013-06-03"))
    bombings = [code for cameo, code in found if cameo.startswith("18")]
    assert bombings and all(code == "PAKUAF" for code in bombings), found
    assert not any(code is not None and code.endswith("MIL") for _, code in found), found


def test_bombers_with_no_owner_striking_are_still_a_force(analyse) -> None:
    found = _sources(analyse("Bombers struck rebel positions in Kandahar province of Afghanistan on March 1.",
                             "2013-03-02"))
    assert ("190", "AFGMIL") in found, found
