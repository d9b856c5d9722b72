"""JSON Lines articles: one object per line; `text` required, `id`, `title`, `published`, `url`, `source`,
`dateline` optional. The analysed text is the title, a blank line, then `text` (offsets count from the
title)."""

from __future__ import annotations

import codecs
import itertools
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, Any

from ..errors import Code, InputError
from ..model import Article


def read_jsonl_lines(
    fh: IO[bytes], where: str, published: date | None, max_chars: int
) -> Iterator[Article | InputError]:
    """Stream a JSONL file: one Article or InputError per non-blank line; memory stays flat. A bad line
    (not JSON, nested too deeply, not UTF-8, a lone surrogate escape, a bad field) is one error in its
    place and the lines after it are still read. UTF-8 with or without a BOM; UTF-16 with a BOM is decoded."""
    seen_any = False
    for lineno, line in _lines(fh):
        if isinstance(line, str) and not line.strip():
            continue
        seen_any = True
        here = f"{where}:{lineno}"
        if isinstance(line, InputError):
            yield InputError(line.code, here, line.detail)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(Code.E006, here, f"{exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield InputError(Code.E006, here, "nested too deeply")
            continue
        try:
            yield article_from_record(record, here, lineno, published, max_chars)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield InputError(Code.E002, where)


def _lines(fh: IO[bytes]) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) for every line of `fh`; a line that cannot be decoded gives an InputError (its
    `where` is filled in by the caller). A UTF-16 BOM on the first line switches to UTF-16 for the file."""
    raw_lines = iter(fh)
    for lineno, raw in enumerate(raw_lines, 1):
        if lineno == 1 and raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            yield from _utf16_lines(raw, raw_lines)
            return
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, InputError(Code.E004, "", f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1}")


def _utf16_lines(first: bytes, rest: Iterator[bytes]) -> Iterator[tuple[int, str | InputError]]:
    """Lines of a UTF-16 stream (BOM in `first`), decoded incrementally: the byte lines the caller split at
    0x0a are not UTF-16 lines, so they are joined and split again as text."""
    decoder = codecs.getincrementaldecoder("utf-16")(errors="strict")
    pending = ""
    lineno = 0
    for raw in itertools.chain([first], rest):
        try:
            pending += decoder.decode(raw)
        except UnicodeDecodeError:
            yield lineno + 1, InputError(Code.E004, "", "UTF-16 file with an invalid code unit; save it as "
                                         "UTF-8")
            return
        *complete, pending = pending.split("\n")
        for line in complete:
            lineno += 1
            yield lineno, line.rstrip("\r")
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        yield lineno + 1, InputError(Code.E004, "", "UTF-16 file ends in the middle of a character")
        return
    if pending:
        yield lineno + 1, pending


def article_from_record(
    record: Any, where: str, lineno: int, published: date | None, max_chars: int
) -> Article:
    """Validate one JSON record and build its Article."""
    if not isinstance(record, dict):
        raise InputError(Code.E006, where, f"expected a JSON object, not {_json_type(record)}")
    text = record.get("text")
    if text is None and "text" not in record:
        raise InputError(Code.E007, where)
    if not isinstance(text, str):
        raise InputError(Code.E008, where, f"text must be a string, not {_json_type(text)}")
    if not text.strip():
        raise InputError(Code.E007, where, "text is empty")
    for key in ("id", "title", "url", "source", "dateline"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise InputError(Code.E008, where, f"{key} must be a string, not {_json_type(value)}")
    for key in ("text", "id", "title", "url", "source", "dateline", "published"):
        value = record.get(key)
        if isinstance(value, str) and (bad := _surrogate_at(value)) is not None:
            raise InputError(Code.E008, where, f"{key} has a lone surrogate \\u{ord(value[bad]):04x} at "
                             f"character {bad + 1} (truncated UTF-16?)")
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
        raise InputError(Code.E008, where, f"published must be an ISO date string, not {_json_type(value)}")
    text = value.strip()
    try:
        day = date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(Code.E008, where, f"published {value!r} is not an ISO date (YYYY-MM-DD or an ISO "
                         "date and time)") from None
    return check_published(day, where)


FIRST_YEAR, LAST_YEAR = 1000, 8999  # dates further out overflow the date arithmetic of event dating


def check_published(day: date, where: str) -> date:
    """A publication date newsevents can date events against, else a one-line E008."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(Code.E008, where, f"published {day.isoformat()} is outside the years "
                         f"{FIRST_YEAR}-{LAST_YEAR}")
    return day


def _surrogate_at(text: str) -> int | None:
    """Index of the first lone surrogate (U+D800..U+DFFF, which no UTF-8 text can hold), if any."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"
