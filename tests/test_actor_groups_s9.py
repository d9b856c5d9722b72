"""Named criminals, armed groups and their members (actors/merge.py, coding.py, organizations*.csv,
office_holders_nonstate.csv, national_bodies.csv): a person the article describes as running or ranking in a
named armed or criminal group takes the group's code wherever in the article the description stands (a rank
right after the group's name, "X led the Y cartel", "X, alias 'Z', leader of the Y cartel", the alias and
the double surname merging the mentions); groups of the crime and armed-conflict news and their country;
Brazil's militias CRM; an alliance of parties no armed group. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of, entity_with
from newsevents import ArticleResult
from newsevents.actors.merge import names_compatible

Analyse = Callable[..., ArticleResult]
DAY = "2016-05-03"


# -- 1. a person in a named group takes the group's code -----------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    # a rank right after the group's name (possessive or not) is held in the group, never a government's
    ("FARC's leader Rafael Gomez was wounded in a bombing raid in Meta, Colombia.", "Rafael Gomez", "COLREB"),
    ("Segunda Marquetalia commander Pedro Salas was killed in an ambush in Apure.", "Pedro Salas", "COLREB"),
    # a verb of running the group, also in a relative clause
    ("Mario Torres Lugo led the Gulf Cartel until soldiers captured him in 2012.", "Mario Torres Lugo",
     "MEXCRM"),
    ("Police arrested Raul Ibarra Soto, who heads the Sinaloa Cartel's cell in Sonora.", "Raul Ibarra Soto",
     "MEXCRM"),
    # the position after an alias is the named person's
    ('Marines captured Andres Mejia, alias "El Flaco", leader of the Gulf Cartel, in Reynosa.', "Andres Mejia",
     "MEXCRM"),
])
def test_a_member_of_a_named_group_takes_its_code(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_the_description_holds_for_later_mentions_under_the_double_surname(analyse: Analyse) -> None:
    text = ("Jesus Salinas Cardenas led the Gulf Cartel for six years. Salinas Cardenas was detained by soldiers "
            "in Reynosa.")
    result = analyse(text, DAY)
    assert code_of(result, "Salinas Cardenas") == "MEXCRM"
    assert code_of(result, "Jesus Salinas Cardenas") == "MEXCRM"


def test_an_alias_is_the_same_person(analyse: Analyse) -> None:
    text = ('The army killed Jorge Ramos Diaz, alias Manuel Cardona, in November. Ramos Diaz had led the '
            "FARC's southern bloc.")
    result = analyse(text, DAY)
    assert {e.id for e in result.entities if any(m.text in {"Jorge Ramos Diaz", "Manuel Cardona"}
                                                  for m in e.mentions)} == {
        next(e.id for e in result.entities if any(m.text == "Jorge Ramos Diaz" for m in e.mentions))}


def test_a_president_who_leads_a_party_keeps_his_office(analyse: Analyse) -> None:
    # only armed and criminal groups: a party leader's office is not replaced by the party
    text = "President Enrique Pena Nieto led the PRI to victory in the state elections."
    assert code_of(analyse(text, DAY), "Enrique Pena Nieto") == "MEXGOV"


def test_double_surnames_and_given_names() -> None:
    assert names_compatible("Sanchez Arellano", "Fernando Sanchez Arellano")
    assert not names_compatible("Juan Antonio Hernandez", "Juan Orlando Hernandez")
    assert not names_compatible("Lopez Obrador", "Fernando Sanchez Arellano")


# -- 2. named groups and well-known leaders ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Frente Oliver Sinisterra clashed with the army in Tumaco.", "Frente Oliver Sinisterra", "COLREB"),
    ("The United Force of the Pacific threatened community leaders in Cauca.", "United Force of the Pacific",
     "COLREB"),
    ("The Barrio 18 Revolucionarios called a transport strike in San Salvador.", "Barrio 18 Revolucionarios",
     "SLVCRM"),
    ("The Norte del Valle Cartel shipped cocaine through Mexico.", "Norte del Valle Cartel", "COLCRM"),
    ("Los Cachiros moved cocaine through northern Honduras.", "Los Cachiros", "HNDCRM"),
    # an alliance of political parties is no armed group, whatever "Front" says
    ("The United Democratic Madhesi Front called a general strike in the Terai.",
     "United Democratic Madhesi Front", "NPLOPP"),
    # NGOs the crime news quotes, with their country
    ("The Venezuelan Violence Observatory said homicides rose last year.", "Venezuelan Violence Observatory",
     "VENNGO"),
    ("Police in Sao Paulo said the First Capital Command ordered the attacks.", "First Capital Command",
     "BRACRM"),
    # well-known leaders, by name or nickname, in a story set elsewhere
    ("Prosecutors in Madrid said El Coss had sent cocaine to Spain.", "El Coss", "MEXCRM"),
    ("Timochenko said the rebels would respect the ceasefire.", "Timochenko", "COLREB"),
])
def test_named_groups_and_leaders(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_a_farc_leader_turned_party_leader_is_coded_by_the_day() -> None:
    from datetime import date

    from newsevents.actors.knowledge import default_knowledge
    kb = default_knowledge(())
    assert kb.term_on("Timochenko", date(2015, 6, 1)).code == "COLREB"
    assert kb.term_on("Timochenko", date(2020, 6, 1)).code == "COLOPP"


# -- 3. Brazil's militias are criminal groups -----------------------------------------------------------------

def test_brazil_s_militias_are_criminal(analyse: Analyse) -> None:
    text = "Militias in Rio de Janeiro control large parts of the west zone. The militia killed two residents."
    assert code_of(analyse(text, DAY), "Militias") == "BRACRM"


def test_militias_elsewhere_stay_rebels(analyse: Analyse) -> None:
    text = "Shiite militias attacked the town near Baghdad on Monday."
    assert code_of(analyse(text, DAY), "Shiite militias") == "IRQREB"


def test_a_group_led_by_a_person_makes_him_its_member(analyse: Analyse) -> None:
    text = "In 2008 the Tijuana Cartel led by Jorge Salas Medina split into two factions."
    assert code_of(analyse(text, DAY), "Jorge Salas Medina") == "MEXCRM"


def test_a_nickname_quoted_inside_a_name_is_one_person_the_tables_know(analyse: Analyse) -> None:
    text = 'A report described how Sinaloa leader Joaquin ""El Chapo"" Guzman moved drugs into Chicago.'
    result = analyse(text, DAY)
    people = [e for e in result.entities if e.type == "PERSON"]
    assert [e.actor.code if e.actor else None for e in people] == ["MEXCRM"]


def test_a_title_inside_a_nickname_is_no_office(analyse: Analyse) -> None:
    text = 'Officials designated Juan Manuel Perez Soto, alias ""King Midas,"" as a drug trafficker.'
    result = analyse(text, DAY)
    assert all(e.actor is None or e.actor.sector != "GOV" for e in result.entities)


def test_a_known_cartel_leader_stays_of_his_cartel_whatever_rank_the_text_gives(analyse: Analyse) -> None:
    text = "A few years later, former Gulf boss Osiel Cardenas spent four years in a maximum-security prison."
    assert code_of(analyse(text, DAY), "Osiel Cardenas") == "MEXCRM"


def test_a_name_followed_by_an_alias_is_a_person(analyse: Analyse) -> None:
    text = ('With the arrival in 2015 of Gustavo Anibal Giraldo Quinchia, alias ""Pablito,"" to the COCE, the '
            "ELN leadership got a boost.")
    result = analyse(text, DAY)
    person = next(e for e in result.entities if any(m.text == "Gustavo Anibal Giraldo Quinchia"
                                                    for m in e.mentions))
    assert person.type == "PERSON"
    assert not any(e.name == "Pablito" for e in result.entities)


@pytest.mark.parametrize(("text", "mention", "sector"), [
    # a suspect's rank is no office of a state
    ('One alleged top leader, Ramon Vega Salas, alias ""El Toro,"" was arrested in Morelia in January.',
     "Ramon Vega Salas", "CRM"),
    ("Police in Guayaquil arrested alleged gang leader Carlos Mena on Monday.", "Carlos Mena", "CRM"),
    # the rank of a group no table names is the group's, never a government's
    ("Police in Cali arrested the gang's leader Mario Ortiz on Monday.", "Mario Ortiz", "CRM"),
])
def test_ranks_in_unnamed_groups_and_suspects_are_not_officials(
        analyse: Analyse, text: str, mention: str, sector: str) -> None:
    ent = entity_with(analyse(text, DAY), mention)
    assert ent.actor is not None and ent.actor.sector == sector


def test_a_name_cut_before_a_particle_is_no_office_holder(analyse: Analyse) -> None:
    # "dos Santos" alone would be Angola's president; here it is the rest of a Paraguayan suspect's name
    text = ("Officers arrested the cell's leader Jair Jose dos Santos on October 31 in the border town of "
            "Pedro Juan Caballero.")
    result = analyse(text, DAY)
    assert all(e.actor is None or e.actor.code != "AGOGOV" for e in result.entities)
    assert all(e.actor is None or e.actor.sector != "GOV" for e in result.entities if e.type == "PERSON")


def test_a_second_alias_after_or_and_its_later_mentions_are_the_person(analyse: Analyse) -> None:
    text = ('Marines arrested Damaso Lopez Nunez, alias ""El Lic"" or ""el Licenciado,"" in Mexico City. '
            "Licenciado was later indicted by US authorities in Virginia.")
    result = analyse(text, DAY)
    assert code_of(result, "Licenciado") == "MEXCRM"
    assert code_of(result, "Damaso Lopez Nunez") == "MEXCRM"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Hurriyat Conference called a strike in Srinagar on Friday.", "Hurriyat Conference", "INDOPP"),
    ("The Mizo National Front won the state election in Aizawl.", "Mizo National Front", "INDOPP"),
])
def test_alliances_of_parties_are_no_armed_groups(analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code
