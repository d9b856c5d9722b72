"""Long articles: parsed in sections (bounded memory) with the same result as one parse; `--max-chars`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import EXAMPLES
from newsevents import Article, Pipeline
from newsevents.cli import app
from newsevents.pipeline import split_sections
from newsevents.settings import Settings

# Made-up report of several paragraphs (no corpus text).
PARAGRAPHS = [
    "The foreign minister of Japan met his Chinese counterpart in Beijing on Tuesday, officials said.",
    "Police arrested twelve protesters near the parliament in Seoul after clashes on Monday.",
    "The European Union imposed sanctions on Russia last week. Moscow condemned the move.",
    "Iran and Saudi Arabia agreed to restore diplomatic ties, China said in a statement.",
]


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=200, deadline=None)
def test_sections_join_back_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_sections(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_sections_cut_at_paragraphs_before_sentences() -> None:
    text = "\n\n".join(PARAGRAPHS)
    pieces = split_sections(text, 200)
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert pieces[0].startswith(PARAGRAPHS[0])


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, int]]:
    result = pipeline.analyse(Article(id="a", text=text, published=date(2023, 3, 10)))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.mentions[0].start) for e in result.events]


def test_a_long_article_parsed_in_sections_gives_the_events_of_one_parse(pipeline: Pipeline) -> None:
    text = "\n\n".join(PARAGRAPHS * 3)
    sectioned = Pipeline(Settings(section_chars=400))
    assert len(text) > 400
    whole = _codes(pipeline, text)
    assert whole, "the report has events"
    assert _codes(sectioned, text) == whole


def test_max_chars_refuses_a_longer_article_and_analyses_the_rest(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("Police arrested protesters in Seoul. " * 100, encoding="utf-8")
    gaza = EXAMPLES / "gaza_ceasefire_2024-11-27.txt"
    (tmp_path / "short.txt").write_text(gaza.read_text(encoding="utf-8")[:2500], encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "--max-chars", "3000", "--published", "2024-11-27",
                                   "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert "long.txt" in res.stderr and "E005" in res.stderr
    assert len(res.stdout.splitlines()) == 1
