"""`newsevents eval`: gold formats, the matching rules, and the accuracy gate on our annotated gold."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from newsevents.cli import app
from newsevents.evaluation import evaluate
from newsevents.evaluation.gold import GoldEvent, GoldItem, read_gold
from newsevents.evaluation.score import Scorer, event_matches, party_agrees
from newsevents.model import ActorRef, Event, Place
from newsevents.settings import Settings

GOLD = sorted((Path(__file__).parent / "gold").glob("*.jsonl"))
runner = CliRunner()

# The bar for our annotated gold (tests/gold, 65 items), documented in docs/eval.md. Measured when set
# (2026-11-25): event precision 0.74, recall 0.56, F1 0.64; presence F1 0.81. The gate sits a little below
# so that lexicon work does not fail CI while a real regression does.
MIN_EVENT_PRECISION = 0.65
MIN_EVENT_F1 = 0.55
MIN_PRESENCE_F1 = 0.75


def event(source: str | None, target: str | None, cameo: str, negated: bool = False, plover: str | None = None,
          country: str | None = None, when: str | None = None) -> Event:
    place = Place("X", 0.0, 0.0, country, "city", None) if country else None
    return Event(id="v1", cameo=cameo, cameo_name="", plover=plover, plover_mode=None, quad_class=1,
                 goldstein=0.0, source=ActorRef("e1", source) if source else None,
                 target=ActorRef("e2", target) if target else None, negated=negated, modality="asserted",
                 confidence=0.9, mentions=(), date=when, location=place)


def test_party_rules() -> None:
    assert party_agrees("ISR", "ISRGOV") and party_agrees("ISR", "ISR")
    assert party_agrees("ISRGOV", "ISRGOV") and not party_agrees("ISRGOV", "ISRMIL")
    assert not party_agrees("IGOUNO", "IGOEUREEC") and party_agrees(None, None)
    assert not party_agrees("ISR", None) and not party_agrees(None, "ISR")


def test_event_match_needs_category_parties_and_negation() -> None:
    gold = GoldEvent("ISR", "RUS", cameo="111")
    assert event_matches(gold, event("ISRGOV", "RUSGOV", "112"))  # same root
    assert not event_matches(gold, event("ISRGOV", "RUSGOV", "120"))
    assert not event_matches(gold, event("ISRGOV", "RUSGOV", "111", negated=True))
    assert not event_matches(gold, event("RUSGOV", "ISRGOV", "111"))
    assert event_matches(GoldEvent("USA", "CHN", plover="CONSULT"), event("USA", "CHN", "040", plover="CONSULT"))


def test_scorer_counts_fields_and_confusion() -> None:
    item = GoldItem("x", "text", date(2024, 1, 1), (
        GoldEvent("ISR", "RUS", cameo="111", date="2024-01-01", location_country="RUS"),
        GoldEvent("ISR", "UKR", cameo="051"),
    ))
    scorer = Scorer()
    scorer.add(item, [event("ISRGOV", "RUS", "111", when="2024-01-01", country="UKR"),
                      event("ISRGOV", "UKR", "042"), event("USA", None, "190")])
    report = scorer.report()
    fields = report["fields"]
    assert fields["event"]["correct"] == 1 and fields["event"]["predicted"] == 3 and fields["event"]["gold"] == 2
    assert fields["presence"]["correct"] == 2  # the 042 aligns with the 051 by its parties
    assert fields["date"]["correct"] == 1 and fields["location"]["correct"] == 0
    assert report["confusion"]["05"]["04"] == 1 and report["confusion"]["-"]["19"] == 1
    assert report["items_exact"] == 0


def test_gold_readers_report_bad_lines_and_read_the_rest(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "Israel condemned Russia.", "events": [{"source": "ISR", '
                    '"target": "RUS", "cameo": "111"}]}\n'
                    "not json\n"
                    '{"id": "c", "events": []}\n'
                    '{"id": "d", "text": "x", "events": [{"source": "ISR", "target": null, "colour": "red"}]}\n',
                    encoding="utf-8")
    items = list(read_gold(path))
    assert isinstance(items[0], GoldItem) and items[0].events[0].cameo == "111"
    assert [type(i).__name__ for i in items[1:]] == ["InputError"] * 3
    assert [i.code.name for i in items[1:]] == ["E006", "E007", "E008"]
    assert f"{path}:2" in items[1].line()


def test_plover_and_petrarch_formats_are_read(tmp_path) -> None:
    gsr = tmp_path / "gsr.json"
    gsr.write_text(json.dumps([
        {"id": "doc", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "g1", "event": "DISAPPROVE", "text": "Hungary and Romania criticized Serbia.",
         "source": [{"code": "HUN"}, {"code": "ROU", "sector": "GOV"}], "target": [{"code": "SRB"}]},
    ]), encoding="utf-8")
    (item,) = read_gold(gsr)
    assert isinstance(item, GoldItem)
    assert {(e.source, e.target, e.plover) for e in item.events} == {("HUN", "SRB", "ACCUSE"),
                                                                     ("ROU", "SRB", "ACCUSE")}
    xml = tmp_path / "records.xml"
    xml.write_text('<Sentences><!-- a comment --><Sentence date="19950103" id="T-1" category="T">\n'
                   '<EventCoding sourcecode="ARN" targetcode="GON" eventcode="0641"></EventCoding>\n'
                   "<Text>\nArnor restored ties\nwith Gondor.\n</Text><Parse>(ROOT)</Parse></Sentence>"
                   '<Sentence date="19950104" id="T-2"><EventCoding noevents="True"></EventCoding>'
                   "<Text>Nothing happened.</Text></Sentence></Sentences>", encoding="utf-8")
    first, second = read_gold(xml)
    assert isinstance(first, GoldItem) and isinstance(second, GoldItem)
    assert first.text == "Arnor restored ties with Gondor." and first.published == date(1995, 1, 3)
    assert first.events == (GoldEvent("ARN", "GON", cameo="0641"),) and second.events == ()


def test_annotated_gold_meets_the_bar() -> None:
    assert len(GOLD) >= 3
    report = evaluate(GOLD, Settings())
    assert report["items"] >= 60
    fields = report["fields"]
    assert fields["event"]["precision"] >= MIN_EVENT_PRECISION, fields["event"]
    assert fields["event"]["f1"] >= MIN_EVENT_F1, fields["event"]
    assert fields["presence"]["f1"] >= MIN_PRESENCE_F1, fields["presence"]


def test_eval_cli_prints_tables_and_writes_the_report(tmp_path) -> None:
    out = tmp_path / "report.json"
    res = runner.invoke(app, ["eval", str(GOLD[0]), "--report", str(out)])
    assert res.exit_code == 0, res.output
    assert "precision / recall / F1" in res.stdout and "confusion" in res.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["items"] > 0 and "event" in report["fields"] and report["items_detail"]
    res = runner.invoke(app, ["eval"])
    assert res.exit_code != 0


@pytest.mark.skipif(not (SHARED / "gold" / "PLOVER_GSR_CAMEO.dev.json").exists(),
                    reason="../shared/gold not present: the PLOVER gold records are not part of a clone")
def test_plover_gold_standard_records_are_scored() -> None:
    report = evaluate([SHARED / "gold" / "PLOVER_GSR_CAMEO.dev.json"], Settings())
    assert report["items"] == 161
    # A measure, not a training set: this only guards against collapse (see docs/eval.md for figures).
    assert report["fields"]["category"]["precision"] >= 0.5
