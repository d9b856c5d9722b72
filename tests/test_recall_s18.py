"""Recall of acts a CAMEO coder codes that no event_triggers.csv row read (session 18): property set ablaze, set on
fire or burnt, installations destroyed and arms recovered from a party (171); an order placed with a company and a
deal made or cut with a party (057); a confession (015); an official's or a body's journey to a place (042); a
person hacked to death (180) or thrashed (182), premises ransacked or vandalised, weapons snatched (171). Each
has a real use and a use of the same word that is no such event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult
from newsevents.events.lexicon import default_lexicon

Analyse = Callable[..., ArticleResult]
DAY = "2016-09-14"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # 171 arson, in each wording, by an armed group
    ("RAIPUR - Maoists set ablaze four trucks engaged in road construction in Sukma district on Monday.", "171",
     "INDREB", ""),
    ("RAIPUR - CPI-Maoist cadres set fire to a mobile tower in Kanker district on Monday.", "171", "INDREB", ""),
    ("RAIPUR - The Maoists set the panchayat office on fire in Bijapur district on Monday.", "171", "INDREB", ""),
    ("RANCHI - Suspected Maoists burnt down a forest office in Latehar district on Monday.", "171", "INDREB", ""),
    # 171 an installation destroyed: its owner named by a participle is the target
    ("GUATEMALA CITY - Guatemalan soldiers destroyed a cocaine laboratory belonging to the Sinaloa Cartel.", "171",
     "GTMMIL", "MEXCRM"),
    # 171 arms recovered from a group are seized from it
    ("GADCHIROLI - Indian police recovered three rifles from the Maoists after the encounter.", "171", "INDCOP",
     "INDREB"),
    # 057 an order placed with a company; a deal made with the prosecutors
    ("Qantas Airways Ltd said it has placed a firm order with Boeing Co for six aircraft.", "057", "AUSBUS",
     "USABUS"),
    ("SAN SALVADOR - Former Salvadoran President Mauricio Funes made a deal with the Attorney General's Office.",
     "057", "SLVELI", "SLVJUD"),
    # 015 a confession before a court
    ("SAN SALVADOR - Former Salvadoran President Mauricio Funes confessed before the court to embezzling public "
     "funds.", "015", "SLVELI", "SLVJUD"),
    # 042 an official's journey to another country
    ("NEW DELHI - Indian Foreign Minister Salman Khurshid travelled to Kathmandu on Monday.", "042", "INDGOV",
     "NPL"),
    # 18x a person hacked to death; 182 people thrashed; 171 premises ransacked or vandalised, weapons snatched
    ("RAIPUR - Maoists hacked a village headman to death in Sukma district on Monday.", "180", "INDREB", ""),
    ("RANCHI - The Maoists thrashed twelve labourers at the road construction site in Gumla district.", "182",
     "INDREB", "INDLAB"),
    ("BHUBANESWAR - About 60 armed Maoists ransacked a liquor shop in Koraput district on Monday.", "171",
     "INDREB", ""),
    ("IMPHAL - The militants snatched three rifles from the policemen at the check gate.", "171", "", "INDCOP"),
])
def test_missed_act_is_coded(analyse: Analyse, text: str, code: str, source: str, target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


@pytest.mark.parametrize(("text", "code"), [
    # a protester setting himself on fire damages no one's property (self-immolation)
    ("NEW DELHI - A protester set himself on fire outside the Parliament in New Delhi on Monday.", "171"),
    # contraband or seized goods burnt by the forces, an effigy burnt in protest, fuel burnt: no party's property
    ("MEXICO CITY - Mexican soldiers burned five tons of marijuana seized from the Sinaloa Cartel.", "171"),
    ("LAHORE - Activists of the Pakistan Tehreek-e-Insaf burnt an effigy of the Prime Minister.", "171"),
    ("COLUMBUS - Ohio Edison Co said it burns coal at its Sammis plant.", "171"),
    # crops or plants eradicated are no property of a party
    ("GUATEMALA CITY - The Guatemalan government destroyed 12 million poppy plants in San Marcos.", "171"),
    # a body or a letter recovered is no seizure; arms recovered from a place name no party they were taken from
    ("RAIPUR - Indian police recovered the body of a villager from the forest.", "171"),
    ("RAIPUR - Indian police recovered two rifles from the encounter site.", "171"),
    # a trafficker's or a people's journey is no visit, nor is one not made
    ("GUATEMALA CITY - The drug trafficker Marlon Monroy travelled to Mexico in 2010.", "042"),
    ("LIMA - Peruvian officials believe more than 12,000 Haitians have traveled to Peru since 2011.", "042"),
    ("WASHINGTON - The State Department renewed its warning to Americans not to travel to Iran.", "042"),
    # a journey made to do something is told by its purpose: the meeting is coded, not a visit beside it
    ("KIEV - Ukrainian President Petro Poroshenko will travel to Warsaw on Friday to meet Polish President Andrzej "
     "Duda.", "042"),
    # a treasury ransacked is embezzled from; a hacked website, a deal thrashed out: no violence
    ("SAN SALVADOR - Prosecutors say former Salvadoran President Mauricio Funes ransacked the treasury.", "171"),
    ("MEXICO CITY - Unknown hackers hacked the website of the Mexican Senate on Monday.", "180"),
    ("NEW DELHI - India and Nepal thrashed out a deal on the border in New Delhi on Monday.", "182"),
    # an order placed without a company named as its supplier reads no contract
    ("PARIS - Air France has not yet placed an order for the aircraft.", "057"),
])
def test_other_use_is_no_such_act(analyse: Analyse, text: str, code: str) -> None:
    assert not any(c == code for c, _, _ in mention_codes(analyse(text, DAY)))


def test_objphrase_reads_any_word_of_the_object(analyse: Analyse) -> None:
    """`objphrase:` holds on a word inside the object phrase ("5 tons *of marijuana*"), where `obj:` reads its head
    only: the burn row's stop word is not the object's head here."""
    lexicon = default_lexicon()
    burn = lexicon.rules[("burn", "VERB")]
    assert any(req.kind == "objphrase" for rule in burn for req in rule.conditions)
    assert not any(c == "171" for c, _, _ in mention_codes(
        analyse("BOGOTA - Colombian police burned two tons of cocaine seized in Tumaco.", DAY)))
