"""Legal acts told as nouns (event_triggers.csv session 27 acts block): a deportation of a party is 174, a
prison sentence a party received, got or was handed is 173 passed on the receiver by a court
(noun_arguments._received, party_words.csv receive_verb), never by the receiver; an armed group's "armed
strike" is coercion (170), no labour strike."""

from __future__ import annotations

import pytest

from conftest import mention_codes


def test_deportation_of_a_party_is_an_expulsion(analyse) -> None:
    found = mention_codes(analyse("The Ruritanian deportation of Haitians doubled after the new law passed.",
                                  "2019-05-02"))
    assert any(c == "174" and (t or "").startswith("HTI") for c, _, t in found), found


@pytest.mark.parametrize("text", [
    "Peruvian smuggler Jorge Quispe received a 12-year prison sentence from a US court.",
    "The Peruvian smuggler walked free after receiving a 12-year prison sentence from a US court.",
])
def test_a_received_sentence_is_passed_on_the_receiver(analyse, text: str) -> None:
    found = mention_codes(analyse(text, "2019-05-02"))
    assert any(c == "173" and (s or "") == "USAJUD" and (t or "").startswith("PER")
               for c, s, t in found), found


def test_a_sentence_handed_to_a_party(analyse) -> None:
    found = mention_codes(analyse("Colombian drug lord Diego Montoya was handed a 45-year sentence in Miami.",
                                  "2019-05-02"))
    assert any(c == "173" and (t or "").startswith("COL") and not (s or "").startswith("COL")
               for c, s, t in found), found


@pytest.mark.parametrize("text", [
    "The company got a sentence of praise from the analysts.",
    "The sentence in the contract was hard to read.",
])
def test_a_sentence_that_is_no_punishment(analyse, text: str) -> None:
    assert "173" not in {e.cameo for e in analyse(text, "2019-05-02").events}


def test_an_armed_strike_is_coercion_not_a_labour_strike(analyse) -> None:
    codes = [e.cameo for e in analyse("The National Liberation Army (ELN) announced a 72-hour armed strike in "
                                      "Arauca, paralysing transport across the department.", "2016-02-10").events]
    assert "170" in codes and "143" not in codes, codes
