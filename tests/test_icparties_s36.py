"""Parties in crime news (actors/mentions.py, actors/candidates.py): a given name written like a country, a
city or a nationality word ("German", "Israel", "Salvador", given_names.csv) opening a person's name is his
first name, not his country; and the words of a person's name the of-phrase of a body ends on are no
place ("the government of President Salvador ..."). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_with, readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-03-16"


@pytest.mark.parametrize(("text", "name"), [
    ("Villagers in Guatemala seized the two suspects, identified as German Ernesto Paz Orellana and Rigoberto "
     "Sosa Lemus, who were then lynched.", "German Ernesto Paz Orellana"),
    ("Police in Michoacan said the accountant answered directly to German Raul Ortega Campos, a senior "
     "member of the gang.", "German Raul Ortega Campos"),
    ("Brazilian police are investigating the killing of 16-year-old Israel Souza Junior in Santa Catarina.",
     "Israel Souza Junior"),
    ("The municipal police chief, Salvador Ramon Cruz Medina, defended his officers in San Miguel, El Salvador.",
     "Salvador Ramon Cruz Medina"),
])
def test_a_given_name_written_like_a_country_opens_the_name(analyse: Analyse, text: str, name: str) -> None:
    result = analyse(text, DAY)
    ent = entity_with(result, name)
    code = ent.actor.code if ent.actor else None
    assert code is None or code[:3] not in {"DEU", "ISR", "BRA"}, code


def test_the_lynched_man_named_german_is_no_german(analyse: Analyse) -> None:
    text = ("Villagers in Guatemala seized the two suspects, identified as German Ernesto Paz Orellana and "
            "Rigoberto Sosa Lemus, who were then lynched.")
    found = readings(analyse(text, DAY), "lynched")
    assert found and all(t is None or not t.startswith("DEU") for _, t in found), found


def test_the_government_of_a_president_named_salvador_is_not_brazil(analyse: Analyse) -> None:
    text = "The government of President Salvador Sanchez Ceren says these measures cut murders in El Salvador."
    ent = entity_with(analyse(text, DAY), "The government of President Salvador Sanchez Ceren")
    assert ent.actor is not None and ent.actor.code == "SLVGOV", ent.actor


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("German Chancellor Helmut Kohl met French President Francois Mitterrand in Bonn.", "Helmut Kohl", "DEUGOV"),
    ("West German banker Karl Otto Poehl criticised the U.S. Treasury.", "Karl Otto Poehl", "DEUBUS"),
    ("The Israel Defense Forces raided a village near Nablus.", "Israel Defense Forces", "ISRMIL"),
])
def test_a_nationality_or_a_body_before_a_name_still_tells_the_country(analyse: Analyse, text: str,
                                                                         mention: str, code: str) -> None:
    ent = entity_with(analyse(text, DAY), mention)
    assert ent.actor is not None and ent.actor.code == code, ent.actor
