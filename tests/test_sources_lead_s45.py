"""The doer of a nominal act named by its modifier when a day's possessive comes first (events/sources.py
`noun_own_source`): "Friday's Iranian missile attack" is Iran's, as "the Iranian missile attack" is; a
possessive that names a party still gives the doer."""

from __future__ import annotations

import pytest

DAY = "1987-10-19"


def _source(result, trigger: str) -> str | None:
    codes = {e.source.code if e.source else None for e in result.events
             if any(m.trigger == trigger for m in e.mentions)}
    assert len(codes) == 1, f"{trigger!r}: {codes}"
    return codes.pop()


@pytest.mark.parametrize(("text", "code"), [
    ("U.S. warships shelled an oil platform in the Gulf in retaliation for Friday's Iranian missile attack on "
     "a U.S. flag tanker.", "IRN"),
    ("Iran condemned last week's Iraqi air raid on the Kharg island terminal.", "IRQ"),
    # a party's possessive is the doer, as before
    ("Iran condemned Iraq's air raid on the Kharg island terminal.", "IRQMIL"),
])
def test_a_days_possessive_is_no_owner(analyse, text, code) -> None:
    trigger = "attack" if "attack" in text else "raid"
    assert _source(analyse(text, DAY), trigger) == code
