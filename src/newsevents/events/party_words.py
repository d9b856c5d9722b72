"""The small word sets that decide who an event's parties are (`data/party_words.csv`), loaded once."""

from __future__ import annotations

from functools import cache

from ..resources import load_table


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
