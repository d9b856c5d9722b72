"""Command line: a thin layer of Typer commands over the library. Each `x_cli` parses arguments and
calls `x`, which does the work and is what tests call."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer
from rich.console import Console

from .errors import InputError, NewseventsError
from .export.files import ExportFormat
from .export.progress import IngestProgress, count_inputs
from .ingest import read_inputs
from .model import Article, ArticleResult
from .settings import DEFAULT_MODEL, Settings

if TYPE_CHECKING:
    from .store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newsevents: who did what to whom, when, where — from news text, offline.")
err = Console(stderr=True, soft_wrap=True)  # a one-line message stays one line in a log file


def report_error(problem: NewseventsError) -> None:
    """The error printer: `error: <where>: <what> [CODE]` on stderr, one line, never read as markup, control
    characters in paths and values shown escaped."""
    from .export.terminal import styled

    err.print(styled(("error:", "red"), " ", problem.line(), one_line=True), highlight=False, soft_wrap=True)


ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Extra actor table: our CSV (name,code[,aliases,country,office,start,end]) or a "
                     "PETRARCH .actors.txt dictionary.")]
AgentsOption = Annotated[list[Path] | None, typer.Option("--agents", help="PETRARCH agents dictionary.")]
VerbsOption = Annotated[list[Path] | None, typer.Option("--verbs", help="PETRARCH verbs dictionary.")]
MaxCharsOption = Annotated[int, typer.Option(
    "--max-chars", min=1_000, max=10_000_000,
    help="Refuse an article longer than this many characters (one line naming it; the rest are analysed). "
    "Longer articles are parsed in sections of 50,000 characters, so memory stays bounded.")]


def _settings(model: str, actors: list[Path] | None, agents: list[Path] | None, verbs: list[Path] | None,
              **extra: Any) -> Settings:
    """Settings from the options; a user table that is missing, a folder or unreadable ends the command with
    one line before anything is loaded."""
    for option, paths in (("--actors", actors), ("--agents", agents), ("--verbs", verbs)):
        for path in paths or ():
            _check_table(option, path)
    return Settings(model=model, actor_tables=tuple(actors or ()), agent_tables=tuple(agents or ()),
                    verb_tables=tuple(verbs or ()), **extra)


def _check_table(option: str, path: Path) -> None:
    from .errors import Code, DataError

    if not path.exists():
        raise _fail(DataError(Code.E001, str(path), f"{option} file"))
    if path.is_dir():
        raise _fail(DataError(Code.E010, str(path), f"{option} must be a file, not a folder"))
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise _fail(DataError(Code.E001, str(path), f"{option}: {exc.strerror or exc}")) from None


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from .ingest.jsonl import check_published

    try:
        return check_published(date.fromisoformat(value), "date")
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    except InputError as exc:
        raise typer.BadParameter(exc.detail) from None


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
                report_error(item)
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
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    max_chars: MaxCharsOption = 1_000_000,
) -> None:
    """Extract entities, actors (and events) from news articles."""
    settings = _settings(model, actors, agents, verbs, max_chars=max_chars)
    day = _parse_date(published)
    try:
        if out is None:
            done, failed = extract(paths, settings, day, fmt, _stdout())
        else:
            if out.is_dir():
                raise _usage("--out", f"{out} is a folder; give a file name")
            try:
                fh = out.open("w", encoding="utf-8")
            except OSError as exc:
                raise _usage("--out", f"{out}: {exc.strerror or exc}") from None
            with fh:
                done, failed = extract(paths, settings, day, fmt, fh)
    except NewseventsError as exc:
        raise _fail(exc) from None
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
    out = _stdout()
    if fmt is not OutputFormat.json:
        for path, day in articles:
            extract([path], settings, day, fmt, out)
        return
    docs: list[Any] = []  # one JSON array for all the examples, as `extract -f json` gives for several
    for path, day in articles:
        buffer = io.StringIO()
        extract([path], settings, day, OutputFormat.jsonl, buffer)
        docs.extend(json.loads(line) for line in buffer.getvalue().splitlines() if line.strip())
    out.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")


DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB event store file.")]


def _store(db: Path, read_only: bool) -> Store:
    """Open the store, or exit with its one-line error (unreadable file, wrong schema, lock)."""
    from .store import Store

    try:
        return Store(db, read_only=read_only)
    except NewseventsError as exc:
        raise _fail(exc) from None


@app.command("ingest")
def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    db: DbOption = Path("events.duckdb"),
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that "
                                                  "do not give one.")] = None,
    workers: Annotated[int | None, typer.Option(help="Analysis processes (default: one per core).")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per analysis batch and per transaction.")] = 64,
    reprocess_older: Annotated[bool, typer.Option(help="Re-analyse articles stored by another pipeline "
                                                  "version.")] = False,
    window_days: Annotated[int, typer.Option(help="Days apart two reports of one happening may be dated "
                                             "(cross-article merge).")] = 2,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    max_chars: MaxCharsOption = 1_000_000,
) -> None:
    """Analyse articles into the event store; running it again adds nothing twice and resumes a stopped
    run."""
    from .loader import default_workers, ingest

    settings = _settings(model, actors, agents, verbs, batch_size=batch_size, max_chars=max_chars)
    store = _store(db, read_only=False)
    progress = IngestProgress(err, total=count_inputs(paths))
    try:
        with progress:
            report = ingest(paths, store, settings, _parse_date(published), workers or default_workers(),
                            reprocess_older, window_days, on_error=report_error, on_batch=progress.update)
    except NewseventsError as exc:
        raise _fail(exc) from None
    finally:
        store.close()
    err.print(f"{report.analysed} article(s) analysed, {report.skipped} already stored, "
              f"{report.duplicates} syndicated copies, {report.events} events, {report.failed} input(s) "
              f"unreadable -> {db}", highlight=False, markup=False)
    if report.read == 0:
        raise typer.Exit(1)


class EventsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@app.command("events")
def events_cli(
    db: DbOption = Path("events.duckdb"),
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, as source or target (ISR, "
                                              "ISRGOV).")] = None,
    between: Annotated[tuple[str, str] | None, typer.Option(help="Two actor code prefixes, either way "
                                                            "round.")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER category (CONSULT, ACCUSE, ...).")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix (04, 042).")] = None,
    since: Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")] = None,
    negated: Annotated[bool, typer.Option(help="Include negated events (\"did not condemn\").")] = False,
    limit: Annotated[int, typer.Option(min=0, help="At most this many events (0: all).")] = 100,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
) -> None:
    """List merged events from the store, newest first."""
    from .export.plover import QUAD_CODES
    from .export.terminal import print_store_events
    from .store import EventQuery

    if plover and plover.upper() not in QUAD_CODES:
        raise _fail(_usage("--plover", f"{plover!r} is no PLOVER category; one of {', '.join(QUAD_CODES)}"))
    query = EventQuery(actor=actor.upper() if actor else None,
                       between=(between[0].upper(), between[1].upper()) if between else None,
                       plover=plover, cameo=cameo, since=_parse_date(since), until=_parse_date(until),
                       include_negated=negated, limit=limit or None)
    with _store(db, read_only=True) as store:
        rows = _guarded(store, lambda: store.events(query))
    if fmt is EventsFormat.table:
        print_store_events(rows, Console(width=160))
    else:
        write_rows(rows, fmt.value, sys.stdout)


@app.command("actors")
def actors_cli(
    db: DbOption = Path("events.duckdb"),
    top: Annotated[int, typer.Option(min=1, help="How many actors.")] = 20,
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
) -> None:
    """The most active actors in the store, with their event counts."""
    from .export.terminal import print_rows

    with _store(db, read_only=True) as store:
        rows = store.actors(top)
    if fmt is EventsFormat.table:
        print_rows(rows, "actors", Console(width=160))
    else:
        write_rows(rows, fmt.value, sys.stdout)


SQL_MAX_ROWS = 10_000
SQL_TIMEOUT = 60.0


def _fail(exc: NewseventsError, code: int = 2) -> typer.Exit:
    """Print a one-line error (never wrapped, never read as markup) and return the exit to raise."""
    report_error(exc)
    return typer.Exit(code)


@app.command("sql")
def sql_cli(
    query: Annotated[str, typer.Argument(help="Any DuckDB SQL over the store's tables.")],
    db: DbOption = Path("events.duckdb"),
    fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
    write: Annotated[bool, typer.Option(help="Open the store writable (for UPDATE/DELETE).")] = False,
    max_rows: Annotated[int, typer.Option(min=1, help="Show at most this many rows (the rest are cut off, "
                                          "with a note on stderr).")] = SQL_MAX_ROWS,
    timeout: Annotated[float, typer.Option(min=0.1, help="Stop a query running longer than this many "
                                           "seconds.")] = SQL_TIMEOUT,
) -> None:
    """Run SQL on the store (read-only unless --write). The query sees this store alone: no other file,
    database or extension can be read, written, attached or installed."""
    from .export.terminal import print_rows

    with _store(db, read_only=not write) as store:
        try:
            columns, values = store.sql(query, max_rows=max_rows, timeout=timeout)
        except NewseventsError as exc:
            raise _fail(exc) from None
    if len(values) > max_rows:
        values = values[:max_rows]
        err.print(f"{db}: only the first {max_rows:,} rows are shown (--max-rows)", highlight=False,
                  markup=False, soft_wrap=True)
    rows = [dict(zip(columns, v, strict=True)) for v in values]
    if fmt is EventsFormat.table:
        print_rows(rows, None, Console(width=160), columns)
    else:
        write_rows(rows, fmt.value, sys.stdout)


@app.command("export")
def export_cli(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet, csv, jsonl (every table), "
                                              "gdelt (GDELT 2.0 event and mentions rows), plover (PLOVER "
                                              "JSON).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into (created if missing).")],
    db: DbOption = Path("events.duckdb"),
    force: Annotated[bool, typer.Option(help="Replace files of the same names already in --out.")] = False,
) -> None:
    """Write the store out as files for other tools. Existing files are kept unless --force."""
    from .export.files import ExportError, export_store

    with _store(db, read_only=True) as store:
        try:
            written = _guarded(store, lambda: export_store(store, fmt, out, force))
        except ExportError as exc:
            from rich.markup import escape

            err.print(f"[red]error:[/red] {escape(exc.line())}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    for path in written:
        err.print(f"wrote {path}", highlight=False, markup=False, soft_wrap=True)


@app.command("delete")
def delete_cli(
    ids: Annotated[list[str], typer.Argument(help="Article ids to remove with all they contributed.")],
    db: DbOption = Path("events.duckdb"),
    window_days: Annotated[int, typer.Option(min=0, max=3660, help="Cross-article merge window, as at "
                                             "ingest.")] = 2,
) -> None:
    """Delete articles from the store; the events they shared are re-merged without them."""
    with _store(db, read_only=False) as store:
        unknown = _guarded(store, lambda: sorted(set(ids) - set(store.stored_articles(ids))))
        n = _guarded(store, lambda: store.delete(ids, window_days))
    if unknown:
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        shown = ", ".join(repr(i) for i in unknown[:5]) + more
        err.print(f"{db}: no stored article has the id {shown}", highlight=False, markup=False,
                  soft_wrap=True)
    err.print(f"deleted {n} article(s) from {db}", highlight=False, markup=False, soft_wrap=True)
    if n == 0:
        raise typer.Exit(1)


T = TypeVar("T")


def _guarded(store: Store, action: Callable[[], T]) -> T:
    """Run a store action; a damaged store (DuckDB error) ends the command with one line, not a traceback."""
    import duckdb

    from .errors import Code, StoreError

    try:
        return action()
    except duckdb.Error as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _fail(StoreError(Code.E012, store.path, message)) from None


def _usage(option: str, detail: str) -> NewseventsError:
    from .errors import Code, InputError

    return InputError(Code.E008, option, detail)


def write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Rows as CSV (header first), a JSON array, or JSON Lines. CSV: text quoted (a CAMEO code "043" stays a
    string for readers that honour quotes), NULL empty and unquoted, lists JSON-encoded. JSON: ids (a column
    `id` or ending in `_id`) and integers beyond 2**53 as strings, which JavaScript and R's jsonlite would
    otherwise round."""
    if fmt == "csv":
        columns = list(rows[0]) if rows else []
        out.write(",".join(_csv_text(c) for c in columns) + "\n")
        for row in rows:
            out.write(",".join(_csv_value(row[c]) for c in columns) + "\n")
        return
    docs = [{k: _json_value(k, v) for k, v in row.items()} for row in rows]
    if fmt == "json":
        out.write(json.dumps(docs, ensure_ascii=False, default=str, indent=2) + "\n")
    else:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")


