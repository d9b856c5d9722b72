"""Negation and modality of an event mention, read from the dependency parse around its anchor.

The anchor is the word that carries tense and negation: the trigger verb, or for a nominal trigger the light
verb that governs it ("did not hold talks"). Modality is found by walking from the anchor up through the
clauses that embed it:
- `denied`: complement of a denial verb ("denied meeting");
- `hypothetical`: in an if/unless/whether clause, or under a hedging auxiliary ("could attack");
- `intended`: complement of an intention verb ("plans to visit", "is expected to travel"), or future ("will");
- `reported`: complement of a speech verb ("..., his spokesman said"; "according to");
- otherwise `asserted`.
When several apply, the first in that order wins: a denied plan is denied, a reported plan is intended.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon

MODALITIES = ("denied", "hypothetical", "intended", "reported", "asserted")
# Edges along which an embedding clause passes its modality down to the clause it embeds.
EMBEDDING_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "dobj", "pobj", "prep", "acomp", "relcl",
                  "nsubj", "nsubjpass", "attr", "appos"}


def is_negated(anchor: Token, lexicon: EventLexicon) -> bool:
    """"did not condemn", "never met", "no talks": a negation word attached to the anchor itself."""
    for child in anchor.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in {"advmod", "det"} and lexicon.is_cue(child.lower_, "negation"):
            return True
    return False


def read_modality(anchor: Token, lexicon: EventLexicon) -> str:
    """The modality of the event anchored at `anchor` (see the module docstring)."""
    found: set[str] = set()
    node = anchor
    for _ in range(10):  # clause nesting in news prose is shallow; bound the walk anyway
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and lexicon.is_cue(child.lower_, "future"):
                found.add("intended")
            if child.dep_ == "aux" and lexicon.is_cue(child.lower_, "hedge"):
                found.add("hypothetical")
            if child.dep_ == "mark" and lexicon.is_cue(child.lower_, "condition"):
                found.add("hypothetical")
            if child.dep_ == "prep" and child.lower_ == "according":
                found.add("reported")
        parent = node.head
        if parent is node:
            break
        lemma = parent.lemma_.lower()
        if node.dep_ in {"xcomp", "ccomp", "dobj"} and lexicon.is_cue(lemma, "deny"):
            found.add("denied")
        if node.dep_ == "xcomp" and lexicon.is_cue(lemma, "intent"):
            found.add("intended")
        if node.dep_ in {"ccomp", "parataxis"} and lexicon.is_cue(lemma, "speech"):
            found.add("reported")
        if node.dep_ not in EMBEDDING_DEPS | {"parataxis"}:
            break
        node = parent
    return next(m for m in MODALITIES if m in found or m == "asserted")
