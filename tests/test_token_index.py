"""The per-Doc token indexes the stages read instead of walking every Token (`extensions.tokens_*`)."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.language import Language

from newsevents.extensions import (
    sentence_words,
    token_list,
    tokens_of_pos,
    tokens_of_pos_or,
    tokens_of_words,
    tokens_with,
)

TEXT = ("Rebels attacked a police post near Kabul on Monday, officials said. The UN condemned the attack, "
        "which killed three officers, and Acme Corp said it would suspend work.")


def test_indexes_agree_with_a_walk_of_the_doc(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [t.i for t in tokens_of_pos(doc, "VERB", "NOUN")] == [t.i for t in doc if t.pos_ in {"VERB", "NOUN"}]
    assert [t.i for t in tokens_of_words(doc, LOWER, {"which", "said"})] == [
        t.i for t in doc if t.lower_ in {"which", "said"}]
    assert [t.i for t in tokens_with(doc, ORTH, str.istitle)] == [t.i for t in doc if t.text.istitle()]
    assert [t.i for t in tokens_of_pos_or(doc, "PROPN", ORTH, str.isupper)] == [
        t.i for t in doc if t.pos_ == "PROPN" or t.text.isupper()]
    assert tokens_of_words(doc, LOWER, ("nowhere",)) == []


def test_token_list_is_made_once_and_belongs_to_its_doc(nlp: Language) -> None:
    doc = nlp(TEXT)
    first = token_list(doc)
    assert first is token_list(doc) and [t.i for t in first] == list(range(len(doc)))
    other = nlp(TEXT)
    other.user_data.update(doc.user_data)  # a cache copied from another Doc of the same length is not used
    assert all(t.doc is other for t in token_list(other))


def test_sentence_words_hold_each_sentences_forms_and_lemmas(nlp: Language) -> None:
    doc = nlp(TEXT)
    for sent in doc.sents:
        expected = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        assert all(sentence_words(t) == expected for t in sent)
