"""Event triggers: drugs or arms a named criminal or armed group owns ("belonging to", "owned by") found,
discovered, recovered or captured by a force are seized from that group (171), as "seized" reads them; with no
owner named, none. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-05-02"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Colombian police recovered 20 kilos of heroin belonging to the Urabenos in Turbo.", "COLCOP", "COLCRM"),
    ("Troops recovered a large cache of weapons belonging to the ELN.", "COL", "COLREB"),
    ("Soldiers discovered two tons of cocaine owned by the Rastrojos.", "COL", "COLCRM"),
    ("Authorities found 12 tons of cocaine belonging to the Rastrojos.", "COL", "COLCRM"),
])
def test_owned_drugs_or_arms_found_are_seized_from_their_owner(analyse: Analyse, text: str, source: str,
                                                                target: str) -> None:
    assert_mention(analyse(text, DAY), "171", source, target)


@pytest.mark.parametrize("text", [
    "Colombian police found 3 kilos of cocaine in a car in Turbo.",
    "Mexican soldiers discovered a cache of weapons in a house in Culiacan.",
])
def test_drugs_or_arms_found_with_no_owner_are_no_seizure_from_anyone(analyse: Analyse, text: str) -> None:
    assert not any(code == "171" and target for code, _, target in mention_codes(analyse(text, DAY)))


@pytest.mark.parametrize("text", [
    "Colombian troops captured three ELN guerrillas carrying weapons.",
    "Mexican police found the bodies of two Zetas members with weapons in a house.",
])
def test_people_caught_or_found_with_arms_are_no_seizure(analyse: Analyse, text: str) -> None:
    assert "171" not in {code for code, _, _ in mention_codes(analyse(text, DAY))}
