"""Acts a CAMEO coder codes that had no trigger (session 43, InsightCrime recall audit; event_triggers.csv rows
only): aid, funding or financing for a party halted, suspended, frozen, stopped, cut off, withheld, slashed
(aid only) or reduced is 162 (source the one stopping it, target the party funded; a budget cut for no coded party is
none); money lent by a named party to an official or politician is 071, also when the parser hangs the sum on a
preposition ("lent X around $4.5 million"), while a bank's loan to a company stays none; a passive "implicated by
X" is X's accusation (112), an agentless "has been implicated in" names no accuser and stays none. All sentences
written for these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2018-05-10"


def _codes(result: ArticleResult, trigger: str) -> set[str]:
    return {e.cameo for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The United States has suspended funding for the Honduran police.", "suspended", "USA", "HNDCOP"),
    ("Washington has frozen funding for the Honduran police.", "frozen", "USA", "HNDCOP"),
    ("The United States stopped aid to Nicaragua last week.", "stopped", "USA", "NIC"),
    ("The United States halted funding for the Honduran police on Monday.", "halted", "USA", "HNDCOP"),
    ("Congress voted last year to slash foreign aid to Egypt.", "slash", "USA", "EGY"),
    ("The White House reduced funding for the Colombian army.", "reduced", "USA", "COLMIL"),
    ("The European Union withheld funds for the Guatemalan army.", "withheld", "IGO", "GTMMIL"),
])
def test_funding_or_aid_stopped_for_a_party_is_162(analyse: Analyse, text: str, trigger: str, source: str,
                                                   target: str) -> None:
    result = analyse(text, DAY)
    assert "162" in _codes(result, trigger)
    pairs = readings(result, trigger)
    assert any((s or "").startswith(source) and (t or "").startswith(target) for s, t in pairs), pairs


@pytest.mark.parametrize(("text", "trigger"), [
    ("The city council cut funding for road repairs.", "cut"),
    ("The province suspended funding for the new stadium.", "suspended"),
    ("Ford said it was reducing the funds available for pay raises for its salaried workers.", "reducing"),
    ("The government decided to slash funding for the anti-graft probe, to the anger of Colombian judges.", "slash"),
])
def test_a_budget_cut_for_no_party_is_no_aid_reduced(analyse: Analyse, text: str, trigger: str) -> None:
    assert "162" not in _codes(analyse(text, DAY), trigger)


@pytest.mark.parametrize("amount", ["nearly $3 million", "around $3 million"])
def test_money_lent_to_a_politician_is_economic_aid(analyse: Analyse, amount: str) -> None:
    result = analyse("On Monday, Quirino Paulino Castillo, a jailed trafficker, said that he lent former President "
                     f"Leonel Fernandez {amount}.", DAY)
    assert "071" in _codes(result, "lent")
    assert any(t == "DOMELI" for _, t in readings(result, "lent"))


def test_a_bank_loan_to_a_company_is_still_none(analyse: Analyse) -> None:
    assert "071" not in _codes(analyse("Citibank lent Acme Corp $5 million last year.", DAY), "lent")


def test_implicated_by_a_named_party_is_an_accusation(analyse: Analyse) -> None:
    result = analyse("The mayor of Tegucigalpa has been implicated by the jailed general Julio Ramirez in the "
                     "bribery ring.", DAY)
    assert "112" in _codes(result, "implicated")
    assert ("HNDMIL", "HNDGOV") in readings(result, "implicated")


def test_an_agentless_implicated_names_no_accuser(analyse: Analyse) -> None:
    result = analyse("Former President Otto Perez Molina has also been implicated in the bribery ring.", DAY)
    assert not readings(result, "implicated")
