"""Threats told of a kind in the simple present (sense_rules.csv, slot generic_subject): a bare plural doer that
"threatens" or "intimidates" describes how a racket works, no one threat; a dated threat in the past, or a
present threat to do something, stays a threat (13x)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "threat"), [
    ("Extortion is the main income of the gangs in Honduras. Extortionists threaten bus owners, but it is the "
     "drivers who suffer the reprisals.", False),
    ("Extortion is the main income of the gangs in Honduras. The extortionists threatened the bus owners on "
     "Monday.", True),
])
def test_generic_threats_are_no_events(analyse: Analyse, text: str, threat: bool) -> None:
    assert any(code.startswith("13") for code in event_codes(analyse(text, "2016-05-03"))) == threat
