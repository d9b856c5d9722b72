"""Speed changes of the forty-fourth session that must keep behaviour: the Doc's text read once per Doc."""

from __future__ import annotations

import spacy

from conftest import code_of
from newsevents.extensions import parsed_text


def test_parsed_text_is_the_docs_own_text_joined_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Grain exports rose sharply.\nOfficials said so.")
    assert parsed_text(doc) == doc.text
    assert parsed_text(doc) is parsed_text(doc)  # kept for the Doc, not joined again
    other = nlp("Another wire story.")
    assert parsed_text(other) == "Another wire story."


def test_party_and_state_mark_after_a_name_still_makes_a_us_legislator(analyse) -> None:
    result = analyse("WASHINGTON, April 3 - The farm bill would reach the floor next week, said Richard Colby "
                     "(D-Ohio).", "1987-04-03")
    assert code_of(result, "Richard Colby") == "USALEG"


def test_a_state_alone_in_brackets_after_a_name_is_no_party_mark(analyse) -> None:
    result = analyse("WASHINGTON, April 3 - The farm bill would reach the floor next week, said Richard Colby "
                     "(Ohio).", "1987-04-03")
    assert code_of(result, "Richard Colby") == "USA"
