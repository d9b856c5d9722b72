"""Acts told as going on over a stretch up to the story's time, which therefore have no day of their own.

Two ways news English tells such an act:
- a perfect progressive ("Canada *has been pressing* Washington to act", "the trustee *has been attempting*
  to organise a meeting"): the act began some time before the story and runs on; the story's day is only
  the last day of it;
- a present told with an adverb of continuation (data/date_cues.csv `ongoing`: "creditor banks *are still
  refusing* to endorse the accord", "the union *still demands* a wage rise"): the act was begun before and
  has not stopped.
The dating stage leaves such an act undated rather than giving it the publication day (a strict coder's
reading: "ongoing act ... no date of its own"), unless its own clause dates it (checked before this).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..when import cue_words

# Auxiliaries of a perfect: "has / have / had been pressing".
PERFECT_AUXILIARIES = {"has", "have", "'ve", "'s", "had", "'d"}
# Auxiliaries of a present progressive: "are still refusing".
PRESENT_BE = {"is", "are", "am", "'re", "'s"}
# How an event noun hangs on the verb whose tense it takes ("have been holding talks", "talks have been").
NOUN_DEPS = {"dobj", "nsubj", "nsubjpass"}


def ongoing_act(tok: Token, frame: list[Token]) -> bool:
    """Is the event (trigger `tok`, its embedding verbs `frame`) told as going on over a stretch up to now:
    a perfect progressive, or a present with "still"? An event noun takes the tense of the verb it is the
    object or subject of."""
    verb = tok
    if tok.pos_ == "NOUN" and tok.dep_ in NOUN_DEPS and tok.head.pos_ in {"VERB", "AUX"}:
        verb = tok.head
    return any(_perfect_progressive(node) or _still_present(node)
               for node in (verb, *frame) if node.pos_ in {"VERB", "AUX"})


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def _perfect_progressive(verb: Token) -> bool:
    """"has been pressing", "had been negotiating": a progressive under a perfect."""
    aux = _auxiliaries(verb)
    return verb.tag_ == "VBG" and "been" in aux and bool(aux & PERFECT_AUXILIARIES)


def _still_present(verb: Token) -> bool:
    """"are still refusing", "still demands": a present (simple or progressive, not a future or modal) with
    an adverb of continuation on it."""
    if not any(c.dep_ == "advmod" and c.lower_ in cue_words("ongoing") for c in verb.children):
        return False
    aux = _auxiliaries(verb)
    if verb.tag_ in {"VBZ", "VBP"}:
        return not aux
    return verb.tag_ == "VBG" and bool(aux & PRESENT_BE) and aux <= PRESENT_BE
