"""`newsevents sql` reaches the store alone: every way out of it is refused with one line, and a query is
bounded in rows and time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.errors import StoreError
from newsevents.store import Store

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A newsevents store with two articles."""
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.con.execute("INSERT INTO articles (id, text) VALUES ('a1', 'Leaders met.'), ('a2', 'Police left.')")
    return path


def _sql(db: Path, query: str, *extra: str) -> tuple[int, str]:
    res = runner.invoke(app, ["sql", "--db", str(db), query, "--format", "jsonl", *extra])
    return res.exit_code, res.output


def _refused(db: Path, query: str, *extra: str) -> str:
    code, output = _sql(db, query, *extra)
    assert code == 2, output
    lines = [ln for ln in output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "[E014]" in lines[0], output
    return lines[0]


def test_plain_queries_still_work(db: Path) -> None:
    code, output = _sql(db, "SELECT id FROM articles ORDER BY id")
    assert code == 0 and [json.loads(ln)["id"] for ln in output.splitlines()] == ["a1", "a2"]


@pytest.mark.parametrize("mode", [[], ["--write"]])
def test_attach_of_another_store_read_write_is_refused(db: Path, tmp_path: Path, mode: list[str]) -> None:
    other = tmp_path / "other.duckdb"
    with Store(other) as store:
        store.con.execute("INSERT INTO articles (id, text) VALUES ('keep', 'Must survive.')")
    _refused(db, f"ATTACH '{other}' AS o (READ_WRITE); DELETE FROM o.articles", *mode)
    with Store(other, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_attach_of_the_store_itself_through_a_hard_link_is_refused(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.duckdb"
    os.link(db, link)
    _refused(db, f"ATTACH '{link}' AS same (READ_WRITE); DELETE FROM same.articles")
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_copy_to_a_file_is_refused_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "leak.csv"
    line = _refused(db, f"COPY articles TO '{target}'")
    assert "file system" in line and not target.exists()
    _refused(db, f"EXPORT DATABASE '{tmp_path / 'dump'}'")
    assert not (tmp_path / "dump").exists()


@pytest.mark.parametrize("query", [
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/hostname')",
    "SELECT * FROM glob('/home/*')",
    "SELECT * FROM read_csv('/etc/passwd')",
])
def test_reading_the_file_system_is_refused(db: Path, query: str) -> None:
    assert "file system" in _refused(db, query)


@pytest.mark.parametrize("query", ["INSTALL httpfs", "FORCE INSTALL json", "LOAD httpfs",
                                   "LOAD '/tmp/evil.duckdb_extension'"])
def test_installing_or_loading_extensions_is_refused(db: Path, query: str) -> None:
    _refused(db, query)


@pytest.mark.parametrize("query", ["SET enable_external_access = true", "RESET enable_external_access",
                                   "SET lock_configuration = false"])
def test_the_restrictions_cannot_be_undone(db: Path, query: str) -> None:
    assert "locked" in _refused(db, f"{query}; SELECT * FROM read_text('/etc/passwd')")


def test_read_only_store_refuses_writes(db: Path) -> None:
    _refused(db, "DELETE FROM articles")
    code, _ = _sql(db, "DELETE FROM articles WHERE id = 'a2'", "--write")
    assert code == 0  # --write is for the store itself
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_row_limit_cuts_off_with_a_note(db: Path) -> None:
    res = runner.invoke(app, ["sql", "--db", str(db), "SELECT range AS n FROM range(50)", "--format", "jsonl",
                              "--max-rows", "7"])
    assert res.exit_code == 0
    assert [json.loads(ln)["n"] for ln in res.stdout.splitlines()] == list(range(7))
    assert "only the first 7 rows" in res.stderr


def test_time_limit_stops_a_runaway_query(db: Path) -> None:
    line = _refused(db, "SELECT count(*) FROM range(100000000000) a, range(100000000000) b", "--timeout", "0.5")
    assert "time limit" in line


def test_library_call_is_locked_down_too(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(StoreError) as info:
            store.sql(f"COPY articles TO '{tmp_path / 'x.csv'}'")
        assert "\n" not in info.value.line()
        with pytest.raises(duckdb.Error):  # the connection stays locked after the call
            store.con.execute("SET enable_external_access = true")
