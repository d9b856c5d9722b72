"""The article in three sentences: extractive TextRank over content words, favouring sentences that report
events, with repeated sentences (a lede repeated in the body) dropped first.

TextRank (Mihalcea & Tarau 2004) ranks sentences by PageRank over a graph whose edge weights are the
sentences' shared content lemmas, normalised by log length. The English pipeline we ship has no word vectors,
and lemma overlap is what the original method used; it is deterministic and costs microseconds. Each
sentence's score is then raised by EVENT_BONUS per event mention it carries: a summary should say what
happened. The chosen sentences come back in article order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import combinations
from operator import mul, sub

from spacy.attrs import IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span

from . import extensions
from .model import SummarySentence

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
CONTENT_POS_IDS = frozenset(POS_IDS[pos] for pos in CONTENT_POS)
SUMMARY_SENTENCES = 3
EVENT_BONUS = 0.5
MIN_TOKENS = 5
DUPLICATE_OVERLAP = 0.8  # Jaccard overlap of content lemmas above which two sentences say the same thing
DAMPING = 0.85
CONVERGED = 1e-6  # stop iterating when no rank moves more than this
# In a long article a word found in very many sentences ("said" in a transcript) links nearly every pair and
# makes the graph quadratic while telling no sentence apart (it is a stop word there): beyond LONG_ARTICLE
# candidate sentences, words in more than COMMON_WORD_SENTENCES of them make no edges.
LONG_ARTICLE = 200
COMMON_WORD_SENTENCES = 50


def summarize(doc: Doc, n: int = SUMMARY_SENTENCES) -> list[SummarySentence]:
    """The `n` most informative distinct sentences of `doc`, in article order."""
    candidates: list[tuple[int, Span, frozenset[str]]] = []
    seen_texts: set[str] = set()
    sentences_with: dict[str, list[int]] = {}  # content lemma -> positions in `candidates`
    # read the words' attributes as one array: building a Token for every word of the article costs more
    # than the counting
    rows = doc.to_array([IS_PUNCT, IS_SPACE, IS_STOP, POS, LEMMA]).tolist()
    strings = doc.vocab.strings
    article = extensions.doc_text(doc)  # a sentence's text sliced from it: Span.text builds every Token
    for index, sent in enumerate(extensions.sentence_list(doc)[0]):
        content: set[str] = set()
        size = 0
        for punct, space, stop, pos, lemma in rows[sent.start:sent.end]:
            if not punct and not space:
                size += 1
                if pos in CONTENT_POS_IDS and not stop:
                    content.add(strings[lemma].lower())
        words = frozenset(content)
        if size < MIN_TOKENS or not words:
            continue
        text = _norm(article[sent.start_char:sent.end_char])
        if text in seen_texts or _has_near_duplicate(words, candidates, sentences_with):
            continue  # the same sentence again (a lede repeated in the body), or nearly so
        seen_texts.add(text)
        for word in words:
            sentences_with.setdefault(word, []).append(len(candidates))
        candidates.append((index, sent, words))
    if not candidates:
        return []
    ranks = _textrank([w for _, _, w in candidates])
    events_in = _event_sentences(doc)
    scored = []
    for (index, sent, _), rank in zip(candidates, ranks, strict=True):
        scored.append((rank * len(candidates) + EVENT_BONUS * events_in.get(index, 0), index, sent))
    best = sorted(scored, key=lambda x: (-x[0], x[1]))[:n]
    out = []
    for score, index, sent in sorted(best, key=lambda x: x[1]):
        full = sent.text  # built from the sentence's Tokens: once
        text = full.strip()
        start = sent.start_char + len(full) - len(full.lstrip())
        out.append(SummarySentence(index, start, start + len(text), text, round(score, 3)))
    return out


def _has_near_duplicate(words: frozenset[str], candidates: list[tuple[int, Span, frozenset[str]]],
                        sentences_with: dict[str, list[int]]) -> bool:
    """Whether a candidate overlaps `words` by DUPLICATE_OVERLAP or more. Such a candidate holds all but a
    fifth of `words`, so it holds one of the rarest `len(words) // 5 + 1` of them: only sentences with one of
    those are compared (linear in the article, not quadratic)."""
    rarest = sorted(words, key=lambda w: len(sentences_with.get(w, ())))[:len(words) // 5 + 1]
    seen: set[int] = set()
    for word in rarest:
        for position in sentences_with.get(word, ()):
            if position not in seen:
                seen.add(position)
                if _overlapping(words, candidates[position][2]):
                    return True
    return False


def _overlapping(a_words: frozenset[str], b_words: frozenset[str]) -> bool:
    union = a_words | b_words
    return bool(union) and len(a_words & b_words) / len(union) >= DUPLICATE_OVERLAP


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _textrank(words: list[frozenset[str]], iterations: int = 50) -> list[float]:
    n = len(words)
    # Weighted edges as neighbour lists, from the sentences each word is in: sentences share few words, so
    # most pairs have no edge and are never looked at.
    incoming: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    totals = [0.0] * n
    for (i, j), shared in sorted(_shared_word_counts(words).items()):
        w = shared / (math.log(len(words[i]) + 1) + math.log(len(words[j]) + 1))
        incoming[i].append((j, w))
        incoming[j].append((i, w))
        totals[i] += w
        totals[j] += w
    # each edge's share of its source's weight, worked out once (the same float as w / totals[j] each time)
    shares = [[w / totals[j] for j, w in edges] for edges in incoming]
    sources = [[j for j, _ in edges] for edges in incoming]
    teleport = (1 - DAMPING) / n
    rank = [1.0 / n] * n
    for _ in range(iterations):
        # the same products summed in the same order as a loop would, multiplied in C (map), not in Python
        new = [teleport + DAMPING * sum(map(mul, weights, map(rank.__getitem__, js)))
               for weights, js in zip(shares, sources, strict=True)]
        converged = max(map(abs, map(sub, new, rank))) < CONVERGED
        rank = new
        if converged:
            break
    return rank


def _shared_word_counts(words: list[frozenset[str]]) -> dict[tuple[int, int], int]:
    """(i, j) with i < j -> how many content words sentences i and j share, for the pairs sharing any."""
    sentences_with: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            sentences_with.setdefault(w, []).append(i)
    common = COMMON_WORD_SENTENCES if len(words) > LONG_ARTICLE else len(words)
    counts: Counter[tuple[int, int]] = Counter()
    for positions in sentences_with.values():
        if len(positions) > common:
            continue
        counts.update(combinations(positions, 2))  # counted in C: the pairs are most of the summary's work
    return counts


def _event_sentences(doc: Doc) -> dict[int, int]:
    counts: dict[int, int] = {}
    for event in doc._.events or []:
        for m in event.mentions:
            counts[m.sentence_index] = counts.get(m.sentence_index, 0) + 1
    return counts


@Language.component("newsevents_summary", assigns=["doc._.summary"])
def summary_stage(doc: Doc) -> Doc:
    """spaCy component: assigns `doc._.summary` (reads `doc._.events` when the event stage ran)."""
    extensions.register()
    doc._.summary = summarize(doc)
    return doc
