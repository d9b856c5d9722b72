"""Measure newsevents against gold standards: `evaluate()` reads a gold file, runs the pipeline on its
texts and scores the events (see `score.py` for the rules, docs/eval.md for the formats)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Event
from ..settings import Settings
from .gold import GoldItem, read_gold
from .score import score_items

__all__ = ["GoldItem", "evaluate", "read_gold", "score_items"]


def evaluate(paths: Sequence[Path], settings: Settings, dyads_only: bool = False,
             on_error: Callable[[InputError], None] | None = None) -> dict[str, Any]:
    """Score the pipeline on gold files, as one set. `dyads_only` keeps only affirmed events with both
    parties, the events PETRARCH's records code (its `require_dyad`)."""
    from ..pipeline import get_pipeline

    items: list[GoldItem] = []
    for path in paths:
        for item in read_gold(path):
            if isinstance(item, InputError):
                if on_error:
                    on_error(item)
            else:
                items.append(item)
    pipeline = get_pipeline(settings)
    articles = [Article(id=item.id, text=item.text, published=item.published, origin=item.origin)
                for item in items]
    predicted: list[list[Event]] = []
    for result in pipeline.run(articles):
        events = list(result.events)
        if dyads_only:
            events = [e for e in events if e.source and e.source.code and e.target and e.target.code
                      and not e.negated]
        predicted.append(events)
    report = score_items(zip(items, predicted, strict=True))
    report["gold_file"] = ", ".join(str(p) for p in paths)
    report["dyads_only"] = dyads_only
    return report
