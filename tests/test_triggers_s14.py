"""Session-14 trigger rows (event_triggers.csv): acts a coder codes that were missed — statements made to a
party, reports released, economic ties cut, takeover offers and acquisitions, credit given, labour strikes,
shows of force, threats of retaliation, and opposition to a bid — each only with the parties it names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_triples, party_code
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions
from newsevents.model import ArticleResult, Event

Analyse = Callable[..., ArticleResult]




def _with_root(result: ArticleResult, root: str) -> list[Event]:
    return [e for e in result.events if e.cameo.startswith(root)]


def test_telling_a_legislature_is_a_statement_to_it(analyse: Analyse) -> None:
    result = analyse("Treasury Secretary James Baker told Congress on Tuesday that the dollar would fall.",
                     "1987-03-05")
    assert ("010", "USAGOV", "USALEG") in event_triples(result)


def test_telling_reporters_names_no_party(analyse: Analyse) -> None:
    result = analyse("The Colombian defense minister told reporters that the talks had failed.", "2012-05-03")
    assert not [e for e in result.events if e.cameo == "010"]


def test_testifying_before_a_committee_is_a_statement_to_it(analyse: Analyse) -> None:
    result = analyse("Secretary of State George Shultz testified before the Senate Foreign Relations Committee.",
                     "1987-03-05")
    statements = [e for e in result.events if e.cameo == "010"]
    assert statements and party_code(statements[0], "target") == "USALEG"


def test_a_report_released_on_a_party_is_a_statement_not_a_release(analyse: Analyse) -> None:
    result = analyse("Human Rights Watch released a report on the Colombian army's conduct.", "2012-05-03")
    assert not _with_root(result, "08")
    statements = [e for e in result.events if e.cameo == "010"]
    assert statements and (party_code(statements[0], "target") or "").startswith("COL")


def test_a_report_released_on_nothing_coded_is_no_event(analyse: Analyse) -> None:
    result = analyse("The Labor Department released a report on consumer prices.", "1987-03-05")
    assert not result.events


def test_a_cancelled_purchase_from_a_party_reduces_relations(analyse: Analyse) -> None:
    result = analyse("Petrobras cancelled its purchase of crude oil from Saudi Arabia.", "1987-03-05")
    assert ("160", "BRABUS", "SAUGOV") in event_triples(result)


def test_a_cancelled_meeting_is_not_an_economic_tie(analyse: Analyse) -> None:
    result = analyse("Iran cancelled its contract with Mitsubishi.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["160"]


def test_an_offer_to_buy_a_company_is_intent_to_cooperate(analyse: Analyse) -> None:
    result = analyse("TransCanada Pipelines offered to buy Dome Petroleum for 4.3 billion dollars.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["031"]
    assert party_code(result.events[0], "target") == "CANBUS"


def test_a_bid_for_a_company_is_intent_to_cooperate(analyse: Analyse) -> None:
    result = analyse("British Petroleum made a bid for Standard Oil.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["031"]


def test_a_company_acquired_is_economic_cooperation(analyse: Analyse) -> None:
    result = analyse("Frontier Insurance Group Inc acquired Medical Quadrangle Inc last week.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["061"]


@pytest.mark.parametrize("text", [
    "Texaco acquired a 20 pct stake in Getty Oil.",
    "Iraq acquired new rifles from Russia.",
])
def test_shares_and_things_acquired_are_no_event(analyse: Analyse, text: str) -> None:
    assert not _with_root(analyse(text, "1987-03-05"), "06")


def test_credit_granted_to_a_country_by_a_state_is_economic_aid(analyse: Analyse) -> None:
    result = analyse("The United States granted Iraq 500 mln dlrs in credit guarantees.", "1987-03-05")
    assert ("071", "USAGOV", "IRQGOV") in event_triples(result)


def test_a_union_striking_a_company_is_a_strike_not_an_attack(analyse: Analyse) -> None:
    result = analyse("The United Steelworkers union struck Cominco on Monday.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["143"]
    assert not _with_root(result, "19")


def test_workers_striking_a_deal_is_no_strike(analyse: Analyse) -> None:
    result = analyse("The workers struck a deal with the company on Monday.", "1987-03-05")
    assert not [e for e in result.events if e.cameo == "143"]


def test_a_missile_test_fired_is_a_show_of_force(analyse: Analyse) -> None:
    result = analyse("North Korea test-fired a ballistic missile into the Sea of Japan on Sunday.", "2016-03-05")
    assert [e.cameo for e in result.events] == ["150"]


def test_a_missile_fired_at_a_target_is_still_violence(analyse: Analyse) -> None:
    result = analyse("The rebels fired a missile at the army helicopter.", "2016-03-05")
    assert not [e for e in result.events if e.cameo == "150"]


def test_military_manoeuvres_are_a_show_of_force(analyse: Analyse) -> None:
    result = analyse("Turkey began military manoeuvres near the Syrian border on Monday.", "2016-03-05")
    assert "150" in [e.cameo for e in result.events]


def test_a_warning_of_retaliation_is_a_threat(analyse: Analyse) -> None:
    result = analyse("Japan warned the United States it may retaliate against the tariffs.", "1987-03-05")
    assert ("130", "JPNGOV", "USAGOV") in event_triples(result)


def test_fighting_a_takeover_bid_is_rejection_not_force(analyse: Analyse) -> None:
    result = analyse("Dome Petroleum said it would fight TransCanada's takeover bid.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["121"]
    assert not _with_root(result, "19")


def test_a_business_target_sector_is_a_valid_condition() -> None:
    assert _our_conditions("party:target;target_sector:BUS", "t")
    with pytest.raises(DataError):
        _our_conditions("target_sector:SHOP", "t")


def test_agreeing_to_buy_a_company_is_an_agreement_with_it(analyse: Analyse) -> None:
    # session 23: strict coders code an agreed acquisition as the deal concluded (057), not intent (031): recall
    # audits 7787, 7797, 7807
    result = analyse("Chrysler Corp agreed to buy American Motors Corp for 1.1 billion dlrs.", "1987-03-05")
    assert [e.cameo for e in result.events] == ["057"]


def test_agreeing_to_cooperate_stays_general_intent(analyse: Analyse) -> None:
    result = analyse("Japan and the United States agreed to cooperate on semiconductors.", "1987-03-05")
    assert {e.cameo for e in result.events} == {"030"}


def test_a_warning_of_retaliation_with_no_party_warned_is_still_a_threat(analyse: Analyse) -> None:
    result = analyse("The Syrian army command warned it will retaliate against any attack by militants.",
                     "2017-03-05")
    assert "130" in [e.cameo for e in result.events]


def test_humanitarian_aid_granted_is_not_read_as_credit(analyse: Analyse) -> None:
    result = analyse("Japan granted emergency humanitarian aid to Bangladesh after the floods.", "1998-09-05")
    assert "071" not in [e.cameo for e in result.events]


def test_telling_a_party_of_an_act_codes_the_act_not_a_bare_statement(analyse: Analyse) -> None:
    result = analyse("The defense minister told Congress that the army had arrested ten rebels.", "2012-05-03")
    codes = [e.cameo for e in result.events]
    assert "173" in codes and "010" not in codes


def test_a_plain_condition_names_only_the_that_clause() -> None:
    assert _our_conditions("plain:ccomp", "t")
    with pytest.raises(DataError):
        _our_conditions("plain:xcomp", "t")


def test_telling_a_party_one_will_not_act_is_no_bare_statement(analyse: Analyse) -> None:
    result = analyse("President Erdogan told the Swedish prime minister that Turkey will not rush the approval.",
                     "2023-01-14")
    assert "010" not in [e.cameo for e in result.events]
