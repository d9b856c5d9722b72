"""Error classes found by the issue-10 audits: releases of texts are no release of people, a conviction is
a finding of guilt (116), not a detention (173)."""

from __future__ import annotations

import pytest


def cameos(result) -> set[str]:
    return {e.cameo for e in result.events}


@pytest.mark.parametrize(("text", "released"), [
    ("A cable released by the embassy described the talks with Iranian officials.", False),
    ("The report released by the United Nations criticised Brazil.", False),
    ("Prisoners released by Colombia crossed into Venezuela on Monday.", True),
])
def test_a_participle_release_needs_people_as_the_noun_it_modifies(analyse, text, released) -> None:
    assert any(c.startswith("08") for c in cameos(analyse(text, "2023-03-13"))) is released


def test_a_conviction_is_a_finding_of_guilt(analyse) -> None:
    found = cameos(analyse("A Mexican court convicted the former governor of Veracruz.", "2023-03-13"))
    assert "116" in found
    assert "173" not in found


@pytest.mark.parametrize("text", [
    "A Colombian judge found the former mayor of Cali guilty of corruption.",
    "The former mayor of Cali was found guilty of corruption by a Colombian court.",
])
def test_found_guilty_is_116(analyse, text) -> None:
    assert "116" in cameos(analyse(text, "2023-03-13"))


def test_a_rejected_accusation_is_016_and_a_rejected_offer_stays_a_rejection(analyse) -> None:
    assert "016" in cameos(analyse("The Honduran government rejected the accusations made by Nicaragua.", "2023-03-13"))
    found = cameos(analyse("The Honduran government rejected the offer made by Nicaragua.", "2023-03-13"))
    assert "016" not in found


def test_an_acquittal_is_no_finding_of_guilt(analyse) -> None:
    result = analyse("A Honduran court found the two police officers not guilty of the murder on Friday.",
                     "2016-05-02")
    assert not [m for e in result.events for m in e.mentions if m.trigger == "found" and e.cameo == "116"]
