"""Precision and recall audits of newsevents on real corpora, judged by a person against the text.

Workflow:

1. Sample (a new seed for each audit, recorded in every record; `sample` may be left out; without `--out`
   the file is `docs/audits/work/CORPUS-MODE-seedN.jsonl`, refused if it exists):

       python benchmarks/audit.py sample ../shared/corpus/reuters21578.jsonl --seed 7 --n 50 \\
           --mode events --out docs/audits/work/reuters-events-seed7.jsonl

   picks articles at random (line numbers are drawn first, then only those lines are read), runs
   `newsevents.Pipeline` on them and draws N items: `events` — one event each, with its evidence sentence
   and coding; `parties` — one event party (source or target, coded or not; `--coded` keeps coded ones)
   with its entity's mentions; `recall` — N articles, each with its first five sentences (a title line
   is the first) and every event found there. It writes the JSONL (one item a line, `verdict` and `note`
   empty) and a markdown sheet beside it (same name, `.md`) for the judge to read.
2. Judge: fill `verdict` (and `note`) in the JSONL. Events: `right`, or a `|`-list of `not_event`,
   `wrong_category`, `wrong_source_country`, `wrong_source_sector`, `wrong_target`, `wrong_modality`
   (negation or modality), `wrong_date`. Parties: `right`, or a `|`-list of `wrong_country`,
   `wrong_sector`, `not_actor`, `uncoded_but_codable`, `uncoded_ok`. Recall: fill `coder_events` with what
   a CAMEO coder codes from the five sentences, each `{"source", "target", "cameo", "found": true|false}`
   (`found`: newsevents has it with the right parties); `[]` when there is nothing to code.
3. Score:

       python benchmarks/audit.py score docs/audits/work/reuters-events-seed7.jsonl

   prints strict and lenient precision and the error classes (events), the share right at country +
   sector (parties), or the share of the coder's events found (recall). Records not yet judged are
   counted and skipped; an unknown verdict word stops with `FILE:LINE: ...`.
4. Recode (events mode): how the code on this machine codes the items an earlier commit's audit judged —

       python benchmarks/audit.py recode docs/audits/2026-11-26-satp-events-seed7603.jsonl \\
           ../shared/corpus/satp.jsonl

   re-draws the same articles (the seed is in the records), codes them and matches each judged item by
   article, sentence and trigger. An item coded as it was judged keeps its verdict, so two commits are
   compared on the same items, free of the sampling and judging noise of two fresh audits; items coded
   otherwise, or no longer found, are listed for a judge. With `--out FILE` it also writes those items as
   this code codes them (a sheet beside it): unchanged items keep their verdicts, changed ones wait for a
   judge with the old verdict kept as `previous_verdict`; judged and scored, the file gives this commit's
   precision on the same sample.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsevents import Article, ArticleResult, Pipeline, Settings
from newsevents.errors import InputError
from newsevents.ingest.jsonl import article_from_record
from newsevents.model import ActorRef, Entity, Event

MODES = ("events", "parties", "recall")
EVENT_ERRORS = ("not_event", "wrong_category", "wrong_source_country", "wrong_source_sector", "wrong_target",
                "wrong_modality", "wrong_date")
PARTY_ERRORS = ("wrong_country", "wrong_sector", "not_actor", "uncoded_but_codable", "uncoded_ok")
# An event is leniently right when its category and its source's country are: no verdict word says otherwise.
LENIENT_WRONG = frozenset({"not_event", "wrong_category", "wrong_source_country"})
RECALL_SENTENCES = 5
OTHER_SENTENCES = 3  # an event merged from several sentences shows the judge this many more of them
MAX_ARTICLES = 200  # articles analysed at most for one events/parties sample
BATCH = 16
AUDITS = Path(__file__).resolve().parents[1] / "docs" / "audits"
WORK = AUDITS / "work"  # sampled sheets with the corpus text, judged here; ignored by git (see `publish`)


class AuditError(Exception):
    """A record that cannot be scored; the message names FILE:LINE."""


# ---- sampling ------------------------------------------------------------------------------------

def count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def read_lines(path: Path, wanted: Iterable[int]) -> dict[int, str]:
    """Only the wanted lines (1-based) of a file, in one streaming pass."""
    want = set(wanted)
    found: dict[int, str] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if lineno in want:
                found[lineno] = line
                if len(found) == len(want):
                    break
    return found


def sampled_articles(path: Path, rng: random.Random, n: int, max_chars: int) -> list[Article]:
    """`n` articles of a JSONL corpus in random order (bad records are skipped)."""
    total = count_lines(path)
    order = rng.sample(range(1, total + 1), min(n, total))
    lines = read_lines(path, order)
    articles = []
    for lineno in order:
        line = lines.get(lineno, "")
        if not line.strip():
            continue
        try:
            article = article_from_record(json.loads(line), f"{path.name}:{lineno}", lineno, None, max_chars)
        except (InputError, json.JSONDecodeError):
            continue
        articles.append(article)
    return articles


def analysed(pipeline: Pipeline, articles: Sequence[Article]) -> Iterator[tuple[ArticleResult, list[str]]]:
    """Each article's result with its sentences (the text of each sentence, in order)."""
    for start in range(0, len(articles), BATCH):
        batch = articles[start:start + BATCH]
        try:
            docs = list(pipeline.nlp.pipe((pipeline._make_doc(a) for a in batch), batch_size=len(batch)))
        except Exception:  # as Pipeline.run: the failing batch again, article by article, with a warning
            docs = [pipeline._run_guarded(pipeline._make_doc(a)) for a in batch]
        for doc in docs:
            yield pipeline._result(doc), [s.text for s in doc.sents]


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent,
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _party(ref: ActorRef | None, entities: dict[str, Entity]) -> dict[str, Any]:
    if ref is None:
        return {"name": None, "code": None}
    entity = entities.get(ref.entity_id or "")
    return {"name": entity.name if entity else None, "code": ref.code}


