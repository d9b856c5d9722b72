""""Calling for" a party to act, or for an act told by a measure of time ("for three days of stoppages"), is an
appeal, never a telephone call (041): the parser hangs "for" on the infinitive or reads it as a time phrase
(event_triggers.csv call rows)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Acme Corp chairman called for government officials to cut the budget deficit quickly.",
    "Farmers in Ohio are calling for the state legislature to raise crop subsidies.",
    "Dock workers at the Ruritanian port have called for three days of stoppages next month.",
])
def test_calling_for_is_no_phone_call(analyse, text: str) -> None:
    codes = [e.cameo for e in analyse(text, "1987-03-04").events]
    assert "041" not in codes, codes


def test_calling_for_a_party_to_act_is_an_appeal(analyse) -> None:
    codes = [e.cameo for e in analyse(
        "Chancellor Helmut Kohl called for the Bundesbank to lower interest rates.", "1987-03-04").events]
    assert any(c.startswith("02") for c in codes), codes


def test_a_party_called_is_still_a_phone_call(analyse) -> None:
    events = analyse("President Ronald Reagan called Prime Minister Yasuhiro Nakasone to discuss the trade "
                     "dispute.", "1987-03-04").events
    calls = [e for e in events if e.cameo == "041"]
    assert calls and calls[0].target is not None and calls[0].target.code.startswith("JPN"), events
