"""People named in full, then by a surname that is also a capital; people described by their own nationality;
a relative clause on a person's description; prison and police directors."""

import pytest

from conftest import code_of, readings

# A surname that is also a capital ("Lima", "Quito") names the person once the article has named him in full,
# whether the recogniser read the whole name or only its end; "in Quito" written as a place keeps the city.
SURNAME_STORIES = [
    ("Shortly after the election, Hector Lima Ordonez, a former army captain jailed for the murder of a "
     "priest, wrote to the new interior minister. Lima had been jailed nine years earlier. The magazine said "
     "prison officials referred to Lima as their boss. Lima denied it. On June 3, in an assault inside the Pavon prison in "
     "Guatemala, Lima was assassinated.", "Lima", "GTM"),
    ("Guatemalan prosecutors charged Ramiro Quito Alvarado, a former army colonel, with drug trafficking on "
     "Monday. Quito denied the charges on Tuesday. Quito said he was innocent.", "Quito", "GTM"),
]


@pytest.mark.parametrize(("text", "surname", "country"), SURNAME_STORIES)
def test_surname_named_after_a_capital_is_the_person(analyse, text, surname, country):
    result = analyse(text, "2016-07-20")
    code = code_of(result, surname)
    assert code is None or code.startswith(country), code
    codes = [e.actor.code for e in result.entities if e.actor is not None]
    assert not any(code.startswith(("PER", "ECU")) for code in codes), codes


def test_capital_written_as_a_place_stays_the_city(analyse):
    result = analyse("Peruvian police arrested Jorge Lima Vargas on Monday. Lima was flown to Lima on Tuesday, "
                     "where he appeared before a judge in Lima.", "2016-07-20")
    places = [e for e in result.entities if e.type == "GPE" and e.name == "Lima"]
    assert places, [(e.name, e.type) for e in result.entities]


def test_country_named_once_as_a_place_is_no_surname(analyse):
    # "Lawson told Funaro Brazil had to solve": the recogniser glues a surname to the country acting next
    result = analyse("Finance Minister Dilson Amaral met bankers in Bonn. But Lawson told Amaral Brazil had to "
                     "solve its problems with the banks. Brazil suspended interest payments last month. "
                     "There is no question of Brazil agreeing to an austerity program.", "1987-03-05")
    assert code_of(result, "Brazil") == "BRA"


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the description's own nationality, not the city a clause on it names
    ("Police and Peruvian authorities conducted a joint operation on May 3, arresting Rahimullah Al-Karim, "
     "a Pakistani national who was living in Sao Paulo after entering Brazil six years ago as a refugee.",
     "Rahimullah Al-Karim", "PAK"),
    # a clause on the description ties him to a crime ("pleaded guilty to ... smuggling charges")
    ("In the city of Tecun Uman, along the Guatemala border, the migrants were met by Abdul Karim Chowdhury, "
     "a Pakistani national in Guatemala, who was arrested on May 2 and pleaded guilty to human smuggling "
     "charges.", "Abdul Karim Chowdhury", "PAKCRM"),
])
def test_own_nationality_and_crime_of_the_description(analyse, text, mention, code):
    assert (code_of(analyse(text, "2019-11-05"), mention) or "").startswith(code)


def test_relative_clause_on_a_description_is_the_named_person(analyse):
    result = analyse("In the city of Tecun Uman, along the Guatemala border, the migrants were met by Abdul "
                     "Karim Chowdhury, a Pakistani national in Guatemala, who was arrested on May 2 and pleaded "
                     "guilty to human smuggling charges.", "2019-11-05")
    assert (None, "PAKCRM") in readings(result, "arrested")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Authorities arrested the jail directors at two Cali prisons, according to El Tiempo.", "arrested",
     "COLGOV"),
    ("Police in Guatemala arrested three prison directors on Monday for taking bribes from inmates.",
     "arrested", "GTMGOV"),
])
def test_prison_directors_are_state_officials(analyse, text, trigger, target):
    found = readings(analyse(text, "2019-11-05"), trigger)
    assert any(t == target for _, t in found), found


def test_police_director_is_police(analyse):
    result = analyse("Honduras's police director Julio Reyes Aguilar met the Honduran congress on Monday.",
                     "2019-11-05")
    assert code_of(result, "Julio Reyes Aguilar") == "HNDCOP"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # activists of a party the tables code are its members, not civilians
    ("Three activists of the Pakistan Peoples Party (PPP) were shot dead in Hyderabad on March 3.", "shot",
     ("PAKPTY", "PAKGOV", "PAKOPP")),
    ("Two activists of Human Rights Watch were detained in Cairo on Monday.", "detained", ("NGO",)),
])
def test_activists_of_a_coded_organisation_are_its_members(analyse, text, trigger, target):
    found = readings(analyse(text, "2013-03-04"), trigger)
    assert any((t or "").startswith(target) and not (t or "").endswith("CVL") for _, t in found), found
