"""Business deals told by what is done to the deal (revised, renewed, extended, licensed, contracted: 057;
renegotiated: 046), and the act noun that is its doer verb's own subject ("the investigation into X began"),
which names no doer, so the state's implied doer stands."""
from __future__ import annotations

import pytest

from conftest import assert_mention, mention_codes


@pytest.mark.parametrize(("text", "code"), [
    ("Delta Data Systems Corp said it revised the agreement under which it provides billing services to "
     "Peach State Bank Corp.", "057"),
    ("Acme Tool Corp said it renewed its supply contract with General Motors Corp.", "057"),
    ("Hudson Valley Power Co said it has contracted to purchase up to 40 mln cubic feet of natural gas per "
     "day from Texaco Inc.", "057"),
    ("Standard Index Corp said it granted licenses to the New York Futures Exchange for its stock index.", "057"),
    ("Pacific Gear Corp said it contracted with Boeing Co to build 20 fuselage sections.", "057"),
    ("Zenith Labs Inc said it licensed its imaging technology to Honeywell Inc.", "057"),
])
def test_deal_done_to_an_agreement_between_two_companies(analyse, text: str, code: str) -> None:
    found = mention_codes(analyse(text, "1987-03-12"))
    # the companies' countries are the actor stage's; this row's business is the deal between two companies
    assert any(c == code and (s or "").endswith("BUS") and (t or "").endswith("BUS") for c, s, t in found), found


@pytest.mark.parametrize("text", [
    # no other side: a company's own contract with its executive is no dyad
    "Acme Tool Corp said it extended the contract of its chief executive.",
    # a thing hired out and work farmed out to a kind of people are no deal with a party
    "The pilot contracted his plane to carry packets of cocaine from a Honduran beach.",
    "Cash smuggling may be contracted out to independent smugglers or money brokers.",
    # sales licensed to a country license the sellers, not the buyer
    "Officials said the United States had licensed sales of computer equipment to Iran.",
])
def test_no_deal_without_a_counterpart_company(analyse, text: str) -> None:
    assert not {c for c, _, _ in mention_codes(analyse(text, "1987-03-12"))} & {"057"}


def test_a_renegotiated_accord_is_negotiation_not_a_deal(analyse) -> None:
    result = analyse("Ecuador said it wanted to renegotiate its debt accord with Citibank.", "1987-03-12")
    codes = {c for c, _, _ in mention_codes(result)}
    assert "046" in codes and "057" not in codes, codes


@pytest.mark.parametrize(("text", "source"), [
    ("Luis Fernando Ortega, the former customs director of Barranquilla, was arrested this month. "
     "The investigation into Ortega began in 2009.", "COLGOV"),
    ("The probe into the Zetas started last year.", "MEXGOV"),
])
def test_act_noun_as_its_doer_verbs_subject_keeps_the_implied_doer(analyse, text: str, source: str) -> None:
    assert ("090", source) in {(c, s) for c, s, _ in mention_codes(analyse(text, "2013-03-12"))}


def test_doer_verb_with_its_own_subject_names_the_doer(analyse) -> None:
    result = analyse("Police began the investigation into the Zetas last year.", "2013-03-12")
    assert_mention(result, "090", "MEXCOP", "MEXCRM")

