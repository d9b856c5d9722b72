"""Senses and modality from the lead's reading of the Reuters audit of seed 7751: a shared forecast about an
auction, a company's shareholders' meeting, a commitment to an act — none is the act itself."""

from __future__ import annotations

from conftest import event_triples, modality_of


def test_economists_agreeing_about_auctions_is_an_opinion(analyse) -> None:
    result = analyse("Economists agreed the Treasury auctions will attract strong demand next week.", "1987-05-01")
    assert not [code for code, _, _ in event_triples(result) if code.startswith("03")]


def test_governments_agreeing_that_both_sides_withdraw_is_still_an_agreement(analyse) -> None:
    result = analyse("Iran and Iraq agreed that both sides will withdraw their troops.", "1987-05-01")
    assert [code for code, _, _ in event_triples(result) if code.startswith("03")]


def test_a_shareholders_meeting_is_no_consultation(analyse) -> None:
    result = analyse("Speaking to reporters after a shareholders meeting in Paris, chairman Jean Dupont said "
                     "Eurotunnel would sell new shares.", "1987-05-01")
    assert not [code for code, _, _ in event_triples(result) if code.startswith("04")]


def test_a_commitment_to_freeing_hostages_is_intended(analyse) -> None:
    result = analyse("Reagan reaffirmed his commitment to freeing the hostages held in Lebanon.", "1987-05-01")
    assert modality_of(result, "084") == "intended"
