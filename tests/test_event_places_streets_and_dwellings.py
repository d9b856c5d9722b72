"""Event and entity places of streets and dwellings: a street, square or market the gazetteer lacks is in the
town the text puts it in ("on Kasi Road in Quetta", "at Sariab Road of Quetta": Quetta, a place on the map),
in the country the article is about; a name owning a dwelling ("raided Benitez's home") is a person's, no
town's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_with, event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "town", "country"), [
    ("Unidentified gunmen shot dead a shopkeeper on Baldev Road in Quetta on Tuesday.", "shot", "Quetta",
     "PAK"),
    ("Gunmen killed two traders at Sadar Road of Peshawar on Monday.", "killed", "Peshawar", "PAK"),
    ("Police fired tear gas at protesters in Freedom Square in Tbilisi on Sunday.", "fired", "Tbilisi", "GEO"),
])
def test_a_street_is_in_its_town(analyse: Analyse, text: str, trigger: str, town: str, country: str) -> None:
    loc = event_on(analyse(text, "2015-03-12"), trigger).location
    assert loc is not None and loc.name == town and loc.country == country and loc.lat is not None


def test_the_street_entity_takes_its_town(analyse: Analyse) -> None:
    result = analyse("Unidentified gunmen shot dead a shopkeeper on Baldev Road in Quetta on Tuesday.",
                     "2015-03-12")
    place = entity_with(result, "Baldev Road").place
    assert place is not None and place.name == "Quetta"


def test_a_street_with_no_town_stays_unresolved(analyse: Analyse) -> None:
    loc = event_on(analyse("Gunmen shot a trader on Kasba Road on Sunday.", "2015-03-12"), "shot").location
    assert loc is None or loc.lat is None


def test_a_dwelling_owner_is_no_town(analyse: Analyse) -> None:
    text = ("Salvadoran prosecutors accuse former defense minister Carlos Benitez of arms trafficking. "
            "Prosecutors raided Benitez's home in July, finding 29 rifles.")
    result = analyse(text, "2016-05-02")
    loc = event_on(result, "raided").location
    assert loc is None or loc.name != "Benitez"
