"""A sentence-opening "they" no entity was read for: the armed band or force the sentence before named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-07-05"


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Militants attacked a police post in Bannu District of Khyber Pakhtunkhwa on Monday. They also torched a "
     "girls school nearby.", "torched", "PAKREB"),
    # a sentence naming no party lies between
    ("Maoists stormed Kudur village in Latehar District of Jharkhand on Monday. There were dozens of them. "
     "They set ablaze a mobile tower.", "set", "INDREB"),
])
def test_they_is_the_band_named_before(analyse: Analyse, text: str, trigger: str, source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert {s for s, _ in found} == {source}, found


def test_they_after_two_plural_parties_stays_unread(analyse: Analyse) -> None:
    found = readings(analyse("Police arrested ten militants in Bannu District of Khyber Pakhtunkhwa on Monday. "
                             "They torched a school.", DAY), "torched")
    assert all(s is None for s, _ in found), found  # no event, or one of no doer
