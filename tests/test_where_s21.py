"""Places, session 21: a lone name as what an assault or arrest was done to, read by the gazetteer as a town of
another country than the places the act's own phrases name, is the person's surname, not where it happened."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.actors.knowledge import normalize
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    # "Beltran" and "Ferreira" are towns in Argentina and Portugal: surnames of the captured, not where
    ("Navy special forces captured Beltran on Friday in the western state of Jalisco.", "captured", "Jalisco",
     "MEX"),
    ("Police captured Ferreira at dawn in a house in the Recife suburb.", "captured", "Recife", "BRA"),
])
def test_a_surname_read_as_a_foreign_town_is_no_place_of_the_arrest(
        analyse: Analyse, text: str, trigger: str, name: str, country: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and normalize(name) in normalize(loc.name) and loc.country == country, loc


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a town captured in the country the clause names stays the place (coded 173 as an arrest would be)
    ("Lahore in Pakistan, held by rebels, is captured by the army after a long siege.", "captured", "Lahore"),
    ("Soldiers captured Gulu in northern Uganda.", "captured", "Gulu"),
])
def test_a_captured_town_of_the_clauses_country_stays_the_place(analyse: Analyse, text: str, trigger: str,
                                                               name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and normalize(name) in normalize(loc.name), loc
