"""The command line, through Typer's CliRunner, on real (bundled) articles."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import EXAMPLES
from newsevents.cli import app
from newsevents.schema import validate_result

runner = CliRunner()
GAZA = EXAMPLES / "gaza_ceasefire_2024-11-27.txt"


def test_extract_json_follows_the_schema_and_offsets_hold() -> None:
    res = runner.invoke(app, ["extract", str(GAZA), "--published", "2024-11-27"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    validate_result(doc)
    text = GAZA.read_text(encoding="utf-8")
    assert doc["article"]["published"] == "2024-11-27"
    assert doc["article"]["title"].startswith("Blinken presses Egypt")
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    codes = {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}
    assert codes["Antony Blinken"] == "USAGOV"
    assert codes["Benjamin Netanyahu"] == "ISRGOV"
    assert doc["warnings"] == []


def test_missing_publication_date_is_allowed_and_noted() -> None:
    res = runner.invoke(app, ["extract", str(GAZA)])
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    assert doc["article"]["published"] is None
    assert any(w.startswith("W001") for w in doc["warnings"])


def test_jsonl_output_and_bad_records_in_one_run(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "Turkish President Recep Tayyip Erdogan met NATO chief Jens Stoltenberg.",
                    "published": "2023-01-14"}),
        "{broken",
        json.dumps({"id": "b", "text": "French President Emmanuel Macron spoke in Paris.",
                    "published": "2024-11-27"}),
    ]) + "\n")
    res = runner.invoke(app, ["extract", str(src), "--format", "jsonl"])
    assert res.exit_code == 0
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["a", "b"]
    for d in docs:
        validate_result(d)
    assert f"{src}:2" in res.stderr and "E006" in res.stderr
    assert "2 article(s) processed, 1 input(s) could not be read" in res.stderr


def test_exit_code_is_nonzero_only_when_nothing_was_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    res = runner.invoke(app, ["extract", str(bad)])
    assert res.exit_code == 1
    assert "bad.txt" in res.stderr and "E003" in res.stderr
    res = runner.invoke(app, ["extract", str(bad), str(GAZA)])
    assert res.exit_code == 0


def test_stdin_text() -> None:
    text = "Ukraine talks\nUkrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv."
    res = runner.invoke(app, ["extract", "-", "--published", "2023-04-05"], input=text)
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    codes = {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}
    assert codes["Volodymyr Zelensky"] == "UKRGOV" and codes["Andrzej Duda"] == "POLGOV"


def test_user_actor_table(tmp_path: Path) -> None:
    table = tmp_path / "actors.csv"
    table.write_text("name,code,aliases\nNorthwind Shipping,GRCBUS,Northwind\n")
    art = tmp_path / "a.txt"
    art.write_text("Ship seized\nIranian forces seized a tanker owned by Northwind Shipping on Friday.")
    res = runner.invoke(app, ["extract", str(art), "--actors", str(table), "--published", "2024-01-12"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    codes = {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}
    assert codes["Northwind Shipping"] == "GRCBUS"


def test_table_format_and_demo() -> None:
    res = runner.invoke(app, ["extract", str(GAZA), "--format", "table", "--published", "2024-11-27"])
    assert res.exit_code == 0
    assert "Antony Blinken" in res.stdout and "USAGOV" in res.stdout
    res = runner.invoke(app, ["demo"])
    assert res.exit_code == 0
    assert "Recep Tayyip Erdogan" in res.stdout and "TURGOV" in res.stdout


def test_bad_date_and_unknown_model_give_one_line_errors() -> None:
    res = runner.invoke(app, ["extract", str(GAZA), "--published", "27/11/2024"])
    assert res.exit_code == 2 and "ISO date" in res.output
    res = runner.invoke(app, ["extract", str(GAZA), "--model", "no_such_pipeline"])
    assert res.exit_code == 2 and "E011" in res.stderr


def test_every_command_has_help() -> None:
    for command in app.registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name


def test_a_stage_failing_on_one_article_does_not_stop_the_others() -> None:
    from spacy.language import Language

    from newsevents import Article, Pipeline

    @Language.component("test_fails_on_boom")
    def fails_on_boom(doc):  # a stand-in for a bug that one odd article triggers
        if "BOOM" in doc.text:
            raise RuntimeError("odd article")
        return doc

    pipeline = Pipeline()
    pipeline.nlp.add_pipe("test_fails_on_boom", before="newsevents_events")
    texts = ["Macron met Scholz in Paris on Monday.", "BOOM went the parser.", "Putin met Xi in Moscow."]
    results = list(pipeline.run(Article(id=str(n), text=t) for n, t in enumerate(texts)))
    assert [r.article.id for r in results] == ["0", "1", "2"]
    failed = [w for w in results[1].warnings if w.startswith("W004")]
    assert failed and "test_fails_on_boom" in failed[0] and "odd article" in failed[0]
    assert not any(w.startswith("W004") for w in results[0].warnings + results[2].warnings)
    assert results[2].events


def test_a_broken_data_table_stops_the_run_instead_of_emptying_every_article() -> None:
    import pytest
    from spacy.language import Language

    from newsevents import Article, Pipeline
    from newsevents.errors import Code, DataError

    @Language.component("test_broken_table")
    def broken_table(doc):  # a stage whose table fails to load fails every article alike
        raise DataError(Code.E010, "newsevents/data/sense_rules.csv row 3", "unknown slot 'x'")

    pipeline = Pipeline()
    pipeline.nlp.add_pipe("test_broken_table", before="newsevents_events")
    with pytest.raises(DataError, match=r"sense_rules\.csv row 3"):
        list(pipeline.run(Article(id=str(n), text=t) for n, t in enumerate(["Putin met Xi.", "Police left."])))
