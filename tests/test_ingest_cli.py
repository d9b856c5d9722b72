"""`newsevents ingest` and the store commands: resume after kill -9, idempotence, queries and exports."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from newsevents.cli import app
from newsevents.export.gdelt import COLUMNS as GDELT_COLUMNS

runner = CliRunner()

REPORTS = [
    ("lemonde-1", "lemonde.fr", "2022-10-25", "Macron meets Scholz in Paris",
     "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday to discuss energy prices."),
    ("dw-1", "dw.com", "2022-10-24", "Scholz and Macron hold talks",
     "German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Monday, a government spokesman said."),
    ("afp-1", "afp.com", "2022-10-24", "France condemns invasion",
     "France condemned Russia's invasion of Ukraine on Monday. Foreign Minister Catherine Colonna summoned the Russian ambassador."),
]


def write_corpus(path: Path, copies: int = 1) -> Path:
    """A JSONL corpus: the three reports, plus `copies - 1` renamed copies of each for a longer run, plus a
    syndicated copy of the first report under another id."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(copies):
            for aid, source, day, title, text in REPORTS:
                suffix = "" if n == 0 else f" Report {n}."
                fh.write(json.dumps({"id": f"{aid}-{n}", "source": source, "published": day, "title": title,
                                     "url": f"https://{source}/{aid}-{n}", "text": text + suffix}) + "\n")
        aid, source, day, title, text = REPORTS[0]
        fh.write(json.dumps({"id": "yahoo-copy", "source": "yahoo.com", "published": day, "title": title,
                             "text": text}) + "\n")
    return path


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the processing timestamp: what two runs must agree on."""
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for (table,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_name != "
                                "'schema_migrations'").fetchall():
        columns = [c for (c,) in con.execute(f"SELECT column_name FROM information_schema.columns WHERE "
                                              f"table_name = '{table}'").fetchall() if c != "processed_at"]
        out[table] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    con.close()
    return out


def test_ingest_then_query_then_ingest_again_adds_nothing(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl")
    db = tmp_path / "events.duckdb"
    res = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "3 article(s) analysed" in res.output and "1 syndicated" in res.output
    first = table_rows(db)
    res = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 0 and "0 article(s) analysed, 4 already stored" in res.output
    assert table_rows(db) == first

    res = runner.invoke(app, ["events", "--db", str(db), "--between", "FRA", "DEU", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(res.stdout.splitlines()))
    assert len(rows) == 1 and rows[0]["num_articles"] == "2" and rows[0]["location_name"] == "Paris"

    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "FRA", "--plover", "CONSULT",
                              "--since", "2022-10-01", "--until", "2022-10-31", "--format", "jsonl"])
    assert [json.loads(line)["cameo_root"] for line in res.stdout.splitlines()] == ["04"]
    res = runner.invoke(app, ["events", "--db", str(db)])
    assert res.exit_code == 0 and "Paris" in res.stdout

    res = runner.invoke(app, ["actors", "--db", str(db), "--top", "5", "--format", "json"])
    assert {"FRAGOV", "DEUGOV"} <= {row["code"] for row in json.loads(res.stdout)}

    res = runner.invoke(app, ["sql", "--db", str(db), "select count(*) as n from articles", "--format", "json"])
    assert json.loads(res.stdout) == [{"n": 4}]
    res = runner.invoke(app, ["sql", "--db", str(db), "select nonsense from nowhere"])
    assert res.exit_code == 2 and "[E014]" in res.output


def test_exports_in_every_format(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl")
    db = tmp_path / "events.duckdb"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"]).exit_code == 0
    for fmt in ("parquet", "csv", "jsonl"):
        out = tmp_path / fmt
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert (out / f"events.{fmt}").stat().st_size > 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{tmp_path / 'parquet' / 'articles.parquet'}'").fetchone() == (4,)

    res = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g")])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "g" / "events.export.CSV").read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(GDELT_COLUMNS) == 61
    meeting = next(r for r in rows if r["EventRootCode"] == "04")
    assert meeting["SQLDATE"] == "20221024" and meeting["NumArticles"] == "2" and meeting["NumSources"] == "2"
    assert {meeting["Actor1CountryCode"], meeting["Actor2CountryCode"]} == {"FRA", "DEU"}
    assert meeting["ActionGeo_CountryCode"] == "FR" and meeting["ActionGeo_FullName"].startswith("Paris")
    assert meeting["AvgTone"] == "" and meeting["Actor1Religion1Code"] == ""  # unknown: empty, not invented
    assert meeting["SOURCEURL"].startswith("https://")

    res = runner.invoke(app, ["export", "--db", str(db), "--format", "plover", "--out", str(tmp_path / "p")])
    records = [json.loads(line) for line in (tmp_path / "p" / "events.plover.jsonl").read_text().splitlines()]
    consult = next(r for r in records if r["event"] == ["CONSULT"] and r["num_articles"] == 2)
    assert {a["code"] for a in consult["actor"] + consult["recipient"]} == {"FRA", "DEU"}
    assert len(consult["evidence"]) >= 2 and all(e["start"] < e["end"] for e in consult["evidence"])


def test_delete_removes_an_articles_contribution(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl")
    db = tmp_path / "events.duckdb"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"]).exit_code == 0
    res = runner.invoke(app, ["delete", "dw-1-0", "--db", str(db)])
    assert res.exit_code == 0 and "deleted 1" in res.output
    res = runner.invoke(app, ["events", "--db", str(db), "--between", "FRA", "DEU", "--format", "json"])
    assert [e["num_articles"] for e in json.loads(res.stdout)] == [1]


def test_bad_store_paths_are_one_line_errors(tmp_path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database\n" * 100)
    res = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(bad), "--workers", "1"])
    assert res.exit_code == 2 and "[E012]" in res.output and "Traceback" not in res.output
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 2 and "[E012]" in res.output


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_during_ingest_then_rerun_equals_a_clean_run(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", copies=6)  # 19 articles, batches of 2
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--workers", "1",
               "--batch-size", "2"]
    env = {**os.environ, "COLUMNS": "200"}
    subprocess.run([*command, "--db", str(clean)], check=True, capture_output=True, env=env)

    proc = subprocess.Popen([*command, "--db", str(killed)], stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:  # one JSON line per committed batch when stderr is not a terminal
        if line.startswith("{") and json.loads(line).get("committed"):
            committed += 1
            if committed == 3:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    partial = table_rows(killed)
    assert 0 < len(partial["articles"]) < 19

    rerun = subprocess.run([*command, "--db", str(killed)], capture_output=True, text=True, env=env)
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stderr
    assert table_rows(killed) == table_rows(clean)


def test_reprocess_older_reanalyses_only_what_another_version_stored(tmp_path, monkeypatch) -> None:
    from newsevents import loader
    from newsevents.settings import Settings
    from newsevents.store import Store

    corpus = write_corpus(tmp_path / "news.jsonl")
    with Store(tmp_path / "events.duckdb") as store:
        monkeypatch.setattr(loader, "PIPELINE_VERSION", "0.0.1")
        first = loader.ingest([str(corpus)], store, Settings(), workers=1)
        assert first.analysed == 3 and first.duplicates == 1
        monkeypatch.setattr(loader, "PIPELINE_VERSION", "9.9.9")
        again = loader.ingest([str(corpus)], store, Settings(), workers=1)
        assert again.analysed == 0 and again.skipped == 4  # without --reprocess-older: kept as they are
        redone = loader.ingest([str(corpus)], store, Settings(), workers=1, reprocess_older=True)
        assert redone.analysed == 3
        versions = store.sql("SELECT DISTINCT pipeline_version FROM articles WHERE duplicate_of IS NULL")[1]
        assert versions == [("9.9.9",)]
