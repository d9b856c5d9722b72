"""Goods a force *also* seized, found or recovered, told in the sentence of an arrest or the one after it, are
taken from those arrested (CAMEO 171, the arrested the target), as "arrested X and seized rifles" reads them; a
seizure with no "also", or after an arrest of no one coded past a country, keeps no target (sentences we wrote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def seizures(analyse: Analyse, text: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every 171 event of `text`."""
    result = analyse(text, "2014-05-10")
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == "171"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Honduran police arrested Mario Cruz Soto, a leader of the Cachiros, in Tocoa. "
     "Authorities also found two rifles, pistols, cash and 12 passports.", {("HNDGOV", "HNDCRM")}),
    ("Police arrested two Maoists in Gaya district on Monday. "
     "The police also recovered two pistols and 20 rounds of ammunition.", {("INDCOP", "INDREB")}),
])
def test_a_seizure_told_after_an_arrest_is_from_the_arrested(analyse: Analyse, text: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert seizures(analyse, text) == expected


@pytest.mark.parametrize("text", [
    # no "also": the goods may have been taken anywhere
    "Honduran police arrested Mario Cruz Soto, a leader of the Cachiros, in Tocoa. "
    "Police seized two rifles and cash from a house.",
    # the arrest is two sentences back
    "Honduran police arrested Mario Cruz Soto, a leader of the Cachiros, in Tocoa. The operation lasted a week. "
    "Police also seized two rifles and cash.",
])
def test_a_seizure_apart_from_an_arrest_has_no_target(analyse: Analyse, text: str) -> None:
    assert all(target is None for _, target in seizures(analyse, text))
