"""Data tables shipped under `newsevents/data/`: loaded once, lazily, by name, validated on load.

Tables are CSV with `#` comment lines. A malformed row raises DataError naming the file and line, so a
broken user table fails loudly instead of silently coding nothing.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import Code, DataError

Row = dict[str, str]


def _rows(lines: Iterable[str], where: str, required: tuple[str, ...]) -> Iterator[tuple[int, Row]]:
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise DataError(Code.E010, where, "no header row")
    reader = csv.DictReader(line for _, line in numbered)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(Code.E010, f"{where}:{numbered[0][0]}", f"missing column(s) {', '.join(missing)}")
    for (lineno, _), row in zip(numbered[1:], reader, strict=True):
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        for col in required:
            if col in ("name", "iso3", "role", "term", "phrase", "code") and not clean.get(col):
                raise DataError(Code.E010, f"{where}:{lineno}", f"empty {col}")
        yield lineno, clean


def read_table(path: Path, required: tuple[str, ...]) -> list[Row]:
    """Read a user-supplied CSV table, checking the columns it must have. A spreadsheet's export works (a
    UTF-8 BOM, CRLF line ends); a file that cannot be read, a quoted cell running over several lines, or a
    line the CSV reader refuses is a one-line DataError naming the file (and line)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(Code.E001, str(path)) from None
    except IsADirectoryError:
        raise DataError(Code.E010, str(path), "a folder, not a CSV table") from None
    except OSError as exc:
        raise DataError(Code.E001, str(path), exc.strerror or str(exc)) from None
    except UnicodeDecodeError as exc:
        detail = f"byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"
        raise DataError(Code.E004, str(path), detail) from None
    lines = text.splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    try:
        reader = csv.reader(line for _, line in numbered)
        for index, _ in enumerate(reader):
            if reader.line_num != index + 1:  # one record took several lines: a quoted cell with a line break
                raise DataError(Code.E010, f"{path}:{numbered[index][0]}", "a quoted cell runs over "
                                f"{reader.line_num - index} lines; put each row on one line")
        return [row for _, row in _rows(lines, str(path), required)]
    except (csv.Error, ValueError) as exc:
        raise DataError(Code.E010, str(path), f"not a readable CSV table ({exc})") from None


@cache
def load_table(name: str, required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Load a shipped table by name (`countries`, `roles`, ...) once per process."""
    text = resources.files("newsevents").joinpath(f"data/{name}.csv").read_text(encoding="utf-8")
    return tuple(row for _, row in _rows(text.splitlines(), f"newsevents/data/{name}.csv", required))


@cache
def noun_class_words(kind: str) -> frozenset[str]:
    """The words of one class of noun_classes.csv, lower case (every stage reads its word classes here)."""
    return frozenset(row["lemma"].lower() for row in load_table("noun_classes", ("class", "lemma", "source"))
                     if row["class"] == kind)


def table_names(pattern: str) -> list[str]:
    """Names of the shipped tables whose file name matches `pattern` (`office_holders*`), sorted."""
    folder = resources.files("newsevents").joinpath("data")
    return sorted(item.name[:-4] for item in folder.iterdir()
                  if item.name.endswith(".csv") and Path(item.name[:-4]).match(pattern))


# -- on-disk cache of derived data ----------------------------------------------------------------

log = logging.getLogger("newsevents")


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/newsevents`, else `~/.cache/newsevents`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def data_fingerprint(extra: Iterable[Path] = ()) -> str:
    """A hash of every shipped data file, the package version and the given user files: the cache key, so a
    changed table (or an upgrade) rebuilds what was derived from it."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    folder = resources.files("newsevents").joinpath("data")
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.endswith((".csv", ".txt", ".json")):
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    for path in extra:
        digest.update(str(path).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:24]


def load_cached(kind: str, key: str) -> Any | None:
    """What `store_cached` wrote under `kind` and `key`, or None (absent, unreadable, or another key)."""
    path = cache_dir() / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # a missing, partial or foreign file is a cache miss, never an error
        return None


def store_cached(kind: str, key: str, value: Any) -> None:
    """Write `value` to the cache (atomically); drop older entries of the same kind. An unwritable cache
    directory is not an error: the caller keeps what it built in memory."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{kind}-{key}.{os.getpid()}.tmp"
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(folder / f"{kind}-{key}.pickle")
        for old in folder.glob(f"{kind}-*.pickle"):
            if old.name != f"{kind}-{key}.pickle":
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("knowledge cache not written (%s): built in memory", exc)


def split_list(value: str) -> list[str]:
    """Split a |-separated cell into its non-empty items."""
    return [v.strip() for v in value.split("|") if v.strip()]


def parse_date(value: str, where: str) -> date | None:
    """Parse an ISO date cell; empty means open-ended."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DataError(Code.E010, where, f"bad date {value!r}") from None
