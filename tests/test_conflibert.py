"""ConfliBERT-format gold: readers recognised by content, PentaClass mapping, the main-event rule, and the
scores `newsevents eval` reports (event found, PentaClass accuracy, source/target overlap)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsevents import Article, Pipeline
from newsevents.cli import app
from newsevents.evaluation import evaluate
from newsevents.evaluation.conflibert import analysed_docs, main_event, penta_class, trigger_depth
from newsevents.evaluation.gold import GoldItem, read_gold
from newsevents.model import Event, EventMention
from newsevents.settings import Settings

runner = CliRunner()

# Sentences written for these tests, one event each, with the PentaClass a CAMEO coder gives them.
CLASS_TSV = (
    "Rebels attacked an army base near the northern town of Kidal on Tuesday.\t4\n"
    "The Dutch foreign minister met his Portuguese counterpart in Lisbon.\t1\n"
    "A line with no label at all\n"
    "Lithuania's president condemned the arrest of two opposition activists.\t3\n"
)

NER_TXT = """Rebels B-S
attacked O
an B-T
army I-T
base I-T
near O
Kidal O
. O

The B-S
Dutch I-S
foreign I-S
minister I-S
met O
his B-T
Portuguese I-T
counterpart I-T
( O
Lisbon O
) O
's O
office O
. O
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_penta_class_follows_cameo_roots() -> None:
    assert [penta_class(c) for c in ("010", "0241", "036", "057", "061", "081", "090", "138", "141", "204")] \
        == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert penta_class("000") is None and penta_class("xx") is None


def test_class_reader_is_recognised_by_content_and_reports_bad_lines(tmp_path: Path) -> None:
    read = list(read_gold(write(tmp_path, "sentences.txt", CLASS_TSV)))
    items = [i for i in read if isinstance(i, GoldItem)]
    errors = [e for e in read if not isinstance(e, GoldItem)]
    assert [i.meta["penta"] for i in items] == [4, 1, 3]
    assert {i.meta["format"] for i in items} == {"conflibert_class"}
    assert items[0].text.startswith("Rebels attacked") and not items[0].events
    assert len(errors) == 1 and ":3" in errors[0].line()


def test_ner_reader_rebuilds_sentences_and_spans(tmp_path: Path) -> None:
    items = [i for i in read_gold(write(tmp_path, "tokens.data", NER_TXT)) if isinstance(i, GoldItem)]
    assert len(items) == 2
    first, second = items
    assert first.text == "Rebels attacked an army base near Kidal."
    assert [first.text[s:e] for s, e in first.meta["source_spans"]] == ["Rebels"]
    assert [first.text[s:e] for s, e in first.meta["target_spans"]] == ["an army base"]
    assert second.text.endswith("counterpart (Lisbon)'s office.")
    assert [second.text[s:e] for s, e in second.meta["source_spans"]] == ["The Dutch foreign minister"]


def fake_event(text: str, trigger: str, confidence: float = 0.8, negated: bool = False) -> Event:
    """An event whose one mention's trigger is the first `trigger` word of `text` (the coding is made up:
    the rule under test reads only triggers, negation and confidence)."""
    start = text.index(trigger)
    mention = EventMention(0, 0, len(text), text, trigger, start, start + len(trigger), "010", None, None,
                           negated, "asserted", confidence)
    return Event(id=trigger, cameo="010", cameo_name="", plover=None, plover_mode=None, quad_class=1,
                 goldstein=0.0, source=None, target=None, negated=negated, modality="asserted",
                 confidence=confidence, mentions=(mention,))


def test_main_event_is_the_affirmed_one_nearest_the_root(pipeline: Pipeline) -> None:
    text = "The Dutch foreign minister met his Portuguese counterpart in Lisbon after protesters attacked the embassy."
    doc = next(analysed_docs(pipeline, [Article(id="m", text=text)]))
    met, attacked = fake_event(text, "met", 0.5), fake_event(text, "attacked", 0.9)
    assert trigger_depth(doc, met) == 0 < trigger_depth(doc, attacked)
    assert main_event(doc, [attacked, met]) is met  # nearer the root beats higher confidence
    assert main_event(doc, [attacked]) is attacked
    assert main_event(doc, [fake_event(text, "met", negated=True), attacked]) is attacked
    assert main_event(doc, [fake_event(text, "met", negated=True)]) is None
    assert main_event(doc, []) is None
    # Same depth: the more confident one.
    low, high = fake_event(text, "met", 0.4), fake_event(text, "met", 0.7)
    assert main_event(doc, [low, high]) is high


def test_eval_scores_class_and_ner_files(tmp_path: Path) -> None:
    class_file = write(tmp_path, "class.tsv", CLASS_TSV)
    ner_file = write(tmp_path, "ner.txt", NER_TXT)
    report = evaluate([class_file, ner_file], Settings())
    cls, ner = report["conflibert_class"], report["conflibert_ner"]
    assert cls["items"] == 3 and ner["items"] == 2 and report["items"] == 5
    assert 0 <= cls["pentaclass_correct"] <= cls["event_found"]["count"] <= 3
    assert cls["pentaclass_accuracy"] == round(cls["pentaclass_correct"] / 3, 3)
    assert sum(n for row in cls["confusion"].values() for n in row.values()) == 3
    # The attack sentence: whatever the coder finds, a main event's source must be "Rebels" to overlap.
    detail = ner["items_detail"][0]
    assert detail["source_gold"] == ["Rebels"]
    if detail["source_overlap"]:
        assert detail["main"] is not None and "Rebels" in detail["main"]
    assert ner["source_overlap"]["gold"] == 2 and ner["target_overlap"]["gold"] == 2


def test_eval_cli_prints_conflibert_figures(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    res = runner.invoke(app, ["eval", str(write(tmp_path, "class.tsv", CLASS_TSV)), "--report", str(out)])
    assert res.exit_code == 0, res.output
    assert "PentaClass accuracy" in res.output and "event found in" in res.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["conflibert_class"]["items"] == 3