def _csv_text(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, list | tuple):
        return _csv_text(json.dumps(list(value), ensure_ascii=False, default=str))
    return _csv_text(str(value))


def _json_value(key: str, value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and (
            key == "id" or key.endswith("_id") or abs(value) > 2**53):
        return str(value)
    return value


@app.command("eval")
def eval_cli(
    gold: Annotated[list[Path] | None, typer.Argument(help="Gold files: our JSONL, PLOVER GSR JSON, "
                                                      "PETRARCH XML records, ConfliBERT class TSV or NER "
                                                      "token files (detected by content).")] = None,
    petrarch_records: Annotated[Path | None, typer.Option(help="PETRARCH validation records (XML); scored "
                                                          "on affirmed events with both parties.")] = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    report: Annotated[Path | None, typer.Option(help="Write the full JSON report here.")] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
) -> None:
    """Score newsevents against gold events: precision, recall and F1 per field, and a confusion table;
    on ConfliBERT sets the event-found rate, PentaClass accuracy and source/target overlap."""
    from .evaluation import CONFLIBERT_FORMATS, evaluate, report_lines
    from .export.terminal import print_eval

    settings = _settings(model, actors, agents, verbs)
    runs: list[tuple[list[Path], bool]] = [(gold, False)] if gold else []
    if petrarch_records:
        runs.append(([petrarch_records], True))
    if not runs:
        raise typer.BadParameter("give a gold file or --petrarch-records")
    reports = []
    try:
        for paths, dyads in runs:
            result = evaluate(paths, settings, dyads_only=dyads,
                              on_error=lambda e: err.print(f"[red]error:[/red] {e.line()}", highlight=False))
            if "fields" in result:
                print_eval(result, Console(width=160))
            if "category_found" in result:
                found = result["category_found"]
                print(f"category found (any event of the gold PLOVER category, whatever its parties): "
                      f"{found['share']:.3f} ({found['count']}/{found['items']} sentences)")
            for fmt in CONFLIBERT_FORMATS:
                if fmt in result:
                    print("\n".join(report_lines(result[fmt])))
            reports.append(result)
    except NewseventsError as exc:
        err.print(f"[red]error:[/red] {exc.line()}", highlight=False)
        raise typer.Exit(2) from None
    if report:
        report.write_text(json.dumps(reports[0] if len(reports) == 1 else reports, indent=2,
                                     ensure_ascii=False) + "\n", encoding="utf-8")
        err.print(f"wrote {report}", highlight=False)
    if not any(r["items"] for r in reports):
        raise typer.Exit(1)


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of the output document."""
    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2))


def _stdout() -> TextIO:
    """Standard output, or a one-line error when it is closed (`newsevents extract f.txt >&-`)."""
    if sys.stdout is None:
        from .errors import Code

        raise _fail(InputError(Code.E015, "<stdout>", "standard output is closed"))
    return sys.stdout


def main() -> None:
    app()

if __name__ == "__main__":
    main()
