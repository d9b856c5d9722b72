"""What a seizure takes from the people a pronoun names ("seized two pistols from their possession") is taken
from those just arrested (events/detect.py `_taken_from_them`); a weapon named by its make is no actor
(not_actors.csv); opening a factory is no opening of fire (sense_rules.csv opened_site). Sentences written for
these tests after SATP and InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-08-30"


@pytest.mark.parametrize(("text", "reading"), [
    ("Police arrested ten suspects in Karachi on August 29. The police seized four hand grenades, a Kalashnikov, "
     "two pistols and ammunition from their possession.", ("PAKCOP", "PAKCRM")),
    ("Police arrested two militants in Quetta on August 29. The police seized two pistols from them.",
     ("PAKCOP", "PAKREB")),
])
def test_a_seizure_from_them_takes_from_the_arrested(analyse: Analyse, text: str,
                                                      reading: tuple[str, str]) -> None:
    assert readings(analyse(text, DAY), "seized") == {reading}


def test_a_seizure_from_them_with_no_arrest_told_names_no_one(analyse: Analyse) -> None:
    # no one was arrested: "them" is read by no arrest, and the rifle is no party
    result = analyse("The Rangers raided a house in Lyari on August 29. They seized a Kalashnikov from them.", DAY)
    assert all(target is None for _, target in readings(result, "seized"))


def test_a_weapon_named_by_its_make_is_no_actor(analyse: Analyse) -> None:
    result = analyse("Police arrested two men in Karachi on August 29 and seized a Kalashnikov from them.", DAY)
    assert "Kalashnikov" not in {e.name for e in result.entities if e.actor is not None}


def test_opening_a_rifle_factory_is_no_use_of_force(analyse: Analyse) -> None:
    result = analyse("Venezuela is set to open a Kalashnikov rifle factory with the assistance of the Russian arms "
                     "company Rosoboronexport.", "2019-01-10")
    assert not [e for e in result.events if e.cameo.startswith("19")]


def test_opening_fire_is_still_a_use_of_force(analyse: Analyse) -> None:
    result = analyse("Militants opened fire on a police patrol in Quetta on August 29.", DAY)
    assert [e for e in result.events if e.cameo[:2] in {"18", "19"}]
