"""Measure newsevents against gold standards: `evaluate()` reads a gold file, runs the pipeline on its
texts and scores the events (see `score.py` for the rules, docs/eval.md for the formats). ConfliBERT's
sentence sets are scored by `conflibert.py` (event found, PentaClass, source/target overlap)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Event
from ..settings import Settings
from .conflibert import report_lines, score_conflibert
from .gold import GoldItem, read_gold
from .score import score_items

__all__ = ["CONFLIBERT_FORMATS", "GoldItem", "evaluate", "read_gold", "report_lines", "score_conflibert",
           "score_items"]
CONFLIBERT_FORMATS = ("conflibert_class", "conflibert_ner")


def evaluate(paths: Sequence[Path], settings: Settings, dyads_only: bool = False,
             on_error: Callable[[InputError], None] | None = None) -> dict[str, Any]:
    """Score the pipeline on gold files, as one set. `dyads_only` keeps only affirmed events with both
    parties, the events PETRARCH's records code (its `require_dyad`).

    ConfliBERT items are scored apart, each format under its own key of the report ("conflibert_class",
    "conflibert_ner"); the event-scoring figures (`fields`, ...) are there when other gold items are.
    PLOVER GSR items add `category_found`: the share of sentences where any event of the gold category
    was found, whatever its parties."""
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
    report: dict[str, Any] = {}
    for fmt in CONFLIBERT_FORMATS:
        subset = [item for item in items if item.meta.get("format") == fmt]
        if subset:
            report[fmt] = score_conflibert(subset, pipeline)
    items = [item for item in items if item.meta.get("format") not in CONFLIBERT_FORMATS]
    if not items and report:
        return {"gold_file": ", ".join(str(p) for p in paths), "dyads_only": dyads_only,
                "items": sum(r["items"] for r in report.values()), **report}
    articles = [Article(id=item.id, text=item.text, published=item.published, origin=item.origin)
                for item in items]
    predicted: list[list[Event]] = []
    for result in pipeline.run(articles):
        events = list(result.events)
        if dyads_only:
            events = [e for e in events if e.source and e.source.code and e.target and e.target.code
                      and not e.negated]
        predicted.append(events)
    report = {**score_items(zip(items, predicted, strict=True)), **report}
    gsr = [(item, events) for item, events in zip(items, predicted, strict=True) if "gsr_event" in item.meta]
    if gsr:
        found = sum(any(e.plover == g.plover for e in events for g in item.events) for item, events in gsr)
        report["category_found"] = {"count": found, "items": len(gsr), "share": round(found / len(gsr), 3)}
    report["gold_file"] = ", ".join(str(p) for p in paths)
    report["dyads_only"] = dyads_only
    return report
