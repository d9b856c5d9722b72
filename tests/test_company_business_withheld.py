"""A company's own business told or withheld is no political event (sense_rules.csv, session 28): an executive
declining to give the price, results or terms, a company negotiating a sale with no buyer named, a bank agreeing
to provide financing with no borrower named; the political or two-party readings stay."""

from __future__ import annotations

import pytest

DAY = "1987-03-04"


def codes(result) -> list[str]:
    return [e.cameo for e in result.events]


@pytest.mark.parametrize("text", [
    "Zentrax Corp chairman Paul Wren declined to disclose the price of the new turbines.",
    "Zentrax Corp chairman Paul Wren declined to predict earnings for the second quarter.",
    "Zentrax Corp declined to say how much it paid for the freighters.",
    "A Zentrax Corp spokesman declined to say how large the losses were.",
    "A spokesman for Zentrax Corp declined to comment.",  # session 35: addressed to no one, on nothing of another's
])
def test_withheld_company_figures_are_no_decline_comment(analyse, text: str) -> None:
    assert "011" not in codes(analyse(text, DAY)), codes(analyse(text, DAY))


@pytest.mark.parametrize("text", [
    "Zentrax Corp said it is negotiating the sale of its Belgian unit.",
    "Zentrax Corp said it is in talks on the sale of its Austrian operations.",
])
def test_a_sale_with_no_buyer_named_is_no_negotiation(analyse, text: str) -> None:
    assert not [c for c in codes(analyse(text, DAY)) if c.startswith("04")], codes(analyse(text, DAY))


def test_financing_with_no_borrower_named_is_no_intent(analyse) -> None:
    text = "Zentrax Bank said it has agreed to provide 40 mln dlrs of financing for the tender offer."
    assert not [c for c in codes(analyse(text, DAY)) if c.startswith("03")], codes(analyse(text, DAY))


@pytest.mark.parametrize(("text", "root"), [
    ("Zentrax Corp declined to comment on the allegations made by the Justice Department.", "011"),
    ("The Justice Department declined to disclose the terms of the settlement.", "011"),
    ("Zentrax Bank officials declined to disclose details of the debt talks with Brazil.", "011"),
    ("Zentrax Corp said it is negotiating with Corvell Corp on the sale of its Belgian unit.", "04"),
    ("Zentrax Corp said it has agreed to sell its Belgian unit to Corvell Corp.", "0"),
])
def test_political_or_two_party_readings_stay(analyse, text: str, root: str) -> None:
    assert any(c.startswith(root) for c in codes(analyse(text, DAY))), codes(analyse(text, DAY))
