"""A claim of responsibility (CAMEO 015) is aimed at the target of the act claimed as that act's own row reads
it ("for the attack on the army": the army), never at where the act happened ("for two bombings in Ecuador's
largest city": no target, not Ecuador)."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "expected"), [
    ("The Popular Combatants Group has claimed responsibility for two bombings in Ecuador's largest city.",
     None),
    ("Jaish-e-Mohammad claimed responsibility for the attack in Pakistan's largest city on Monday.", None),
    ("The TTP claimed responsibility for the attack on Pakistan's army.", "PAKMIL"),
    ("The TTP claimed responsibility for the killing of Senator Ali Khan in Peshawar.", "PAKLEG"),
])
def test_a_claim_is_aimed_at_the_claimed_acts_target(analyse, text: str, expected: str | None) -> None:
    result = analyse(text, "2012-05-01")
    found = readings(result, "claimed")
    assert found and {t for _, t in found} == {expected}, found
