"""Command line: a thin layer of Typer commands over the library. Each `x_cli` parses arguments and
calls `x`, which does the work and is what tests call."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from .errors import InputError, NewseventsError
from .ingest import read_inputs
from .model import Article, ArticleResult
from .settings import DEFAULT_MODEL, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newsevents: who did what to whom, when, where — from news text, offline.")
err = Console(stderr=True)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def extract(paths: list[str], settings: Settings, published: date | None, fmt: OutputFormat,
            out: TextIO) -> tuple[int, int]:
    """Analyse every article in `paths`, writing results to `out`. Returns (articles done, inputs failed)."""
    from .pipeline import get_pipeline

    failed = 0

    def articles() -> Iterator[Article]:
        nonlocal failed
        for item in read_inputs(paths, published, settings.max_chars):
            if isinstance(item, InputError):
                failed += 1
                err.print(f"[red]error:[/red] {item.line()}", highlight=False)
            else:
                yield item

    pipeline = get_pipeline(settings)
    done = 0
    results: list[ArticleResult] = []
    console = Console(file=out, width=160)
    for result in pipeline.run(articles()):
        done += 1
        if fmt is OutputFormat.jsonl:
            out.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
        elif fmt is OutputFormat.table:
            print_tables(result, console)
        else:
            results.append(result)
    if fmt is OutputFormat.json and results:
        docs = [r.as_dict() for r in results]
        out.write(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n")
    return done, failed


def print_tables(result: ArticleResult, console: Console) -> None:
    from .export.terminal import print_tables as _print

    _print(result, console)


@app.command("extract")
def extract_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that "
                                                  "do not give one.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one object per article "
                                              "(an array if several); jsonl: one per line; table: for "
                                              "people.")] = OutputFormat.json,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor table (CSV: name,"
                                                      "code[,aliases,country,office,start,end]).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Extract entities, actors (and events) from news articles."""
    settings = Settings(model=model, actor_tables=tuple(actors or ()))
    try:
        if out is None:
            done, failed = extract(paths, settings, _parse_date(published), fmt, sys.stdout)
        else:
            with out.open("w", encoding="utf-8") as fh:
                done, failed = extract(paths, settings, _parse_date(published), fmt, fh)
    except NewseventsError as exc:
        err.print(f"[red]error:[/red] {exc.line()}", highlight=False)
        raise typer.Exit(2) from None
    if failed:
        err.print(f"{done} article(s) processed, {failed} input(s) could not be read", highlight=False)
    if done == 0:
        raise typer.Exit(1)


@app.command("demo")
def demo_cli(
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
) -> None:
    """Run on the example articles bundled with newsevents."""
    folder = resources.files("newsevents").joinpath("examples")
    paths = sorted(str(p) for p in folder.iterdir() if str(p).endswith(".txt"))
    articles = []
    for path in paths:
        stem = Path(path).stem
        articles.append((path, _parse_date(stem.rsplit("_", 1)[-1])))
    settings = Settings()
    for path, day in articles:
        extract([path], settings, day, fmt, sys.stdout)


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of the output document."""
    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
