"""Hostile and unusual input (issue 12): every bad record is one line naming it, the good ones around it are
all read; user text never becomes Rich markup or raw terminal control; closed pipes and bad options end
without a traceback."""

from __future__ import annotations

import codecs
import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result
from rich.console import Console
from typer.testing import CliRunner

from newsevents import Pipeline
from newsevents.cli import app
from newsevents.errors import Code, InputError
from newsevents.export.terminal import print_rows, print_tables
from newsevents.ingest import read_inputs
from newsevents.ingest.text import article_from_text
from newsevents.model import Article

runner = CliRunner()
GOOD = "Turkish President Recep Tayyip Erdogan met NATO chief Jens Stoltenberg in Ankara on Saturday."


def _read(path: Path) -> tuple[list[Article], list[InputError]]:
    items = list(read_inputs([str(path)]))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)])


def _errors_by_line(errors: list[InputError]) -> dict[int, InputError]:
    return {int(e.where.rsplit(":", 1)[1]): e for e in errors}


# 1. JSONL


def test_bad_jsonl_lines_are_one_error_each_and_the_lines_after_them_are_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "first", "text": GOOD}),
        "[" * 100_000 + "]" * 100_000,                                   # 2: RecursionError in json
        '{"id": "s", "text": "Talks broke down\\udc00 on Friday."}',    # 3: lone surrogate escape
        json.dumps({"id": "n", "text": 42}),                             # 4
        json.dumps({"id": "z", "text": None}),                           # 5
        json.dumps({"id": "l", "text": ["a", "b"]}),                     # 6
        json.dumps({"id": "m", "title": "no text at all"}),              # 7
        json.dumps({"id": "g", "text": GOOD, "published": "2022-03-05 garbage"}),  # 8
        json.dumps({"id": "o", "text": GOOD, "published": "0001-01-01"}),          # 9
        json.dumps({"id": "t", "text": GOOD, "published": "2022-03-05T10:30:00+02:00"}),
        json.dumps({"id": "last", "text": GOOD}),
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(src)
    assert [a.id for a in articles] == ["first", "t", "last"]
    assert articles[1].published is not None and articles[1].published.isoformat() == "2022-03-05"
    by_line = _errors_by_line(errors)
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 8, 9]
    for error in errors:
        assert "\n" not in error.line() and error.line().startswith(f"{src}:")
    assert by_line[2].code is Code.E006 and "nested" in by_line[2].detail
    assert by_line[3].code is Code.E008 and "surrogate" in by_line[3].detail and "\\udc00" in by_line[3].detail
    assert "not a number" in by_line[4].detail
    assert "not null" in by_line[5].detail
    assert "not a list" in by_line[6].detail
    assert by_line[7].code is Code.E007
    assert "garbage" in by_line[8].detail
    assert by_line[9].code is Code.E008 and "0001-01-01" in by_line[9].detail


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_jsonl_with_a_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    records = [{"id": "ü1", "text": "Der Präsident traf den Außenminister in Zürich."}, {"id": "2", "text": GOOD}]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n"
    src = tmp_path / "sixteen.jsonl"
    src.write_bytes(bom + body.encode(encoding))
    articles, errors = _read(src)
    assert not errors
    assert [(a.id, a.text) for a in articles] == [(r["id"], r["text"]) for r in records]


def test_utf8_bom_on_the_first_jsonl_line_is_not_an_error(tmp_path: Path) -> None:
    src = tmp_path / "bom.jsonl"
    src.write_bytes(codecs.BOM_UTF8 + json.dumps({"id": "x", "text": GOOD}).encode() + b"\n")
    articles, errors = _read(src)
    assert not errors and [a.id for a in articles] == ["x"]


# 2. Rich: user text is never markup, never raw control characters


def _render(draw: object) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, force_terminal=True, color_system=None)
    draw(console)  # type: ignore[operator]
    return buffer.getvalue()


