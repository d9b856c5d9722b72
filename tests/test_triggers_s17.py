"""Session-17 recall checks (event_triggers.csv): business agreements between companies (a distribution,
licensing or supply contract signed with another firm is 057 between BUS parties) and a guilty plea entered
before a court (015)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_triples
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_a_distribution_agreement_between_firms_is_a_signed_agreement(analyse: Analyse) -> None:
    result = analyse("Acme Corp signed a two-year distribution agreement with Beta Inc.", "2019-05-03")
    assert "057" in [c[0] for c in event_triples(result)]


def test_a_supply_contract_between_firms_is_a_signed_agreement(analyse: Analyse) -> None:
    result = analyse("Acme Corp signed a five-year supply contract with Beta Inc.", "2019-05-03")
    assert "057" in [c[0] for c in event_triples(result)]


def test_a_guilty_plea_before_a_court_acknowledges_responsibility(analyse: Analyse) -> None:
    result = analyse("Smith pleaded guilty before the Supreme Court.", "2019-05-03")
    assert "015" in [c[0] for c in event_triples(result)]


def test_a_unit_bought_from_a_company_is_an_acquisition_from_the_seller(analyse: Analyse) -> None:
    result = analyse("Acme Corp said it bought the chemicals unit from Beta Inc for 50 mln dlrs.", "1987-03-02")
    assert "061" in [c[0] for c in event_triples(result)]


def test_a_stake_sold_to_a_company_is_a_deal_between_the_two(analyse: Analyse) -> None:
    result = analyse("Acme Corp said it sold its stake in the venture to Beta Inc.", "1987-03-02")
    assert "061" in [c[0] for c in event_triples(result)]


def test_goods_or_shares_bought_are_no_acquisition(analyse: Analyse) -> None:
    result = analyse("Acme Corp bought 10 aircraft from Boeing Co. Smith bought 5 pct of Gamma Inc shares.",
                     "1987-03-02")
    assert "061" not in [c[0] for c in event_triples(result)]


def test_a_request_submitted_to_an_agency_asks_the_agency(analyse: Analyse) -> None:
    result = analyse("Mexican police submitted trace requests to the ATF.", "2019-05-03")
    assert ("020", "MEXCOP", "USACOP") in [(c[0], c[1], c[2]) for c in event_triples(result)]


def test_a_report_sent_to_an_agency_is_no_request(analyse: Analyse) -> None:
    result = analyse("Mexico sent a report to the United States.", "2019-05-03")
    assert "020" not in [c[0] for c in event_triples(result)]


def test_guerrillas_supported_in_their_operations_get_military_aid(analyse: Analyse) -> None:
    result = analyse("Venezuela supported the FARC guerrillas in their operations.", "2019-05-03")
    assert "072" in [c[0] for c in event_triples(result)]


def test_a_plan_supported_is_still_an_endorsement(analyse: Analyse) -> None:
    result = analyse("Venezuela supported the peace plan.", "2019-05-03")
    codes = [c[0] for c in event_triples(result)]
    assert "072" not in codes


def test_a_completed_acquisition_between_firms_is_a_transaction(analyse: Analyse) -> None:
    result = analyse("Acme Corp completed the acquisition of Gamma Inc.", "1987-03-02")
    assert "061" in [c[0] for c in event_triples(result)]


def test_an_acquisition_only_talked_about_or_of_shares_is_none(analyse: Analyse) -> None:
    result = analyse("Acme Corp said the acquisition of Gamma Inc would add to earnings. "
                     "Acme Corp completed the purchase of 500,000 shares.", "1987-03-02")
    assert "061" not in [c[0] for c in event_triples(result)]
