"""A body named after its country's possessive with lower-case words between ("Japan's ruling Liberal Democratic
Party", "Britain's opposition Labour Party") is of that country, not of the dateline's."""

from __future__ import annotations

import pytest

from newsevents.model import Article


@pytest.mark.parametrize(("text", "dateline", "name", "country"), [
    ("Japan's ruling Liberal Democratic Party today announced an outline of a new budget, dealers said.",
     "LONDON, April 7 -", "Liberal Democratic Party", "JPN"),
    ("Britain's opposition Labour Party said it would fight the bill.", "TOKYO, May 2 -", "Labour Party", "GBR"),
])
def test_a_possessive_past_modifiers_places_the_body(pipeline, text: str, dateline: str, name: str,
                                                     country: str) -> None:
    result = pipeline.analyse(Article(id="t", text=text, dateline=dateline))
    actor = next(e.actor for e in result.entities if e.name == name)
    assert actor is not None and actor.country == country
