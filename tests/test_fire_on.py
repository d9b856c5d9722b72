"""Firing on or upon somebody is shooting at them; a person or company fired is dismissed, not shot."""

from __future__ import annotations

import pytest


def _codes(analyse, text: str) -> list[tuple[str, str | None, str | None]]:
    result = analyse(text, "2019-05-03")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Militants fired on a police party in Sopore on Monday.", "INDREB", "INDCOP"),
    ("Unidentified gunmen fired upon a BSF convoy near Pulwama.", "INDUAF", "INDMIL"),
    ("Militants lobbed a grenade at a CRPF bunker in Srinagar.", "INDREB", "INDCOP"),
])
def test_firing_on_a_party_is_an_attack_on_it(analyse, text: str, source: str, target: str) -> None:
    found = _codes(analyse, text)
    assert any(code[:2] in {"18", "19"} and (s, t) == (source, target) for code, s, t in found), found


@pytest.mark.parametrize("text", [
    "The company fired its chief executive on Monday.",
    "He was fired on Monday after the scandal.",
    "The board fired him on Tuesday.",
])
def test_a_dismissal_is_no_shot(analyse, text: str) -> None:
    assert not [c for c in _codes(analyse, text) if c[0][:2] in {"18", "19"}]

