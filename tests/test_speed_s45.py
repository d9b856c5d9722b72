"""Speed changes of the forty-fifth session that must keep behaviour: the gazetteer's readings of a name found
once per name and day, a token's dependents listed once per Doc, the table-name matcher reading word ids, the
normalized words read once per distinct word, a sense rule that tests nothing of its slots reading none, and a
dictionary row's pattern words looked for in the sentence before its conditions are walked."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.attrs import LOWER

from newsevents.actors.knowledge import normalize, normalized_words, on_day
from newsevents.actors.phrases import TablePhraseMatcher
from newsevents.events.patterns import Clause
from newsevents.extensions import children_of
from newsevents.nlp import load_spacy
from newsevents.settings import Settings
from newsevents.where import default_gazetteer


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_spacy(Settings().model)


def _readings(cands: list) -> list[tuple[str, str | None, str]]:
    return [(c.place.name, c.place.country, c.place.feature) for c in cands]


def test_a_names_readings_are_the_same_found_again_and_kept_per_day() -> None:
    gaz = default_gazetteer()
    for day in (date(1987, 3, 4), date(2022, 3, 4), date(1987, 3, 4)):
        with on_day(day):
            for name in ("Macedonia", "Washington", "Paris", "Deir Ezzor Governorate", "Nowhereville Xq"):
                first = gaz.candidates(name)
                assert first == gaz._candidates(name)
                first.clear()  # the caller's list is its own: the kept readings stay whole
                assert gaz.candidates(name) == gaz._candidates(name)
    # a name dated by the actor tables reads as on its day: Macedonia is no country in 1987
    with on_day(date(1987, 3, 4)):
        old = _readings(gaz.candidates("Macedonia"))
    with on_day(date(2022, 3, 4)):
        new = _readings(gaz.candidates("Macedonia"))
    assert ("North Macedonia", "MKD", "country") in new
    assert ("North Macedonia", "MKD", "country") not in old


def test_a_tokens_dependents_are_its_children_listed_once(nlp) -> None:
    doc = nlp("Striking miners clashed with police in La Paz on Tuesday, officials said.")
    for tok in doc:
        assert children_of(tok) == tuple(tok.children)
    assert children_of(doc[2]) is children_of(doc[2])  # kept for the Doc, not walked again
    other = nlp("The talks ended.")
    assert [t.text for t in children_of(other[2])] == ["talks", "."]


def test_normalized_words_are_each_words_normalized_form(nlp) -> None:
    doc = nlp("Élysée officials met Reuters' editors; the Élysée said the editors' plan was new.")
    assert normalized_words(doc) == [normalize(t.text) for t in doc]


def _joined_matches(matcher: TablePhraseMatcher, doc: spacy.tokens.Doc) -> list[tuple[int, int, int]]:
    """The matches as the matcher found them before: each run of words joined as text and looked up."""
    keys = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    found = []
    for i, key in enumerate(keys):
        for n in matcher.lengths_by_id.get(key, ()):
            label = matcher.patterns.get(" ".join(strings[k] for k in keys[i:i + n])) \
                if i + n <= len(keys) else None
            if label is not None and any(t.text[:1].isupper() for t in doc[i:i + n]):
                found.append((matcher.labels[label], i, i + n))
    return found


def test_table_names_are_matched_by_word_ids_as_by_their_text() -> None:
    nlp = spacy.blank("en")
    matcher = TablePhraseMatcher(nlp.vocab, {"united nations": "ORG", "world bank": "ORG",
                                             "new york times": "ORG", "new york": "METONYM"})
    doc = nlp("The United Nations and the World Bank met the New York Times in a new york deli near the world")
    found = matcher(doc)
    org, metonym = matcher.labels["ORG"], matcher.labels["METONYM"]
    assert found == [(org, 1, 3), (org, 5, 7), (org, 9, 12), (metonym, 9, 11)]
    assert found == _joined_matches(matcher, doc)
    # written in lower case, a name's words are no name ("a new york deli"); a name cut off by the end is none
    assert all(start != 14 for _, start, _ in found)


def test_a_sense_rule_testing_nothing_of_its_slots_still_recodes_by_its_parties(analyse) -> None:
    # clash, any slot words, code 145 when workers fight the police: the rule reads no slot words now
    result = analyse("Striking miners clashed with police in La Paz on Tuesday.", "2026-03-03")
    assert [e.cameo for e in result.events] == ["145"]


def test_a_clash_between_armed_forces_stays_a_fight(analyse) -> None:
    result = analyse("Government troops clashed with rebels near Goma on Tuesday, the army said.", "2026-03-03")
    assert "145" not in [e.cameo for e in result.events]


def test_a_dictionary_pattern_whose_words_the_sentence_lacks_matches_no_row(pipeline) -> None:
    detector = pipeline.nlp.get_pipe("newsevents_events").detector
    doc = pipeline.nlp("The ministry said it would send troops to the border on Monday.")
    send = next(t for t in doc if t.lemma_ == "send")
    rules = detector.matching_rules(send, "VERB")
    assert rules and all(detector._holds(send, r) for r in rules)
    # every row the plan skips on its pattern words would have failed its conditions
    clause = Clause(send, detector.lexicon.synsets)
    skipped = [rule for rule, _, _, _, needed in detector._plan(("send", "VERB"))
               if needed and not needed <= clause.sentence_words]
    assert skipped  # the verb's dictionary patterns name words this sentence lacks
    assert not any(detector._holds(send, rule, clause) for rule in skipped)
