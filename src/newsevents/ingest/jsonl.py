"""JSON Lines articles: one object per line; `text` required, `id`, `title`, `published`, `url`, `source`,
`dateline` optional. The analysed text is the title, a blank line, then `text` (offsets count from the
title)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from ..errors import Code, InputError
from ..model import Article


def read_jsonl_lines(
    fh: IO[bytes], where: str, published: date | None, max_chars: int
) -> Iterator[Article | InputError]:
    """Stream a JSONL file: one Article or InputError per non-blank line; memory stays flat."""
    seen_any = False
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        seen_any = True
        here = f"{where}:{lineno}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputError(Code.E004, here, f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1}")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(Code.E006, here, exc.msg)
            continue
        try:
            yield article_from_record(record, here, lineno, published, max_chars)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield InputError(Code.E002, where)


def article_from_record(
    record: Any, where: str, lineno: int, published: date | None, max_chars: int
) -> Article:
    """Validate one JSON record and build its Article."""
    if not isinstance(record, dict):
        raise InputError(Code.E006, where, "expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(Code.E007, where)
    for key in ("id", "title", "url", "source", "dateline"):
        if record.get(key) is not None and not isinstance(record[key], (str, int)):
            raise InputError(Code.E008, where, f"{key} must be a string")
    title = str(record["title"]).strip() if record.get("title") else None
    full = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title) else text
    if len(full) > max_chars:
        raise InputError(Code.E005, where, f"{len(full):,} characters > {max_chars:,}")
    return Article(
        id=str(record["id"]) if record.get("id") not in (None, "") else where,  # "id": 0 is the id "0"
        text=full.replace("\r\n", "\n"),
        title=title or next((ln.strip() for ln in text.splitlines() if ln.strip()), None),
        published=_published(record.get("published"), where) or published,
        url=record.get("url"),
        source=record.get("source"),
        origin=where,
        dateline=str(record["dateline"]).strip() if record.get("dateline") else None,
    )


def _published(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(Code.E008, where, "published must be an ISO date string")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(Code.E008, where, f"published {value!r} is not an ISO date") from None
