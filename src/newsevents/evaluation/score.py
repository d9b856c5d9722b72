"""Scoring events against gold: the matching rules, per-field precision/recall/F1 and a confusion table.

Matching (docs/eval.md):
- a party agrees when the gold gives a country ("ISR") and our code's country is it, or the gold gives a
  full code ("ISRGOV", "IGOUNO") and ours is that code, or both are null;
- the category agrees when the gold's CAMEO root equals ours (gold with a `cameo` code), else when the gold's
  PLOVER category equals ours;
- an **event** matches (the headline figure) when category, source and target agree and the negation is the
  same (a gold event without `negated` is affirmed);
- for partial credit, gold and predicted events of an item are **aligned** one to one, best first: a pair
  scores 2 for the category and 1 per agreeing party, and needs the category or both (known) parties.
  Each field is then scored over aligned pairs: a correct field counts for recall (over gold events that
  give the field) and precision (over aligned pairs whose gold gives it, plus predicted events aligned to
  nothing in items whose gold scores that field: a spurious event is wrong in every field).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Event
from .gold import GoldEvent, GoldItem

SCORED_FIELDS = ("presence", "category", "root", "code", "plover", "source", "target", "negation",
                 "modality", "date", "location")
UNIVERSAL_FIELDS = ("category", "source", "target", "negation")
NONE = "-"


def party_agrees(gold: str | None, code: str | None) -> bool:
    """See the module docstring: a country matches any actor of it; a full code only itself."""
    if gold is None or code is None:
        return gold is None and code is None
    gold = gold.upper()
    return code == gold if len(gold) > 3 else code[:3] == gold


def category_agrees(gold: GoldEvent, event: Event) -> bool:
    if gold.cameo:
        return event.cameo_root == gold.cameo[:2]
    return event.plover is not None and event.plover == gold.plover


def category_of(gold: GoldEvent) -> str:
    return gold.cameo[:2] if gold.cameo else (gold.plover or NONE)


def event_matches(gold: GoldEvent, event: Event) -> bool:
    """The headline rule: category, both parties and negation agree."""
    return (category_agrees(gold, event) and party_agrees(gold.source, _code(event.source))
            and party_agrees(gold.target, _code(event.target)) and bool(gold.negated) == event.negated)


def _code(ref: Any) -> str | None:
    return ref.code if ref is not None else None


def _alignment_score(gold: GoldEvent, event: Event) -> int:
    category = category_agrees(gold, event)
    parties = [party_agrees(gold.source, _code(event.source)), party_agrees(gold.target, _code(event.target))]
    known = gold.source is not None and gold.target is not None
    if not category and not (all(parties) and known):
        return 0
    return 2 * category + sum(parties) + (bool(gold.negated) == event.negated)


def _pairs(gold: Sequence[GoldEvent], predicted: Sequence[Event],
           score: Any) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best score first, earliest on ties."""
    scored = sorted(((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                     if (s := score(g, p)) > 0), key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Tally:
    """Correct, predicted and gold counts of one field."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3), "correct": self.correct,
                "predicted": self.predicted, "gold": self.gold}


@dataclass
class Scorer:
    """Accumulates scores over items; `report()` gives the figures."""

    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in ("event", *SCORED_FIELDS)})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    items: int = 0
    items_exact: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)

    def add(self, item: GoldItem, predicted: Sequence[Event]) -> None:
        gold = item.events
        self.items += 1
        strict = _pairs(gold, predicted, lambda g, p: int(event_matches(g, p)))
        event = self.fields["event"]
        event.correct += len(strict)
        event.predicted += len(predicted)
        event.gold += len(gold)
        if len(strict) == len(gold) == len(predicted):
            self.items_exact += 1
        aligned = _pairs(gold, predicted, _alignment_score)
        unaligned = len(predicted) - len(aligned)
        presence = self.fields["presence"]
        presence.correct += len(aligned)
        presence.predicted += len(predicted)
        presence.gold += len(gold)
        checks = {
            "category": lambda g, p: (True, category_agrees(g, p)),
            "root": lambda g, p: (g.cameo is not None, g.cameo is not None and p.cameo_root == g.cameo[:2]),
            "code": lambda g, p: (g.cameo is not None and len(g.cameo) >= 3,
                                  g.cameo is not None and p.cameo == g.cameo[:3]),
            "plover": lambda g, p: (g.plover is not None, p.plover == g.plover),
            "source": lambda g, p: (True, party_agrees(g.source, _code(p.source))),
            "target": lambda g, p: (True, party_agrees(g.target, _code(p.target))),
            "negation": lambda g, p: (True, bool(g.negated) == p.negated),
            "modality": lambda g, p: (g.modality is not None, p.modality == g.modality),
            "date": lambda g, p: (g.date is not None, p.date == g.date),
            "location": lambda g, p: (g.location_country is not None,
                                      p.location is not None and p.location.country == g.location_country),
        }
        for name, check in checks.items():
            tally = self.fields[name]
            giving = sum(1 for g in gold if check(g, _ANY_EVENT)[0])
            tally.gold += giving
            # A spurious event is wrong in every field this item's gold scores (all of the basic ones when
            # the gold expects no event at all).
            if giving or (not gold and name in UNIVERSAL_FIELDS):
                tally.predicted += unaligned
            for gi, pi in aligned:
                scored, correct = check(gold[gi], predicted[pi])
                if scored:
                    tally.predicted += 1
                    tally.correct += bool(correct)
        matched_g = {gi for gi, _ in aligned}
        matched_p = {pi for _, pi in aligned}
        for gi, pi in aligned:
            self.confusion[(category_of(gold[gi]), _predicted_category(gold[gi], predicted[pi]))] += 1
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.confusion[(category_of(g), NONE)] += 1
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                self.confusion[(NONE, p.cameo_root if any(g.cameo for g in gold) or not gold else
                                p.plover or p.cameo_root)] += 1
        self.details.append({
            "id": item.id, "text": item.text,
            "gold": [_gold_key(g) for g in gold],
            "predicted": [_event_key(p) for p in predicted],
            "matched": len(strict), "exact": len(strict) == len(gold) == len(predicted),
        })

    def report(self) -> dict[str, Any]:
        rows = sorted({g for g, _ in self.confusion} | {p for _, p in self.confusion})
        return {
            "items": self.items,
            "items_exact": self.items_exact,
            "items_exact_share": round(self.items_exact / self.items, 3) if self.items else 0.0,
            "fields": {name: tally.as_dict() for name, tally in self.fields.items()},
            "confusion": {g: {p: self.confusion[(g, p)] for p in rows if self.confusion[(g, p)]}
                          for g in rows if any(self.confusion[(g, p)] for p in rows)},
            "items_detail": self.details,
        }


class _AnyEvent:
    """Stands in for a predicted event when asking only whether a gold event gives a field."""

    cameo_root = cameo = plover = modality = date = None
    source = target = location = None
    negated = False


_ANY_EVENT: Any = _AnyEvent()


def _predicted_category(gold: GoldEvent, event: Event) -> str:
    return event.cameo_root if gold.cameo else (event.plover or f"({event.cameo_root})")


def _gold_key(g: GoldEvent) -> str:
    neg = " NOT" if g.negated else ""
    return f"{g.source or NONE} {g.cameo or g.plover}{neg} {g.target or NONE}"


def _event_key(e: Event) -> str:
    neg = " NOT" if e.negated else ""
    return f"{_code(e.source) or NONE} {e.cameo}/{e.plover or NONE}{neg} {_code(e.target) or NONE}"


def score_items(pairs: Iterable[tuple[GoldItem, Sequence[Event]]]) -> dict[str, Any]:
    """Score (gold item, predicted events) pairs; the report of `Scorer.report`."""
    scorer = Scorer()
    for item, predicted in pairs:
        scorer.add(item, predicted)
    return scorer.report()
