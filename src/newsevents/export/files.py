"""`newsevents export`: the store written out as files for other tools.

- `parquet`, `csv`, `jsonl`: every table, one file each (`events.parquet`, `article_events.parquet`, …),
  written by DuckDB's COPY. CSV: a header row; every text value quoted (so a CAMEO code "043" stays a
  string for readers that honour quotes), empty and unquoted for NULL; list columns JSON-encoded
  (`["dw-1", "lemonde-1"]`). JSON Lines: the 63-bit ids (`events.id`, `article_events.global_id`) as
  strings, which JavaScript and R's jsonlite would otherwise round.
- `gdelt`: `events.export.CSV` and `events.mentions.CSV`, GDELT 2.0 Event and Mentions rows (see `gdelt.py`);
- `plover`: `events.plover.jsonl`, PLOVER records with evidence (see `plover.py`).

Files are written safely: nothing in `--out` is overwritten unless `force`; every file is first written in
a private temporary folder inside `--out` and then moved into place, so a symbolic link planted in `--out`
is never followed (with `force` the link itself is replaced, its target untouched) and an interrupted
export leaves no half-written file under the final name.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import IO

from ..store import COLUMNS, Store
from . import gdelt, plover


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    plover = "plover"


class ExportError(Exception):
    """The export cannot be written where asked; nothing there was changed. One line, naming the place."""

    def __init__(self, where: Path | str, detail: str) -> None:
        self.where, self.detail = str(where), detail
        super().__init__(self.line())

    def line(self) -> str:
        return f"{self.where}: cannot write the export ({self.detail})"


# 63-bit integer ids: written as strings in JSON.
BIG_IDS = {"events": ("id",), "article_events": ("global_id",)}


def export_names(fmt: ExportFormat) -> list[str]:
    """The file names an export in `fmt` writes."""
    if fmt is ExportFormat.gdelt:
        return ["events.export.CSV", "events.mentions.CSV"]
    if fmt is ExportFormat.plover:
        return ["events.plover.jsonl"]
    return [f"{table}.{fmt.value}" for table in COLUMNS]


def export_store(store: Store, fmt: ExportFormat, out_dir: Path, force: bool = False) -> list[Path]:
    """Write the store in `fmt` into `out_dir` (created if missing); returns the files written. Raises
    ExportError, before writing anything, when `out_dir` is no folder or cannot be written, or (unless
    `force`) when one of the files exists already."""
    names = export_names(fmt)
    _prepare(out_dir, names, force)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".newsevents-export-", dir=out_dir))
    except OSError as exc:
        raise ExportError(out_dir, exc.strerror or str(exc)) from None
    try:
        writers = _writers(store, fmt)
        for name in names:
            writers[name](scratch / name)
        return [_move_into_place(scratch / name, out_dir / name, force) for name in names]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _prepare(out_dir: Path, names: Iterable[str], force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(out_dir, "it is a file; --out takes a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(out_dir, exc.strerror or str(exc)) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise ExportError(out_dir, "the folder is not writable")
    for name in names:
        target = out_dir / name
        if target.is_dir() and not target.is_symlink():
            raise ExportError(target, "a folder of that name is in the way")
        if not force and os.path.lexists(target):
            raise ExportError(target, "the file exists; use --force to replace it")


def _move_into_place(written: Path, target: Path, force: bool) -> Path:
    """Give `written` its final name. Neither way follows a symbolic link at `target`: a hard link fails if
    the name exists, and rename replaces the name itself."""
    if force:
        os.replace(written, target)
        return target
    try:
        os.link(written, target)
    except FileExistsError:
        raise ExportError(target, "the file appeared during the export; use --force to replace it") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise ExportError(target, exc.strerror or str(exc)) from None
        if os.path.lexists(target):  # a file system without hard links: check, then rename
            raise ExportError(target, "the file exists; use --force to replace it") from None
        os.replace(written, target)
    return target


def _create(path: Path) -> IO[str]:
    """A new file for text, never through a symbolic link, never over an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    return open(fd, "w", encoding="utf-8", newline="")


def _writers(store: Store, fmt: ExportFormat) -> dict[str, Callable[[Path], None]]:
    if fmt is ExportFormat.gdelt:
        return {"events.export.CSV": lambda p: _write_tsv(p, gdelt.gdelt_rows(store.iter_rows(gdelt.QUERY))),
                "events.mentions.CSV": lambda p: _write_tsv(
                    p, gdelt.mention_rows(store.iter_rows(gdelt.MENTIONS_QUERY)))}
    if fmt is ExportFormat.plover:
        return {"events.plover.jsonl": lambda p: _write_plover(store, p)}
    def copier(table: str) -> Callable[[Path], None]:
        return lambda path: store.copy_table(table, path, fmt.value, _select(table, fmt))

    return {f"{table}.{fmt.value}": copier(table) for table in COLUMNS}


def _write_tsv(path: Path, rows: Iterable[list[str]]) -> None:
    with _create(path) as fh:
        for row in rows:
            fh.write("\t".join(row) + "\n")


def _write_plover(store: Store, path: Path) -> None:
    events = store.iter_rows(plover.QUERY)
    with _create(path) as fh:
        while chunk := list(islice(events, 1000)):
            evidence: dict[int, list[dict[str, object]]] = {}
            reader = store.for_thread()  # the events cursor is still open: read evidence beside it
            for row in reader.iter_rows(plover.EVIDENCE_QUERY, [[e["id"] for e in chunk]]):
                evidence.setdefault(int(str(row["global_id"])), []).append(row)
            for record in plover.plover_records(chunk, evidence):
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _select(table: str, fmt: ExportFormat) -> tuple[str, list[str]]:
    """The SELECT list a table is copied with, and the columns CSV must quote: lists JSON-encoded and text
    quoted in CSV, 63-bit ids as strings in JSON, everything as stored in parquet."""
    columns: list[str] = []
    quoted: list[str] = []
    for name, kind in COLUMNS[table]:
        if fmt is ExportFormat.csv and kind.endswith("[]"):
            columns.append(f"CAST(to_json({name}) AS VARCHAR) AS {name}")
            quoted.append(name)
        elif fmt is ExportFormat.csv and kind == "VARCHAR":
            columns.append(name)
            quoted.append(name)
        elif fmt is ExportFormat.jsonl and name in BIG_IDS.get(table, ()):
            columns.append(f"CAST({name} AS VARCHAR) AS {name}")
        else:
            columns.append(name)
    return ", ".join(columns), quoted
