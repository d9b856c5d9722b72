"""Recall of acts a CAMEO coder codes that no row read (session 19, event_triggers.csv): letters of intent signed
or entered into between companies (057, the company to be bought the target through the letter's infinitive);
forces sent or dispatched to an area or sent in (154, federal agents 153); a party added, put or placed on the
Kingpin or another sanctions list (163); workers voting to authorize a strike (133); a criminal ring uncovered
(090); a party asked to investigate or to cooperate (021); a contract awarded to a company or planes ordered from
one (057); conjoined companies forming a venture and gangs battling each other (event_cues.csv `reciprocal`: each
is the other's target); talks between two sides set or held, told as the passive subject of the verb that sets
them (event_cues.csv `arrange`). Each has a use of the same word that is no such act. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-06-11"
BUSINESS_DAY = "1987-04-08"


@pytest.mark.parametrize(("text", "day", "code", "source", "target"), [
    # 057: a letter of intent signed or entered into; the company it is to buy is the target
    ("Harlan Industries Inc said it has signed a letter of intent to acquire Dexter Plastics Inc for undisclosed "
     "terms.", BUSINESS_DAY, "057", "", ""),
    ("Norvex Corp said it signed a letter of intent with Toshiba Corp to market its disk drives in Japan.",
     BUSINESS_DAY, "057", "", "JPNBUS"),
    ("Calloway Foods Inc said it has entered into a letter of intent to acquire Birchwood Dairies Inc.",
     BUSINESS_DAY, "057", "", ""),
    # 057: a contract awarded to a company names the company as the target
    ("The Pentagon awarded Lockheed Corp a 120 mln dlr contract to build transport aircraft.", BUSINESS_DAY, "057",
     "USA", "USABUS"),
    # 057: aircraft ordered from a company
    ("Air Canada last week ordered six commuter planes from British Aerospace Plc.", BUSINESS_DAY, "057", "CANBUS",
     "GBRBUS"),
    # 154 / 153: forces sent to an area, sent in, dispatched; federal agents sent to a state
    ("MEXICO CITY - The Mexican government sent 4,000 troops to the region of Tierra Caliente on Monday.", DAY,
     "154", "MEXGOV", ""),
    ("QUITO - Ecuadorean President Rafael Correa sent in the army to close illegal gold mines.", DAY, "154",
     "ECUGOV", ""),
    ("TEGUCIGALPA - The Honduran government dispatched 600 soldiers to the border with Nicaragua.", DAY, "154",
     "HNDGOV", ""),
    ("MEXICO CITY - Mexico's government sent 3,000 federal agents to Tamaulipas after the massacre.", DAY, "153",
     "MEXGOV", ""),
    # 154: a deployment of federal or security forces told as a noun with its doer
    ("MEXICO CITY - President Enrique Pena Nieto's deployment of federal forces to Guerrero began on Monday.", DAY,
     "154", "MEXGOV", ""),
    # 163: a party added, put or placed on a sanctions list
    ("WASHINGTON - The US Treasury added two Sinaloa Cartel operatives to the Kingpin List on Tuesday.", DAY, "163",
     "USAGOV", "MEXCRM"),
    ("WASHINGTON - The US Treasury put the Valle Cartel on its kingpin list in May.", DAY, "163", "USAGOV", ""),
    # 133: a strike authorized by vote is threatened
    ("TORONTO - Workers at Inco Ltd voted 92 pct in favor of authorizing a strike, the union said.", BUSINESS_DAY,
     "133", "CANLAB", ""),
    # 090: a criminal ring uncovered by the police
    ("MADRID - Spanish police uncovered a money laundering network working for the Gulf Cartel.", DAY, "090",
     "ESPCOP", ""),
    # 021: a state asked to investigate
    ("KIEV - Ukrainian authorities asked Panama to investigate the bank accounts of the suspects.", DAY, "021",
     "UKRGOV", "PAN"),
    # reciprocal: companies that formed a venture, gangs that battled: each the other's target
    ("Motorola Inc and Hitachi Ltd formed a joint venture to make microchips.", BUSINESS_DAY, "057", "JPNBUS",
     "USABUS"),
    ("MEXICO CITY - The Sinaloa Cartel and the Juarez Cartel battled for control of Ciudad Juarez.", DAY, "190",
     "MEXCRM", "MEXCRM"),
    # arrange: talks between two sides set or held
    ("Talks between the United Steelworkers union and Inco Ltd are set for Monday.", BUSINESS_DAY,
     "040", "", "CANBUS"),
    ("Talks between the Soviet Union and Japan will be held in Tokyo next week.", BUSINESS_DAY, "040", "SUN",
     "JPN"),
])
def test_missed_act_is_coded(analyse: Analyse, text: str, day: str, code: str, source: str, target: str) -> None:
    assert_mention(analyse(text, day), code, source, target)


@pytest.mark.parametrize(("text", "day", "code"), [
    # a letter that is no letter of intent is no agreement
    ("The finance minister signed a letter to the central bank asking for a review of interest rates.",
     BUSINESS_DAY, "057"),
    # a letter of intent with no company it is with or to buy: a share offering
    ("Granite Holdings Inc said it signed a letter of intent for a proposed public offering of common stock.",
     BUSINESS_DAY, "057"),
    # troops sent to a country are not mobilized at home; undercover agents sent to a meeting are no force
    ("WASHINGTON - The United States sent troops to Honduras.", DAY, "154"),
    ("SAN SALVADOR - The Salvadoran police sent undercover agents to observe the meeting.", DAY, "153"),
    # goods ordered from a country, men ordered from a building: no contract with a company
    ("HAMBURG - Hapag Lloyd AG said it ordered a new container vessel from China.", BUSINESS_DAY, "057"),
    ("The general ordered his men from the building.", BUSINESS_DAY, "057"),
    # a product added to a list of goods is no sanction
    ("BRUSSELS - Olive oil was added to the list of products affected by the European Community tax.",
     BUSINESS_DAY, "163"),
    # bodies or drugs uncovered name no one investigated
    ("MEXICO CITY - Mexican authorities uncovered 20 bodies in a clandestine grave in Jalisco.", DAY, "090"),
    # a strike vote with no authorization words: the strike rows read it, no threat
    ("SAO PAULO - Brazilian bank workers voted to launch a nationwide strike this month.", BUSINESS_DAY, "133"),
    # workers forming a union form it with no one
    ("DETROIT - The workers at the Ford plant formed a union.", BUSINESS_DAY, "057"),
    # talks between two sides that were called off are no talks held
    ("The talks between the Soviet Union and Japan were cancelled.", BUSINESS_DAY, "040"),
])
def test_other_use_is_no_such_act(analyse: Analyse, text: str, day: str, code: str) -> None:
    assert not any(c == code for c, _, _ in mention_codes(analyse(text, day)))
