"""Gold standards newsevents is measured against, read into one shape (`GoldItem`).

- our own JSONL format (docs/eval.md): one article or sentence per line with its expected events;
- the PLOVER gold-standard records (`PLOVER_GSR_CAMEO.*.json`, CC BY-SA): one sentence each, with a PLOVER
  category (2016 names, mapped to today's by `data/plover_2016.csv`) and source/target actor lists;
- PETRARCH2's validation records (`PETR.UnitTest.records.xml`, MIT): `<Sentence>` with `<EventCoding>`s;
  the bundled constituency parses are ignored (we parse ourselves);
- ConfliBERT's CAMEO sets (`conflibert_cameo/`): `class.train.tsv`, `sentence<TAB>PentaClass` (0-4), and
  `ner.train.txt`, one `token TAG` per line (`B-S/I-S` source, `B-T/I-T` target), a blank line between
  sentences. Their items carry no `GoldEvent`s: `meta["format"]` says which they are and `conflibert.py`
  scores them (PentaClass in `meta["penta"]`, character spans in `meta["source_spans"]`/`["target_spans"]`).
Every reader yields items or one-line `InputError`s, so one bad record never stops an evaluation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from itertools import product
from pathlib import Path
from typing import Any

from ..errors import Code, InputError
from ..resources import load_table

FIELDS = ("source", "target", "cameo", "plover", "negated", "modality", "date", "location_country")


@dataclass(frozen=True)
class GoldEvent:
    """An expected event. Parties are a country ("ISR": any actor of Israel) or a full code ("ISRGOV",
    "IGOUNO"); None means the text names no party. Unset fields (None) are not scored."""

    source: str | None
    target: str | None
    cameo: str | None = None
    plover: str | None = None
    negated: bool | None = None
    modality: str | None = None
    date: str | None = None
    location_country: str | None = None


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]
    origin: str = ""
    # PETRARCH records code only events with both parties and name codes we must learn from their dictionary
    meta: dict[str, Any] = field(default_factory=dict)


def read_gold(path: Path) -> Iterator[GoldItem | InputError]:
    """Any supported gold file, by its content: our JSONL, PLOVER GSR JSON, or PETRARCH XML records."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        yield InputError(Code.E001, str(path))
        return
    except UnicodeDecodeError as exc:
        yield InputError(Code.E004, str(path), str(exc.reason))
        return
    head = text.lstrip()[:200]
    first = next((line for line in text.splitlines() if line.strip()), "")
    if head.startswith("<"):
        yield from read_petrarch_records(text, str(path))
    elif head.startswith("["):
        yield from read_plover_gsr(text, str(path))
    elif CLASS_LINE.match(first):
        yield from read_conflibert_class(text, str(path))
    elif NER_LINE.match(first):
        yield from read_conflibert_ner(text, str(path))
    else:
        yield from read_jsonl_gold(text, str(path))


def read_jsonl_gold(text: str, origin: str) -> Iterator[GoldItem | InputError]:
    """Our format: `{"id", "text", "published"?, "events": [{source, target, cameo?, plover?, ...}]}`."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(Code.E006, where, exc.msg)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(Code.E007, where)
            continue
        try:
            events = tuple(_gold_event(e) for e in record.get("events", []))
            published = date.fromisoformat(record["published"]) if record.get("published") else None
        except (TypeError, ValueError, KeyError) as exc:
            yield InputError(Code.E008, where, str(exc))
            continue
        yield GoldItem(str(record.get("id", lineno)), record["text"], published, events, where,
                       {"note": record.get("note")})


def _gold_event(raw: dict[str, Any]) -> GoldEvent:
    unknown = set(raw) - set(FIELDS) - {"note"}
    if unknown:
        raise ValueError(f"unknown event field(s) {sorted(unknown)}")
    if raw.get("cameo") is None and raw.get("plover") is None:
        raise ValueError("an event needs a cameo code or a plover category")
    return GoldEvent(**{k: raw.get(k) for k in FIELDS})


def read_plover_gsr(text: str, origin: str) -> Iterator[GoldItem | InputError]:
    """PLOVER gold-standard records: each source x target pair is one expected event of the category."""
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(Code.E006, origin, exc.msg)
        return
    renamed = {row["old"]: row["new"] for row in load_table("plover_2016", ("old", "new"))}
    for n, record in enumerate(records, 1):
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue  # the file's own documentation record
        category = renamed.get(record["event"], record["event"])
        sources: list[str | None] = [*_gsr_actors(record.get("source"))] or [None]
        targets: list[str | None] = [*_gsr_actors(record.get("target"))] or [None]
        events = tuple(GoldEvent(s, t, plover=category) for s, t in product(sources, targets))
        yield GoldItem(record.get("id", str(n)), record["text"], None, events, f"{origin} record {n}",
                       {"gsr_event": record["event"]})


def _gsr_actors(value: Any) -> list[str]:
    """Country codes of a GSR actor list ("IGO" actors stay IGO: the records do not say which one)."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(str(a["code"]) for a in value if isinstance(a, dict) and a.get("code")))


SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
CODING = re.compile(r"<EventCoding\b([^>]*)>", re.S)
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def read_petrarch_records(text: str, origin: str) -> Iterator[GoldItem | InputError]:
    """PETRARCH validation records: the text, its date and every `<EventCoding>` as a full-code event.

    A record whose coding is `noevents="True"` expects no event; codes stay PETRARCH's own (4-digit CAMEO
    codes are compared on their first three digits)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for n, match in enumerate(SENTENCE.finditer(text), 1):
        attrs = dict(ATTR.findall(match.group(1)))
        body = match.group(2)
        where = f"{origin} record {attrs.get('id', n)}"
        found = TEXT.search(body)
        if not found:
            yield InputError(Code.E007, where)
            continue
        sentence = " ".join(unescape(found.group(1)).split())
        events = []
        for coding in CODING.finditer(body):
            c = dict(ATTR.findall(coding.group(1)))
            if c.get("noevents", "").lower() == "true" or "eventcode" not in c:
                continue
            events.append(GoldEvent(c.get("sourcecode") or None, c.get("targetcode") or None,
                                    cameo=c["eventcode"]))
        raw_date = attrs.get("date", "")
        try:
            published = date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8])) if raw_date else None
        except ValueError:
            yield InputError(Code.E008, where, f"bad date {raw_date!r}")
            continue
        yield GoldItem(attrs.get("id", str(n)), sentence, published, tuple(events), where,
                       {"category": attrs.get("category")})


CLASS_LINE = re.compile(r"^(?P<text>[^\t{\[<].*)\t(?P<label>[0-4])\s*$")
NER_LINE = re.compile(r"^(?P<token>\S+) (?P<tag>O|[BI]-[A-Z]+)\s*$")
# Tokens written without a space before them (and after OPEN), when rebuilding a sentence from its tokens.
NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve",
                             "'ll", "'d", "'m", "’s", "’"})
OPEN = frozenset({"(", "[", "{", "$", "#"})


def read_conflibert_class(text: str, origin: str) -> Iterator[GoldItem | InputError]:
    """`sentence<TAB>class` lines: class is the CAMEO PentaClass of the sentence's event (0: roots 01-02,
    1: 03-05, 2: 06-08, 3: 09-13, 4: 14-20)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = CLASS_LINE.match(line)
        where = f"{origin}:{lineno}"
        if not match:
            yield InputError(Code.E008, where, "expected sentence<TAB>class (0-4)")
            continue
        yield GoldItem(str(lineno), match["text"].strip(), None, (), where,
                       {"format": "conflibert_class", "penta": int(match["label"])})


def read_conflibert_ner(text: str, origin: str) -> Iterator[GoldItem | InputError]:
    """One `token TAG` a line, sentences apart by a blank line. The sentence is rebuilt from its tokens
    (no space before closing punctuation and clitics) and each `B-S/I-S` (`B-T/I-T`) run becomes a
    character span of the source (target)."""
    block: list[tuple[int, str, str]] = []
    for lineno, line in enumerate([*text.splitlines(), ""], 1):
        if line.strip():
            match = NER_LINE.match(line.strip())
            if not match:
                yield InputError(Code.E008, f"{origin}:{lineno}", "expected `token TAG`")
                continue
            block.append((lineno, match["token"], match["tag"]))
            continue
        if block:
            yield _ner_item(block, origin)
            block = []


def _ner_item(block: list[tuple[int, str, str]], origin: str) -> GoldItem:
    parts: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": []}
    offset = 0
    prev_tag = "O"
    previous = ""
    for _, token, tag in block:
        clitic = token in {"s", "t"} and previous in {"'", "’"}  # "Baghdad ’ s" is Baghdad’s
        if parts and token not in NO_SPACE_BEFORE and previous not in OPEN and not clitic:
            parts.append(" ")
            offset += 1
        start, offset = offset, offset + len(token)
        parts.append(token)
        previous = token
        role = tag[2:]
        if role in spans:
            if tag.startswith("B-") or prev_tag[2:] != role:
                spans[role].append((start, offset))
            else:
                spans[role][-1] = (spans[role][-1][0], offset)
        prev_tag = tag
    first = block[0][0]
    return GoldItem(str(first), "".join(parts), None, (), f"{origin}:{first}",
                    {"format": "conflibert_ner", "source_spans": spans["S"], "target_spans": spans["T"]})
