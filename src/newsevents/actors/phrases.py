"""The table names (organisations, metonyms, office holders' full names) as a case-insensitive matcher over
an article's tokens."""

from __future__ import annotations

from typing import Any

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..resources import load_cached, store_cached
from .knowledge import ActorKnowledge, use_day


class TablePhraseMatcher(PhraseMatcher):
    """Case-insensitive matcher for the table names (tens of thousands with PETRARCH's): a PhraseMatcher whose
    patterns are kept as keys of lower-case token sequences, looked up from the tokens that start one, so it
    is built from a dict in milliseconds instead of one pattern Doc per name. Called on an article's Doc (the
    actor stage's first lookup) it also sets that article's publication date for the knowledge base's dated
    names (`knowledge.use_day`): "Soviet Union" is SUN in 1987 and RUS in 2022 for the rest of the article."""

    def __init__(self, vocab: Vocab, patterns: dict[str, str]) -> None:
        super().__init__(vocab, attr="LOWER")
        self.patterns = patterns  # "token token ..." (lower case) -> label
        self.labels = {label: vocab.strings.add(label) for label in set(patterns.values())}
        lengths: dict[str, set[int]] = {}
        for key in patterns:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
        self.lengths = {first: sorted(n, reverse=True) for first, n in lengths.items()}
        # the same by the first word's string id (as the Doc's LOWER array holds it): an article's words are
        # looked up without reading their strings, most of them opening no name
        self.lengths_by_id = {get_string_id(first): n for first, n in self.lengths.items()}
        # and each name by its words' string ids: a run of an article's words is looked up as it stands in the
        # LOWER array, without reading and joining its strings (a common word, "the", "new", opens hundreds)
        self.labels_by_ids = {tuple(get_string_id(w) for w in key.split(" ")): label
                              for key, label in patterns.items()}

    def __len__(self) -> int:
        return len(self.patterns)

    def __call__(self, doc: Doc, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        article = doc._.article if Doc.has_extension("article") else None
        use_day(article.published if article is not None else None, doc)
        keys = doc.to_array(LOWER).tolist()
        lengths, labels_by_ids = self.lengths_by_id, self.labels_by_ids
        found = []
        for i, key in enumerate(keys):
            if key not in lengths:
                continue
            for n in lengths[key]:
                label = labels_by_ids.get(tuple(keys[i:i + n])) if i + n <= len(keys) else None
                # a name is written with capitals: "Frank Savage", never "a frank, savage attack"
                if label is not None and any(t.text[:1].isupper() for t in doc[i:i + n]):
                    found.append((self.labels[label], i, i + n))
        return found


def _pattern_keys(kb: ActorKnowledge) -> dict[str, str]:
    """The table names as lower-case token sequences, by label. Tokenising tens of thousands of names is the
    slow part of start-up, so the result is cached on disk beside the knowledge (same key)."""
    if kb.cache_key is not None:
        cached = load_cached("phrases", kb.cache_key)
        if isinstance(cached, dict):
            return cached
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    groups: dict[str, set[str]] = {"ORG": set(), "METONYM": set(), "PERSON": set()}
    for name, org in kb.organizations.items():
        # Short aliases (UN, EU) are matched case-sensitively in MentionFinder._name_spans.
        if len(name) > 3 or name.upper() == org.name:
            groups["ORG"].add(name)
    groups["METONYM"].update(m.phrase.lower() for m in kb.metonyms.values())
    groups["PERSON"].update(n for n in kb.terms_by_name if " " in n)
    keys: dict[str, str] = {}
    for label, names in groups.items():  # a name in two groups keeps the first (as PhraseMatcher's order did)
        for name in sorted(names):
            keys.setdefault(" ".join(t.lower_ for t in tokenizer(name)), label)
    if kb.cache_key is not None:
        store_cached("phrases", kb.cache_key, keys)
    return keys


def build_phrase_matcher(doc_vocab: Vocab, kb: ActorKnowledge) -> PhraseMatcher:
    """Case-insensitive matcher for multi-word table names the statistical NER may miss or mislabel."""
    return TablePhraseMatcher(doc_vocab, _pattern_keys(kb))


