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


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the NER types such names a person or nothing: the first word of the name says it is a place
    ("The Syrian Army captured Jabal al-Nasr after killing 20 fighters.", "captured", "Jabal al-Nasr"),
    ("Syrian troops have been shelling the rebels at Tell Hamra in preparation for another attack.",
     "shelling", "Tell Hamra"),
    ("Gunmen attacked Wadi Khaled overnight.", "attacked", "Wadi Khaled"),
])
def test_a_name_begun_by_a_word_for_a_kind_of_place_is_a_place(analyse: Analyse, text: str, trigger: str,
                                                              name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and loc.name == name, loc


def test_a_given_name_that_is_also_a_word_for_a_hill_names_no_place(analyse: Analyse) -> None:
    # "Tal" (a hill in Arabic) is also a Hebrew given name: no row, so "shot Tal Cohen" is a person shot
    loc = event_on(analyse("Palestinian gunmen shot Tal Cohen on Monday.", None), "shot").location
    assert loc is None, loc
