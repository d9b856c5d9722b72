"""Titled and described persons read as one coded actor (actors/titles.py, mentions.py, roles.csv): a name
right after one person's title, whatever the NER made of it; a position in a named body takes the body's
sector and country; a title owned by "its" is held in the organisation the clause is about; a country's
forces are its military. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


# -- 1. a title with "of", or one the NER split from the name ------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    # "<Nationality> Minister of X <Name>": one defence minister, not a "Bolivian Minister" with no one named
    ("Bolivian Minister of Defense Ramiro Quispe has asked Chile to return the two soldiers.", "Ramiro Quispe",
     "BOLMIL"),
    # "<Title> of <Country> <Name>": the NER ran the country into the name
    ("Interior Minister of Peru Daniel Ochoa accused the rebels of the ambush.", "Daniel Ochoa", "PERGOV"),
    # an Indian legislator with no NER entity at all
    ("Police in Bihar arrested former BJP MLA Ramashankar on Monday.", "Ramashankar", "INDPTY"),
    # a soldier's rank before a name the NER took for an organisation
    ("US army private Kevin Dorsey was sentenced for the killing of a cartel informant.", "Kevin Dorsey",
     "USAMIL"),
])
def test_a_name_after_a_title_is_one_person(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_role_words_after_a_title_are_no_name(analyse: Analyse) -> None:
    result = analyse("The NPF MLA Member of Legislative Assembly was attacked in Dimapur on Monday.", DAY)
    assert not any(e.name.startswith("Member") for e in result.entities)


# -- 2. a position in a named body ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    # "the head of <Body> <Name>": the body's sector and the country of a capital in its name
    ("The head of Kabul Ulema Council Mawlawi Habibullah Noori condemned the suicide attack.",
     "Mawlawi Habibullah Noori", "AFGREL"),
    ("The leader of the Gulf Cartel Rodolfo Mendez was arrested in Tamaulipas.", "Rodolfo Mendez", "MEXCRM"),
    # the NER ran the body's name into the person's
    ("The chief of the Honduran National Police Jose Ramon Turcios denied the report.", "Jose Ramon Turcios",
     "HNDCOP"),
    # "<Name>, the head of <Body>": a capital in the body's name places it
    ("Mawlawi Habibullah Noori, the head of Kabul Ulema Council, condemned the suicide attack.",
     "Mawlawi Habibullah Noori", "AFGREL"),
    # the body's own words give its sector when no table knows it, the story its country
    ("In Caracas, the director of the National Anti-Drugs Office, Alberto Marquez, said the cocaine was "
     "seized in Venezuela.", "Alberto Marquez", "VENCOP"),
    # a rank before the name says nothing of the body the position is in
    ("The director of Colombia's National Police, General Pedro Salcedo, met the minister.", "Pedro Salcedo",
     "COLCOP"),
])
def test_a_position_in_a_named_body_is_the_bodys(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_a_position_in_a_bodys_unit_is_the_bodys_not_the_company_the_unit_deals_with(analyse: Analyse) -> None:
    text = ("The UAW said its vice president Thomas Reilly, head of the union's General Motors bargaining unit, "
            "met with officials of the local in Flint.")
    assert code_of(analyse(text, "1987-03-05"), "Thomas Reilly") == "USALAB"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("General Motors Corp said its president Robert Hall met union leaders in Detroit.", "Robert Hall", "USABUS"),
    ("The UAW said its president Owen Marsh would meet Ford's negotiators on Monday.", "Owen Marsh", "USALAB"),
])
def test_its_title_is_held_in_the_organisation_the_clause_is_about(analyse: Analyse, text: str, mention: str,
                                                                   code: str) -> None:
    assert code_of(analyse(text, "1987-03-05"), mention) == code


def test_a_chamber_of_commerce_is_no_legislature(analyse: Analyse) -> None:
    text = "Juan Carlos Rojas, president of the Chamber of Commerce in Lima, criticised the new tax."
    assert code_of(analyse(text, DAY), "Juan Carlos Rojas") == "PERBUS"


# -- 3. described persons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("A Policeman identified as Mohammad Shafi was killed by militants in Sopore, Kashmir.", "Mohammad Shafi",
     "COP"),
    ("Venezuela's opposition marched in Caracas on Monday. Jose Pirulo, a National Assembly deputy, accused "
     "the government of fraud.", "Jose Pirulo", "LEG"),
    ("Mexico's cartels are splitting. Juan Ortega, an academic at UNAM, said the Sinaloa Cartel had lost "
     "two leaders.", "Juan Ortega", "EDU"),
])
def test_a_description_gives_the_sector(analyse: Analyse, text: str, mention: str, sector: str) -> None:
    code = code_of(analyse(text, DAY), mention)
    assert code is not None and code[3:6] == sector


# -- 4. a nationality and a word of sector ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Colombian forces killed a FARC commander in Meta on Sunday.", "Colombian forces", "COLMIL"),
    ("U.S. forces arrested two men in Baghdad on Tuesday.", "U.S. forces", "USAMIL"),
])
def test_a_countrys_forces_are_its_military(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_rebel_forces_are_no_state_military(analyse: Analyse) -> None:
    result = analyse("Rebel forces attacked the army base near Kidal, Mali, on Sunday.", DAY)
    assert not any(e.actor and (e.actor.code or "").endswith("MIL") and "Rebel" in e.name for e in result.entities)


# -- 5. a position or membership written before the name, in a named body ----------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("DEA chief Karen Whitfield visited Bogota on Tuesday.", "Karen Whitfield", "USACOP"),
    ("Pemex director Luis Arriaga met investors in Houston.", "Luis Arriaga", "MEXBUS"),
    ("UN human rights chief Anna Kovac criticised the army.", "Anna Kovac", "IGOUNO"),
    ("Zetas boss Ramiro Lugo was captured near Nuevo Laredo.", "Ramiro Lugo", "MEXCRM"),
    # a described past position in a body named by its acronym
    ("Robert Hollis, who served as an administrator in the DEA in the 1990s, praised the strategy.",
     "Robert Hollis", "USACOP"),
])
def test_a_position_before_the_name_is_held_in_the_named_body(analyse: Analyse, text: str, mention: str,
                                                                code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_words_running_into_a_title_are_no_name(analyse: Analyse) -> None:
    result = analyse("InSight Crime spoke with former Deputy Finance Minister Carlos Aguilar in Tegucigalpa.", DAY)
    assert not any(e.name == "Finance" for e in result.entities)


def test_a_body_with_its_short_form_is_no_person(analyse: Analyse) -> None:
    result = analyse("Kurt Baxter, the commander of US Southern Command (SouthCom), visited Honduras.", DAY)
    assert not any(e.type == "PERSON" and "Southern Command" in e.name for e in result.entities)
    assert code_of(result, "Kurt Baxter") == "USAMIL"


@pytest.mark.parametrize("text", [
    "Philip Baines, Eastern's president, appealed to the unions for concessions.",
    "Eastern's president Philip Baines appealed to the unions.",
])
def test_a_companys_president_is_no_head_of_state(analyse: Analyse, text: str) -> None:
    code = code_of(analyse(text, "1987-03-05"), "Philip Baines")
    assert code is None or not code.endswith("GOV")


def test_a_deputy_trade_representative_is_of_the_government(analyse: Analyse) -> None:
    text = "Deputy U.S. Trade Representative Michael Stone will meet Japanese officials on Friday."
    assert code_of(analyse(text, "1987-03-05"), "Michael Stone") == "USAGOV"


@pytest.mark.parametrize(("text", "mention", "sector"), [
    # a spokesman speaks for the group named before his title
    ("Militants attacked a CRPF camp in Sukma, Chhattisgarh. Police spokesman Ram Prasad said two jawans were "
     "killed.", "Ram Prasad", "COP"),
    # the NER found no name; the run of capitalised words begins with the title's last word
    ("Deputy Inspector General of Police Ravi Verma said the Maoists fled into the forest in Odisha.",
     "Ravi Verma", "COP"),
])
def test_the_title_gives_the_sector(analyse: Analyse, text: str, mention: str, sector: str) -> None:
    code = code_of(analyse(text, DAY), mention)
    assert code is not None and code.endswith(sector)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("White House spokesman Mark Hale said the president would veto the bill.", "Mark Hale", "USAGOV"),
    ("State Department spokesman Carl Redding criticised Iran.", "Carl Redding", "USAGOV"),
])
def test_a_seat_of_government_in_a_title_is_its_countrys(analyse: Analyse, text: str, mention: str,
                                                          code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_a_person_a_named_group_owns_is_its_member(analyse: Analyse) -> None:
    text = "Bolivian police identified the PCC's Joao Ferreira as the man behind the gang's air bridge."
    assert code_of(analyse(text, DAY), "Joao Ferreira") == "BRACRM"
