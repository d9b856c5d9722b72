"""Readers: every bad input gets a one-line error naming the file (and line); good inputs still flow."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from newsevents.errors import Code, InputError
from newsevents.ingest import read_inputs
from newsevents.model import Article


def _read(*paths: Path, published: date | None = None) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], published))


def test_txt_first_line_is_title_and_text_is_whole_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Lede line here\nBody sentence one. Body two.\n", encoding="utf-8")
    [art] = _read(f, published=date(2022, 3, 5))
    assert isinstance(art, Article)
    assert art.title == "Lede line here"
    assert art.text.startswith("Lede line here\nBody")
    assert art.published == date(2022, 3, 5)
    assert art.id == "a" and len(art.sha256) == 64


def test_bad_files_each_get_a_coded_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 society".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Title\nBody.")
    out = _read(empty, binary, latin, tmp_path / "missing.txt", good)
    codes = [o.code if isinstance(o, InputError) else "ok" for o in out]
    assert codes == [Code.E002, Code.E003, Code.E004, Code.E001, "ok"]
    line = out[2].line()  # type: ignore[union-attr]
    assert "latin.txt" in line and "UTF-8" in line and "\n" not in line


def test_oversized_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    [err] = _read(big)
    assert isinstance(err, InputError) and err.code is Code.E005
    assert "big.txt" in err.line() and "MB" in err.line()


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "title": "Talks", "text": "Leaders met.", "published": "2023-01-14"}),
        "{not json",
        json.dumps({"id": "r3", "title": "No text"}),
        "",
        json.dumps({"id": "r5", "text": "Another.", "published": "14/01/2023"}),
        json.dumps({"id": "r6", "text": "Fine.", "url": "https://example.org/x", "source": "Wire"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _read(f, published=date(2020, 1, 1))
    summary = [(o.code, o.where) if isinstance(o, InputError) else o.id for o in out]
    assert summary == ["r1", (Code.E006, f"{f}:2"), (Code.E007, f"{f}:3"), (Code.E008, f"{f}:5"), "r6"]
    r1, r6 = out[0], out[-1]
    assert isinstance(r1, Article) and isinstance(r6, Article)
    assert r1.published == date(2023, 1, 14)  # the record's own date wins
    assert r6.published == date(2020, 1, 1)  # else the command line's
    assert r1.text == "Talks\n\nLeaders met." and r1.title == "Talks"
    assert r6.url == "https://example.org/x" and r6.source == "Wire"


def test_directory_reads_txt_and_jsonl_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B title\nbody")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j1", "text": "x"}) + "\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    out = _read(tmp_path)
    assert [o.id for o in out if isinstance(o, Article)] == ["j1", "b"]
    assert len(out) == 2
