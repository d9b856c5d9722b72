"""Scoring on ConfliBERT's CAMEO sets: real news sentences that each report one event (docs/eval.md).

- `class.train.tsv` gives the sentence's CAMEO **PentaClass** (0: roots 01-02, 1: 03-05, 2: 06-08, 3: 09-13,
  4: 14-20). Reported: the **event-found rate** (the sentence has at least one affirmed event: not negated,
  not denied) and the **PentaClass accuracy** of the main event over all sentences (no event counts as
  wrong, as every sentence has one), with the accuracy over the sentences where one was found.
- `ner.train.txt` gives the source (`B-S/I-S`) and target (`B-T/I-T`) spans. Reported: **source overlap**,
  the share of sentences with a source span where some mention of the main event's source entity overlaps
  it (likewise **target overlap**), again over all such sentences and over those with an event found. A
  party coded without an entity ("a Swiss court" coded CHE from its modifier) is the sentence's entities of
  that code.

The **main event** of a sentence is the affirmed event whose trigger is the sentence's syntactic root or
nearest it (fewest dependency arcs from the trigger up to its sentence's root, over the event's mentions);
ties go to the higher confidence, then to the earlier trigger. This is the event a reader takes a one-event
sentence to report: reported speech ("X said Y attacked Z") has the statement at the root and the attack
below it, and the ConfliBERT annotators code the main clause's event too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc

from ..model import Article, Entity, Event
from .gold import GoldItem

MAIN_EVENT_RULE = ("the affirmed event whose trigger is fewest dependency arcs below its sentence root; "
                   "ties: higher confidence, then earlier trigger")
# First two digits of a CAMEO code -> PentaClass (the ConfliBERT labels).
PENTA_BY_ROOT = {**{r: 0 for r in (1, 2)}, **{r: 1 for r in (3, 4, 5)}, **{r: 2 for r in (6, 7, 8)},
                 **{r: 3 for r in range(9, 14)}, **{r: 4 for r in range(14, 21)}}
NO_EVENT = "-"


def penta_class(cameo: str) -> int | None:
    """The PentaClass of a CAMEO code ("0431" -> 1), None for a code outside roots 01-20."""
    try:
        return PENTA_BY_ROOT.get(int(cameo[:2]))
    except ValueError:
        return None


def affirmed(event: Event) -> bool:
    return not event.negated and event.modality != "denied"


def trigger_depth(doc: Doc, event: Event) -> int:
    """Fewest dependency arcs from one of the event's trigger words up to the root of its sentence."""
    best = 10_000
    for mention in event.mentions:
        span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span.root
        depth = 0
        while token.head.i != token.i and depth < 1000:
            token = token.head
            depth += 1
        best = min(best, depth)
    return best


def main_event(doc: Doc, events: Sequence[Event]) -> Event | None:
    """See the module docstring: the affirmed event nearest the root, else None."""
    candidates = [e for e in events if affirmed(e)]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (trigger_depth(doc, e), -e.confidence,
                                          min((m.trigger_start for m in e.mentions), default=0)))


def analysed_docs(pipeline: Any, articles: Sequence[Article]) -> Iterator[Doc]:
    """The pipeline's Docs (the parse is needed for the main event), batched; a batch that fails is run
    again article by article, as `Pipeline.run` does."""
    from ..pipeline import iter_batches

    for batch in iter_batches(articles, pipeline.settings.batch_size):
        try:
            docs = list(pipeline.nlp.pipe((pipeline._make_doc(a) for a in batch), batch_size=len(batch)))
        except Exception:
            docs = [pipeline._run_guarded(pipeline._make_doc(a)) for a in batch]
        yield from docs


def _party_entities(ref: Any, entities: dict[str, Entity]) -> list[Entity]:
    """The entity an event party is; for a party coded without one ("a Swiss court" -> CHE), the
    sentence's entities of that code."""
    if ref is None:
        return []
    if ref.entity_id in entities:
        return [entities[ref.entity_id]]
    return [e for e in entities.values() if ref.code and e.actor and e.actor.code == ref.code]


