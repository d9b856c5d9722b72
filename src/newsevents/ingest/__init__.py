"""Readers: files, directories and standard input -> `Article`s.

`read_inputs` yields an `Article` for every article it can read and an `InputError` for every file or
record it cannot, so one bad line never stops a run. Supported: `.txt` (first line = title/lede) and
`.jsonl` (one JSON object per line with `text`; `id`, `title`, `published`, `url`, `source` optional).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import Code, InputError
from ..model import Article
from .jsonl import read_jsonl_lines
from .text import article_from_text, decode_text

__all__ = ["IdClash", "article_id", "read_inputs", "read_path"]

SUFFIXES = {".txt", ".jsonl"}


class IdClash(InputError):
    """An article whose id was already read in this run from another place: reported, not stored."""


def read_inputs(
    paths: Iterable[str], published: date | None = None, max_chars: int = 1_000_000
) -> Iterator[Article | InputError]:
    """Every article in `paths` (files, directories, or "-" for stdin), in order.

    Ids are unique by construction: a `.txt` file's id is its path relative to the input root (the directory
    given, or the file's own folder) without the suffix (`day1/story`), a JSONL record's is its `id`, else
    `relative/path.jsonl:line`. An id that still comes twice in one run (two records with the same explicit
    `id`, or the same file under two roots) is an error naming both places (E008); the later article is
    not read, never silently put in place of the earlier one."""
    first_seen: dict[str, str] = {}  # id -> where it was first read in this run
    for item in _read_all(paths, published, max_chars):
        if isinstance(item, Article):
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
    """The articles of one file; `root` is the directory it was found under (ids are relative to it)."""
    if not path.exists():
        yield InputError(Code.E001, str(path))
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        prefix = article_id(path, root)
        try:
            with path.open("rb") as fh:
                for item in read_jsonl_lines(fh, str(path), published, max_chars):
                    if isinstance(item, Article) and item.id == item.origin:  # no id of its own: file:line
                        item = replace(item, id=f"{prefix}:{item.origin.rsplit(':', 1)[-1]}")
                    yield item
        except OSError as exc:
            yield InputError(Code.E001, str(path), exc.strerror or str(exc))
        return
    if suffix not in {".txt", ""} and suffix not in {".text", ".md"}:
        yield InputError(Code.E009, str(path), f"{suffix}: use .txt or .jsonl")
        return
    size = path.stat().st_size
    if size > max_chars * 4:  # UTF-8 is at most 4 bytes a character: no need to read it to refuse it
        yield InputError(Code.E005, str(path), f"{size / 1e6:.1f} MB; one article may have {max_chars:,} "
                         "characters; split it or use .jsonl")
        return
    try:
        text = decode_text(path.read_bytes(), str(path), max_chars)
        yield article_from_text(text, id=article_id(path, root), published=published, origin=str(path))
    except InputError as exc:
        yield exc


def _read_stdin(published: date | None, max_chars: int) -> Iterator[Article | InputError]:
    data = sys.stdin.buffer.read()
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        import io

        yield from read_jsonl_lines(io.BytesIO(data), "<stdin>", published, max_chars)
        return
    try:
        yield article_from_text(decode_text(data, "<stdin>", max_chars), id="stdin", published=published,
                                origin="<stdin>")
    except InputError as exc:
        yield exc
