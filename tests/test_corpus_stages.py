"""No stage fails on real news: random articles of each shared corpus run through every stage.

A stage that raises on one article does not stop a run (the article keeps what the stages before gave it and a
W004 warning says which stage failed), so a rule that crashes on some real sentence would silently drop that
article's events. This test reads a fixed random sample of each corpus in `../shared/corpus/` (measurement
data, never copied into the repository) and fails naming the article and the stage.
Skipped when `../shared` is not beside the repository.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from conftest import SHARED
from newsevents import Pipeline
from newsevents.ingest.jsonl import article_from_record

CORPORA = ("reuters21578", "insightcrime", "satp")
PER_CORPUS = 20
SEED = 20261126  # fixed: the same articles every run, so a failure can be reproduced


def _sample(path: Path, n: int) -> list[tuple[int, dict[str, object]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    numbers = random.Random(SEED).sample(range(len(lines)), min(n, len(lines)))
    return [(i + 1, json.loads(lines[i])) for i in sorted(numbers)]


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_stage_fails_on_random_articles(pipeline: Pipeline, corpus: str) -> None:
    path = SHARED / "corpus" / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is not beside the repository)")
    articles = [article_from_record(record, f"{path.name}:{lineno}", lineno, None, 200_000)
                for lineno, record in _sample(path, PER_CORPUS)]
    failures = [f"{article.id}: {w}" for article, result in zip(articles, pipeline.run(articles), strict=True)
                for w in result.warnings if w.startswith("W004")]
    assert not failures, "\n".join(failures)
