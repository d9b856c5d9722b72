"""How well newsevents resolves date expressions: TimeML gold (TempEval-3's TimeBank + AQUAINT, TBAQ-cleaned).

    python benchmarks/timeml.py ../shared/gold/time/TBAQ-cleaned [--errors 40] [--half tune]

Every TIMEX3 of type DATE in the documents' text is resolved by `newsevents.when.timex_value` against the
document creation time (DCT), in its sentence as the event stage reads a date phrase: the text is parsed by
the pipeline's spaCy model, and the tense and modality of the verb the phrase hangs on
(`newsevents.events.dating.phrase_timing`, `modality.read_modality`) say whether "Monday" is the coming or
the last one (`--alone` resolves each phrase without its sentence). Its value must equal the gold value
exactly. A phrase counting from a time the text has just told ("the following year", "later that year",
"two days later") is read against the last value resolved before it in the document (our value, not the
gold's). Prints exact-value accuracy over all DATE expressions and over calendar values (a day, ISO week,
month, quarter or year: `1998-02-06`, `1998-W06`, `1998-02`, `1998-Q1`, `1998`), per value shape, and with
`--errors` a sample of the misses. The same two figures are printed for two halves of the documents, split by
a hash of the file name (`tune`, `check`): a rule that gains on one half and not on the other is overfit.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from newsevents.events.dating import governing_verb, phrase_timing, sentence_unit
from newsevents.events.lexicon import default_lexicon
from newsevents.events.modality import read_modality
from newsevents.nlp import load_spacy
from newsevents.settings import Settings
from newsevents.when import date_span, timex_value

CALENDAR = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q\d))?$")


@dataclass(frozen=True)
class Timex:
    doc: str
    text: str
    value: str
    dct: date
    future: bool = False  # the clause the phrase hangs on is read ahead of the story
    past: bool = False  # ... or told in the past tense
    unit: str | None = None  # "Q": the sentence reports a quarter's figures
    sentence: str = ""  # the sentence the phrase is in (printed with the misses by --context)


def _text_and_offsets(text_node: ElementTree.Element) -> tuple[str, dict[int, tuple[int, int]]]:
    """The document's text and, by TIMEX3 node id, each timex's character offsets in it."""
    parts: list[str] = []
    offsets: dict[int, tuple[int, int]] = {}
    length = 0

    def add(piece: str | None) -> None:
        nonlocal length
        parts.append(piece or "")
        length += len(piece or "")

    def walk(node: ElementTree.Element) -> None:
        start = length
        add(node.text)
        for child in node:
            walk(child)
            add(child.tail)
        if node.tag == "TIMEX3":
            offsets[id(node)] = (start, length)

    walk(text_node)
    return "".join(parts), offsets


def read_timexes(root: Path, in_sentence: bool = True) -> list[Timex]:
    """DATE expressions of every .tml file under `root`, with their document's creation time and (with
    `in_sentence`) the timing of the clause each hangs on, read from the spaCy parse of the document."""
    nlp = load_spacy(Settings().model) if in_sentence else None
    lexicon = default_lexicon() if in_sentence else None
    out = []
    for path in sorted(root.rglob("*.tml")):
        tree = ElementTree.parse(path)
        dct_node = tree.find(".//DCT/TIMEX3")
        if dct_node is None:
            print(f"{path}: no DCT, skipped", file=sys.stderr)
            continue
        dct = date.fromisoformat(dct_node.get("value", "")[:10])
        text_node = tree.find(".//TEXT")
        if text_node is None:
            continue
        text, offsets = _text_and_offsets(text_node)
        doc = nlp(text) if nlp is not None else None
        for node in text_node.iter("TIMEX3"):
            if node.get("type") != "DATE" or not node.text:
                continue
            future = past = False
            unit = None
            span = doc.char_span(*offsets[id(node)], alignment_mode="expand") if doc is not None else None
            verb = governing_verb(span) if span is not None and len(span) else None
            if span is not None and verb is not None and lexicon is not None:
                future, past = phrase_timing(span, read_modality(verb, lexicon) == "intended")
            if span is not None and len(span):
                unit = sentence_unit(span.root)
            phrase = " ".join(node.text.split())
            sentence = " ".join(span.root.sent.text.split()) if span is not None and len(span) else ""
            out.append(Timex(path.stem, phrase, node.get("value", ""), dct, future, past, unit, sentence))
    return out


def shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def half(doc: str) -> str:
    """`tune` or `check`: a fixed half of the documents by a hash of the file name."""
    return "tune" if int(hashlib.md5(doc.encode()).hexdigest(), 16) % 2 == 0 else "check"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    parser.add_argument("--context", action="store_true", help="print each miss's sentence")
    parser.add_argument("--alone", action="store_true", help="resolve each phrase without its sentence")
    parser.add_argument("--half", choices=("tune", "check"),
                        help="print misses of this half only: read the misses of `tune`, keep `check` unread"
                        " to see whether a rule holds on unseen documents")
    args = parser.parse_args(argv)
    timexes = read_timexes(args.root, in_sentence=not args.alone)
    right = Counter[str]()
    total = Counter[str]()
    misses = []
    by_half = {name: Counter[str]() for name in ("tune", "check")}
    told: dict[str, str] = {}  # by document, the last value resolved: what "the following year" counts from
    for t in timexes:
        got = timex_value(t.text, t.dct, future=t.future, past=t.past, unit=t.unit, anchor=told.get(t.doc))
        if got is not None and date_span(got) is not None:
            told[t.doc] = got
        key = shape(t.value)
        total[key] += 1
        counts = by_half[half(t.doc)]
        on_calendar = bool(CALENDAR.match(key.replace("9", "1")))
        counts["n"] += 1
        counts["n_cal"] += on_calendar
        if got == t.value:
            right[key] += 1
            counts["right"] += 1
            counts["r_cal"] += on_calendar
        elif args.half is None or half(t.doc) == args.half:
            misses.append((t, got))
    n = sum(total.values())
    calendar = [k for k in total if CALENDAR.match(k.replace("9", "1"))]
    n_cal = sum(total[k] for k in calendar)
    r_cal = sum(right[k] for k in calendar)
    print(f"DATE expressions: {n} in {len({t.doc for t in timexes})} documents")
    print(f"exact value, all:      {sum(right.values()) / n:.3f} ({sum(right.values())}/{n})")
    print(f"exact value, calendar: {r_cal / n_cal:.3f} ({r_cal}/{n_cal})")
    for name, counts in by_half.items():
        n_all, n_on = max(counts["n"], 1), max(counts["n_cal"], 1)
        print(f"  {name:5} half: all {counts['right'] / n_all:.3f} ({counts['right']}/{counts['n']}),"
              f" calendar {counts['r_cal'] / n_on:.3f} ({counts['r_cal']}/{counts['n_cal']})")
    for key, count in total.most_common(15):
        print(f"  {key:14} {right[key]:5}/{count:<5} {right[key] / count:.2f}")
    for t, got in misses[:args.errors]:
        tense = "future" if t.future else "past" if t.past else "-"
        print(f"  MISS {t.doc} dct={t.dct} {t.text!r} ({tense}{', Q' if t.unit else ''}): gold {t.value},"
              f" got {got}")
        if args.context:
            print(f"      {t.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
