"""Readers: files, directories and standard input -> `Article`s.

`read_inputs` yields an `Article` for every article it can read and an `InputError` for every file or
record it cannot, so one bad line never stops a run. Supported: `.txt` (first line = title/lede) and
`.jsonl` (one JSON object per line with `text`; `id`, `title`, `published`, `url`, `source` optional).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..errors import Code, InputError
from ..model import Article
from .jsonl import read_jsonl_lines
from .text import article_from_text, decode_text

__all__ = ["read_inputs", "read_path"]

SUFFIXES = {".txt", ".jsonl"}


def read_inputs(
    paths: Iterable[str], published: date | None = None, max_chars: int = 1_000_000
) -> Iterator[Article | InputError]:
    """Every article in `paths` (files, directories, or "-" for stdin), in order."""
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
                yield from read_path(file, published, max_chars)
        else:
            yield from read_path(path, published, max_chars)


def read_path(path: Path, published: date | None = None, max_chars: int = 1_000_000) -> Iterator[
        Article | InputError]:
    """The articles of one file."""
    if not path.exists():
        yield InputError(Code.E001, str(path))
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        try:
            with path.open("rb") as fh:
                yield from read_jsonl_lines(fh, str(path), published, max_chars)
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
        yield article_from_text(text, id=path.stem, published=published, origin=str(path))
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
