"""Sources the sentence names (events/sources.py, events/parties.py): the speaker of a first-person quote, the
body a spokesman speaks for, the leader of a delegation, an organisation's mission, the one who voiced a
criticism, the side of a fight the harmed of coordinated clauses are not of, the doer of a when-clause whose
verbs the parser coordinated with the passive (punctuation lost), and a city modifying a meeting that is
where, not who. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


# -- 1. the speaker of "I", "we", "my" in a quote ---------------------------------------------------------------

def test_my_visit_in_a_quote_is_the_speakers(analyse: Analyse) -> None:
    result = analyse('"My visit to the United States this month will be very important," Nakasone said.',
                     "1987-04-20")
    assert readings(result, "visit") == {("JPNGOV", "USA")}


def test_we_in_a_quote_is_the_body_the_spokesman_speaks_for(analyse: Analyse) -> None:
    result = analyse('"We will attack the police again," a spokesman for the Taliban said in Kandahar, '
                     "Afghanistan.", DAY)
    assert {s for s, _ in readings(result, "attack")} == {"AFGREB"}


def test_a_reported_we_without_a_speech_verb_names_no_one(analyse: Analyse) -> None:
    result = analyse("We will attack the police again in Kandahar, Afghanistan.", DAY)
    assert all(s is None for s, _ in readings(result, "attack"))


# -- 2. who a spokesman speaks for, who leads a delegation, an organisation's mission ----------------------------

def test_a_spokesman_for_a_group_is_the_group(analyse: Analyse) -> None:
    result = analyse("A spokesman for the Baloch Liberation Front claimed responsibility for the attack in "
                     "Quetta, Pakistan.", DAY)
    assert {s for s, _ in readings(result, "claimed")} == {"PAKREB"}


def test_a_mission_led_by_a_minister_is_his_countrys_government(analyse: Analyse) -> None:
    result = analyse("A Ugandan trade mission led by minister of state Balaki Kirya will visit Kenya next "
                     "week.", DAY)
    assert readings(result, "visit") == {("UGAGOV", "KEN")}


def test_an_imf_commission_is_the_imf(analyse: Analyse) -> None:
    result = analyse("An IMF commission visited Yugoslavia last December.", "1987-03-02")
    assert readings(result, "visited") == {("IGOUNOIMF", "YUG")}


def test_a_criticism_voiced_by_a_minister_is_his(analyse: Analyse) -> None:
    result = analyse("Criticism of rises in West German interest rates voiced by U.S. Treasury Secretary James "
                     "Baker upset Bonn.", "1987-10-19")
    assert {s for s, _ in readings(result, "criticism")} == {"USAGOV"}


# -- 3. a fight's sides and a when-clause's doer ------------------------------------------------------------------

def test_the_harmed_of_coordinated_clauses_name_both_sides(analyse: Analyse) -> None:
    result = analyse("Ten militants were killed and one security man was injured in a clash in Orakzai Agency "
                     "of Pakistan on March 16.", DAY)
    assert readings(result, "killed") == {("PAKMIL", "PAKREB")}


def test_the_when_clause_doer_not_the_victim(analyse: Analyse) -> None:
    result = analyse("The SP was killed when three armed men riding on a motorcycle intercepted his car and "
                     "opened fire in Quetta.", DAY)
    assert {s for s, _ in readings(result, "killed")} == {"PAKUAF"}


def test_a_victim_who_fled_keeps_his_own_act(analyse: Analyse) -> None:
    # a non-violent verb coordinated with the passive stays the passive subject's
    result = analyse("The trader was injured when the police raided his house in Quetta and he fled to "
                     "Karachi.", DAY)
    assert all(s != "PAKUAF" for s, _ in readings(result, "raided"))


# -- 4. a city modifying an event noun is where, not who -------------------------------------------------------

def test_a_city_that_a_table_lists_as_its_country_is_no_source(analyse: Analyse) -> None:
    result = analyse("The Frankfurt meeting on Monday soothed currency markets.", "1987-10-20")
    assert all(s is None for s, _ in readings(result, "meeting"))


def test_a_country_modifying_an_attack_stays_its_source(analyse: Analyse) -> None:
    result = analyse("The Israeli attack on Gaza killed ten people.", DAY)
    assert ("ISR", "PSE") in readings(result, "attack")


# -- 5. the object of a causative does its infinitive; who took part in an act did it ------------------------------

def test_the_object_of_a_causative_does_the_infinitive(analyse: Analyse) -> None:
    result = analyse("The scandal led officials in Mexico City to criticize the security firm.", DAY)
    assert {s for s, _ in readings(result, "criticize")} == {"MEXGOV"}


def test_the_causer_of_an_infinitive_is_not_its_doer(analyse: Analyse) -> None:
    result = analyse("Mass protests forced the Nepalese government to release the Maoist leaders.", DAY)
    assert {s for s, _ in readings(result, "release")} <= {"NPLGOV"}


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Two Garo National Liberation Army cadres were involved in the abduction of a police constable in Tura, "
     "Meghalaya.", "abduction", "INDREB"),
    ("Colombian criminals had a hand in the murder of the president of Guinea-Bissau.", "murder", "COLCRM"),
    ("The Maoists played a role in the killing of two villagers in Gaya district of Bihar.", "killing", "INDREB"),
])
def test_who_took_part_in_an_act_did_it(analyse: Analyse, text: str, trigger: str, doer: str) -> None:
    assert {s for s, _ in readings(analyse(text, DAY), trigger)} == {doer}


def test_the_one_involved_in_an_attack_named_next_did_the_killing(analyse: Analyse) -> None:
    result = analyse("Two policemen were shot dead in Karachi, Pakistan, on Monday. Police suspected the "
                     "involvement of Tehreek-e-Taliban Pakistan in the attack.", DAY)
    assert {s for s, _ in readings(result, "shot")} == {"PAKINS"}


# -- 6. a headline's bare participle is a passive -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Zeta Leader El Arabe Killed in Tabasco", "Killed"),
    ("Honduras Military Police Accused of Kidnapping", "Accused"),
])
def test_a_headline_participle_makes_its_subject_no_source(analyse: Analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(s is None and t is not None for s, t in found), found


def test_a_headline_with_an_object_keeps_its_doer(analyse: Analyse) -> None:
    found = readings(analyse("Maoists Killed Two Villagers in Gaya District of Bihar", DAY), "Killed")
    assert found and all(s is not None for s, _ in found), found


def test_the_one_who_implicates_others_is_not_the_doer(analyse: Analyse) -> None:
    result = analyse("Honduras' former police chief has implicated government officials in the murder of his son "
                     "in Tegucigalpa.", DAY)
    assert {s for s, _ in readings(result, "murder")} == {"HNDGOV"}
