"""Readers: files, directories and standard input -> `Article`s.

`read_inputs` yields an `Article` for every article it can read and an `InputError` for every file or
record it cannot, so one bad line never stops a run. Supported: `.txt` (first line = title/lede) and
`.jsonl` (one JSON object per line with `text`; `id`, `title`, `published`, `url`, `source` optional).
"""

from __future__ import annotations

import io
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, cast

from ..errors import Code, InputError
from ..model import Article
from .jsonl import read_jsonl_lines
from .text import article_from_text, decode_text

__all__ = ["IdClash", "article_id", "read_inputs", "read_path"]

SUFFIXES = {".txt", ".jsonl"}


class IdClash(InputError):
    """An article whose id was already read in this run from another place: reported, not stored."""


def read_inputs(
    paths: Iterable[str], published: date | None = None, max_chars: int = 1_000_000, unique_ids: bool = False
) -> Iterator[Article | InputError]:
    """Every article in `paths` (files, directories, or "-" for stdin), in order.

    Ids are unique by construction: a `.txt` file's id is its path relative to the input root (the directory
    given, or the file's own folder) without the suffix (`day1/story`), a JSONL record's is its `id`, else
    `relative/path.jsonl:line`. An id that still comes twice in one run (two records with the same explicit
    `id`, or the same file under two roots) is, with `unique_ids` (as for a store), an error naming both
    places (E008, an `IdClash`): the later article is not read, never silently put in place of the earlier
    one. Without it (`extract`, whose output is not keyed by id) both are read."""
    first_seen: dict[str, str] = {}  # id -> where it was first read in this run
    for item in _read_all(paths, published, max_chars):
        if unique_ids and isinstance(item, Article):
            earlier = first_seen.setdefault(item.id, item.origin)
            if earlier != item.origin:
                yield IdClash(Code.E008, item.origin, f"id {item.id!r} already used by {earlier}; give each "
                                 "article its own id")
                continue
        yield item


def _read_all(paths: Iterable[str], published: date | None, max_chars: int) -> Iterator[Article | InputError]:
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(published, max_chars)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(Code.E002, str(path), "no .txt or .jsonl files in directory")
            for file in files:
                yield from read_path(file, published, max_chars, root=path)
        else:
            yield from read_path(path, published, max_chars)


def article_id(path: Path, root: Path | None = None) -> str:
    """A file's article id: its path relative to `root` (default: its own folder), `/`-separated, without
    the suffix of a text file (`day1/story.txt` -> `day1/story`; a JSONL file keeps its name)."""
    relative = path.relative_to(root) if root is not None else Path(path.name)
    if path.suffix.lower() != ".jsonl":
        relative = relative.with_suffix("")
    return relative.as_posix()


def read_path(path: Path, published: date | None = None, max_chars: int = 1_000_000,
              root: Path | None = None) -> Iterator[Article | InputError]:
    """The articles of one file; `root` is the directory it was found under (ids are relative to it). Reads
    are bounded: a pipe or device (`/dev/zero`, a FIFO) is read up to the size limit, never to its end."""
    if not path.exists():
        yield InputError(Code.E001, str(path))
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        prefix = article_id(path, root)
        try:
            with path.open("rb") as fh:
                for item in _jsonl(fh, str(path), published, max_chars):
                    if isinstance(item, Article) and item.id == item.origin:  # no id of its own: file:line
                        item = replace(item, id=f"{prefix}:{item.origin.rsplit(':', 1)[-1]}")
                    yield item
        except OSError as exc:
            yield InputError(Code.E001, str(path), exc.strerror or str(exc))
        return
    if suffix not in {".txt", ""} and suffix not in {".text", ".md"}:
        yield InputError(Code.E009, str(path), f"{suffix}: use .txt or .jsonl")
        return
    limit = max_chars * 4  # UTF-8 is at most 4 bytes a character: no need to read more to refuse it
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
        size = path.stat().st_size if regular else 0
        if size > limit:
            yield _too_large(str(path), size, max_chars)
            return
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:  # unreadable (permissions), a folder named .txt, a device that fails
        yield InputError(Code.E001, str(path), exc.strerror or str(exc))
        return
    if len(data) > limit:
        yield _too_large(str(path), None, max_chars)
        return
    try:
        text = decode_text(data, str(path), max_chars)
        yield article_from_text(text, id=article_id(path, root), published=published, origin=str(path))
    except InputError as exc:
        yield exc


def _too_large(where: str, size: int | None, max_chars: int) -> InputError:
    amount = f"{size / 1e6:.1f} MB" if size is not None else "more than the limit"
    return InputError(Code.E005, where, f"{amount}; one article may have {max_chars:,} characters; split it "
                      "or use .jsonl")


def _jsonl(fh: IO[bytes], where: str, published: date | None,
           max_chars: int) -> Iterator[Article | InputError]:
    """`read_jsonl_lines` over `fh`, line by line, with each line's length bounded: an over-long line (a
    record beyond the size limit, or a stream with no line breaks at all) is an E005 error in its place and
    is skipped without being held in memory."""
    limit = max_chars * 6 + 65_536  # a record of max_chars characters, JSON-escaped, plus its other fields
    too_long: list[int] = []

    def lines() -> Iterator[bytes]:
        lineno = 0
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the line
                too_long.append(lineno)
                yield b"\n"  # blank: the reader counts the line and says nothing; we report it
                continue
            yield raw

    def flush() -> Iterator[InputError]:
        while too_long:
            yield InputError(Code.E005, f"{where}:{too_long.pop(0)}", f"line longer than {limit:,} bytes")

    for item in read_jsonl_lines(cast(IO[bytes], lines()), where, published, max_chars):
        yield from flush()
        yield item
    yield from flush()


def _read_stdin(published: date | None, max_chars: int) -> Iterator[Article | InputError]:
    """Standard input: JSON Lines (streamed, line by line) when its first non-blank byte is `{`, else one
    text article read up to the size limit."""
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        yield InputError(Code.E001, "<stdin>", "standard input is closed")
        return
    try:
        head = b""
        while not head.strip():  # blank lines before the first record
            chunk = stream.readline(65_536)
            if not chunk:
                break
            head += chunk
            if len(head) > max_chars * 4:
                break
    except (OSError, ValueError) as exc:  # closed or unreadable
        yield InputError(Code.E001, "<stdin>", str(exc))
        return
    if head.lstrip().startswith(b"{"):
        yield from _jsonl(cast(IO[bytes], _Chained(head, stream)), "<stdin>", published, max_chars)
        return
    limit = max_chars * 4
    data = head + stream.read(max(0, limit + 1 - len(head)))
    if len(data) > limit:
        yield _too_large("<stdin>", None, max_chars)
        return
    try:
        yield article_from_text(decode_text(data, "<stdin>", max_chars), id="stdin", published=published,
                                origin="<stdin>")
    except InputError as exc:
        yield exc


class _Chained:
    """Bytes already read, then the rest of a stream: what `readline` needs of a file."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self.head = io.BytesIO(head)
        self.stream = stream

    def readline(self, size: int = -1) -> bytes:
        line = self.head.readline(size)
        if line.endswith(b"\n") or (size >= 0 and len(line) >= size):
            return line
        more = self.stream.readline(size - len(line) if size >= 0 else -1)
        return line + more
