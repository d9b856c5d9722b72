"""Event detection, fifteenth round: a row whose party check fails leaves the clause to the lemma's next
matching row of the same CAMEO root (never to a catch-all row of another sense), and a statement may be
addressed to a state named alone ("told Japan that")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from conftest import assert_mention, mention_codes
from newsevents.actors.knowledge import default_knowledge
from newsevents.events.detect import EventDetector
from newsevents.events.lexicon import default_lexicon
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _detector() -> EventDetector:
    """The detector with the default lexicon and actor knowledge, as the events stage builds it."""
    return EventDetector(default_lexicon(()), default_knowledge(()))


def test_a_statement_to_a_state_named_alone_is_coded(analyse: Analyse) -> None:
    result = analyse("Secretary of State George Shultz told Japan that the trade surplus must fall.", "1987-03-02")
    assert_mention(result, "010", "USA", "JPN")


def test_a_rejected_plan_never_falls_through_to_fighting(analyse: Analyse) -> None:
    result = analyse("The union fought the plan to close the plant.", "1987-03-02")
    assert not any(code[:2] in {"18", "19"} for code, _, _ in mention_codes(result))


def test_a_released_report_with_no_party_is_no_release_of_people(analyse: Analyse) -> None:
    result = analyse("The ministry released a report on Tuesday.", "1987-03-02")
    assert not any(code[:2] == "08" for code, _, _ in mention_codes(result))


def test_rows_offered_after_a_party_row_share_its_root(nlp: Language) -> None:
    detector = _detector()
    doc = nlp("The union fought the plan to close the plant.")
    tok = next(t for t in doc if t.text == "fought")
    assert [r.cameo[:2] for r in detector.matching_rules(tok, "VERB")] == ["12"]
    doc = nlp("Gorbachev lobbied the party for economic aid.")
    tok = next(t for t in doc if t.text == "lobbied")
    codes = [r.cameo for r in detector.matching_rules(tok, "VERB")]
    assert codes[:2] == ["021", "020"]  # aid asked of a party, else a plain appeal to it


def test_striking_workers_strike(analyse: Analyse) -> None:
    result = analyse("Police fired tear gas at striking workers in La Paz.", "2010-07-25")
    assert_mention(result, "143", "BOLLAB")
    assert_mention(result, "175", "BOLCOP", "BOLLAB")


def test_a_striking_result_is_no_strike(analyse: Analyse) -> None:
    result = analyse("The striking results surprised analysts in London.", "2010-07-25")
    assert not any(code == "143" for code, _, _ in mention_codes(result))


def test_a_striking_fault_is_no_strike(analyse: Analyse) -> None:
    result = analyse("The company said output fell because of striking machinery faults.", "2010-07-25")
    assert not any(code[:2] == "14" for code, _, _ in mention_codes(result))


def test_striking_subjects_are_read_by_their_own_verb(analyse: Analyse) -> None:
    result = analyse("Striking teachers marched to the ministry in Lima.", "2010-07-25")
    assert not any(code == "143" for code, _, _ in mention_codes(result))
    assert_mention(result, "140", "PEREDU")


def test_talks_with_striking_teachers(analyse: Analyse) -> None:
    result = analyse("The government opened talks with striking teachers in Lima.", "2010-07-25")
    assert_mention(result, "143", "PEREDU")
