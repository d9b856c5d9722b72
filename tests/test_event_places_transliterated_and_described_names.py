"""Event places named in ways the NER and tagger miss: a transliterated name whose opening ayn mark the
tokenizer splits off ("the town of ‘Ufaniyah"), a village whose name is also a big city's abroad, a district
whose namesakes abroad the gazetteer does not call by that kind word ("Magura District"), a name placed by its
distance from another place with no comma, a name an apposition calls a community of some place, and a
Spanish or Portuguese name the NER ended at its particle ("Rio Grande" of "Rio Grande do Sul")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_with, event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name", "feature", "country"), [
    # an ayn mark opening the name: the word after it is a name, even where the tagger reads a common noun
    ("Rebel fighters launched an assault on the army base near the Quneitra Governorate town of ‘Ufaniyah "
     "on Sunday.", "assault", "Ufaniyah", "unresolved", None),
    # a village is never a city of a hundred thousand people ("Tabriz" is an Iranian city)
    ("Syrian jets bombed the village of Tabriz on Monday.", "bombed", "Tabriz", "unresolved", None),
    ("Iranian police arrested two smugglers in Tabriz on Monday.", "arrested", "Tabriz", "city", "IRN"),
    # a name before "District" is the namesake the gazetteer knows by that kind word (Bangladesh's Magura, not
    # Romania's towns of the name)
    ("Unidentified gunmen shot dead a trader in Magura District on Monday, reports a Dhaka daily.", "shot",
     "Magura", "city", "BGD"),
    # "X 15 kilometers south of Y" with no comma: only a place is placed so
    ("Tribal fighters seized the village of Qarqur 15 kilometers (9 miles) south of Sanaa on Tuesday.",
     "seized", "Qarqur", "unresolved", "YEM"),
    # "X, a community in Y": the apposition says the act's object is a settlement, not a person
    ("Gunmen stormed Kwanan Bature, a community in Bassa Local Government Area, killing six people.", "stormed",
     "Kwanan Bature", "unresolved", None),
    ("Gunmen killed nine farmers in Kirawa-Jimni, a community in Gwoza Local Government Area of Borno State.",
     "killed", "Kirawa-Jimni", "unresolved", "NGA"),
    # a name the NER cut before or at its particle is the whole name the gazetteer knows
    ("Gunmen killed three police officers in Valle del Cauca on Monday.", "killed", "Valle del Cauca Department",
     "admin1", "COL"),
    ("Gunmen killed three police officers in Rio Grande do Sul on Monday.", "killed", "Rio Grande do Sul",
     "admin1", "BRA"),
    ("Gunmen killed three police officers in Santa Cruz de la Sierra on Monday.", "killed",
     "Santa Cruz de la Sierra", "city", "BOL"),
])
def test_the_named_place_is_where(analyse: Analyse, text: str, trigger: str, name: str, feature: str,
                                  country: str | None) -> None:
    loc = event_on(analyse(text, "2016-05-02"), trigger).location
    assert loc is not None and (loc.name, loc.feature) == (name, feature)
    assert country is None or loc.country == country


@pytest.mark.parametrize(("text", "trigger", "not_name"), [
    # a word a quotation opens with the same mark is no name
    ("Residents chanted ‘Freedom’ as Syrian soldiers fired on the crowd in Daraa on Friday.", "fired", "Freedom"),
    # a people called a community, with no place of its own, is no settlement
    ("Gunmen attacked the Tiv, a farming community, on Sunday.", "attacked", "Tiv"),
])
def test_no_place_from_a_quotation_or_a_people(analyse: Analyse, text: str, trigger: str, not_name: str) -> None:
    loc = event_on(analyse(text, "2016-05-02"), trigger).location
    assert loc is None or loc.name != not_name


def test_an_entity_cut_before_its_particle_is_the_whole_place(analyse: Analyse) -> None:
    result = analyse("Smugglers carried the cocaine from Bolivia into Rio Grande do Sul last week.", "2016-05-02")
    place = entity_with(result, "Rio Grande").place
    assert place is not None and (place.name, place.country) == ("Rio Grande do Sul", "BRA")
