"""Who said so: direct quotes and reported speech, each with its speaker resolved to an entity.

- Direct: text between quotation marks (“…”, "…", «…») whose sentence has a speech verb outside the quote
  ("…," his spokesman said); the speaker is that verb's subject, resolved like an event's source (so "his
  spokesman" is the spokesman entity of Bennett, coded ISRGOV).
- Reported: a speech verb with a clausal complement and a subject that is a known entity ("Netanyahu said
  Israel would respond"); the quote text is the complement.
- A participle or conjunct speech verb ("..., saying that ...", "... and added that ...") speaks with the
  subject of the verb it hangs on.
- A direct quote that is only a fragment of a said-that clause (Sweden was "fully committed" to ...) is
  given as the whole reported clause, which is what the speaker is quoted as saying.
Speech verbs are the `speech` cues of `data/event_cues.csv`. A quote whose speaker cannot be resolved to an
entity is kept with `speaker_entity_id: null` when the sentence names the speaker in words ("a spokesman for
the junta"); one with no speaker, or only an unresolved pronoun, is dropped: an unattributed quote is not
evidence of who said what.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from . import extensions
from .actors.knowledge import default_knowledge
from .events.arguments import ArgumentReader
from .events.lexicon import EventLexicon, default_lexicon
from .extensions import doc_text
from .model import Quote

QUOTE_PAIRS = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«([^»]{3,})»")
MIN_QUOTE_CHARS = 8
FRAGMENT_SHARE = 0.5  # a quote under this share of its said-that clause is a fragment of it
QUOTE_MARKS = '"“”«»'


def find_quotes(doc: Doc, lexicon: EventLexicon, reader: ArgumentReader) -> list[Quote]:
    """Every attributable quote in `doc`, in text order."""
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    article = doc_text(doc)
    sents = extensions.sentence_list(doc)[0]
    sent_starts = [sent.start_char for sent in sents]
    for match in QUOTE_PAIRS.finditer(article):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = _trimmed(article, match.start(group), match.end(group))
        text = article[start:end]
        if len(text) < MIN_QUOTE_CHARS:
            continue
        verb = _speech_verb_outside(_sentences_touching(sents, sent_starts, start, end), start, end, lexicon)
        if verb is None or _inside_said_clause(verb, start, end):
            continue
        quote = _attributed(verb, text, start, end, "direct", reader)
        if quote is not None:
            quotes.append(quote)
            covered.append((start, end))
    for tok in _speech_verbs(doc, lexicon):
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps:
            continue
        clause = _clause_span(comps[0])
        if any(s < clause.end_char and clause.start_char < e for s, e in covered):
            continue  # the direct quote already gives it
        quote = _attributed(tok, clause.text, clause.start_char, clause.end_char, "reported", reader)
        if quote is not None:
            quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)


def _speech_verbs(doc: Doc, lexicon: EventLexicon) -> list[Token]:
    """The verbs of `doc` whose lemma is a speech cue, in text order."""
    # read POS and lemma as arrays: building a Token for every word of the article costs more than the test
    strings = doc.vocab.strings
    return [doc[i] for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist())
            if pos == VERB and lexicon.is_cue(strings[lemma], "speech")]


def _inside_said_clause(verb: Token, start: int, end: int) -> bool:
    """Whether the quote is a fragment (under half) of the verb's said-that clause, which says more."""
    for comp in verb.children:
        if comp.dep_ == "ccomp":
            clause = _clause_span(comp)
            inside = clause.start_char <= start and end <= clause.end_char
            if inside and (end - start) < FRAGMENT_SHARE * len(clause.text):
                return True
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without the spaces and the trailing comma or period a quote carries."""
    while start < end and text[start] in " ,.":
        start += 1
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return start, end


def _sentences_touching(sents: list[Span], sent_starts: list[int], start: int, end: int) -> list[Span]:
    """The sentences overlapping [start, end), found by bisection (an article may have thousands)."""
    first = max(bisect.bisect_right(sent_starts, start) - 1, 0)
    last = bisect.bisect_left(sent_starts, end)
    return [sent for sent in sents[first:last] if sent.start_char < end and start < sent.end_char]


def _speech_verb_outside(sents: list[Span], start: int, end: int, lexicon: EventLexicon) -> Token | None:
    """The speech verb nearest the quote, in the sentences the quote touches (`sents`), not inside it."""
    best: tuple[int, Token] | None = None
    for sent in sents:
        for tok in sent:
            if tok.pos_ == "VERB" and lexicon.is_cue(tok.lemma_, "speech") and not start <= tok.idx < end:
                distance = min(abs(tok.idx - start), abs(tok.idx - end))
                if best is None or distance < best[0]:
                    best = (distance, tok)
    return best[1] if best else None


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb; a participle ("..., saying that") or a conjunct ("and added") speaks
    with the subject of the verb it hangs on."""
    for tok in (verb, verb.head) if verb.dep_ in {"advcl", "conj", "xcomp"} else (verb,):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
    return None


def _attributed(verb: Token, text: str, start: int, end: int, kind: str,
                reader: ArgumentReader) -> Quote | None:
    """The quote with its speaker, or None when no speaker is named: an unattributed quote says nothing of
    who said what, and an unresolved pronoun ("they said") names nobody."""
    subject = _speaker(verb)
    if subject is None:
        return None
    refs = reader.refs(subject)
    if not refs and subject.pos_ == "PRON":
        return None
    speaker_text = _clause_span(subject).text
    return Quote(
        speaker_entity_id=refs[0].ref.entity_id if refs else None,
        speaker_code=refs[0].ref.code if refs else None,
        speaker_text=speaker_text,
        text=text,
        start=start,
        end=end,
        verb=verb.text,
        kind=kind,
    )


def _clause_span(tok: Token) -> Span:
    """The words a token heads, without a leading "that", spaces and trailing punctuation (a closing quote
    mark stays when the span opens one)."""
    left, right = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    while left < right and (doc[left].dep_ == "mark" or doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
        last = doc[right - 1].text
        if last in QUOTE_MARKS and _opens_quote(doc[left:right - 1].text):
            break
        right -= 1
    return doc[left:right]


def _opens_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("«") > text.count("»")


class QuoteStage:
    """spaCy component `newsevents_quotes`: assigns `doc._.quotes`."""

    def __init__(self, nlp: Language, name: str, actor_tables: list[str]) -> None:
        extensions.register()
        self.name = name
        self.lexicon = default_lexicon()
        self.kb = default_knowledge(tuple(Path(p) for p in actor_tables))

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, self.lexicon, ArgumentReader(doc, self.lexicon, self.kb))
        return doc


@Language.factory("newsevents_quotes", default_config={"actor_tables": []},
                  requires=["doc._.entities", "doc._.mention_entity"], assigns=["doc._.quotes"])
def make_quote_stage(nlp: Language, name: str, actor_tables: list[str]) -> QuoteStage:
    return QuoteStage(nlp, name, actor_tables)
