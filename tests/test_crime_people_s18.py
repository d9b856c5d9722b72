"""People the text ties to a crime are criminals (CRM), not civilians: private people held, charged or
prosecuted for a crime, members of groups named by their crime, crime bosses' seconds; victims, protesters
and officials keep who they are."""

from __future__ import annotations

import pytest

from conftest import code_of, readings


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the subject of a passive charge, and of a coordinated subject
    ("According to the prosecutor, seven Vietnamese citizens are being prosecuted for rhino horn trafficking.",
     "Vietnamese citizens", "VNMCRM"),
    ("Three Peruvian citizens were arrested in Bolivia for illegal gold mining, the newspaper reported.",
     "Peruvian citizens", "PERCRM"),
    # a participle on the noun, in a clause that arrests them
    ("Two residents accused of extortion were detained by police in Honduras on Monday.",
     "residents", "HNDCRM"),
    ("Police in Colombia said the residents had been charged with drug trafficking.", "the residents", "COLCRM"),
    ("For example, a Belgian man convicted of laundering drug money owned two flower import companies.",
     "a Belgian man", "BELCRM"),
])
def test_private_people_tied_to_a_crime_are_criminals(analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, "2016-06-01"), mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the victims of a lynching are no criminals for what they were accused of
    ("Gunmen killed three villagers who had been accused of theft in Guatemala.", "villagers", "GTMCVL"),
    # protesters charged over a protest keep who they are
    ("Police in Chile detained 12 protesters accused of illegal assembly.", "protesters", "CHLCVL"),
    # a charge naming no crime says nothing
    ("Two Mexican citizens were arrested for disorderly conduct in Texas.", "Mexican citizens", "MEXCVL"),
    # an arrest with no charge named
    ("Four Honduran citizens were arrested at the border on Monday.", "Honduran citizens", "HNDCVL"),
])
def test_people_not_tied_to_a_crime_keep_their_sector(analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, "2016-06-01"), mention) == code


def test_prosecuted_citizens_are_the_target_as_criminals(analyse) -> None:
    result = analyse("Nine Vietnamese citizens are being prosecuted for rhino horn trafficking, officials said.",
                     "2016-06-01")
    assert ("VNMCRM" in {t for _, t in readings(result, "prosecuted")})


def test_underbosses_are_criminals(analyse) -> None:
    result = analyse("Colombian police captured two underbosses of the Oficina de Envigado in Bello.", "2016-06-01")
    assert {t for _, t in readings(result, "captured")} == {"COLCRM"}


def test_members_of_a_cell_named_by_its_crime_are_criminals(analyse) -> None:
    result = analyse("Police arrested four members of a kidnapping cell in San Pedro Sula.", "2016-06-01")
    assert {t for _, t in readings(result, "arrested")} == {"HNDCRM"}


@pytest.mark.parametrize(("text", "mention"), [
    ("Police say Juan Restrepo is still a major player in the cocaine trade of Medellin.", "Juan Restrepo"),
    ("Colonel Ruiz said Pedro Alzate was a general manager of the company.", "Pedro Alzate"),
])
def test_a_rank_word_as_an_adjective_is_no_military_rank(analyse, text: str, mention: str) -> None:
    code = code_of(analyse(text, "2016-06-01"), mention) or ""
    assert not code.endswith("MIL"), code


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # the parser hangs the charge on the object: "arrested [three men for smuggling fuel]"
    ("Police in Ecuador arrested four men for smuggling fuel across the border.", "arrested", "ECUCRM"),
    # the charge on a verb coordinated with the arrest
    ("Two warehouse security guards were arrested and charged with facilitating drug trafficking at the "
     "port of Paranagua in Brazil.", "arrested", "BRACRM"),
    ("Three Salvadoran citizens were arrested and charged with drug trafficking in Texas.", "arrested", "SLVCRM"),
])
def test_unnamed_people_arrested_for_a_crime_are_criminals(analyse, text: str, trigger: str, code: str) -> None:
    assert code in {t for _, t in readings(analyse(text, "2016-06-01"), trigger)}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Police in Ecuador arrested four men on Monday.", "arrested", "ECUCVL"),
    ("Police in Ecuador arrested four men for blocking a road.", "arrested", "ECUCVL"),
])
def test_unnamed_people_arrested_for_no_crime_stay_civilians(analyse, text: str, trigger: str, code: str) -> None:
    assert {t for _, t in readings(analyse(text, "2016-06-01"), trigger)} == {code}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # a charge told with "on ... charges" or an arrest "in connection with" a crime, "in an anti-drug operation"
    ("Ecuadorean police arrested 14 people on cocaine trafficking charges in Guayaquil on Friday.",
     "arrested", "ECUCRM"),
    ("Peruvian police detained six men in connection with the kidnapping of a mining engineer.", "detained", "PERCRM"),
    ("Bolivian police arrested nine men in an anti-drug operation near Santa Cruz on Tuesday.", "arrested", "BOLCRM"),
])
def test_people_arrested_on_a_charge_or_in_a_crime_case_are_criminals(analyse, text: str, trigger: str,
                                                                     code: str) -> None:
    assert code in {t for _, t in readings(analyse(text, "2016-06-01"), trigger)}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # an "in" phrase that names no crime, and protesters held on a charge, keep their sector
    ("Bolivian police arrested nine men in a raid near Santa Cruz on Tuesday.", "arrested", "BOLCVL"),
    ("Peruvian police detained 40 protesters in Lima on charges of illegal assembly.", "detained", "PERCVL"),
])
def test_arrests_in_phrases_naming_no_crime_keep_the_sector(analyse, text: str, trigger: str, code: str) -> None:
    assert code in {t for _, t in readings(analyse(text, "2016-06-01"), trigger)}