def test_article_text_is_shown_as_written_not_as_markup_or_terminal_control(pipeline: Pipeline) -> None:
    text = ("Summit ends [/quote] in [link=http://evil.example]Geneva[/link]\n\n"
            "Turkish President Recep Tayyip Erdogan met NATO chief Jens Stoltenberg in Ankara.\x1b]0;pwned\x07"
            " Erdogan said \x1b[2Jthe talks were useful.")
    result = pipeline.analyse(article_from_text(text, id="t", published=date(2023, 1, 14), origin="t.txt"))
    shown = _render(lambda c: print_tables(result, c))
    assert "[/quote]" in shown and "[link=http://evil.example]Geneva[/link]" in shown
    assert "\x07" not in shown and "\x1b]0;" not in shown and "\x1b[2J" not in shown
    assert "\\x1b" in shown


def test_stored_values_and_column_names_from_sql_are_not_markup() -> None:
    rows = [{"[/x]": "[/oops]", "b": "[bold]loud[/bold]\x1b[31m", "c": "C:\\[dir", "d": "ends\\", "e": ":smile:"}]
    shown = _render(lambda c: print_rows(rows, "[/title]", c))
    for literal in ("[/x]", "[/oops]", "[bold]loud[/bold]", "[/title]", "\\x1b[31m", "C:\\[dir", " ends\\ ",
                    ":smile:"):
        assert literal in shown
    assert "\x1b[31m" not in shown


