"""Speed changes of the forty-fourth session that must keep behaviour: the Doc's text read once per Doc."""

from __future__ import annotations

import gc
from datetime import date

import spacy

from conftest import code_of
from newsevents import Article
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


def test_the_heap_loaded_by_the_first_batch_is_frozen_once(pipeline) -> None:
    # the actor knowledge and tables live as long as the process: kept out of the collector's full passes
    day = date(1987, 4, 3)
    results = list(pipeline.run([Article(id="a", text="LONDON, April 3 - Grain prices fell, traders said.",
                                         published=day)]))
    assert results[0].article.id == "a"
    frozen = gc.get_freeze_count()
    assert frozen > 0
    list(pipeline.run([Article(id="b", text="LONDON, April 3 - Grain prices rose, dealers said.",
                               published=day)]))
    # once per process: not frozen again (objects that die leave the frozen set, none join it)
    assert gc.get_freeze_count() <= frozen
