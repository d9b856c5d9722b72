"""Exports read as they are by the tools event-data users have: GDELT 2.0 (Event and Mentions codebooks),
PLOVER (the Data Fields chapter of the PLOVER manual), CSV and JSON; and `export` never overwrites or follows a
link it was not asked to."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.export.files import ExportError, ExportFormat, export_store
from newsevents.export.gdelt import COLUMNS as GDELT_COLUMNS
from newsevents.export.gdelt import MENTION_COLUMNS, fraction_date
from newsevents.export.plover import PLOVER_FIELDS
from newsevents.store import COLUMNS, Store

runner = CliRunner()

# The GDELT 2.0 Event codebook's 61 columns and the Mentions codebook's 16, in order, as the codebooks list
# them (the event date column is published as SQLDATE in GDELT's header row and BigQuery, "Day" in the PDF).
CODEBOOK_EVENT = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
CODEBOOK_MENTIONS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
# PLOVER manual, Data Fields chapter, table "PLOVER JSON": the record's field names (id, date, actor, event
# required).
PLOVER_SPEC = ["id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event",
               "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
               "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment"]
PLOVER_ENTITY = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
                 "office", "gender", "age"}
PLOVER_LOCATION = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                   "province", "country", "country_code", "feature_class", "feature_code", "resolution"}
BIG_ID = 2**62 + 12345  # a 63-bit id: a double cannot hold it


def _insert(store: Store, table: str, **values: Any) -> None:
    names = [c for c, _ in COLUMNS[table]]
    unknown = set(values) - set(names)
    assert not unknown, unknown
    store.con.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                      list(values.values()))


ADDED = datetime(2024, 5, 3, 10, 15, 0)


def _event(store: Store, gid: int, article: str, *, cameo: str, date_iso: str | None, day: date | None,
           source: tuple[str, str] | None, target: tuple[str, str] | None, plover: str | None,
           sentence: tuple[int, int, int, str, str, int], negated: bool = False, modality: str = "asserted",
           url: str | None = None, source_name: str | None = None, text: str = "",
           mentions: tuple[tuple[str, int, int], ...] = ()) -> None:
    """One article with one event reported in one sentence, merged into event `gid`."""
    _insert(store, "articles", id=article, sha256=article, url=url, source=source_name, title=text.split("\n")[0],
            published=date(2024, 5, 2), text=text, processed_at=ADDED, pipeline_version="t")
    for entity, start, end in mentions:
        _insert(store, "mentions", article_id=article, entity_id=entity, start_char=start, end_char=end,
                text=text[start:end])
    common = dict(cameo=cameo, cameo_root=cameo[:2], plover=plover, goldstein=-6.5, negated=negated,
                  modality=modality, confidence=0.8, date=date_iso, source_code=source and source[0],
                  source_name=source and source[1], target_code=target and target[0],
                  target_name=target and target[1])
    _insert(store, "article_events", article_id=article, event_id="v1", global_id=gid, founder=True, block="b",
            source_entity_id="e1" if source else None, target_entity_id="e2" if target else None,
            day_from=day, day_to=day, **common)
    index, start, end, trigger, sentence_text, trigger_start = sentence
    _insert(store, "event_mentions", article_id=article, event_id="v1", sentence_index=index, start_char=start,
            end_char=end, text=sentence_text, trigger=trigger, trigger_start=trigger_start,
            trigger_end=trigger_start + len(trigger), modality=modality)
    _insert(store, "events", id=gid, block="b", day=day, num_articles=1, num_mentions=1, num_sources=1,
            sources=[source_name] if source_name else [], article_ids=[article], urls=[url] if url else [],
            **common)


def _populate(s: Store) -> Store:
    """Events of the kinds the issue names: a protest (root 14), OPEC (IGOBUSOPC), week/month/year dates, a
    63-bit id, an article without URL, a negated event."""
    protest_text = "Farmers protest in Leeds\n\nHundreds of farmers protested against OPEC in Leeds."
    _event(s, BIG_ID, "day1/leeds", cameo="141", date_iso="2024-05-01", day=date(2024, 5, 1),
           source=("GBRAGR", "farmers"), target=("IGOBUSOPC", "OPEC"), plover="PROTEST",
           sentence=(2, 26, 79, "protested", protest_text[26:79], 47), text=protest_text,
           mentions=(("e1", 39, 46), ("e2", 66, 70)), url="https://news.example.org/leeds")
    week_text = "Talks\n\nThe foreign ministers of Peru and Chile met last week."
    _event(s, 7, "wire.jsonl:4", cameo="043", date_iso="2024-W17", day=date(2024, 4, 22),
           source=("PER", "Peru"), target=("CHL", "Chile"), plover="CONSULT",
           sentence=(1, 7, 62, "met", week_text[7:62], 52), text=week_text, source_name="Wire")
    _event(s, 8, "month", cameo="0311", date_iso="2024-03", day=date(2024, 3, 1), source=("IGOUNO", "UN"),
           target=None, plover="AGREE", sentence=(0, 0, 20, "pledged", "The UN pledged help.", 7),
           text="The UN pledged help.")
    _event(s, 9, "year", cameo="190", date_iso="2023", day=date(2023, 1, 1), source=("RUSMIL", "army"),
           target=("UKR", "Ukraine"), plover="ASSAULT", sentence=(3, 0, 10, "fought", "They fought", 5),
           text="They fought")
    _event(s, 10, "denied", cameo="112", date_iso="2024-05-02", day=date(2024, 5, 2), source=("USA", "US"),
           target=("CHN", "China"), plover="ACCUSE", negated=True,
           sentence=(0, 0, 30, "accuse", "The US did not accuse China.", 15), text="The US did not accuse China.")
    return s


@pytest.fixture()
def store() -> Store:
    return _populate(Store(":memory:"))


def _read_gdelt(path: Path, names: list[str]) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=names, dtype=str, keep_default_na=False,
                       quoting=csv.QUOTE_NONE)


def test_gdelt_columns_are_the_codebooks() -> None:
    assert list(GDELT_COLUMNS) == CODEBOOK_EVENT and len(GDELT_COLUMNS) == 61
    assert list(MENTION_COLUMNS) == CODEBOOK_MENTIONS


def test_gdelt_event_rows_read_back_with_the_codebook_names(store: Store, tmp_path: Path) -> None:
    export_store(store, ExportFormat.gdelt, tmp_path)
    events = _read_gdelt(tmp_path / "events.export.CSV", CODEBOOK_EVENT).set_index("EventCode")
    assert set(events.index) == {"141", "043", "0311", "190"}  # the negated accusation is left out
    protest = events.loc["141"]
    assert protest["GLOBALEVENTID"] == str(BIG_ID)  # 63 bits survive as text
    assert protest["QuadClass"] == "4" and events.loc["190", "QuadClass"] == "4"  # roots 14-20
    assert events.loc["043", "QuadClass"] == "1" and events.loc["0311", "QuadClass"] == "1"
    assert protest["EventBaseCode"] == "141" and protest["EventRootCode"] == "14"
    assert (protest["SQLDATE"], protest["MonthYear"], protest["Year"]) == ("20240501", "202405", "2024")
    assert protest["FractionDate"] == f"{2024 + (5 * 30 + 1) / 365:.4f}"
    assert protest["Actor2Code"] == "IGOBUSOPC" and protest["Actor2KnownGroupCode"] == "OPC"
    assert (protest["Actor2Type1Code"], protest["Actor2Type2Code"]) == ("IGO", "BUS")
    assert protest["Actor2CountryCode"] == ""
    assert (protest["Actor1CountryCode"], protest["Actor1Type1Code"]) == ("GBR", "AGR")
    assert events.loc["0311", "Actor1KnownGroupCode"] == "UNO"
    assert protest["SOURCEURL"] == "https://news.example.org/leeds"
    assert events.loc["043", "SOURCEURL"] == "wire.jsonl:4"  # no URL: the article id
    assert protest["DATEADDED"] == "20240503101500" and protest["IsRootEvent"] == "0"
    assert protest["AvgTone"] == "" and protest["Actor1Geo_Type"] == ""  # unknown: empty


@pytest.mark.parametrize(("code", "expected"), [
    ("043", ("20240422", "202404", "2024")),  # the ISO week 2024-W17 starts on Monday 22 April
    ("0311", ("20240301", "202403", "2024")),  # a month
    ("190", ("20230101", "202301", "2023")),  # a year
])
def test_gdelt_dates_of_weeks_months_and_years_are_filled(store: Store, tmp_path: Path, code: str,
                                                          expected: tuple[str, str, str]) -> None:
    export_store(store, ExportFormat.gdelt, tmp_path)
    row = _read_gdelt(tmp_path / "events.export.CSV", CODEBOOK_EVENT).set_index("EventCode").loc[code]
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == expected
    first = date(int(expected[0][:4]), int(expected[0][4:6]), int(expected[0][6:]))
    assert row["FractionDate"] == fraction_date(first)


def test_fraction_date_is_the_codebook_formula() -> None:
    assert fraction_date(date(2015, 2, 19)) == f"{2015 + (2 * 30 + 19) / 365:.4f}" == "2015.2164"
    assert fraction_date(date(2020, 12, 31)) == "2021.0712"  # the codebook's approximation overshoots


def test_gdelt_mentions_table_leads_back_to_every_article(store: Store, tmp_path: Path) -> None:
    export_store(store, ExportFormat.gdelt, tmp_path)
    mentions = _read_gdelt(tmp_path / "events.mentions.CSV", CODEBOOK_MENTIONS)
    events = _read_gdelt(tmp_path / "events.export.CSV", CODEBOOK_EVENT)
    assert set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    protest = mentions.set_index("GLOBALEVENTID").loc[str(BIG_ID)]
    assert (protest["MentionType"], protest["MentionIdentifier"]) == ("1", "https://news.example.org/leeds")
    assert protest["MentionSourceName"] == "news.example.org"
    assert protest["SentenceID"] == "3"  # counted from 1
    assert (protest["Actor1CharOffset"], protest["Actor2CharOffset"], protest["ActionCharOffset"]) == (
        "39", "66", "47")
    assert protest["Confidence"] == "80" and protest["MentionDocLen"] == str(len(
        "Farmers protest in Leeds\n\nHundreds of farmers protested against OPEC in Leeds."))
    assert protest["Extras"] == "<ARTICLE_ID>day1/leeds</ARTICLE_ID>"
    assert protest["EventTimeDate"] == "20240503101500"
    wire = mentions.set_index("GLOBALEVENTID").loc["7"]
    assert (wire["MentionType"], wire["MentionIdentifier"], wire["MentionSourceName"]) == (
        "2", "wire.jsonl:4", "Wire")
    assert wire["Actor1CharOffset"] == "-1"  # no mention offsets stored for it


def test_gdelt_values_never_break_the_tab_format(tmp_path: Path) -> None:
    s = Store(":memory:")
    text = "Title\n\nThe\tpolice arrested him."
    _event(s, 5, "a\tb", cameo="173", date_iso="2024-01-02", day=date(2024, 1, 2), source=("GBRCOP", "po\nlice"),
           target=None, plover="COERCE", sentence=(1, 7, 30, "arrested", "The\tpolice\narrested him.", 18),
           text=text)
    export_store(s, ExportFormat.gdelt, tmp_path)
    for name, width in (("events.export.CSV", 61), ("events.mentions.CSV", 16)):
        lines = (tmp_path / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and len(lines[0].split("\t")) == width


def test_plover_records_follow_the_data_fields_specification(store: Store, tmp_path: Path) -> None:
    assert list(PLOVER_FIELDS) == PLOVER_SPEC
    export_store(store, ExportFormat.plover, tmp_path)
    records = {r["event"][0]: r for r in map(json.loads, (tmp_path / "events.plover.jsonl").read_text(
        encoding="utf-8").splitlines())}
    assert set(records) == {"PROTEST", "CONSULT", "AGREE", "ASSAULT", "ACCUSE"}
    for record in records.values():
        spec_fields = [k for k in record if k in PLOVER_SPEC]
        assert {"id", "date", "actor", "event"} <= set(spec_fields)  # the required ones
        assert isinstance(record["id"], str) and isinstance(record["event"], list)
        assert isinstance(record["mode"], list) and isinstance(record["context"], list)
        for entity in record["actor"] + record["recipient"]:
            assert set(entity) <= PLOVER_ENTITY and len(entity["code"]) == 3
        assert record["event_loc"] is None or set(record["event_loc"]) <= PLOVER_LOCATION
        assert not any(k[0].isupper() or any(c.isupper() for c in k) for k in record)  # no camelCase
    protest = records["PROTEST"]
    assert protest["id"] == str(BIG_ID)
    assert protest["actor"] == [{"code": "GBR", "sector": "AGR", "entity_text": "farmers"}]
    assert protest["recipient"][0]["code"] == "IGO" and protest["quad_code"] == 4
    assert protest["date"] == "2024-05-01" and protest["enddate"] is None
    assert protest["text_info"] == {"sequence": 2, "start": 26, "end": 79}
    assert protest["cite_info"]["url"] == "https://news.example.org/leeds"
    assert records["CONSULT"]["date"] == "2024-04-22" and records["CONSULT"]["enddate"] == "2024-04-28"
    assert records["ASSAULT"]["date"] == "2023-01-01" and records["ASSAULT"]["enddate"] == "2023-12-31"
    assert records["ACCUSE"]["negated"] is True  # written, with its flag


def test_plover_undated_event_takes_the_publication_date(tmp_path: Path) -> None:
    s = Store(":memory:")
    _event(s, 4, "a", cameo="051", date_iso=None, day=None, source=("FRA", "France"), target=None,
           plover="SUPPORT", sentence=(0, 0, 20, "praised", "France praised it.", 7), text="France praised it.")
    s.con.execute("UPDATE events SET first_published = DATE '2024-05-02'")
    export_store(s, ExportFormat.plover, tmp_path)
    [record] = [json.loads(ln) for ln in (tmp_path / "events.plover.jsonl").read_text().splitlines()]
    assert record["date"] == "2024-05-02" and record["enddate"] is None


def _cli_export(db: Path, fmt: str, out: Path, *extra: str) -> tuple[int, str]:
    res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out), *extra])
    return res.exit_code, res.output


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    _populate(Store(path)).close()
    return path


def test_csv_export_quotes_codes_and_json_encodes_lists(db: Path, tmp_path: Path) -> None:
    code, output = _cli_export(db, "csv", tmp_path / "out")
    assert code == 0, output
    text = (tmp_path / "out" / "events.csv").read_text(encoding="utf-8")
    assert '"043"' in text
    rows = {r["cameo"]: r for r in csv.DictReader(io.StringIO(text))}
    assert set(rows) == {"141", "043", "0311", "190", "112"}  # "043" and "0311" keep their zero
    assert json.loads(rows["141"]["article_ids"]) == ["day1/leeds"]
    assert json.loads(rows["043"]["sources"]) == ["Wire"]
    frame = pd.read_csv(tmp_path / "out" / "events.csv", dtype={"cameo": str, "id": str})
    assert sorted(frame["cameo"]) == ["0311", "043", "112", "141", "190"]
    assert str(BIG_ID) in set(frame["id"])


def test_jsonl_export_and_events_json_give_63_bit_ids_as_strings(db: Path, tmp_path: Path) -> None:
    assert _cli_export(db, "jsonl", tmp_path / "out")[0] == 0
    events = [json.loads(ln) for ln in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert str(BIG_ID) in {e["id"] for e in events} and all(isinstance(e["id"], str) for e in events)
    links = [json.loads(ln) for ln in (tmp_path / "out" / "article_events.jsonl").read_text().splitlines()]
    assert all(isinstance(e["global_id"], str) for e in links)
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "json", "--limit", "0", "--negated"])
    assert res.exit_code == 0, res.output
    ids = {e["id"] for e in json.loads(res.stdout)}
    assert str(BIG_ID) in ids and all(isinstance(i, str) for i in ids)


def test_events_csv_quotes_codes_and_json_encodes_lists(db: Path) -> None:
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "csv", "--limit", "0"])
    assert res.exit_code == 0, res.output
    assert '"043"' in res.stdout and "['" not in res.stdout  # no Python reprs
    rows = {r["cameo"]: r for r in csv.DictReader(io.StringIO(res.stdout))}
    assert json.loads(rows["141"]["article_ids"]) == ["day1/leeds"] and rows["141"]["id"] == str(BIG_ID)


def test_events_filters_are_case_insensitive_and_checked(db: Path) -> None:
    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "per", "--format", "jsonl"])
    assert [json.loads(ln)["cameo"] for ln in res.stdout.splitlines()] == ["043"]
    res = runner.invoke(app, ["events", "--db", str(db), "--plover", "BOGUS"])
    assert res.exit_code == 2 and "BOGUS" in res.output and len(res.output.strip().splitlines()) == 1
    res = runner.invoke(app, ["events", "--db", str(db), "--limit", "-1"])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_delete_of_an_unknown_id_says_so(db: Path) -> None:
    res = runner.invoke(app, ["delete", "no-such-article", "--db", str(db)])
    assert res.exit_code == 1 and "'no-such-article'" in res.output and "deleted 0" in res.output


def test_export_refuses_to_overwrite_unless_forced(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.plover.jsonl").write_text("keep me\n")
    code, output = _cli_export(db, "plover", out)
    assert code == 2 and "--force" in output and len(output.strip().splitlines()) == 1
    assert (out / "events.plover.jsonl").read_text() == "keep me\n"
    assert [p.name for p in out.iterdir()] == ["events.plover.jsonl"]  # no scratch left behind
    code, output = _cli_export(db, "plover", out, "--force")
    assert code == 0 and (out / "events.plover.jsonl").read_text().startswith("{")


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "csv"])
def test_export_never_follows_a_planted_symlink(db: Path, tmp_path: Path, fmt: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / f"out-{fmt}"
    out.mkdir()
    name = {"gdelt": "events.export.CSV", "plover": "events.plover.jsonl", "csv": "events.csv"}[fmt]
    os.symlink(victim, out / name)
    code, output = _cli_export(db, fmt, out)
    assert code == 2 and victim.read_text() == "precious\n"
    code, output = _cli_export(db, fmt, out, "--force")
    assert code == 0, output
    assert victim.read_text() == "precious\n"  # the link was replaced, its target untouched
    assert not (out / name).is_symlink() and (out / name).stat().st_size > 0


def test_export_out_that_is_a_file_or_unwritable_is_one_line(db: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    code, output = _cli_export(db, "gdelt", a_file)
    assert code == 2 and "is a file" in output and len(output.strip().splitlines()) == 1
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:  # root may write in any folder: then a read-only kernel folder stands in, where there is one
        folder = next((d for d in (locked, Path("/proc/sys")) if d.is_dir() and not os.access(d, os.W_OK)),
                      None)
        if folder is None:
            pytest.skip("no folder this user cannot write to")
        code, output = _cli_export(db, "gdelt", folder)
        assert code == 2 and "not writable" in output and len(output.strip().splitlines()) == 1
    finally:
        locked.chmod(0o700)


def test_export_error_is_raised_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    (tmp_path / "events.mentions.CSV").write_text("old\n")
    with pytest.raises(ExportError):
        export_store(store, ExportFormat.gdelt, tmp_path)
    assert not (tmp_path / "events.export.CSV").exists()


# --- a damaged store, a failing write: one line from the commands that read and write it ---------------------

def test_damaged_store_is_one_line_from_events_and_export(db: Path, tmp_path: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as fh:  # keep the three headers, overwrite every block, as a bad copy would
        fh.seek(3 * 4096)
        fh.write(os.urandom(size - 3 * 4096))
    for args in (["events", "--db", str(db)],
                 ["export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g")]):
        res = runner.invoke(app, args)
        lines = res.output.strip().splitlines()
        assert res.exit_code == 2 and len(lines) == 1 and "[E01" in lines[0], (args, res.output)
        assert "locked" not in lines[0] and "another process" not in lines[0]


def test_a_failed_commit_is_reported_not_masked_by_the_rollback(tmp_path: Path) -> None:
    from newsevents.errors import StoreError
    from newsevents.model import Article, ArticleResult

    store = Store(tmp_path / "s.duckdb")
    real = store.con

    class DiskFull:
        """A connection whose COMMIT fails the way a full disk makes it fail: the transaction is gone."""

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

        def execute(self, sql: str, *args: Any) -> Any:
            if sql == "COMMIT":
                real.execute("ROLLBACK")
                raise duckdb.IOException("IO Error: could not write file: No space left on device")
            return real.execute(sql, *args)

    store.con = DiskFull()  # type: ignore[assignment]
    result = ArticleResult(article=Article(id="a", text="Leaders met in Oslo."))
    with pytest.raises(StoreError) as info:
        store.write([result], "t")
    assert "No space left on device" in info.value.line() and "no transaction" not in info.value.line()
    store.con = real
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize(("feature", "country", "expected"), [
    ("country", "FRA", "1"), ("admin1", "USA", "2"), ("city", "USA", "3"), ("city", "FRA", "4"),
    ("admin1", "FRA", "5"), ("landmark", "GBR", "4"),
])
def test_gdelt_action_geo_type_is_the_codebooks(tmp_path: Path, feature: str, country: str,
                                                 expected: str) -> None:
    s = Store(":memory:")
    _event(s, 3, "a", cameo="042", date_iso="2024-01-02", day=date(2024, 1, 2), source=("FRA", "France"),
           target=None, plover="CONSULT", sentence=(0, 0, 20, "visited", "Macron visited there.", 7),
           text="Macron visited there.")
    s.con.execute("UPDATE events SET location_name = 'Somewhere', location_country = ?, location_feature = ?",
                  [country, feature])
    export_store(s, ExportFormat.gdelt, tmp_path)
    row = _read_gdelt(tmp_path / "events.export.CSV", CODEBOOK_EVENT).iloc[0]
    assert row["ActionGeo_Type"] == expected and row["ActionGeo_CountryCode"] != ""


def test_pipeline_output_round_trips_through_pandas_and_json(tmp_path: Path) -> None:
    """End to end: articles analysed and stored, then exported and read back by the column and field names."""
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": 1, "published": "2023-06-12", "url": "https://example.org/1", "source": "example.org",
         "title": "Peru and Chile hold talks",
         "text": "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday."},
        {"published": "2023-06-13", "source": "wire",
         "text": "Farmers protested against the government in Lima on Tuesday, police said."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    res = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 0, res.output
    for fmt in ("gdelt", "plover"):
        assert _cli_export(db, fmt, tmp_path / fmt)[0] == 0
    events = _read_gdelt(tmp_path / "gdelt" / "events.export.CSV", CODEBOOK_EVENT)
    mentions = _read_gdelt(tmp_path / "gdelt" / "events.mentions.CSV", CODEBOOK_MENTIONS)
    assert len(events) >= 1 and set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    for _, row in events.iterrows():
        root = int(row["EventRootCode"])
        assert row["QuadClass"] == str(1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert row["EventCode"].startswith(row["EventRootCode"]) and row["SOURCEURL"] != ""
    assert set(mentions["MentionIdentifier"]) <= {"https://example.org/1", "wire.jsonl:2"}
    records = [json.loads(ln) for ln in (tmp_path / "plover" / "events.plover.jsonl").read_text().splitlines()]
    assert records and all({"id", "date", "actor", "event"} <= set(r) for r in records)
    assert all(isinstance(r["id"], str) and isinstance(r["event"], list) for r in records)


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed (Debian: r-base-core)")
def test_r_reads_the_exports_with_read_delim_and_jsonlite(db: Path, tmp_path: Path) -> None:
    for fmt in ("gdelt", "plover", "jsonl"):
        assert _cli_export(db, fmt, tmp_path / fmt)[0] == 0
    names = ", ".join(f'"{c}"' for c in CODEBOOK_EVENT)
    script = f"""
    g <- read.delim("{tmp_path}/gdelt/events.export.CSV", header = FALSE, col.names = c({names}),
                    colClasses = "character", quote = "")
    cat(nrow(g), ncol(g), g$GLOBALEVENTID[g$EventCode == "141"], g$QuadClass[g$EventCode == "141"], "\\n")
    has_jsonlite <- requireNamespace("jsonlite", quietly = TRUE)
    if (has_jsonlite) {{
      p <- jsonlite::stream_in(file("{tmp_path}/plover/events.plover.jsonl"), verbose = FALSE)
      e <- jsonlite::stream_in(file("{tmp_path}/jsonl/events.jsonl"), verbose = FALSE)
      cat(class(p$id), p$id[p$cameo == "141"], e$id[e$cameo == "141"], "\\n")
    }}
    """
    run = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["4", "61", str(BIG_ID), "4"]
    if len(lines) > 1:
        assert lines[1].split() == ["character", str(BIG_ID), str(BIG_ID)]
