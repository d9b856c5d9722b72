"""A rank the role tables give the state (president, vice president, leader, king) held in a body named after its
"of"/"for" that is no state is that body's, never the government's: a company the tables know gives its code, a
kind noun after the body's name its sector ("the Norte Verde hotel chain" BUS, "the television network X" MED),
and a body nothing tells leaves the person with no sector rather than GOV. A country, the state's own name
("the Republic") or a state body ("the Senate") keeps the rank the state's."""

from __future__ import annotations

import pytest


def _actor(result, name: str):
    for e in result.entities:
        if name in e.name:
            return e.actor
    raise AssertionError(f"no entity {name!r}: {[e.name for e in result.entities]}")


def _sector(result, name: str) -> str | None:
    actor = _actor(result, name)
    return actor.sector if actor else None


@pytest.mark.parametrize(("text", "name"), [
    ("The president of Transportes Ocampo, Tomas Ibarguen, was also charged in the fraud case.", "Tomas Ibarguen"),
    ("Police detained Rodrigo Salcedo, another leader of the Chivatos, in the port on Tuesday.",
     "Rodrigo Salcedo"),
])
def test_a_rank_of_an_unknown_named_body_is_no_government(analyse, text: str, name: str) -> None:
    assert _sector(analyse(text, "2016-03-02"), name) != "GOV"


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Mateo Berrizbeitia, owner and president of the Norte Verde hotel chain, was detained at the airport.",
     "Mateo Berrizbeitia", "BUS"),
    ("Lucia Portillo, the vice president of the country's largest television network Canal Andino, was "
     "questioned on Monday.", "Lucia Portillo", "MED"),
])
def test_a_rank_takes_the_sector_of_the_body_kind(analyse, text: str, name: str, sector: str) -> None:
    assert _sector(analyse(text, "2016-03-02"), name) == sector


def test_the_president_of_a_known_company_is_the_company(analyse) -> None:
    result = analyse("The president of Microsoft said on Monday that the company would cut 2,000 jobs.",
                     "2016-03-02")
    actor = _actor(result, "president")
    assert actor is not None and actor.sector == "BUS" and actor.country == "USA"


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Tomas Ibarguen, the President of the Republic, said on Monday that taxes would rise.", "Tomas Ibarguen",
     "GOV"),
    ("Tomas Ibarguen, the president of the Senate, said the bill would pass.", "Tomas Ibarguen", "LEG"),
])
def test_a_rank_of_the_state_stays_the_state(analyse, text: str, name: str, sector: str) -> None:
    assert _sector(analyse(text, "2016-03-02"), name) == sector


def test_a_rank_in_a_known_union_is_the_union(analyse) -> None:
    actor = _actor(analyse("Tomas Ibarguen, vice president for UAW local 412, said talks resumed on Monday.",
                           "1987-03-02"), "Tomas Ibarguen")
    assert actor is not None and actor.sector == "LAB"