def event_record(result: ArticleResult, event: Event) -> dict[str, Any]:
    """One event as the judge sees it: its first mention's sentence and trigger, the other sentences the event
    was merged from (its parties, modality and date may come from them), and the event's coding."""
    entities = {e.id: e for e in result.entities}
    mention = min(event.mentions, key=lambda m: m.start)
    others = dict.fromkeys((m.text, m.trigger) for m in sorted(event.mentions, key=lambda m: m.start)
                           if m.sentence_index != mention.sentence_index)
    return {
        "article": result.article.id, "sentence_index": mention.sentence_index, "sentence": mention.text,
        "trigger": mention.trigger,
        "other_sentences": [{"sentence": text, "trigger": trigger} for text, trigger in
                            list(others)[:OTHER_SENTENCES]],
        "cameo": event.cameo, "cameo_name": event.cameo_name, "plover": event.plover,
        "source": _party(event.source, entities), "target": _party(event.target, entities),
        "negated": event.negated, "modality": event.modality, "event_date": event.date,
        "date_text": event.date_text, "date_basis": event.date_basis,
        "published": result.article.published.isoformat() if result.article.published else None,
    }


def party_record(result: ArticleResult, event: Event, role: str) -> dict[str, Any]:
    """One event party: the entity (if any) with its code, basis and mentions, and the event's sentence."""
    entities = {e.id: e for e in result.entities}
    ref: ActorRef = getattr(event, role)
    entity = entities.get(ref.entity_id or "")
    actor = entity.actor if entity else None
    mention = min(event.mentions, key=lambda m: m.start)
    return {
        "article": result.article.id, "role": role, "sentence": mention.text, "trigger": mention.trigger,
        "cameo": event.cameo, "cameo_name": event.cameo_name,
        "name": entity.name if entity else None, "type": entity.type if entity else None,
        "code": ref.code, "basis": actor.basis if actor else None,
        "mentions": sorted({m.text for m in entity.mentions}) if entity else [],
        "title": result.article.title,
    }


def recall_record(result: ArticleResult, sentences: list[str]) -> dict[str, Any]:
    """An article's first sentences and every event with a mention in them."""
    entities = {e.id: e for e in result.entities}
    events = []
    for event in result.events:
        first = [m for m in event.mentions if m.sentence_index < RECALL_SENTENCES]
        if first:
            events.append({"sentence_index": min(m.sentence_index for m in first),
                           "trigger": first[0].trigger, "cameo": event.cameo, "cameo_name": event.cameo_name,
                           "source": _party(event.source, entities), "target": _party(event.target, entities),
                           "negated": event.negated, "modality": event.modality})
    events.sort(key=lambda e: e["sentence_index"])
    return {"article": result.article.id, "sentences": sentences[:RECALL_SENTENCES], "events": events,
            "coder_events": None}


