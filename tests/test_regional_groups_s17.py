"""Armed groups, parties with their youth and student wings, criminal bands and police units of South Asia and
Latin America are coded from organizations_regional_groups.csv and organizations_armed_groups.csv, also in the
forms wires write when they lose hyphens and parentheses ("CPIMaoist", "LashkareToiba LeT", "UCPN M")."""

from __future__ import annotations

import pytest

from conftest import code_of


@pytest.mark.parametrize(("sentence", "mention", "code"), [
    ("CPIMaoist cadres ambushed a police patrol in Sukma District on Sunday.", "CPIMaoist", "INDREB"),
    ("LWE cadres torched two trucks at a road construction site in Gadchiroli.", "LWE cadres", "INDREB"),
    ("Militants of the LashkareToiba LeT attacked an Army camp in Kupwara.", "LashkareToiba LeT", "PAKREB"),
    ("NSCNIM cadres abducted a trader in Dimapur.", "NSCNIM", "INDREB"),
    ("The Hmar Peoples Convention Democracy abducted a contractor near Tipaimukh.",
     "Hmar Peoples Convention Democracy", "INDREB"),
    ("Ahrar ul Hind claimed the attack on the district court in Islamabad.", "Ahrar ul Hind", "PAKREB"),
    ("Activists of the Bangladesh Chhatra League clashed with opponents in Dhaka.", "Bangladesh Chhatra League",
     "BGDOPP"),
    ("Young Communist League cadres beat up a shopkeeper in Kathmandu.", "Young Communist League", "NPLOPP"),
    ("UCPN M leaders met the Prime Minister on Friday.", "UCPN M", "NPLOPP"),
    ("BACRIMS extorted cattle ranchers across the department of Cordoba.", "BACRIMS", "COLCRM"),
    ("Police Pacification Units were installed in the Rocinha favela in 2011.", "Police Pacification Units",
     "BRACOP"),
    ("The Ejercito Nacional de Liberacion kidnapped two soldiers in Arauca.", "Ejercito Nacional de Liberacion",
     "COLREB"),
])
def test_regional_group_is_coded(analyse, sentence: str, mention: str, code: str) -> None:
    assert code_of(analyse(sentence, "2015-03-02"), mention) == code


def test_ambiguous_abbreviation_is_no_alias(analyse) -> None:
    """JeI names Jamaat-e-Islami of Pakistan and of Bangladesh: only the full names are in the tables."""
    result = analyse("Jamaat-e-Islami Pakistan workers staged a protest in Lahore.", "2015-03-02")
    assert code_of(result, "Jamaat-e-Islami Pakistan") == "PAKOPP"


def test_party_abbreviation_other_news_uses_is_no_alias(analyse) -> None:
    """'PRI' is Mexico's party in crime news but a company's short name in business news: only full names of
    parties whose abbreviations other bodies share are in the tables."""
    result = analyse("Pacific Resources Inc (PRI) said it agreed to buy a refinery from Shell.", "1987-03-16")
    assert code_of(result, "Pacific Resources Inc") != "MEXOPP"
    mexican = analyse("The Institutional Revolutionary Party criticised the security plan.", "2019-03-16")
    assert code_of(mexican, "Institutional Revolutionary Party") == "MEXOPP"
