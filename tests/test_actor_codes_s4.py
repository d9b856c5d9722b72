"""Actor codes, round 4: every coded party gets its country and its sector from what the article says.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

import gc
from datetime import date

from conftest import code_of

from newsevents import Article, Pipeline
from newsevents.actors.knowledge import current_day, default_knowledge, on_day, use_day


def test_an_articles_day_lapses_with_its_doc(pipeline: Pipeline) -> None:
    """The historical-state switch follows the article being read and never leaks into later lookups."""
    kb = default_knowledge()
    text = "Moscow rejected the proposal, the Soviet news agency Tass said on Tuesday."
    result = pipeline.analyse(Article(id="t", text=text, published=date(1987, 3, 3)))
    assert result.entities
    del result
    gc.collect()
    assert current_day() is None
    assert kb.capitals["moscow"] == "RUS"


def test_on_day_holds_inside_its_block_only() -> None:
    kb = default_knowledge()
    with on_day(date(1987, 6, 16)):
        assert kb.capitals["moscow"] == "SUN"
    assert kb.capitals["moscow"] == "RUS"


def test_a_day_set_without_owner_is_undone_by_the_next_article(pipeline: Pipeline) -> None:
    use_day(date(1987, 6, 16))
    try:
        result = pipeline.analyse(Article(id="t", text="Moscow said it would send an envoy to Kabul.",
                                          published=date(2022, 6, 14)))
        assert (code_of(result, "Moscow") or "")[:3] == "RUS"
    finally:
        use_day(None)
