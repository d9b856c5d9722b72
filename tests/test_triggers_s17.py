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
