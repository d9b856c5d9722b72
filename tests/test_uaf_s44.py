"""A body asked to act, named by no entity, gets the country of the story's home or of its own words.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline


def _targets(pipeline: Pipeline, text: str, trigger: str) -> list[str | None]:
    result = pipeline.analyse(Article(id="t", text=text, published=date(1987, 4, 2)))
    return [ev.target.code if ev.target else None for ev in result.events
            if any(m.trigger == trigger for m in ev.mentions)]


def test_asked_firms_in_a_filed_story_are_the_home_countrys(pipeline: Pipeline) -> None:
    text = ("Steel quotas\nSEOUL, April 2 - The trade ministry has been pressing steelmakers.\n"
            "    The ministry also asked shipping firms to report their export volumes, officials said.")
    assert "KORBUS" in _targets(pipeline, text, "asked")


def test_asked_firms_named_with_a_country_are_that_countrys(pipeline: Pipeline) -> None:
    text = ("Steel quotas\nSEOUL, April 2 - The trade ministry has been pressing steelmakers.\n"
            "    The ministry asked Japanese firms to report their export volumes, officials said.")
    codes = _targets(pipeline, text, "asked")
    assert "JPNBUS" in codes and "KORBUS" not in codes


def test_asked_foreign_firms_stay_bare(pipeline: Pipeline) -> None:
    """Negative: "foreign shipping firms" are no firms of the story's home."""
    text = ("Steel quotas\nSEOUL, April 2 - The trade ministry has been pressing steelmakers.\n"
            "    The ministry asked foreign shipping firms to report their export volumes, officials said.")
    assert "KORBUS" not in _targets(pipeline, text, "asked")
