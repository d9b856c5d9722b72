"""Recall of accusations told in the passive with no by-agent (session 29): "police said X had been linked to
the cartel", "X is suspected of extortion, according to prosecutors", "X, officials said, was tied to the gang".
The one who tells the accusation makes it (sources.py `_speaking_accuser`); `link`, `tie` and `suspect` code a
passive (`voice:passive`) only when both parties are read as coded actors; the press that only passes an
accusation on, the accused himself and things linked to things make none. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions

Analyse = Callable[..., ArticleResult]
DAY = "2016-04-12"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mexican police said Acapulco mayor Luis Walton had been linked to the Beltran Leyva Organization.",
     "MEXCOP", "MEXGOV"),
    ("Acapulco mayor Luis Walton is suspected of working with the Beltran Leyva Organization, Mexican "
     "prosecutors said.", "MEXJUD", "MEXGOV"),
    ("Colombian police said Senator Juan Gomez was accused of taking money from the Urabenos.", "COLCOP",
     "COLLEG"),
    ("Former Guatemalan interior minister Carlos Menocal has been linked to the Lorenzana clan, according to "
     "Guatemalan prosecutors.", "GTMJUD", "GTM"),
    ("The governor of Tamaulipas, Mexican officials said, was tied to the Gulf Cartel.", "MEXGOV", "MEXGOV"),
])
def test_passive_accusation_is_made_by_its_teller(analyse: Analyse, text: str, source: str, target: str) -> None:
    assert_mention(analyse(text, DAY), "112", source, target)


@pytest.mark.parametrize("text", [
    # the press passes the accusation on; it does not make it
    "Senator Juan Gomez is accused of taking money from the Urabenos, reported El Tiempo.",
    # the accused tells of the accusation against himself
    "Senator Juan Gomez of Colombia said he had been accused of taking money from the Urabenos.",
])
def test_reporter_or_accused_is_no_accuser(analyse: Analyse, text: str) -> None:
    found = mention_codes(analyse(text, DAY))
    assert not any(c == "112" and s for c, s, _ in found), found


@pytest.mark.parametrize("text", [
    "The company said the bonus of its managers was tied to profits.",  # things tied to things
    "Mexican officials said the rise in murders was linked to the fight over drug routes.",
    "The killings have been linked to the drug trade, Honduran police said.",
])
def test_things_linked_are_no_accusation(analyse: Analyse, text: str) -> None:
    found = mention_codes(analyse(text, DAY))
    assert not any(c == "112" for c, _, _ in found), found


def test_active_link_keeps_its_subject_as_accuser(analyse: Analyse) -> None:
    assert_mention(analyse("Guatemalan prosecutors linked the former interior minister to the Lorenzana clan.",
                           DAY), "112", "GTMJUD", "GTM")


def test_voice_condition_names_only_passive() -> None:
    assert _our_conditions("voice:passive", "t")[0].kind == "voice"
    with pytest.raises(DataError):
        _our_conditions("voice:active", "t")
