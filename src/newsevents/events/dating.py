"""When an event happened, read from its sentence: which date phrase belongs to the event, and when there is
none, whether the publication date may stand in.

1. The DATE phrase of the trigger's own clause ("met ... on Saturday", "the February 24 invasion"); a date
   reached through "since", "until", "before", "for" ... does not say when the event happened.
2. Else the phrase of a clause it is coordinated with ("were arrested on Monday and charged").
3. Else, for an event told as background — past perfect ("had met"), "previously", "earlier", "former",
   "the previous talks" — no date: `date_basis` is `unknown`, never the publication day.
4. Else the publication date (`date_basis: publication`).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ..when import EventDate, names_a_time, resolve_event_date

NOT_WHEN_PREPS = {"since", "until", "till", "by", "before", "after", "for", "within", "over", "from",
                  "through", "throughout", "between", "ahead", "during"}
# Words that put an event before the story's time without dating it.
BACKGROUND_ADVERBS = {"previously", "earlier", "formerly", "once", "subsequently", "afterwards", "afterward"}
SPEECH_LEMMAS = {"say", "tell", "announce", "report", "add", "state", "claim", "confirm", "disclose"}
DATE_INDEX = "newsevents_date_entities"  # Doc.user_data key: sentence start -> its DATE entities
BACKGROUND_MODIFIERS = {"previous", "earlier", "former", "past", "prior", "last"}


def event_date(tok: Token, frame: list[Token], published: date | None, future: bool) -> EventDate:
    """The date of the event whose trigger is `tok` (with its anchor and embedding verbs in `frame`)."""
    phrase = date_phrase(tok, frame) or _coordinated_phrase(tok, frame)
    if phrase is None and is_background(tok, frame):
        return EventDate(None, None, "unknown")
    if phrase is None:
        phrase = _sentence_phrase(tok)
    return resolve_event_date(phrase, published, future=future)


def date_phrase(tok: Token, frame: list[Token]) -> str | None:
    """The DATE phrase of the trigger's own clause (the nearest by dependency hops), else None."""
    best: tuple[int, str] | None = None
    targets = {t.i for t in frame}
    for ent in _date_entities(tok):
        if not names_a_time(ent.text):
            continue
        node, hops = ent.root, 0
        while node.i not in targets and hops < 5:
            if node.dep_ == "pobj" and node.head.lower_ in NOT_WHEN_PREPS:
                break
            if node.head is node or (node.pos_ in {"VERB", "AUX"} and node is not ent.root):
                break
            node, hops = node.head, hops + 1
        if node.i in targets and (best is None or hops < best[0]):
            best = (hops, ent.text)
    return best[1] if best else None


def _date_entities(tok: Token) -> list[Span]:
    """The DATE entities of the trigger's sentence. Indexed once per Doc (in `user_data`): `Span.ents`
    walks every entity of the document, and a long article has thousands of triggers."""
    index = tok.doc.user_data.get(DATE_INDEX)
    if index is None:
        index = {}
        for ent in tok.doc.ents:
            if ent.label_ == "DATE":
                index.setdefault(ent.sent.start, []).append(ent)
        tok.doc.user_data[DATE_INDEX] = index
    return index.get(tok.sent.start, [])


def _sentence_phrase(tok: Token) -> str | None:
    """"during a day-long visit to Capitol Hill yesterday": when the parse hangs the sentence's one date
    phrase elsewhere, it still dates the sentence's event — unless it dates a report of it ("said on Monday
    that ...": the first verb above the phrase is a speech verb) or is reached through "since", "until" ..."""
    dates = [e for e in _date_entities(tok) if names_a_time(e.text)]
    if len(dates) != 1:
        return None
    node = dates[0].root
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.lower_ in NOT_WHEN_PREPS:
            return None
        if node.pos_ in {"VERB", "AUX"} and node is not dates[0].root:
            return None if node.lemma_.lower() in SPEECH_LEMMAS else dates[0].text
        if node.head is node:
            break
        node = node.head
    return dates[0].text


def _coordinated_phrase(tok: Token, frame: list[Token]) -> str | None:
    """"were arrested on Monday and charged with murder": the date of the verb it is coordinated with."""
    anchor = frame[-1] if frame else tok
    if anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"}:
        return date_phrase(anchor.head, [anchor.head])
    return None


def is_background(tok: Token, frame: list[Token]) -> bool:
    """Told as happening before the story: past perfect, "previously", "the previous talks", "former"."""
    for node in {tok, *frame}:
        children = list(node.children)
        if node.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"}
                                      for c in children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in children):
            return True
        if node.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS
                                       for c in children):
            return True
    return False
