"""Who a named person or body is, fifteenth round: a copular predicate describes its subject like an
appositive ("Mendez is the leader of the Zetas gang"), a lone surname of a person named in full is that
person where the NER left it untagged, a name given an alias is a person's, a national commodity institute or
marketing board is its state's (GOV), and a bracketed short form is the organisation it follows."""

from __future__ import annotations

from conftest import code_of


def test_a_copular_predicate_describes_a_lone_surname(analyse) -> None:
    result = analyse("Police in Mexico detained Ramiro Solis Beltran on Friday in Sinaloa. "
                     "Beltran is the leader of the Zetas gang.", "2021-03-05")
    assert code_of(result, "Ramiro Solis Beltran") == "MEXCRM"


def test_a_negated_copula_describes_no_one(analyse) -> None:
    result = analyse("Police in Mexico detained Ramiro Solis Beltran on Friday in Sinaloa. "
                     "Beltran is not a member of the Zetas.", "2021-03-05")
    assert code_of(result, "Ramiro Solis Beltran") != "MEXCRM"


def test_a_name_given_an_alias_is_a_person(analyse) -> None:
    result = analyse("Authorities in Honduras arrested Hector Emilio Fernandez Rosa, alias 'Don H', "
                     "on Tuesday.", "2021-03-05")
    assert code_of(result, "Hector Emilio Fernandez Rosa") == "HNDCRM"


def test_national_commodity_bodies_are_government(analyse) -> None:
    result = analyse("The Malaysian Palm Oil Board said prices rose in May. The Brazilian Coffee Institute "
                     "(IBC) said it would cut export quotas. IBC officials met Colombian exporters.",
                     "1987-06-02")
    assert code_of(result, "Malaysian Palm Oil Board") == "MYSGOV"
    assert code_of(result, "Brazilian Coffee Institute") == "BRAGOV"
    assert code_of(result, "IBC") == "BRAGOV"


def test_initials_a_news_agency_shares_are_the_agency_when_told(analyse) -> None:
    result = analyse("Naxalites torched two trucks near a mining site in Jharkhand, police told PTI.",
                     "2020-01-08")
    assert code_of(result, "PTI") == "INDMED"


def test_the_party_keeps_its_initials_in_a_pakistani_story(analyse) -> None:
    result = analyse("Gunmen shot dead two PTI workers in Peshawar on Sunday, police in Pakistan said.",
                     "2020-01-08")
    assert code_of(result, "PTI") == "PAKOPP"


def test_the_pla_is_china_s_army_unless_the_article_names_another(analyse) -> None:
    result = analyse("The PLA held naval drills in the Taiwan Strait on Monday.", "2020-01-08")
    assert code_of(result, "PLA") == "CHNMIL"
    manipur = analyse("Rebels of the People's Liberation Army of Manipur (PLA) ambushed a patrol in Chandel "
                      "district. The PLA later claimed the ambush.", "2020-01-08")
    assert code_of(manipur, "PLA") == "INDREB"


def test_an_ex_title_the_ner_took_into_a_name_is_no_part_of_it(analyse) -> None:
    result = analyse("Mexican police arrested ex-Governors Andres Granados of Tabasco and Luis Reyna of "
                     "Aguascalientes.", "2013-06-04")
    assert code_of(result, "Andres Granados") == "MEXELI"
