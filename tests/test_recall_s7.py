"""Recall of acts a CAMEO coder codes that the lexicon missed (event_triggers.csv rows of session 7): accusations
worded as linking, suspecting or believing, coercion into an act, strikes under a light verb, custody worded as
holding, stopping or placing under arrest, demands and appeals for a release or a resignation, promised
protection, wars and fighting between groups, rings dismantled and goods confiscated; and the senses of the same
words that are no event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, event_codes, mention_codes
from newsevents import ArticleResult, Pipeline
from newsevents.events.lexicon import Requirement, default_lexicon
from newsevents.events.patterns import Clause, governor, holds

Analyse = Callable[..., ArticleResult]
DAY = "2016-04-12"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # 112: an investigating or governing body links, suspects, believes or holds someone responsible
    ("Panamanian authorities linked the mayor of Colon to the Sinaloa Cartel.", "112", "PANGOV", "MEXCRM"),
    ("Colombian police suspect the FARC of the bombing in Bogota.", "112", "COLCOP", "COLREB"),
    ("Mexican authorities believe the Zetas were behind the massacre in San Fernando.", "112", "MEXGOV",
     "MEXCRM"),
    # 033: protection promised to someone
    ("The governor of Guerrero promised security for doctors in the state.", "033", "MEXGOV", "MEXHLH"),
    # 173: custody worded as stopping, holding, placing under arrest
    ("Mexican police stopped the students in Iguala.", "173", "MEXCOP", "MEXEDU"),
    ("Guatemalan police placed the former president under arrest.", "173", "GTMCOP", "GTM"),
    # 181: held hostage
    ("The Fijian rebels held the prime minister hostage for two weeks.", "181", "FJIREB", "FJIGOV"),
    # 171: goods confiscated from someone
    ("Police confiscated weapons from members of the Gulf Clan.", "171", "COLCOP", "COLCRM"),
    # 084: captives' remains handed back to someone
    ("The rebels returned the bodies of five soldiers to the Colombian army.", "084", "COLREB", "COLMIL"),
    # 166: international inspectors expelled (not 174, the deportation of individuals)
    ("North Korea expelled inspectors of the International Atomic Energy Agency.", "166", "PRK", "IGOUNOIAE"),
])
def test_act_is_found_with_its_parties(analyse: Analyse, text: str, code: str, source: str,
                                       target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


@pytest.mark.parametrize(("text", "code"), [
    ("Several police officers in Bogota pressured cadets into providing sexual services.", "170"),
    ("The Zetas forced migrants into working for the cartel.", "170"),
    ("Doctors in Guerrero began a 24-hour strike on Monday.", "143"),
    ("Teachers in Oaxaca went on strike to protest the education reform.", "143"),
    ("Unionized workers held a strike at the Escondida copper mine in Chile.", "143"),
    ("The Bolivian government demanded the release of jailed union leaders.", "105"),
    ("The opposition demanded the resignation of President Otto Perez Molina.", "104"),
    ("Amnesty International called for the release of Venezuelan opposition leader Leopoldo Lopez.", "025"),
    ("Colombian police dismantled a drug trafficking ring in Cali.", "173"),
    ("Joaquin Guzman has been held in isolation in a federal prison in New York.", "173"),
    ("The government held the FARC responsible for the attack.", "112"),
    ("The Sudanese government declared a cessation of hostilities in Darfur.", "087"),
    ("Syria's government lifted the emergency law on Thursday.", "081"),
    ("Japan provided humanitarian funding to Lebanon in 2020.", "070"),
    ("Thousands of textile workers in Haiti stopped work on Monday.", "143"),
    ("The Israeli government outlawed the Northern Branch of the Islamic Movement.", "172"),
    ("The United Nations withdrew its peacekeepers from Sinai.", "166"),
    ("Venezuela's congress will initiate an investigation into the massacre.", "090"),
    ("The US Treasury designated the Rastrojos as a foreign narcotics trafficker under the Kingpin Act.", "163"),
    ("Colombian police disbanded a kidnapping ring in Cali and captured four of its members.", "173"),
    ("Libya has offered to hand over the two suspects to Britain.", "035"),
    ("China held military exercises near Taiwan on Monday.", "150"),
    ("The Ivory Coast Supreme Court allowed opposition candidate Alassane Ouattara to contest the elections.", "080"),
    ("Sudan's president shortened the nightly curfew by one hour.", "081"),
    ("Vice President Moody Awori declined to resign.", "124"),
    ("Ivorian rebels dismissed an appeal from President Laurent Gbagbo to lay down their arms.", "120"),
    ("Ethnic Albanian rebels have sworn to fight until they control the villages.", "138"),
    ("Italy announced a suspension of air links with Serbia.", "160"),
    ("Afghan guerrillas blew up three power lines leading into Kabul.", "183"),  # blown up: a bombing, 9c5758c
    ("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", "023"),
])
def test_act_is_coded(analyse: Analyse, text: str, code: str) -> None:
    assert code in event_codes(analyse(text, DAY))


def test_fighting_between_two_groups_has_one_as_source_and_the_other_as_target(analyse: Analyse) -> None:
    found = mention_codes(analyse("Fighting between the Zetas and the Gulf Cartel killed 28 people.", DAY))
    assert any(c[:2] in {"18", "19"} and s == "MEXCRM" and t == "MEXCRM" for c, s, t in found), found


@pytest.mark.parametrize(("text", "absent"), [
    ("Analysts link the rise in prices to the drought in Brazil.", "112"),  # no investigating body
    ("Falling prices forced Texaco into bankruptcy.", "170"),  # a market forces no one
    ("The United States and China are locked in a trade war.", "190"),
    ("The United States launched a strike in Syria.", "143"),  # a military strike is no labour strike
    ("A US drone strike on Monday killed five militants in North Waziristan.", "143"),
    ("The company returned to profit in the third quarter.", "084"),
    ("Venezuela returned to the negotiating table in Oslo.", "084"),
    ("The board designated Smith as its new chairman.", "163"),
    ("Officials will have to strike a difficult balance between security and rights.", "190"),
    ("The exercise of power by the military is under scrutiny.", "150"),
    ("The company declined to comment on the report.", "124"),
    ("The court dismissed the case against the former minister.", "120"),
])
def test_other_senses_are_not_these_events(analyse: Analyse, text: str, absent: str) -> None:
    assert absent not in event_codes(analyse(text, DAY))


def test_head_condition_reads_the_verb_a_noun_complements(pipeline: Pipeline) -> None:
    """`head:` holds for the verb governing a noun trigger, through a preposition ("went on strike")."""
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = pipeline.nlp("Teachers went on strike and doctors began a strike.")
    first, second = (t for t in doc if t.text == "strike")
    assert governor(first).lemma_ == "go" and governor(second).lemma_ == "begin"
    req = Requirement("head", frozenset({"go"}))
    assert holds(first, req, Clause(first, {})) and not holds(second, req, Clause(second, {}))


def test_head_rows_are_read_from_the_table() -> None:
    rules = default_lexicon().rules[("strike", "NOUN")]
    assert any(r.cameo == "143" and any(q.kind == "head" for q in r.conditions) for r in rules)
