"""Event triggers, twenty-fourth round: cooperation formed between two coded parties ("joined forces with",
"allied itself with", "teamed up with", "partnered with") is material cooperation (060), but a participle
describing a party ("a gang allied with X") or a state ("was allied with") is none; a deal named by the verb's
object finds its counterpart where the preposition hangs deep in the object phrase ("won contracts valued at
N dlrs *from* the Army", "placed an order for cranes *with* X"), and a contract won or received from a party
is one that party gave (its source, as "the Army awarded it" tells); a definitive agreement or letter of intent
*executed* is one signed (057), and terms agreed with a named party ("agreed with X to an increase") are an
agreement with it (057); a party ordered, directed or instructed to act by another is a demand made of it
(100), unless it is the orderer's own troops, police or agents or the order names an act ("ordered the
return of X"); an arrest told with a verb of everyday senses ("netted", "picked up", "caught", "hauled in")
is one only when a state's police, troops or agents do it to a coded party. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A criminal group from Ecuador has joined forces with the Rastrojos in Colombia.", "ECUCRM", "COLCRM"),
    ("Since then, the Familia Michoacana has allied itself with the Sinaloa Cartel, according to reports.",
     "MEXCRM", "MEXCRM"),
    ("The Urabenos teamed up with the Oficina de Envigado last year.", "COLCRM", "COLCRM"),
    ("Boeing Co has teamed up with Rolls-Royce Plc to develop a new engine.", "USABUS", "GBRBUS"),
])
def test_cooperation_formed_with_a_party_is_material_cooperation(analyse: Analyse, text: str, source: str,
                                                                 target: str) -> None:
    assert_mention(analyse(text, "2014-03-12"), "060", source, target)


@pytest.mark.parametrize("text", [
    "Barrio 18, a gang allied with the Sinaloa Cartel, controls the prison.",
    "He was allegedly allied with the Rastrojos.",
    "Analysts say the only way out is for the Sinaloa Cartel to join forces with the Gulf Cartel.",
])
def test_a_described_or_wished_alliance_is_no_cooperation(analyse: Analyse, text: str) -> None:
    assert "060" not in {code for code, _, _ in mention_codes(analyse(text, "2014-03-12"))}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Vitro Systems Inc said it won contracts and increases in existing contracts valued at 3.1 mln dlrs "
     "from the U.S. Army in February.", "USAMIL", "USABUS"),
    ("<Singapore Port Authority> said it has placed a 120 mln dlr order for six container cranes with "
     "Japan's Hitachi Zosen Corp for 1988 delivery.", "SGP", "JPNBUS"),
    ("Harbor Savings Bank said it executed a definitive agreement to buy Lakeland Savings Bank.", "BUS",
     "BUS"),
    ("Air Lanka said it has agreed with Singapore Airlines Ltd to an increase in seat allocations on the "
     "Colombo-Singapore route.", "LKABUS", "SGPBUS"),
])
def test_a_deal_reads_its_counterpart(analyse: Analyse, text: str, source: str, target: str) -> None:
    assert_mention(analyse(text, "1987-03-12"), "057", source, target)


def test_a_person_executed_is_no_agreement(analyse: Analyse) -> None:
    result = analyse("Texas authorities executed a convicted murderer on Tuesday.", "1987-03-12")
    assert "057" not in {code for code, _, _ in mention_codes(result)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The New Jersey Casino Control Commission has directed Resorts International Inc to close its casino "
     "for two days.", "USAGOV", "USABUS"),
    ("The Canadian Radio-television and Telecommunications Commission ordered Bell Canada to cut its phone "
     "rates.", "CANGOV", "CANBUS"),
    ("A federal appeals court ordered Occidental Petroleum Corp to halt all drilling in the Beaufort Sea.",
     "USAJUD", "USABUS"),
])
def test_a_party_ordered_to_act_is_a_demand(analyse: Analyse, text: str, source: str, target: str) -> None:
    assert_mention(analyse(text, "1987-03-12"), "100", source, target)


@pytest.mark.parametrize("text", [
    # an order to one's own troops is a command inside one side
    "The Bolivian government ordered the army to patrol the border with Brazil.",
    # an act ordered, not a party told to act
    "A Florida judge has ordered the return of three aircraft to Salvadoran businessman Jorge Mena after "
    "the sheriff dropped the case.",
    "President Lopez ordered the creation of a commission to reopen the case.",
])
def test_orders_of_acts_or_to_ones_own_forces_are_no_demand(analyse: Analyse, text: str) -> None:
    assert "100" not in {code for code, _, _ in mention_codes(analyse(text, "2014-03-12"))}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mexican security forces netted Julio Zarate, alias El Pollo, in Monterrey.", "MEX", "MEXCRM"),
    ("Honduran police caught two MS13 members in San Pedro Sula.", "HNDCOP", ""),
    ("Two members of the Zetas were picked up by federal police in Nuevo Laredo.", "MEXCOP", "MEXCRM"),
    ("Salvadoran police hauled in 30 members of the Barrio 18.", "SLVCOP", "SLVCRM"),
])
def test_an_arrest_told_with_an_everyday_verb(analyse: Analyse, text: str, source: str, target: str) -> None:
    assert_mention(analyse(text, "2014-03-12"), "173", source, target)


@pytest.mark.parametrize("text", [
    "The Mexican government netted 5 billion pesos from the sale of its telephone company.",
    "The army caught the FARC rebels by surprise near the border.",
    "Mexican musicians have been caught up in the violence between the Zetas and the Gulf Cartel.",
    "Maoists picked up a villager and beat him to death.",
])
def test_the_everyday_senses_are_no_arrest(analyse: Analyse, text: str) -> None:
    assert "173" not in {code for code, _, _ in mention_codes(analyse(text, "2014-03-12"))}
