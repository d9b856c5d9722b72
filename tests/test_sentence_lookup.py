"""The cached sentence lookup the stages use instead of spaCy's `Token.sent` (which walks the sentence)."""

from __future__ import annotations

from spacy.language import Language

from newsevents.extensions import sentence_list, sentence_of


def test_sentence_of_agrees_with_spacy_for_every_token(nlp: Language) -> None:
    doc = nlp("Putin met Bennett in Moscow on Saturday. They talked for three hours! "
              "Bennett then flew to Berlin, where he met Scholz.\n\nThe talks continue.")
    assert [sentence_of(tok) for tok in doc] == [tok.sent for tok in doc]
    assert [s.start for s in sentence_list(doc)[0]] == [s.start for s in doc.sents]


def test_sentence_list_is_made_once_per_doc(nlp: Language) -> None:
    doc = nlp("Police arrested two men. The men were charged.")
    first, _ = sentence_list(doc)
    again, _ = sentence_list(doc)
    assert first is again
    other = nlp("Troops withdrew.")
    assert sentence_of(other[0]).text == "Troops withdrew."
