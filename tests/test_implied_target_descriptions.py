"""A place named in the apposition that describes an arrested person ("a former ambassador to Mexico") tells
who he is, not where he was arrested: it does not stop the story's state being inferred as the doer; a clause
in the apposition ("who had fled to Mexico") still may place the act abroad."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]

SCANDAL = "Guatemala's foreign ministry has been hit by a new scandal. "


@pytest.mark.parametrize(("person", "doer"), [
    ("Luis Ortega Paz, a former Guatemalan ambassador to Mexico,", "GTMGOV"),
    ("Luis Ortega Paz, a former Guatemalan diplomat who had fled to Mexico,", None),
])
def test_a_place_describing_the_arrested_does_not_place_the_arrest(analyse: Analyse, person: str,
                                                                   doer: str | None) -> None:
    result = analyse(f"{SCANDAL}{person} was arrested on Monday on bribery charges.", "2013-05-10")
    assert {source for source, _ in readings(result, "arrested")} == {doer}
