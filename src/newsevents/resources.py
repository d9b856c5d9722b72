"""Data tables shipped under `newsevents/data/`: loaded once, lazily, by name, validated on load.

Tables are CSV with `#` comment lines. A malformed row raises DataError naming the file and line, so a
broken user table fails loudly instead of silently coding nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

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
    """Read a user-supplied CSV table, checking the columns it must have."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(Code.E001, str(path)) from None
    except UnicodeDecodeError as exc:
        raise DataError(Code.E004, str(path), str(exc.reason)) from None
    return [row for _, row in _rows(text.splitlines(), str(path), required)]


@cache
def load_table(name: str, required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Load a shipped table by name (`countries`, `roles`, ...) once per process."""
    text = resources.files("newsevents").joinpath(f"data/{name}.csv").read_text(encoding="utf-8")
    return tuple(row for _, row in _rows(text.splitlines(), f"newsevents/data/{name}.csv", required))


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
