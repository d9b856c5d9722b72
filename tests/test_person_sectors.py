"""The sector and country of people named as victims, suspects and officials, from their own title or
description: members who left an armed group are civilians, police ranks are police, local councils'
office holders are government, and "who is in US prison" says where someone is, not whose he is.
Self-written sentences."""

from __future__ import annotations

import pytest

from conftest import code_of, readings


@pytest.mark.parametrize("text, name, code", [
    ("Maoists blew up the house of a former Maoist Ramesh Bhuiyan in Gumla District on May 3.",
     "Ramesh Bhuiyan", "INDCVL"),
    ("Police said Suresh Ganju, a surrendered ex-Maoist, was shot dead by Maoists in Latehar District.",
     "Suresh Ganju", "INDCVL"),
    ("Gunmen killed former guerrilla Andres Moreno in Tumaco, Colombia, on Sunday.",
     "Andres Moreno", "COLCVL"),
])
def test_one_who_left_an_armed_group_is_a_civilian(analyse, text: str, name: str, code: str) -> None:
    assert code_of(analyse(text, "2016-05-05"), name) == code


def test_a_surrendered_militant_killed_is_a_civilian(analyse) -> None:
    result = analyse("Militants shot dead a surrendered militant in Kupwara District of Jammu and Kashmir.",
                     "2016-05-05")
    assert ("INDREB", "INDCVL") in readings(result, "shot")


@pytest.mark.parametrize("text, name, code", [
    # a former commander may lead a faction still: no civilian by "former" alone
    ("Former FARC commander Ivan Marquez announced a new armed group in Colombia.", "Ivan Marquez", "COLREB"),
    # the militants' own member is theirs
    ("Police arrested Hilal Bhat, a Hizbul Mujahideen militant, in Sopore, Jammu and Kashmir.",
     "Hilal Bhat", "INDREB"),
])
def test_members_and_former_commanders_keep_their_group(analyse, text: str, name: str, code: str) -> None:
    assert code_of(analyse(text, "2019-09-01"), name) == code


@pytest.mark.parametrize("text, name, code", [
    ("A police colonel, Julio Ramos, was shot dead by gunmen in Cali, Colombia.", "Julio Ramos", "COLCOP"),
    ("Gunmen killed police lieutenant Marco Ayala in Tegucigalpa, Honduras, on Friday.", "Marco Ayala",
     "HNDCOP"),
])
def test_a_police_rank_is_police_not_army(analyse, text: str, name: str, code: str) -> None:
    assert code_of(analyse(text, "2014-02-07"), name) == code


@pytest.mark.parametrize("text, name", [
    ("Militants demanded money from the chairman of the Kumarikata VCDC, Hemanta Boro, in Baksa District.",
     "Hemanta Boro"),
    ("NDFB militants attacked Kumarikata VCDC chairman Hemanta Boro in Baksa District on Monday.",
     "Hemanta Boro"),
    ("Maoists killed Sanjay Oraon, a panchayat member, in Latehar District on Monday.", "Sanjay Oraon"),
])
def test_a_village_council_office_holder_is_local_government(analyse, text: str, name: str) -> None:
    assert code_of(analyse(text, "2013-10-28"), name) == "INDGOV"


def test_a_company_chairman_stays_business(analyse) -> None:
    result = analyse("The chairman of Tata Steel, Arjun Mehra, said profits rose in India.", "2013-10-28")
    assert code_of(result, "Arjun Mehra") == "INDBUS"


def test_where_someone_is_held_is_not_his_country(analyse) -> None:
    text = ("Senator Hugo Paredes said former minister Carlos Vaca knew of the dealings of retired police "
            "general Walter Quiroga, who is currently in US prison. Bolivia's police denied it. The "
            "Bolivian government called the claims lies.")
    code = code_of(analyse(text, "2012-06-15"), "Walter Quiroga")
    assert code is None or not code.startswith("USA")


def test_who_is_with_a_predicate_noun_still_describes(analyse) -> None:
    result = analyse("Jorge Salas, who is a Peruvian drug trafficker, was arrested in Bogota.", "2012-06-15")
    assert code_of(result, "Jorge Salas") == "PERCRM"


@pytest.mark.parametrize("text, trigger, target", [
    ("Prosecutors in Guatemala arrested four military officers on Monday.", "arrested", "GTMMIL"),
    ("A judge in Guatemala released the three military men on Friday.", "released", "GTMMIL"),
    ("Gunmen killed a military man in Escuintla, Guatemala, on Sunday.", "killed", "GTMMIL"),
])
def test_military_men_are_the_military_not_civilians(analyse, text: str, trigger: str, target: str) -> None:
    assert any(t == target for _, t in readings(analyse(text, "2012-07-06"), trigger))


def test_a_nationality_the_name_is_in_apposition_to_is_his(analyse) -> None:
    result = analyse("The senators asked the Treasury to investigate Honduran citizen, Mario Fuentes, for "
                     "money laundering in Miami.", "2017-06-23")
    assert code_of(result, "Mario Fuentes") is not None
    assert code_of(result, "Mario Fuentes").startswith("HND")


def test_the_head_of_a_named_body_is_of_the_story_country(analyse) -> None:
    text = ("Land restitution advances in Uraba, Colombia. For Camilo Arango, director of the Rural Land Agency "
            "in Uraba, the process is going well. Colombian judges will hear more cases. "
            "Colombia's government says the Colombian army guards the farms.")
    assert code_of(analyse(text, "2015-03-02"), "Camilo Arango") == "COLGOV"
