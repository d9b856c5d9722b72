"""benchmarks/audit.py: the sample -> judge -> score cycle on a tiny corpus written here, verdict checking,
and the precision arithmetic."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from newsevents import Article, Pipeline

AUDIT_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "audit.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit", AUDIT_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit"] = module
    spec.loader.exec_module(module)
    return module


audit = _load()

ARTICLES = [
    {"id": "a1", "title": "Kenya and Uganda sign border accord", "published": "2024-03-02",
     "text": "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Friday. "
             "The two governments signed an agreement on the disputed border.\n\n"
             "Police in Nairobi arrested twelve protesters outside parliament."},
    {"id": "a2", "title": "Rebels attack base", "published": "2024-03-05",
     "text": "Rebels attacked an army base in northern Mali on Tuesday, the defence ministry said. "
             "The French foreign minister condemned the attack and urged talks."},
    {"id": "a3", "title": "Harvest report", "published": "2024-03-06",
     "text": "Wheat prices rose two percent on strong demand from millers.\n\nRain is expected next week."},
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def judge(path: Path, verdicts: list[str]) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record, verdict in zip(records, verdicts, strict=False):
        record["verdict"] = verdict
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_read_lines_reads_only_the_wanted_lines(corpus: Path) -> None:
    lines = audit.read_lines(corpus, [3, 1])
    assert sorted(lines) == [1, 3] and json.loads(lines[3])["id"] == "a3"


def test_sample_and_score_events(corpus: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    records = audit.sample(corpus, seed=5, n=3, mode="events", pipeline=pipeline)
    assert 1 <= len(records) <= 3
    for r in records:
        assert r["corpus"] == "tiny.jsonl" and r["seed"] == 5 and r["mode"] == "events"
        assert r["verdict"] == "" and r["note"] == "" and r["commit"] and r["date"]
        assert r["trigger"] and r["trigger"] in r["sentence"] and r["cameo"] and r["cameo_name"]
        assert set(r["source"]) == {"name", "code"} and r["article"] in {"a1", "a2", "a3"}
    assert audit.sample(corpus, seed=5, n=3, mode="events", pipeline=pipeline) == records  # seeded
    out = tmp_path / "audit" / "events.jsonl"
    sheet = audit.write_sample(records, out)
    text = sheet.read_text(encoding="utf-8")
    assert sheet.suffix == ".md" and "seed 5" in text and f"**{records[0]['trigger']}**" in text

    report = audit.score(out)
    assert report["judged"] == 0 and report["items"] == len(records)  # nothing judged yet

    verdicts = ["right", "wrong_target|wrong_date", "not_event|wrong_category"][:len(records)]
    judge(out, verdicts)
    report = audit.score(out)
    n = len(records)
    assert report["judged"] == n
    assert report["strict_precision"] == round(1 / n, 3)
    assert report["lenient_precision"] == round(min(n, 2) / n, 3)
    assert "strict precision" in audit.report_text(report)


def test_parties_and_recall_modes(corpus: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    parties = audit.sample(corpus, seed=2, n=4, mode="parties", pipeline=pipeline)
    assert parties and all(r["role"] in {"source", "target"} for r in parties)
    assert all(r["name"] or r["code"] for r in parties)
    out = tmp_path / "parties.jsonl"
    audit.write_sample(parties, out)
    judge(out, ["right", "wrong_country|wrong_sector", "uncoded_ok", "not_actor"])
    report = audit.score(out)
    assert report["right_country_sector"] == round(1 / len(parties), 3)

    recall = audit.sample(corpus, seed=2, n=2, mode="recall", pipeline=pipeline)
    assert len(recall) == 2
    assert all(1 <= len(r["sentences"]) <= audit.RECALL_SENTENCES for r in recall)
    assert all(e["sentence_index"] < audit.RECALL_SENTENCES for r in recall for e in r["events"])
    out = tmp_path / "recall.jsonl"
    audit.write_sample(recall, out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    records[0]["coder_events"] = [{"source": "KEN", "target": "UGA", "cameo": "040", "found": True},
                                  {"source": "KENCOP", "target": "KEN", "cameo": "173", "found": False}]
    records[1]["coder_events"] = []
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = audit.score(out)
    assert (report["judged"], report["coder_events"], report["found"], report["recall"]) == (2, 2, 1, 0.5)


def test_unknown_verdict_words_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "judged.jsonl"
    rows = [{"item": 1, "mode": "events", "corpus": "c", "seed": 1, "verdict": "right"},
            {"item": 2, "mode": "events", "corpus": "c", "seed": 1, "verdict": "wrong_target|wrong_sauce"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(audit.AuditError, match=r"judged\.jsonl:2: unknown verdict word.*wrong_sauce"):
        audit.score(path)
    rows[1]["verdict"] = "right|wrong_target"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(audit.AuditError, match=":2:"):
        audit.score(path)
    assert audit.main(["score", str(path)]) == 2


def test_error_classes_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "judged.jsonl"
    verdicts = ["right", "wrong_source_sector", "wrong_source_country|wrong_target", "wrong_modality", ""]
    rows = [{"item": i, "mode": "events", "corpus": "c", "seed": 9, "verdict": v} for i, v in enumerate(verdicts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = audit.score(path)
    assert report["judged"] == 4 and report["items"] == 5
    assert report["strict_precision"] == 0.25 and report["lenient_precision"] == 0.75
    assert report["errors"] == {"wrong_source_country": 1, "wrong_source_sector": 1, "wrong_target": 1,
                                "wrong_modality": 1}


def _load_coverage() -> ModuleType:
    sys.path.insert(0, str(AUDIT_PATH.parent))
    spec = importlib.util.spec_from_file_location("actor_coverage", AUDIT_PATH.parent / "actor_coverage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_actor_coverage_counts_country_and_international_codes(corpus: Path, pipeline: Pipeline) -> None:
    coverage = _load_coverage()
    countries = coverage.known_countries()
    assert {"KEN", "UGA", "SUN", "YUG", "DDR"} <= countries
    assert coverage.covered("KENGOV", countries) and coverage.covered("SUN", countries)
    assert coverage.covered("IGOUNO", countries) and coverage.covered("MNC", countries)
    assert not coverage.covered("GOV", countries) and not coverage.covered("REB", countries)
    assert not coverage.covered(None, countries)
    report = coverage.measure(pipeline.run(coverage.articles(corpus, 0, 1, pipeline.settings)))
    assert report["articles"] == 3 and report["events"] >= 1
    assert report["covered_parties"] + sum(report["uncovered_parties"].values()) == report["parties"]
    assert report["entities"] > 0 and 0 <= report["uncoded_entity_share"] <= 1


def test_command_line_samples_without_the_subcommand(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl"
    assert audit.main([str(corpus), "--seed", "4", "--n", "2", "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["seed"] == 4 and r["mode"] == "events" for r in records)
    assert out.with_suffix(".md").exists()
    assert audit.main(["score", str(out)]) == 0


def test_an_event_merged_from_several_sentences_shows_them_all(pipeline: Pipeline, tmp_path: Path) -> None:
    text = ("Police arrested the opposition leader Juan Perez in Lima on Monday, officials said. "
            "Perez was arrested by the police at his home, his lawyer said.")
    result = pipeline.analyse(Article(id="m1", text=text, published=date(2024, 3, 5)))
    merged = [e for e in result.events if len({m.sentence_index for m in e.mentions}) > 1]
    assert merged, "the arrest told twice is one event"
    record = audit.event_record(result, merged[0])
    assert record["sentence"].startswith("Police arrested")
    assert [o["sentence"] for o in record["other_sentences"]] == [
        "Perez was arrested by the police at his home, his lawyer said."]
    records = [{**record, "item": 1, "corpus": "tiny.jsonl", "seed": 1, "mode": "events", "date": "2024-03-05",
                "commit": "x", "verdict": "right", "note": ""}]
    path = tmp_path / "merged.jsonl"
    assert "> also: Perez was **arrested**" in audit.write_sample(records, path).read_text(encoding="utf-8")


def test_recode_carries_verdicts_over_where_the_coding_is_unchanged(corpus: Path, tmp_path: Path,
                                                                   pipeline: Pipeline) -> None:
    records = audit.sample(corpus, seed=9, n=3, mode="events", pipeline=pipeline)
    out = tmp_path / "events.jsonl"
    audit.write_sample(records, out)
    judge(out, ["right"] * len(records))
    report = audit.recode(out, corpus, pipeline)
    assert len(report["same"]) == len(records) and not report["changed"] and not report["gone"]
    # an item judged under another coding is listed with what the code gives now
    changed = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    changed[0]["cameo"] = "999"
    out.write_text("".join(json.dumps(r) + "\n" for r in changed), encoding="utf-8")
    report = audit.recode(out, corpus, pipeline)
    assert [r["item"] for r in report["changed"]] == [changed[0]["item"]]
    assert report["changed"][0]["now"]["cameo"] == records[0]["cameo"]
    assert "1 coded otherwise" in audit.recode_text(report)
    # the re-judging file keeps the unchanged verdicts and blanks the changed item for a judge
    rejudge = audit.rejudge_records(report)
    assert [r["item"] for r in rejudge] == sorted(r["item"] for r in records)
    first = next(r for r in rejudge if r["item"] == changed[0]["item"])
    assert (first["cameo"], first["verdict"], first["previous_verdict"]) == (records[0]["cameo"], "", "right")
    assert all(r["verdict"] == "right" for r in rejudge if r is not first)
    assert {r["recoded_from"] for r in rejudge} == {records[0]["commit"]}


def test_a_published_audit_is_recoded_by_sentence_index(corpus: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    records = audit.sample(corpus, seed=9, n=3, mode="events", pipeline=pipeline)
    assert all(isinstance(r["sentence_index"], int) for r in records)
    # published records keep the sentence's index but not its text (the corpus is not ours to commit)
    published = [{k: v for k, v in r.items() if k not in audit.CORPUS_TEXT} | {"verdict": "right", "note": ""}
                 for r in records]
    out = tmp_path / "published.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in published), encoding="utf-8")
    report = audit.recode(out, corpus, pipeline)
    assert len(report["same"]) == len(records)
    # re-judging a published audit shows the judge each item's sentence, re-read from the corpus
    sheet = audit.write_sample(audit.rejudge_records(report), tmp_path / "rejudge.jsonl").read_text(encoding="utf-8")
    assert all(" ".join(r["sentence"].split())[:20] in sheet.replace("**", "") for r in records)
    # an item whose index names another sentence is not matched to this sentence's event
    published[0]["sentence_index"] += 1000
    out.write_text("".join(json.dumps(r) + "\n" for r in published), encoding="utf-8")
    assert [r["item"] for r in audit.recode(out, corpus, pipeline)["gone"]] == [published[0]["item"]]


def test_recode_compares_the_date_phrase_of_an_event_with_no_full_date() -> None:
    base = {"cameo": "190", "source": {"code": "INDMIL"}, "target": {"code": "INDREB"}, "negated": False,
            "modality": "asserted"}
    yearless = [{**base, "event_date": None, "date_text": text} for text in (None, "April 12")]
    assert audit._coding(yearless[0]) != audit._coding(yearless[1])  # a yearless day taken is a change
    dated = [{**base, "event_date": "2016-04-12", "date_text": text} for text in ("April 12", "on Tuesday")]
    assert audit._coding(dated[0]) == audit._coding(dated[1])  # the same day read from another phrase is not


def test_recode_gives_each_judged_item_its_own_event() -> None:
    """"The six nations agreed": one event per pair, all re-dated. Each judged pair takes the event of its own
    parties, never one event for all; an item whose event was merged away is gone."""
    def event(source: str, target: str, day: str) -> dict[str, object]:
        return {"article": "a1", "sentence": "The six nations agreed.", "trigger": "agreed", "cameo": "030",
                "source": {"code": source}, "target": {"code": target}, "negated": False,
                "modality": "asserted", "event_date": day, "date_text": None}
    judged = [event("FRA", "JPN", "1987-03-24"), event("GBR", "JPN", "1987-03-24"), event("JPN", "CAN", "1987-03-24")]
    coded = [event("JPN", "CAN", "1987-02-22"), event("FRA", "JPN", "1987-02-22")]
    now = {("a1", "The six nations agreed.", "agreed"): coded}
    matches = audit._recoded_matches(judged, now)
    assert matches == [coded[1], None, coded[0]]