def sample(corpus: Path, seed: int, n: int, mode: str, coded_only: bool = False,
           pipeline: Pipeline | None = None) -> list[dict[str, Any]]:
    """Draw the audit items (see the module docstring)."""
    rng = random.Random(seed)
    pipeline = pipeline or Pipeline(Settings())
    settings = pipeline.settings
    if mode == "recall":
        # Articles with at least one sentence; drawn until n have been read.
        articles = sampled_articles(corpus, rng, n, settings.max_chars)
        items = [recall_record(r, s) for r, s in analysed(pipeline, articles)]
    else:
        articles = sampled_articles(corpus, rng, MAX_ARTICLES, settings.max_chars)
        pool: list[dict[str, Any]] = []
        # Analyse articles in random order until the pool holds three times what we draw from it.
        for start in range(0, len(articles), BATCH):
            for result, _ in analysed(pipeline, articles[start:start + BATCH]):
                for event in result.events:
                    if mode == "events":
                        pool.append(event_record(result, event))
                        continue
                    for role in ("source", "target"):
                        ref = getattr(event, role)
                        if ref is not None and (ref.code or not coded_only):
                            pool.append(party_record(result, event, role))
            if len(pool) >= 3 * n:
                break
        items = rng.sample(pool, min(n, len(pool)))
    meta = {"corpus": corpus.name, "seed": seed, "mode": mode,
            "date": datetime.now(UTC).date().isoformat(), "commit": git_commit()}
    return [{"item": i, **meta, **item, "verdict": "", "note": ""} for i, item in enumerate(items, 1)]


# ---- the judge's sheet ---------------------------------------------------------------------------

def _code(party: dict[str, Any]) -> str:
    if not party.get("code") and not party.get("name"):
        return "—"
    return f"{party.get('name') or '(no entity)'} = `{party.get('code') or 'uncoded'}`"


def _bold(sentence: str, word: str) -> str:
    """The sentence on one line with the trigger (first whole-word occurrence) in bold."""
    sentence = " ".join(sentence.split())
    return re.sub(rf"\b{re.escape(word)}\b", lambda m: f"**{m.group(0)}**", sentence, count=1) if word \
        else sentence


def sheet(records: Sequence[dict[str, Any]]) -> str:
    """The markdown a judge reads: one numbered section per item, with the verdict vocabulary on top."""
    if not records:
        return "# Audit\n\nNothing sampled.\n"
    first = records[0]
    mode = first["mode"]
    vocab = {"events": "`right` or a |-list of " + ", ".join(f"`{w}`" for w in EVENT_ERRORS),
             "parties": "`right` or a |-list of " + ", ".join(f"`{w}`" for w in PARTY_ERRORS),
             "recall": 'fill `coder_events`: [{"source", "target", "cameo", "found": true|false}]'}[mode]
    out = [f"# Audit ({mode}): {first['corpus']}, seed {first['seed']}, {first['date']}",
           "", f"newsevents commit `{first['commit']}`, {len(records)} items. Verdicts go in the JSONL "
           f"beside this sheet: {vocab}.", ""]
    for r in records:
        out.append(f"## {r['item']}. {r['article']}")
        if mode == "events":
            out += ["", f"> {_bold(r['sentence'], r['trigger'])}", ""]
            for other in r.get("other_sentences") or []:  # one event merged from several sentences
                out += [f"> also: {_bold(other['sentence'], other['trigger'])}", ""]
            out += [f"- {r['cameo']} {r['cameo_name']} (PLOVER {r['plover'] or '—'}), "
                    f"trigger *{r['trigger']}*",
                    f"- source: {_code(r['source'])}; target: {_code(r['target'])}",
                    f"- negated: {r['negated']}, modality: {r['modality']}, date: {r['event_date'] or '—'} "
                    f"({r.get('date_basis') or '—'}: {r.get('date_text') or 'no date phrase'}; "
                    f"published {r['published'] or '—'})"]
        elif mode == "parties":
            out += ["", f"> {_bold(r['sentence'], r['trigger'])}", "",
                    f"- {r['role']} of {r['cameo']} {r['cameo_name']} (*{r['trigger']}*)",
                    f"- entity: {r['name'] or '(none)'} ({r['type'] or '—'}), code `{r['code'] or 'uncoded'}`"
                    f", basis {r['basis'] or '—'}",
                    f"- mentions: {'; '.join(r['mentions']) or '—'}"]
        else:
            out += ["", *(f"{i}. {' '.join(s.split())}" for i, s in enumerate(r["sentences"])), "", "Found:"]
            out += [f"- [{e['sentence_index']}] {_code(e['source'])} {e['cameo']} {e['cameo_name']} "
                    f"*{e['trigger']}* {_code(e['target'])}"
                    + (" (negated)" if e["negated"] else "") + f" {e['modality']}" for e in r["events"]] \
                or ["- (none)"]
        out += ["", "coder_events: " if mode == "recall" else "verdict: ", ""]
    return "\n".join(out)


