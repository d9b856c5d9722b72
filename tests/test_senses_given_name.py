"""A verb of calling that gives a name reports no call (reuters21578 events audit, seed 34001): "a fund,
called the Harbor Income Fund", "the holding company will be called Norwood Industries Inc", "a unit called
Telmark Systems" name things; a minister who called a rival, or called on one to act, still did. On sentences
we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def codes(analyse: Analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "1987-04-07").events}


@pytest.mark.parametrize("text", [
    "Bexley Corp said it is launching a new bond fund for pension accounts, called the Harbor Income Fund.",
    "The new holding company will be called Norwood Industries Inc, subject to shareholder approval.",
    "Dalton Inc said a group of lenders, called the Marsh group, has exercised its option on the unit.",
    "Kessler made the offer through a company he formed, called Telmark Acquisition Corp.",
])
def test_a_thing_called_by_a_name_is_named_not_phoned(analyse: Analyse, text: str) -> None:
    assert not {c for c in codes(analyse, text) if c[:2] in {"02", "04", "05"}}


@pytest.mark.parametrize(("text", "code"), [
    ("The French prime minister called the Italian president on Tuesday.", "041"),
    ("The Turkish foreign minister called on Greece to engage in dialogue.", "020"),
    ("The French foreign ministry called the Iranian move unjustified.", "111"),
])
def test_a_call_with_no_name_given_still_codes(analyse: Analyse, text: str, code: str) -> None:
    assert code in codes(analyse, text)
