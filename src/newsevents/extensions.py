"""The `doc._` attributes newsevents stages read and write, registered in one place.

Each stage declares which of these it requires and assigns (spaCy's `requires=`/`assigns=`), so a
pipeline assembled in the wrong order fails when it is built, not with a wrong answer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

DOC_ATTRS = {
    "article": None,  # model.Article being analysed (set before the pipeline runs)
    "entities": None,  # list[model.Entity]: merged, coded entities
    "mention_entity": None,  # dict[token index, entity id]: which entity a token refers to
    "home_country": None,  # ISO3 the story is filed from (dateline) or mainly about, for unplaced parties
    "events": None,  # list[model.Event]: merged, coded events
    "quotes": None,  # list[model.Quote]
    "summary": None,  # list[model.SummarySentence]
    "warnings": None,  # list[str]: caveats for this article
}


def register() -> None:
    """Register every newsevents Doc extension (idempotent)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()

T = TypeVar("T")

SENTENCES = "newsevents_sentences"  # Doc.user_data key: the Doc's sentences and their starts, listed once
ENTITIES = "newsevents_entities"  # Doc.user_data key: the NER's spans, listed once while they stay the same
SENTENCE_WORDS = "newsevents_sentence_words"  # Doc.user_data key: each sentence's words and lemmas
TOKENS = "newsevents_tokens"  # Doc.user_data key: the Doc's Token objects, made once
TEXT = "newsevents_text"  # Doc.user_data key: the Doc's own text, joined once
ARTICLE_KEY = ("._.", "article", None, None)  # where spaCy keeps a Doc's `doc._.article` in `user_data`
CHILDREN = "newsevents_children"  # Doc.user_data key: token index -> its dependents, listed once
POSITIONS = "newsevents_positions_"  # Doc.user_data key prefix (+ attribute id): where each value occurs


def release_caches(doc: Doc) -> None:
    """Drop the stages' per-Doc caches (the keys named `newsevents_*` in `user_data`) once the results are
    read. They hold Tokens and Spans, which refer back to the Doc: left in place, every Doc would wait for
    Python's cycle collector instead of being freed when the run lets go of it, and the collector's full
    passes then walk the whole actor knowledge as well."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("newsevents_")]:
        del doc.user_data[key]


def sentence_of(tok: Token) -> Span:
    """The sentence `tok` is in, as `tok.sent` gives it.

    spaCy finds a token's sentence by walking to its bounds on every call, so a stage that asks for each
    trigger of a 4,000-word sentence walks it thousands of times; this looks the sentence up in the Doc's
    sentence list, made once (sentences are fixed once parsed)."""
    sentences, starts = sentence_list(tok.doc)
    return sentences[bisect_right(starts, tok.i) - 1]


def according_prep(tok: Token) -> bool:
    """Whether a word is the "according" of an "according to X" phrase, hung as a preposition: the phrase
    that credits a sentence to its teller."""
    return tok.dep_ == "prep" and tok.lower_ == "according"


def according_object(tok: Token) -> bool:
    """Whether a word is the object of "according to" ("according to *Dawn*"): the teller credited."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts `tok` is one of ("opened fire and *killed*": "opened"); `tok` itself when it
    is no later conjunct. A coordinated word shares its first conjunct's place in the parse."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentence_list(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences and their first token indices, made once per Doc (in `user_data`)."""
    def listed() -> tuple[list[Span], list[int]]:
        sentences = list(doc.sents)
        return sentences, [s.start for s in sentences]
    return per_doc(doc, SENTENCES, listed)