def write_sample(records: Sequence[dict[str, Any]], out: Path) -> Path:
    """The JSONL and its markdown sheet; returns the sheet's path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    md = out.with_suffix(".md")
    md.write_text(sheet(records), encoding="utf-8")
    return md


# ---- scoring -------------------------------------------------------------------------------------

def verdict_words(verdict: str, allowed: Sequence[str], where: str) -> set[str]:
    """The words of a verdict (`right` alone, or a |-list of error classes); unknown words are an error."""
    words = {w.strip() for w in verdict.split("|") if w.strip()}
    unknown = sorted(words - {"right", *allowed})
    if unknown:
        raise AuditError(f"{where}: unknown verdict word(s) {', '.join(map(repr, unknown))} "
                         f"(use right or {'|'.join(allowed)})")
    if "right" in words and len(words) > 1:
        raise AuditError(f"{where}: `right` cannot go with error classes")
    return words


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def score(path: Path) -> dict[str, Any]:
    """Scores of a judged audit file (see the module docstring)."""
    records: list[tuple[str, dict[str, Any]]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise AuditError(f"{where}: not JSON ({exc.msg})") from None
            if record.get("mode") not in MODES:
                raise AuditError(f"{where}: mode must be one of {', '.join(MODES)}")
            records.append((where, record))
    modes = {r["mode"] for _, r in records}
    if len(modes) > 1:
        raise AuditError(f"{path}: mixed modes {sorted(modes)}")
    mode = modes.pop() if modes else "events"
    first = records[0][1] if records else {}
    report: dict[str, Any] = {"file": str(path), "mode": mode, "corpus": first.get("corpus"),
                              "seed": first.get("seed"), "items": len(records)}
    if mode == "recall":
        return {**report, **_score_recall(records)}
    allowed = EVENT_ERRORS if mode == "events" else PARTY_ERRORS
    classes: Counter[str] = Counter()
    judged = right = lenient = coded = coded_right = 0
    for where, record in records:
        words = verdict_words(str(record.get("verdict") or ""), allowed, where)
        if not words:
            continue
        judged += 1
        right += words == {"right"}
        classes.update(words - {"right"})
        lenient += not words & LENIENT_WRONG
        if mode == "parties" and record.get("code"):
            coded += 1
            coded_right += words == {"right"}
    report["judged"] = judged
    report["errors"] = {w: classes[w] for w in allowed if classes[w]}
    if mode == "events":
        report["strict_precision"] = _share(right, judged)
        report["lenient_precision"] = _share(lenient, judged)
    else:
        ok = right + classes["uncoded_ok"]
        report["right_country_sector"] = _share(right, judged)
        report["right_or_uncoded_ok"] = _share(ok, judged)
        report["coded"] = coded
        report["coded_right_country_sector"] = _share(coded_right, coded)
    return report


def _score_recall(records: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    judged = coder = found = 0
    for where, record in records:
        events = record.get("coder_events")
        if events is None:
            continue
        if not isinstance(events, list):
            raise AuditError(f"{where}: coder_events must be a list")
        judged += 1
        for i, event in enumerate(events, 1):
            if not isinstance(event, dict) or not isinstance(event.get("found"), bool):
                raise AuditError(f"{where}: coder_events[{i}] needs \"found\": true or false")
            unknown = sorted(set(event) - {"source", "target", "cameo", "found", "note"})
            if unknown:
                raise AuditError(f"{where}: coder_events[{i}] has unknown field(s) {', '.join(unknown)}")
            coder += 1
            found += event["found"]
    return {"judged": judged, "coder_events": coder, "found": found, "recall": _share(found, coder)}


def report_text(report: dict[str, Any]) -> str:
    head = (f"{report['file']}: {report['mode']} audit of {report['corpus']} (seed {report['seed']}), "
            f"{report['judged']} of {report['items']} items judged")
    if report["mode"] == "events":
        lines = [head, f"strict precision (all right): {report['strict_precision']:.3f}",
                 f"lenient precision (category and source country right): {report['lenient_precision']:.3f}"]
    elif report["mode"] == "parties":
        lines = [head, f"right at country + sector: {report['right_country_sector']:.3f} "
                 f"(right or rightly uncoded: {report['right_or_uncoded_ok']:.3f}); coded parties: "
                 f"{report['coded']}, right {report['coded_right_country_sector']:.3f}"]
    else:
        return "\n".join([head, f"coder's events found with the right parties: {report['found']} of "
                          f"{report['coder_events']} ({report['recall']:.3f})"])
    lines += [f"  {word}: {n}" for word, n in sorted(report["errors"].items(), key=lambda x: -x[1])]
    return "\n".join(lines)


# ---- command line --------------------------------------------------------------------------------

# Record fields that quote the corpus: the corpora are for measurement only, so a published audit keeps the
# article ids, codes and verdicts, and a reader re-reads the sentences from ../shared by article id.
CORPUS_TEXT = ("sentence", "sentences", "other_sentences", "title")


def publish(path: Path) -> Path:
    """Write a judged audit as `docs/audits/DATE-NAME.jsonl` without the corpus text, with its score beside
    it (`.score.txt`); the working file and its sheet stay where they are (not for the repository)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    day = records[0].get("date", "undated") if records else "undated"
    target = AUDITS / f"{day}-{path.stem}.jsonl"
    with target.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps({k: v for k, v in record.items() if k not in CORPUS_TEXT},
                                ensure_ascii=False) + "\n")
    target.with_suffix(".score.txt").write_text(report_text(score(target)) + "\n", encoding="utf-8")
    return target


