"""Targets of company deals: the counterparty of an agreement entered into, and the buyer of a thing sold."""

from __future__ import annotations

import datetime

import pytest

from newsevents.model import Article
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _pairs(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.analyse(Article(id="t", text=text, published=datetime.date(1987, 3, 2)))
    names = {e.id: e.name for e in result.entities}
    out = []
    for event in result.events:
        d = event.as_dict()
        src, tgt = d.get("source") or {}, d.get("target") or {}
        out.append((d["cameo"], names.get(src.get("entity_id")), names.get(tgt.get("entity_id"))))
    return out


def test_entered_into_agreement_with_names_the_partner(pipeline: Pipeline) -> None:
    pairs = _pairs(pipeline, "Halvorsen Corp said it has entered into a licensing agreement with Genentech Inc.")
    assert any(c == "057" and t == "Genentech" for c, _, t in pairs)


def test_thing_sold_gives_way_to_the_buyer(pipeline: Pipeline) -> None:
    pairs = _pairs(pipeline, "Brandt Corp agreed to sell its cable television business to Comcast Corp.")
    assert pairs and all(t == "Comcast" for _, _, t in pairs)


def test_entering_a_market_is_no_agreement(pipeline: Pipeline) -> None:
    assert _pairs(pipeline, "Brandt Corp entered into the Japanese market last year.") == []


def test_entered_into_negotiations_is_held_by_the_subject(pipeline: Pipeline) -> None:
    pairs = _pairs(pipeline, "Halvorsen Corp said it has entered into negotiations with Genentech Inc.")
    assert any(c.startswith("04") and s == "Halvorsen Corp" and t == "Genentech" for c, s, t in pairs)
