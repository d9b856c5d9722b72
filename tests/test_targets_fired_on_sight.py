"""A violent act with no target of its own, done on first seeing someone ("On spotting the Police, the
Maoists opened fire": a perception gerund under on, upon or after), is aimed at the one seen; not when the
act names its own target, and not a place seen."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "target"), [
    ("On spotting the Security Forces in Sukma District of Chhattisgarh, Maoists opened fire.", "INDMIL"),
    ("On seeing the Police party near Jamui in Bihar, the Maoists opened fire.", "INDCOP"),
    ("Upon seeing the Police approaching in Gadchiroli District of Maharashtra, the Maoists opened fire.",
     "INDCOP"),
])
def test_the_one_seen_is_fired_on(analyse, text: str, target: str) -> None:
    result = analyse(text, "2016-04-16")
    assert any(t == target for _, t in readings(result, "opened")), readings(result, "opened")


def test_no_target_from_sight_without_it(analyse) -> None:
    # the clause names what was fired at itself: the one seen stays out
    result = analyse("On seeing the Police near Jamui in Bihar, the Maoists opened fire at a passing bus.",
                     "2016-04-16")
    assert all(t != "INDCOP" for _, t in readings(result, "opened")), readings(result, "opened")