def _coding(record: dict[str, Any]) -> tuple[Any, ...]:
    """What a judge's verdict on an event depends on: an event with no full date is judged by its date phrase
    (a yearless "April 12" of an undated record), so that phrase counts then."""
    source, target = record.get("source") or {}, record.get("target") or {}
    when = record.get("event_date") or record.get("date_text")
    return (record["cameo"], source.get("code"), target.get("code"), record["negated"], record["modality"],
            when)


def recode(path: Path, corpus: Path, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """The judged events of `path` as this code codes them: `same` (verdicts carry over), `changed` (with the
    new coding) and `gone` (the trigger gives no event now)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not records or records[0].get("mode") != "events":
        raise AuditError(f"{path}: recode reads an events audit")
    pipeline = pipeline or Pipeline(Settings())
    wanted = {r["article"] for r in records}
    articles = [a for a in sampled_articles(corpus, random.Random(records[0]["seed"]), MAX_ARTICLES,
                                            pipeline.settings.max_chars) if a.id in wanted]
    now: CodedNow = {}
    for result, _ in analysed(pipeline, articles):
        for event in result.events:
            record = event_record(result, event)
            for mention in event.mentions:
                for where in (mention.text, mention.sentence_index):
                    found = now.setdefault((result.article.id, where, mention.trigger), [])
                    if record not in found:
                        found.append(record)
    same, changed, gone = [], [], []
    for record, match in zip(records, _recoded_matches(records, now), strict=True):
        if match is None:
            gone.append(record)
            continue
        record = _with_text(record, match)
        if _coding(match) == _coding(record):
            same.append(record)
        else:
            changed.append({**record, "now": {k: match[k] for k in RECODED_FIELDS}})
    return {"file": str(path), "same": same, "changed": changed, "gone": gone}


CodedNow = dict[tuple[str, str | int, str], list[dict[str, Any]]]  # (article, sentence, trigger) -> events


def _with_text(record: dict[str, Any], match: dict[str, Any]) -> dict[str, Any]:
    """A published item (no corpus text: `CORPUS_TEXT`) with its sentences re-read from the corpus through the
    event it matched, so a re-judging sheet can show them; a working item as it is."""
    if "sentence" in record:
        return record
    return {**record, **{k: match[k] for k in CORPUS_TEXT if k in match}}


def _recoded_matches(records: list[dict[str, Any]], now: CodedNow) -> list[dict[str, Any] | None]:
    """The event coded now for each judged item, one event for one item: several items of one trigger ("the
    six nations agreed": one per pair) take the events coded as judged first, then the one with the same
    parties, then any not taken yet; an item left with none is gone (its events were merged)."""
    pools = [_recoded_candidates(record, now) for record in records]
    taken: set[int] = set()
    out: list[dict[str, Any] | None] = [None] * len(records)
    for rank in (_coding, _parties, lambda c: None):
        for i, (record, pool) in enumerate(zip(records, pools, strict=True)):
            if out[i] is not None:
                continue
            wanted = rank(record)
            out[i] = next((c for c in pool if id(c) not in taken and rank(c) == wanted), None)
            if out[i] is not None:
                taken.add(id(out[i]))
    return out


def _recoded_candidates(record: dict[str, Any], now: CodedNow) -> list[dict[str, Any]]:
    """The events coded now for a judged item's trigger: by its sentence (a working file), else by the
    sentence's index (a published audit keeps the index, not the corpus text), else, for audits published
    before the index was kept, by article and trigger alone (the trigger's first events: maybe another
    sentence's)."""
    for where in ("sentence", "sentence_index"):
        if record.get(where) is not None:
            return now.get((record["article"], record[where], record["trigger"]), [])
    article, trigger = record["article"], record["trigger"]
    return next((v for (a, _, t), v in now.items() if a == article and t == trigger), [])


def _parties(record: dict[str, Any]) -> tuple[Any, Any]:
    return record.get("source"), record.get("target")


# What a recoded item takes from the new coding (article, sentence, trigger and seed stay the audit's)
RECODED_FIELDS = ("cameo", "cameo_name", "plover", "source", "target", "negated", "modality", "event_date",
                  "date_text", "date_basis")


def rejudge_records(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The audit's items as this code codes them, for a judge: items coded as judged keep their verdict,
    changed items take the new coding with an empty verdict (the old one kept as `previous_verdict`), items
    no longer found are left out (`recode_text` lists them). Every record names this commit and the one
    judged before (`recoded_from`), so the file scores this commit on the same sample."""
    commit, out = git_commit(), []
    for record in report["same"] + report["changed"]:
        now = record.pop("now", None)
        new = {**record, "commit": commit, "recoded_from": record.get("recoded_from") or record["commit"]}
        if now is not None:
            new.update(now)
            new.update(previous_verdict=record["verdict"], previous_note=record["note"], verdict="", note="")
        out.append(new)
    return sorted(out, key=lambda r: r["item"])


def recode_text(report: dict[str, Any]) -> str:
    same, changed, gone = report["same"], report["changed"], report["gone"]
    right = sum(r["verdict"] == "right" for r in same)
    lines = [f"{report['file']}: {len(same)} items coded as judged ({right} of them right), "
             f"{len(changed)} coded otherwise, {len(gone)} no longer found"]
    for r in changed:
        lines.append(f"  changed item {r['item']} ({r['verdict']}): {_coding(r)} -> {_coding(r['now'])}")
    for r in gone:
        lines.append(f"  gone item {r['item']} ({r['verdict']}): {_coding(r)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="draw items to judge")
    s.add_argument("corpus", type=Path)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, default=50)
    s.add_argument("--mode", choices=MODES, default="events")
    s.add_argument("--coded", action="store_true", help="parties mode: coded parties only")
    s.add_argument("--out", type=Path, help="the JSONL to write (default: docs/audits/work/"
                   "CORPUS-MODE-seedN.jsonl)")
    c = sub.add_parser("score", help="score a judged file")
    c.add_argument("file", type=Path)
    p = sub.add_parser("publish", help="write a judged file for the repository, without the corpus text")
    p.add_argument("file", type=Path)
    r = sub.add_parser("recode", help="code a judged events audit's items with this code; list what changed")
    r.add_argument("file", type=Path)
    r.add_argument("corpus", type=Path, help="the corpus the audit was drawn from")
    r.add_argument("--out", type=Path, help="also write the items as this code codes them, changed ones with "
                   "an empty verdict for a judge (and a sheet beside it)")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in {"sample", "score", "publish", "recode", "-h", "--help"}:
        argv.insert(0, "sample")  # `audit.py CORPUS --seed N` samples, as the issue writes it
    args = parser.parse_args(argv)
    if args.command == "sample":
        out = args.out or WORK / f"{args.corpus.stem}-{args.mode}-seed{args.seed}.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        if args.out is None and out.exists():
            print(f"error: {out} exists: that seed was used; take a new one", file=sys.stderr)
            return 2
        records = sample(args.corpus, args.seed, args.n, args.mode, coded_only=args.coded)
        md = write_sample(records, out)
        print(f"wrote {len(records)} {args.mode} items to {out} and {md}")
        return 0
    if args.command == "recode":
        try:
            report = recode(args.file, args.corpus)
            print(recode_text(report))
            if args.out is not None:
                md = write_sample(rejudge_records(report), args.out)
                print(f"wrote {args.out} and {md}: judge the items with an empty verdict")
        except (AuditError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "publish":
        target = publish(args.file)
        print(f"wrote {target} and its score")
        return 0
    try:
        print(report_text(score(args.file)))
    except (AuditError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
