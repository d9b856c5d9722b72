"""What a named person is, from the article (actors/titles.py, role_phrases.py, roles.csv): an alias marks a
criminal unless a description says otherwise; several holders of a domestic office named with "the" and no
country are a body of the story's country; "ex-" before a role makes its holders former ones. All sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


# -- 1. an alias marks a criminal, a description wins ---------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    # an alias and nothing else: a criminal of the story's country
    ("Pedro Gomez, alias El Gato, was killed by soldiers in Culiacan, Mexico.", "Pedro Gomez", "MEXCRM"),
    ("Police in Colombia arrested Juan Rodriguez, alias 'El Montanero', on Monday.", "Juan Rodriguez",
     "COLCRM"),
    # the description after the nickname says who he is, wherever the parser hangs it
    ("Police arrested Jose Perez, alias El Gordo, a former mayor, in Lima.", "Jose Perez", "PERELI"),
    ("Police arrested Jose Perez, alias 'El Gordo,' a Peruvian businessman, in Lima.", "Jose Perez",
     "PERBUS"),
    ("Police arrested Jose Perez, alias El Gordo, the mayor of Callao, in Lima.", "Jose Perez", "PERGOV"),
])
def test_alias_marks_a_criminal_unless_described(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_alias_needs_a_nickname_after_it(analyse: Analyse) -> None:
    # "alias" ending the clause names no nickname: no criminal read from it
    result = analyse("Police in Lima questioned Maria Soto about the alias.", DAY)
    assert code_of(result, "Maria Soto") != "PERCRM"


# -- 2. the holders of a domestic office, with no country, are the story's ------------------------------------

def test_the_senators_are_the_dateline_countrys_legislature(analyse: Analyse) -> None:
    result = analyse("SANTO DOMINGO, May 2 - The senators approved the bill on Monday. President Danilo "
                     "Medina signed it.", DAY)
    assert code_of(result, "The senators") == "DOMLEG"


def test_the_governors_meeting_in_a_country_are_its(analyse: Analyse) -> None:
    result = analyse("The governors met in Mexico City on Monday to discuss security.", DAY)
    assert code_of(result, "The governors") == "MEXGOV"


def test_ministers_are_no_domestic_body(analyse: Analyse) -> None:
    # ministers are often visitors: several of them with no country stay unplaced
    result = analyse("The ministers met in Mexico City on Monday to discuss security.", DAY)
    assert all(e.actor is None or e.actor.code != "MEXGOV" for e in result.entities
               if any(m.text == "The ministers" for m in e.mentions))


def test_the_majors_are_no_army(analyse: Analyse) -> None:
    # a rank's plural is another word ("the majors": the big oil companies): no body of the story's army
    result = analyse("NEW YORK, March 2 - He said most of the majors found partners in the last round.",
                     "1987-03-03")
    assert not any(e.actor is not None and (e.actor.code or "").endswith("MIL") for e in result.entities)


# -- 3. "ex-" before a role --------------------------------------------------------------------------------

def test_ex_governor_is_an_elite(analyse: Analyse) -> None:
    result = analyse("Prosecutors in Mexico charged the ex-governor of Veracruz with fraud.", DAY)
    assert code_of(result, "ex-governor of Veracruz") == "MEXELI"


# -- 4. a former position in a named body, a party's candidate, a plural title before several names ----------

def test_former_director_of_a_named_body_is_an_elite(analyse: Analyse) -> None:
    result = analyse("Prosecutors jailed Mario Zelaya -- former director of the Honduran Social Security Institute "
                     "-- on Monday.", DAY)
    assert code_of(result, "Mario Zelaya") == "HNDELI"


def test_former_director_of_a_company_stays_business(analyse: Analyse) -> None:
    result = analyse("Acme Corp said John Smith, the former director of Beta Inc, joined its board.", DAY)
    assert (code_of(result, "John Smith") or "").endswith("BUS")


def test_a_partys_candidate_is_of_a_party(analyse: Analyse) -> None:
    result = analyse("MEXICO CITY - Gunmen killed Rodolfo Cantu, the party's candidate for governor, in "
                     "Tamaulipas on Monday.", DAY)
    # the sector; the country of a party's person is home.py's to give (a PTY is not yet placed by the story)
    assert (code_of(result, "Rodolfo Cantu") or "").endswith("PTY")


@pytest.mark.parametrize("text", [
    "Gunmen in Guatemala killed reporters Danilo Perez and Federico Solis on Monday.",
    "Gunmen in Guatemala killed journalists Danilo Perez, Ana Rios and Federico Solis on Monday.",
])
def test_a_plural_title_before_coordinated_names_is_each_ones(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    assert code_of(result, "Danilo Perez") == "GTMMED"
    assert code_of(result, "Federico Solis") == "GTMMED"


def test_a_singular_title_is_the_first_names_only(analyse: Analyse) -> None:
    result = analyse("Police in Guatemala arrested journalist Danilo Perez and Federico Solis on Monday.", DAY)
    assert code_of(result, "Danilo Perez") == "GTMMED"
    assert code_of(result, "Federico Solis") != "GTMMED"


# -- 5. a rank in a group named by its crime ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Julio Lozano, a leader of a drug trafficking network, was arrested in Bogota.",
    "Julio Lozano, the leader of a smuggling ring, was arrested in Bogota.",
    "Police in Bogota arrested Julio Lozano on Monday. According to prosecutors, Lozano is a leader of an "
    "international drug-trafficking network.",
])
def test_a_leader_of_a_criminal_network_is_a_criminal(analyse: Analyse, text: str) -> None:
    assert code_of(analyse(text, DAY), "Julio Lozano") == "COLCRM"


def test_a_leader_of_a_trade_network_stays_unmarked(analyse: Analyse) -> None:
    # a network named by no crime says nothing of a criminal
    result = analyse("Julio Lozano, a leader of a coffee growers network, spoke in Bogota.", DAY)
    assert not (code_of(result, "Julio Lozano") or "").endswith("CRM")