def sentence_words(tok: Token) -> frozenset[str]:
    """The words of `tok`'s sentence in lower case and their lemmas in lower case, made once per sentence
    from the Doc's LOWER and LEMMA arrays (no Token built)."""
    doc = tok.doc
    sentences, starts = sentence_list(doc)
    index = bisect_right(starts, tok.i) - 1
    def arrays_and_words() -> tuple[numpy.ndarray, dict[int, frozenset[str]]]:
        return doc.to_array([LOWER, LEMMA]), {}
    arrays, by_sentence = per_doc(doc, SENTENCE_WORDS, arrays_and_words)
    words = by_sentence.get(index)
    if words is None:
        sent = sentences[index]
        strings = doc.vocab.strings
        words = by_sentence[index] = frozenset(
            w for lower, lemma in arrays[sent.start:sent.end].tolist()
            for w in (strings[lower], strings[lemma].lower()))
    return words


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per Doc: spaCy builds every span (and walks the entity tags) on each access,
    and half a dozen passes read them. Made again when the entity tags change."""
    tags = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes()
    cached = doc.user_data.get(ENTITIES)
    if cached is None or cached[1] != tags:
        cached = (tuple(doc.ents), tags)
        doc.user_data[ENTITIES] = cached
    return cached[0]


def doc_text(doc: Doc) -> str:
    """The analysed text. `Doc.text` rebuilds it from every token on each access (milliseconds on a
    long article); the article that made the Doc already holds the same string."""
    # `doc._.article` read where spaCy keeps it (an attribute with a default, see `register`): going through
    # `doc._` builds an accessor object each time, and a dozen passes ask for the text per trigger or name
    article = cast(dict[Any, Any], doc.user_data).get(ARTICLE_KEY)
    return article.text if article is not None else doc.text


def parsed_text(doc: Doc) -> str:
    """`doc.text`, the text spaCy parsed (the article unwrapped: web addresses blanked, wrapping line breaks
    made spaces), joined once per Doc: spaCy joins every token's text again on each read, and a check made
    per name (`titles._us_legislator`) would pay for the whole article each time."""
    return per_doc(doc, TEXT, lambda: doc.text)


def tokens_with(doc: Doc, attr: int, holds: Callable[[str], bool]) -> list[Token]:
    """The tokens of `doc` whose string attribute `attr` (spaCy's ORTH, LOWER …) `holds`, in text order, each
    distinct string tested once. Read from the Doc's index of the attribute (`_positions`): building a Token
    for every word of a long article costs more than the test, so a pass that looks for a few words starts
    here."""
    strings = doc.vocab.strings
    found = [i for key, at in _positions(doc, attr).items() if holds(strings[key]) for i in at]
    found.sort()
    tokens = token_list(doc)
    return [tokens[i] for i in found]


def tokens_of_words(doc: Doc, attr: int, words: Iterable[str]) -> list[Token]:
    """The tokens of `doc` whose string attribute `attr` (spaCy's ORTH, LOWER …) is one of `words`, in text
    order: each word looked up in the Doc's index of the attribute, no other string read."""
    by_value = _positions(doc, attr)
    found = [i for word in words for i in by_value.get(get_string_id(word), ())]
    found.sort()
    tokens = token_list(doc)
    return [tokens[i] for i in found]


def tokens_of_pos(doc: Doc, *tags: str) -> list[Token]:
    """The tokens of `doc` whose coarse part of speech is one of `tags` ("VERB", "NOUN" …), in text order,
    read from the Doc's index of parts of speech: a pass that reads only some parts of speech builds no Token
    for the rest."""
    by_pos = _positions(doc, POS)
    found = [i for tag in tags for i in by_pos.get(POS_IDS[tag], ())]
    if len(tags) > 1:
        found.sort()
    tokens = token_list(doc)
    return [tokens[i] for i in found]


def tokens_of_pos_or(doc: Doc, tag: str, attr: int, holds: Callable[[str], bool]) -> list[Token]:
    """The tokens of `doc` whose coarse part of speech is `tag` or whose string attribute `attr` `holds`, in
    text order, each once (as `tokens_of_pos` and `tokens_with` together)."""
    strings = doc.vocab.strings
    found = set(_positions(doc, POS).get(POS_IDS[tag], ()))
    found.update(i for key, at in _positions(doc, attr).items() if holds(strings[key]) for i in at)
    tokens = token_list(doc)
    return [tokens[i] for i in sorted(found)]


def children_of(tok: Token) -> tuple[Token, ...]:
    """`tok.children` as a tuple, listed once per Doc and token: spaCy walks the parse and builds new Token
    objects on every read, and a trigger's sense rules read its dependents once for each slot they test."""
    by_index: dict[int, tuple[Token, ...]] = per_doc(tok.doc, CHILDREN, dict)
    found = by_index.get(tok.i)
    if found is None:
        found = by_index[tok.i] = tuple(tok.children)
    return found


def token_list(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, made once per Doc: `doc[i]` and every walk of the Doc build new Token
    objects, and the passes that start from an index (`tokens_with`, `tokens_of_pos`) would build them again
    for each pass."""
    return per_doc(doc, TOKENS, lambda: list(doc))


def _positions(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Value of `attr` (a string key or a part-of-speech id) -> the indices of the tokens that have it, made
    once per Doc and attribute: the parse's attributes are fixed once spaCy has run, and a dozen passes of
    the stages each look for a few values."""
    def index() -> dict[int, list[int]]:
        by_value: dict[int, list[int]] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            by_value.setdefault(value, []).append(i)
        return by_value
    return per_doc(doc, f"{POSITIONS}{attr}", index)


def per_doc(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """`make()`, made once per Doc and kept in `doc.user_data[key]` (a `newsevents_*` key: see
    `release_caches`). A value kept for another Doc — `user_data` copied over, or a Doc retokenized since — is
    made again."""
    owner = (id(doc), len(doc))
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != owner:
        cached = doc.user_data[key] = (owner, make())
    return cast(T, cached[1])


def lower_forms(doc: Doc) -> list[str]:
    """Every word of `doc` in lower case, read from the LOWER array, for passes that test each word's form
    without building its Token."""
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(LOWER).tolist()]
