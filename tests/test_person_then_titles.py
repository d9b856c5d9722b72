"""A person told as "then-<title>" acts in that office at the narrated time: of the office's sector (GOV, JUD),
as a coder codes him for an act of his term, not of the elites (ELI) as a "former" holder is."""

from __future__ import annotations

import pytest


def _code(result, name: str) -> str | None:
    for e in result.entities:
        if name in e.name:
            return e.actor.sector if e.actor else None
    raise AssertionError(f"no entity {name!r}: {[e.name for e in result.entities]}")


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Killings rose in the years after then-President Ramon Olvidera launched his offensive against the gangs "
     "of Sonora.", "Ramon Olvidera", "GOV"),
    ("Pedro Saldivar, then Interior Minister of Peru, met the rebels in 2004.", "Pedro Saldivar", "GOV"),
])
def test_a_then_title_is_the_office_held(analyse, text: str, name: str, sector: str) -> None:
    code = _code(analyse(text, "2015-06-02"), name)
    assert code is not None and code == sector


def test_a_former_title_stays_elite(analyse) -> None:
    code = _code(analyse("Pedro Saldivar, the former Interior Minister of Peru, met the rebels on Monday.",
                         "2015-06-02"), "Pedro Saldivar")
    assert code is not None and code == "ELI"