def test_error_lines_with_markup_in_paths_are_one_unwrapped_line_in_a_log(tmp_path: Path) -> None:
    folder = tmp_path / ("a-rather-long-folder-name-for-the-archive-of-" * 2 + "[") / "b]"  # .../[/b]
    folder.mkdir(parents=True)
    bad = folder / "story.jsonl"
    bad.write_text("{broken\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(bad), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["article"]["id"] for line in res.stdout.splitlines()] == ["ok"]
    (line,) = res.stderr.splitlines()[:1]
    assert len(line) > 80 and line.startswith("error: ") and f"{bad}:1" in line and "E006" in line


# 3. closed streams and options


def test_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path: Path) -> None:
    if shutil.which("newsevents") is None or shutil.which("head") is None:
        pytest.skip("needs the installed newsevents command and head")
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": GOOD}) + "\n" for i in range(3)), encoding="utf-8")
    run = subprocess.run(["bash", "-c", f"newsevents extract {src} -f jsonl | head -0"], capture_output=True,
                         text=True, timeout=300)
    assert "Traceback" not in run.stderr and "Error" not in run.stderr
    run = subprocess.run(["bash", "-c", f"newsevents extract {src} -f jsonl >&-"], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == ["error: <stdout>: cannot write the output (standard output is "
                                               "closed) [E015]"]


def test_extract_out_a_folder_is_one_line(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Talks\n" + GOOD, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path)])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert res.stderr.count("\n") == 1 and "--out" in res.stderr and "folder" in res.stderr


def test_actors_top_must_be_positive(tmp_path: Path) -> None:
    res = runner.invoke(app, ["actors", "--db", str(tmp_path / "none.duckdb"), "--top", "-1"])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert "--top" in res.output


def test_published_option_out_of_range_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Talks\n" + GOOD, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(src), "--published", "0001-01-01"])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit) and "1000" in res.output


def test_demo_json_is_one_valid_json_array() -> None:
    res = runner.invoke(app, ["demo", "--format", "json"])
    assert res.exit_code == 0, res.output
    docs = json.loads(res.stdout)
    assert isinstance(docs, list) and len(docs) > 1
    assert all("article" in d and "events" in d for d in docs)


# 4. user tables: --actors / --agents

SHIP = "Ship seized\nIranian forces seized a tanker owned by Northwind Shipping on Friday."


def _extract_with(tmp_path: Path, option: str, table: Path) -> Result:
    art = tmp_path / "ship.txt"
    art.write_text(SHIP, encoding="utf-8")
    return runner.invoke(app, ["extract", str(art), option, str(table), "--published", "2024-01-12"])


def test_a_spreadsheet_csv_with_bom_and_crlf_is_read(tmp_path: Path) -> None:
    table = tmp_path / "actors.csv"
    table.write_bytes(codecs.BOM_UTF8 + b"name,code,aliases\r\nNorthwind Shipping,GRCBUS,Northwind\r\n")
    res = _extract_with(tmp_path, "--actors", table)
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    codes = {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}
    assert codes["Northwind Shipping"] == "GRCBUS"


def test_unreadable_user_tables_are_one_line_each(tmp_path: Path) -> None:
    multi = tmp_path / "multi.csv"
    multi.write_text('name,code,aliases\nAcme Corp,USABUS,Acme\nNorthwind Shipping,GRCBUS,"Northwind\nNW"\n',
                     encoding="utf-8")
    folder = tmp_path / "tables"
    folder.mkdir()
    loop = tmp_path / "loop.agents.txt"
    loop.write_text("!AIDE! = ADVISER, DEPUTY_!AIDE!\nSENIOR_!AIDE! [~GOV]\n", encoding="utf-8")
    cases = [("--actors", multi, f"{multi}:3", "E010"), ("--actors", folder, str(folder), "E010"),
             ("--agents", folder, str(folder), "E010"),
             ("--actors", tmp_path / "missing.csv", "missing.csv", "E001"),
             ("--agents", loop, f"{loop}:2", "E010")]
    for option, table, where, code in cases:
        res = _extract_with(tmp_path, option, table)
        assert res.exit_code == 2 and isinstance(res.exception, SystemExit), (option, table)
        lines = res.stderr.splitlines()
        assert len(lines) == 1 and where in lines[0] and code in lines[0], lines


def test_agents_macros_expand_as_petrarch_reads_them_and_stay_bounded(tmp_path: Path) -> None:
    from newsevents.errors import DataError
    from newsevents.petrarch import MAX_EXPANSIONS, read_agents

    plain_file = tmp_path / "ok.agents.txt"
    plain_file.write_text("!MIN! = MINISTER, SECRETARY\nFOREIGN_!MIN! {FOREIGN_!MIN!S} [~GOV]\n"
                          "!PLACE! = CITY, !REGION!\n!REGION! = PROVINCE, STATE\n"
                          "!PLACE!_OFFICIAL [~GOV]\n", encoding="utf-8")
    phrases = [a.phrase for a in read_agents(plain_file)]
    assert phrases[:4] == ["foreign minister", "foreign secretary", "foreign ministers", "foreign secretarys"]
    # !REGION! is defined after !PLACE! but before its use: expanded when the entry is read
    assert phrases[4:] == ["city official", "province official", "state official"]
    # each macro doubles the one before: 2**27 phrases if expanded naively
    lines = ["!MA! = ALPHA, BETA"] + [f"!M{chr(66 + i)}! = !M{chr(65 + i)}!_!M{chr(65 + i)}!, Y" for i in range(25)]
    blowup = tmp_path / "blowup.agents.txt"
    blowup.write_text("\n".join(lines) + "\nCHIEF_!MZ! [~GOV]\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_agents(blowup)
    assert f"{blowup}:27" in caught.value.line() and f"{MAX_EXPANSIONS:,}" in caught.value.line()


def test_ingest_names_a_bad_record_with_markup_in_one_line_and_stores_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "feed[1].jsonl"
    src.write_text(json.dumps({"id": "bad", "text": GOOD, "published": "[/x]"}) + "\n"
                   + json.dumps({"id": "good", "text": GOOD, "published": "2023-01-14"}) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"{src}:1" in errors[0] and "'[/x]'" in errors[0] and "E008" in errors[0]
    assert "1 article(s) analysed" in res.stderr and "1 input(s) unreadable" in res.stderr
