"""The small word sets that decide who an event's parties are (`data/party_words.csv`), loaded once."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..resources import load_table

# Prepositions naming the sides of a two-sided act ("talks between X and Y", "the accord among X, Y and Z").
SIDES_PREPS = ("between", "among", "amongst")


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((row["set"], row["word"].lower(), row["value"])
                 for row in load_table("party_words", ("set", "word", "value", "source")))


@cache
def words(name: str) -> frozenset[str]:
    """The words of one set ("owned_thing", "installation", "police_lemma", ...)."""
    return frozenset(word for kind, word, _ in _rows() if kind == name)


@cache
def values(name: str) -> dict[str, str]:
    """One set as word -> value ("person_description": "dealer" -> "CRM")."""
    return {word: value for kind, word, value in _rows() if kind == name}


def occurrence_verb(noun: Token) -> Token | None:
    """The verb a noun is the subject of when that verb tells only that it happened: "an encounter *took
    place* between X and Y", "an exchange of fire *broke out*", "a gun battle *ensued*" (`occurrence_verb` in
    data/party_words.csv: a lemma, or a lemma and its particle or object). Such a verb's between-phrase names
    the noun's sides."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    forms = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "dobj"})}
    return verb if not forms.isdisjoint(words("occurrence_verb")) else None