def _overlaps(entity: Entity, spans: Sequence[tuple[int, int]]) -> bool:
    return any(m.start < end and start < m.end for m in entity.mentions for start, end in spans)


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def score_conflibert(items: Sequence[GoldItem], pipeline: Any) -> dict[str, Any]:
    """Score ConfliBERT items (all of one format: `meta["format"]`) with a built `Pipeline`."""
    formats = {item.meta.get("format") for item in items}
    if len(formats) != 1:
        raise ValueError(f"one ConfliBERT format at a time, got {sorted(map(str, formats))}")
    fmt = formats.pop()
    articles = [Article(id=item.id, text=item.text, origin=item.origin) for item in items]
    found = correct = 0
    confusion: Counter[tuple[str, str]] = Counter()
    parties = {role: Counter[str]() for role in ("source", "target")}
    details: list[dict[str, Any]] = []
    for item, doc in zip(items, analysed_docs(pipeline, articles), strict=True):
        events = list(doc._.events or ())
        entities = {e.id: e for e in (doc._.entities or ())}
        main = main_event(doc, events)
        found += main is not None
        detail: dict[str, Any] = {"id": item.id, "text": item.text,
                                  "main": _event_key(main, entities) if main else None,
                                  "events": [_event_key(e, entities) for e in events]}
        if fmt == "conflibert_class":
            gold = int(item.meta["penta"])
            predicted = penta_class(main.cameo) if main else None
            correct += predicted == gold
            confusion[(str(gold), NO_EVENT if predicted is None else str(predicted))] += 1
            detail.update(gold=gold, predicted=predicted)
        else:
            for role in ("source", "target"):
                spans = item.meta.get(f"{role}_spans") or []
                if not spans:
                    continue
                tally = parties[role]
                tally["gold"] += 1
                tally["found"] += main is not None
                hit = any(_overlaps(e, spans) for e in _party_entities(getattr(main, role) if main else None,
                                                                     entities))
                tally["overlap"] += hit
                detail[f"{role}_gold"] = [item.text[s:e] for s, e in spans]
                detail[f"{role}_overlap"] = hit
        details.append(detail)
    n = len(items)
    report: dict[str, Any] = {"format": fmt, "items": n, "main_event_rule": MAIN_EVENT_RULE,
                              "event_found": {"count": found, "share": _share(found, n)}}
    if fmt == "conflibert_class":
        rows = sorted({g for g, _ in confusion} | {p for _, p in confusion})
        report["pentaclass_accuracy"] = _share(correct, n)
        report["pentaclass_accuracy_when_found"] = _share(correct, found)
        report["pentaclass_correct"] = correct
        report["confusion"] = {g: {p: confusion[(g, p)] for p in rows if confusion[(g, p)]}
                               for g in rows if any(confusion[(g, p)] for p in rows)}
    else:
        for role, tally in parties.items():
            report[f"{role}_overlap"] = {
                "share": _share(tally["overlap"], tally["gold"]),
                "share_when_found": _share(tally["overlap"], tally["found"]),
                "overlap": tally["overlap"], "gold": tally["gold"], "found": tally["found"]}
    report["items_detail"] = details
    return report


def _event_key(event: Event, entities: dict[str, Entity]) -> str:
    def party(ref: Any) -> str:
        if ref is None:
            return NO_EVENT
        name = entities[ref.entity_id].name if ref.entity_id in entities else ""
        return f"{ref.code or NO_EVENT}({name})" if name else (ref.code or NO_EVENT)

    neg = " NOT" if not affirmed(event) else ""
    trigger = event.mentions[0].trigger if event.mentions else ""
    return f"{party(event.source)} {event.cameo}{neg} [{trigger}] {party(event.target)}"


def report_lines(report: dict[str, Any]) -> list[str]:
    """The headline figures of a ConfliBERT report, one line each, for the terminal."""
    found = report["event_found"]
    lines = [f"{report['format']}: {report['items']} sentences, event found in {found['count']} "
             f"({found['share']:.1%})"]
    if report["format"] == "conflibert_class":
        lines.append(f"PentaClass accuracy of the main event: {report['pentaclass_accuracy']:.3f} "
                     f"({report['pentaclass_correct']}/{report['items']}; "
                     f"{report['pentaclass_accuracy_when_found']:.3f} where an event was found)")
        rows = report["confusion"]
        columns = sorted({p for row in rows.values() for p in row})
        lines.append("confusion gold (rows) x predicted: " + "  ".join(
            f"{g}: " + " ".join(f"{p}={row.get(p, 0)}" for p in columns) for g, row in sorted(rows.items())))
    else:
        for role in ("source", "target"):
            r = report[f"{role}_overlap"]
            lines.append(f"{role} overlap: {r['share']:.3f} ({r['overlap']}/{r['gold']} sentences with a "
                         f"{role} span; {r['share_when_found']:.3f} where an event was found)")
    lines.append(f"main event: {report['main_event_rule']}")
    return lines
