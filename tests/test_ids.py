"""Article ids are unique by construction; an id that still comes twice is reported, never silently lost."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import Code, InputError
from newsevents.ingest import IdClash, read_inputs, read_path
from newsevents.loader import ingest
from newsevents.model import Article
from newsevents.settings import Settings
from newsevents.store import Store


def _read(*paths: Path) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], unique_ids=True))


def _ids(*paths: Path) -> list[str]:
    return [o.id for o in _read(*paths) if isinstance(o, Article)]


def _errors(*paths: Path) -> list[InputError]:
    return [o for o in _read(*paths) if isinstance(o, InputError)]


def _story(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_same_file_name_in_two_day_folders_gives_two_ids(tmp_path: Path) -> None:
    _story(tmp_path / "day1", "story.txt", "Talks open in Geneva\nDiplomats met on Monday.\n")
    _story(tmp_path / "day2", "story.txt", "Talks close in Geneva\nDiplomats left on Tuesday.\n")
    _story(tmp_path, "story.txt", "Top story\nA third article.\n")
    assert _ids(tmp_path) == ["day1/story", "day2/story", "story"]
    assert _errors(tmp_path) == []


def test_jsonl_records_without_id_take_relative_path_and_line(tmp_path: Path) -> None:
    for day in ("day1", "day2"):
        _story(tmp_path / day, "wire.jsonl", "\n".join([
            json.dumps({"text": f"Ministers met in Cairo ({day})."}),
            "",
            json.dumps({"text": f"Police arrested two men ({day})."}),
        ]) + "\n")
    assert _ids(tmp_path) == ["day1/wire.jsonl:1", "day1/wire.jsonl:3", "day2/wire.jsonl:1",
                              "day2/wire.jsonl:3"]
    # a single file given on its own: its name and the line
    assert _ids(tmp_path / "day2" / "wire.jsonl") == ["wire.jsonl:1", "wire.jsonl:3"]


def test_id_zero_is_the_id_zero(tmp_path: Path) -> None:
    f = _story(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": 0, "text": "The council voted on Friday."},
        {"id": "", "text": "An empty id falls back to the line."},
        {"id": 7, "text": "Numbers are ids too."},
    ]) + "\n")
    assert _ids(f) == ["0", "a.jsonl:2", "7"]


def test_explicit_id_given_twice_is_one_line_naming_both_places(tmp_path: Path) -> None:
    a = _story(tmp_path, "a.jsonl", json.dumps({"id": "r1", "text": "Leaders met in Oslo."}) + "\n")
    b = _story(tmp_path, "b.jsonl", "\n".join([
        json.dumps({"id": "r2", "text": "Protesters marched in Lima."}),
        json.dumps({"id": "r1", "text": "A different article under the same id."}),
    ]) + "\n")
    out = _read(a, b)
    assert [o.id for o in out if isinstance(o, Article)] == ["r1", "r2"]
    [clash] = [o for o in out if isinstance(o, InputError)]
    assert isinstance(clash, IdClash) and clash.code is Code.E008
    line = clash.line()
    assert f"{b}:2" in line and f"{a}:1" in line and "'r1'" in line and "\n" not in line


def test_two_roots_with_the_same_relative_name_are_reported(tmp_path: Path) -> None:
    _story(tmp_path / "day1", "story.txt", "Monday\nTalks opened.\n")
    _story(tmp_path / "day2", "story.txt", "Tuesday\nTalks closed.\n")
    out = _read(tmp_path / "day1", tmp_path / "day2")
    assert [o.id for o in out if isinstance(o, Article)] == ["story"]
    [clash] = [o for o in out if isinstance(o, InputError)]
    assert str(tmp_path / "day2" / "story.txt") in clash.line()
    assert str(tmp_path / "day1" / "story.txt") in clash.line()


def test_the_same_file_given_twice_is_no_clash(tmp_path: Path) -> None:
    f = _story(tmp_path, "story.txt", "Title\nBody.\n")
    assert _errors(f, f) == []


def test_extract_reads_both_files_of_the_same_name(tmp_path: Path) -> None:
    """Without a store nothing is keyed by id: both articles are read (and analysed)."""
    a = _story(tmp_path / "day1", "story.txt", "Monday\nTalks opened.\n")
    b = _story(tmp_path / "day2", "story.txt", "Tuesday\nTalks closed.\n")
    out = list(read_inputs([str(a), str(b)]))
    assert [o.title for o in out if isinstance(o, Article)] == ["Monday", "Tuesday"]


def test_ingest_stores_every_article_of_a_folder_per_day_and_counts_clashes(tmp_path: Path) -> None:
    """Six inputs of three days, same file names each day: six articles stored, none replaced."""
    corpus = tmp_path / "corpus"
    for n, day in enumerate(("day1", "day2", "day3")):
        _story(corpus / day, "story.txt", f"Story {n}\nThe mayor of Springfield opened bridge number {n}.\n")
        _story(corpus / day, "wire.jsonl", json.dumps({"text": f"Wire {n}: farmers protested in Leeds."}) + "\n")
    dup = _story(tmp_path, "dup.jsonl", "\n".join(json.dumps({"id": "x", "text": t}) for t in
                                                  ("First text.", "Second text.")) + "\n")
    store = Store(":memory:")
    errors: list[InputError] = []
    report = ingest([str(corpus), str(dup)], store, Settings(), workers=1, on_error=errors.append,
                    on_batch=None)
    stored = {r[0] for r in store.sql("SELECT id FROM articles")[1]}
    assert stored == {"day1/story", "day2/story", "day3/story", "day1/wire.jsonl:1", "day2/wire.jsonl:1",
                      "day3/wire.jsonl:1", "x"}
    assert report.clashes == 1 and report.failed == 1 and len(errors) == 1
    assert store.sql("SELECT text FROM articles WHERE id = 'x'")[1] == [("First text.",)]


# --- bounded reads: a stream without end is refused at the size limit, JSONL on stdin is streamed -------------

class _Stdin:
    def __init__(self, data: bytes | io.BufferedReader) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data)) if isinstance(data, bytes) else data


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes | io.BufferedReader, max_chars: int = 1000) -> list[
        Article | InputError]:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    return list(read_inputs(["-"], max_chars=max_chars))


def test_jsonl_on_stdin_is_streamed_with_ids_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\n  \n" + b"\n".join(json.dumps({"text": f"Ministers met in Rome ({n})."}).encode() for n in range(3))
    out = _stdin(monkeypatch, data)
    assert [o.id for o in out if isinstance(o, Article)] == ["<stdin>:3", "<stdin>:4", "<stdin>:5"]


def test_endless_stdin_is_refused_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Endless(io.RawIOBase):
        """/dev/zero-like: as many bytes as asked for, forever (counts what was read)."""

        read_total = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            Endless.read_total += len(buffer)
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    [error] = _stdin(monkeypatch, io.BufferedReader(Endless()), max_chars=1000)
    assert isinstance(error, InputError) and error.code is Code.E005
    assert Endless.read_total < 1_000_000  # stopped near the limit, not at the end of the stream


def test_a_jsonl_line_beyond_the_limit_is_reported_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    f.write_bytes(json.dumps({"id": "a", "text": "Police arrested two men."}).encode() + b"\n"
                  + b"x" * 200_000 + b"\n" + json.dumps({"id": "c", "text": "Talks resumed."}).encode() + b"\n")
    out = list(read_inputs([str(f)], max_chars=1000))
    summary = [(o.code, o.where) if isinstance(o, InputError) else o.id for o in out]
    assert summary == ["a", (Code.E005, f"{f}:2"), "c"]


def test_devices_and_fifos_are_read_only_up_to_the_limit(tmp_path: Path) -> None:
    if Path("/dev/zero").exists():
        [error] = list(read_path(Path("/dev/zero"), max_chars=1000))
        assert isinstance(error, InputError) and error.code in {Code.E005, Code.E003}
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b"Title\nA short article from a pipe.\n"))
    writer.start()
    [article] = list(read_inputs([str(fifo)]))
    writer.join()
    assert isinstance(article, Article) and article.id == "feed" and article.title == "Title"


# --- ingest with several workers: a failure outside the articles stops the run, never hangs it --------------

def _corpus(tmp_path: Path, n: int) -> Path:
    f = tmp_path / "wire.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"w{i}", "text": f"Ministers of Peru and Chile met in Lima ({i})."})
                           for i in range(n)) + "\n", encoding="utf-8")
    return f


def test_unknown_model_with_two_workers_is_an_error_not_a_hang(tmp_path: Path) -> None:
    from newsevents.errors import ModelError

    store = Store(tmp_path / "s.duckdb")
    with pytest.raises(ModelError) as info:
        ingest([str(_corpus(tmp_path, 3))], store, Settings(model="xx_no_such_model"), workers=2)
    assert "xx_no_such_model" in info.value.line() and info.value.code is Code.E011
    assert store.counts()["articles"] == 0


def test_writer_failure_with_two_workers_stops_and_keeps_committed_batches(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.errors import StoreError

    store = Store(tmp_path / "s.duckdb")
    real_write = store.write
    calls = []

    def failing_write(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StoreError(Code.E014, store.path, "writing failed: No space left on device")
        real_write(*args, **kwargs)

    monkeypatch.setattr(store, "write", failing_write)
    corpus = _corpus(tmp_path, 6)
    with pytest.raises(StoreError):
        ingest([str(corpus)], store, Settings(batch_size=1), workers=2)
    assert store.counts()["articles"] == 1  # the first batch stays committed
    monkeypatch.setattr(store, "write", real_write)
    report = ingest([str(corpus)], store, Settings(batch_size=1), workers=1)  # a rerun resumes
    assert report.skipped == 1 and report.analysed == 5 and store.counts()["articles"] == 6


@pytest.mark.parametrize("days", [-1, 10_000_000])
def test_window_days_out_of_range_is_one_line_before_anything_runs(tmp_path: Path, days: int) -> None:
    store = Store(":memory:")
    with pytest.raises(InputError) as info:
        ingest([str(_corpus(tmp_path, 1))], store, Settings(), workers=1, window_days=days)
    assert "--window-days" in info.value.line() and store.counts()["articles"] == 0
