"""The bundled CAMEO verb dictionary (petrarch_verbs.csv, converted from PETRARCH's by
scripts/convert_petrarch_verbs.py): its patterns as dependency conditions, the order against our own rows, the
dyad its bare defaults need, and the loader's checks, on sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from newsevents import ArticleResult, Pipeline
from newsevents.actors.knowledge import default_knowledge
from newsevents.errors import DataError
from newsevents.events.detect import EventDetector
from newsevents.events.lexicon import DictionaryTable, EventLexicon, default_lexicon
from newsevents.events.patterns import Clause, holds

DICTIONARY = "CAMEO.verbpatterns"
Analyse = Callable[[str, str | None], ArticleResult]
HEADER = "lemma,pos,cameo,target,requires,needs_dyad,source\n"


def parse(pipeline: Pipeline, text: str) -> Doc:
    """The dependency parse alone (no newsevents stages), to test conditions on it."""
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        return pipeline.nlp(text)


def token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def events(analyse: Analyse, text: str) -> set[tuple[str, str | None, str | None]]:
    result = analyse(text, "2024-03-05")
    return {(e.cameo, e.source and e.source.code[:3], e.target and e.target.code[:3]) for e in result.events}


def test_a_dictionary_pattern_selects_its_code(pipeline: Pipeline, analyse: Analyse) -> None:
    # "abandon" is not ours; the dictionary's `- * &CEASEFIRE [196]` (truce is in &CEASEFIRE) codes it.
    text = "Ethiopia abandoned the truce with Eritrea on Monday."
    detector = EventDetector(default_lexicon(), default_knowledge(()))
    rule = detector.matching_rule(token(parse(pipeline, text), "abandoned"), "VERB")
    assert rule is not None and DICTIONARY in rule.source and rule.cameo == "196"
    assert ("196", "ETH", "ERI") in events(analyse, text)
    # Without a word of the synset after the verb the pattern does not hold.
    other = detector.matching_rule(token(parse(pipeline, "Ethiopia abandoned the talks with Eritrea."),
                                         "abandoned"), "VERB")
    assert other is None or other.cameo != "196"


def test_a_dictionary_pattern_beats_the_verbs_bare_default(pipeline: Pipeline, analyse: Analyse) -> None:
    rules = default_lexicon().rules[("raid", "VERB")]  # not ours: patterns first, the bare default last
    assert rules[-1].requires is None and rules[-1].cameo == "190" and rules[-1].needs_dyad
    # (our own raid rows cover the police's search of a party's offices or homes, 171; militants' raids are
    # the dictionary's)
    homes = "Indian militants raided the homes of Pakistani diplomats in New Delhi on Tuesday."
    offices = "Indian militants raided the offices of Pakistani diplomats in New Delhi on Tuesday."
    assert ("175", "IND", "PAK") in events(analyse, homes)  # `- * HOMES [175]`: repression
    # no pattern holds: the default 190, which the doers' sense makes 18x (non-state armed doers)
    assert {c[:2] for c, s, t in events(analyse, offices) if (s, t) == ("IND", "PAK")} == {"18"}
    # Words out of the pattern's order do not match it: HOMES must follow the verb.
    detector = EventDetector(default_lexicon(), default_knowledge(()))
    doc = parse(pipeline, "The homes that the police raided belonged to Pakistani diplomats.")
    rule = detector.matching_rule(token(doc, "raided"), "VERB")
    assert rule is not None and rule.cameo == "190"


def test_words_of_an_embedded_clause_are_not_the_verbs(pipeline: Pipeline) -> None:
    lexicon = default_lexicon()
    doc = parse(pipeline, "Egypt said that Israel would restore diplomatic ties with Jordan.")
    said, restore = token(doc, "said"), token(doc, "restore")
    after_ties = next(r for r in lexicon.rules[("restore", "VERB")] if r.requires and r.requires.kind == "after"
                      and r.requires.words == {"ties"})
    assert holds(restore, after_ties.conditions[0], Clause(restore, lexicon.synsets))
    assert not holds(said, after_ties.conditions[0], Clause(said, lexicon.synsets))


def test_our_row_wins_on_a_lemma_both_cover(pipeline: Pipeline) -> None:
    text = "Iran's foreign minister met Iraq's prime minister in Baghdad to mark the anniversary of the accord."
    lexicon = default_lexicon()
    met = token(parse(pipeline, text), "met")
    clause = Clause(met, lexicon.synsets)
    dictionary = [r for r in lexicon.rules[("meet", "VERB")] if DICTIONARY in r.source]
    held = [r for r in dictionary if r.conditions and all(holds(met, q, clause) for q in r.conditions)]
    assert held and held[0].cameo != "040"  # the dictionary alone would code this meeting otherwise (017)
    detector = EventDetector(lexicon, default_knowledge(()))
    rule = detector.matching_rule(met, "VERB")
    assert rule is not None and "event_triggers.csv" in rule.source and rule.cameo == "040"


def test_a_bare_dictionary_verb_needs_two_actors(analyse: Analyse) -> None:
    rules = default_lexicon().rules[("deplore", "VERB")]
    assert rules and all(DICTIONARY in r.source for r in rules) and rules[-1].needs_dyad
    assert ("111", "EGY", "ISR") in events(analyse, "Egypt deplored Israel's decision on Tuesday.")
    assert not events(analyse, "Egypt deplored the decision on Tuesday.")
    assert not events(analyse, "Indian police raided the offices in New Delhi on Tuesday.")
    assert not events(analyse, "The decision was deplored by Egypt on Tuesday.")


def test_a_user_dictionary_replaces_the_bundled_one_for_its_verbs(tmp_path: Path) -> None:
    verbs = tmp_path / "mine.verbs.txt"
    verbs.write_text("&PACT\n+TRUCE\n\n--- DEPLORE [1121] ---\nDEPLORE\n- * &PACT [196]\n", encoding="utf-8")

    lexicon = EventLexicon((verbs,))
    rules = lexicon.rules[("deplore", "VERB")]
    assert [(r.cameo, r.needs_dyad) for r in rules] == [("196", True), ("112", True)]
    assert "truce" in lexicon.synsets["&PACT"].words
    assert all("mine.verbs.txt" in r.source for r in rules)


@pytest.mark.parametrize(("row", "problem"), [
    ("deplore,VERB,999,any,,1,x.txt:1", "unknown CAMEO code"),
    ("deplore,VERB,111,any,after:&NOSUCH,0,x.txt:2", "unknown synset"),
    ("deplore,VERB,111,any,nearby:israel,0,x.txt:3", "bad requires"),
    ("deplore,VERB,111,any,,maybe,x.txt:4", "needs_dyad"),
    ("deplore,VERB,111,any", "expected 7 cells"),
])
def test_the_loader_rejects_a_malformed_row_naming_file_and_line(row: str, problem: str) -> None:
    lexicon = default_lexicon()
    text = f"# a comment\n{HEADER}deplore,VERB,111,any,,1,x.txt:0\n{row}\n"
    table = DictionaryTable(text, "mine.csv", lexicon.codes, lexicon.synsets)
    with pytest.raises(DataError) as err:
        table.validate()
    assert "mine.csv:4" in str(err.value) and problem in str(err.value)


def test_the_bundled_table_is_valid_and_indexed_by_lemma() -> None:
    table = default_lexicon().rules.dictionary
    assert table is not None and table.validate() > 5_000
    assert all(pos == "VERB" for _, pos in table.keys)
