"""Geocoding and event places on gold nobody here wrote (read from ../shared/gold/geo, never copied).

    python benchmarks/geo.py geovirus [--n 229] [--before] [--misses]
    python benchmarks/geo.py events --split dev|test [--n 150] [--skip 0] [--before] [--misses]

geovirus: every gold place name of GeoVirus (Gritta et al. 2018; Wikinews articles, Wikipedia coordinates) is
resolved with its article as context — the article's other place names as spaCy's NER finds them, its
demonyms — and scored: share within 161 km of the gold point (the field's usual "accuracy@161"), median error.
`--before` uses the geocoder of the commit before issue 11 (most-populous match + article countries).

events: the event-location set (Halterman 2019, MIT): sentences with an event verb and, when the sentence
says it, the span where it happened. The set is split by a hash of the sentence: `dev` (tuned on) and `test`
(held out: never looked at while tuning). The first `--n` sentences of the split are run through the full
pipeline; for each gold verb our event (the one whose trigger overlaps it) is found and its place is right
when it is the place the gold span names (the span's entity's place, the same name, or a point within 25 km
of the span's own geocoding: another spelling of the same place), or rightly none. A gold verb with no event
of ours is not scored at all (`verbs` counts them, `events` the scored ones): the figures are of places, not
of events found. `--skip 400` leaves out the dev split's first 400 sentences, tuned on hardest. Spans given
in tokens rather than characters (some records) are converted first.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import statistics
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "geo"
BEFORE_COMMIT = "4d3b606"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def before_module() -> ModuleType:
    """where.py as it was before issue 11, imported inside the package (its relative imports still work)."""
    import subprocess

    import newsevents

    root = Path(newsevents.__file__).resolve().parents[2]
    src = subprocess.run(["git", "-C", str(root), "show", f"{BEFORE_COMMIT}:src/newsevents/where.py"],
                         capture_output=True, text=True, check=True).stdout
    path = Path(newsevents.__file__).parent / "_where_before_tmp.py"
    path.write_text(src, encoding="utf-8")
    try:
        spec = importlib.util.spec_from_file_location("newsevents._where_before_tmp", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        path.unlink()
    return module


def geovirus(n: int, before: bool, misses: bool = False) -> dict[str, Any]:
    from newsevents.nlp import load_spacy
    from newsevents.settings import Settings
    from newsevents.where import Toponym, article_context, default_gazetteer, toponym_at

    nlp = load_spacy(Settings().model)
    old = before_module().Gazetteer() if before else None
    gaz = default_gazetteer()
    root = ET.parse(GOLD / "GeoVirus.xml").getroot()
    errors: list[float] = []
    found = 0
    for article in list(root.iter("article"))[:n]:
        text = article.findtext("text") or ""
        gold = [(*_span(text, loc.findtext("name") or "", int(loc.findtext("start") or 0)),
                 float(loc.findtext("lat") or 0), float(loc.findtext("lon") or 0))
                for loc in article.iter("location")]
        doc = nlp(text)
        spans = [(s, e) for s, e, _, _ in gold]
        taken = {i for s, e in spans for i in range(s, e)}
        extra = [(ent.start_char, ent.end_char) for ent in doc.ents
                 if ent.label_ in {"GPE", "LOC", "FAC"} and ent.start_char not in taken]
        if old is not None:
            about = Counter(p.country for s, e in spans + extra
                            if (p := old.geocode(text[s:e])) is not None and p.feature == "country"
                            and p.country)
            places = [old.geocode(text[s:e], about, old.place_hint(doc, _Ent(s, e), old)
                                  if hasattr(old, "place_hint") else None) for s, e in spans]
        else:
            ctx = article_context(text, [e.text for e in doc.ents if e.label_ == "NORP"], None, gaz)
            tops: list[Toponym] = [toponym_at(text, s, e) for s, e in spans + extra]
            places = gaz.resolve(tops, ctx)[:len(spans)]
        for (s, e, lat, lon), place in zip(gold, places, strict=True):
            if place is None or place.lat is None or place.lon is None:
                errors.append(20038.0)  # half the earth: not found counts as the worst error
                if misses:
                    print(f"MISS\tnone\t{text[s:e]!r}\t{lat:.2f},{lon:.2f}", file=sys.stderr)
                continue
            found += 1
            errors.append(km(lat, lon, place.lat, place.lon))
            if misses and errors[-1] >= 161:
                print(f"MISS\t{place.feature}\t{text[s:e]!r}\t{lat:.2f},{lon:.2f}\t{place.name}\t"
                      f"{place.country}\t{place.lat:.2f},{place.lon:.2f}\t{errors[-1]:.0f}km\t"
                      f"{text[max(0, s - 30):e + 30]!r}", file=sys.stderr)
    within = sum(e < 161 for e in errors)
    return {"names": len(errors), "found": found, "acc@161km": round(within / len(errors), 4),
            "median_km": round(statistics.median(errors), 1),
            "mean_km_found": round(statistics.mean(e for e in errors if e < 20038.0), 1) if found else None}


def _span(text: str, name: str, start: int) -> tuple[int, int]:
    """The name's offsets: GeoVirus counts from 1; take the occurrence nearest the given start."""
    hits = [i for i in range(max(0, start - 5), start + 5) if text.startswith(name, i)]
    s = min(hits, key=lambda i: abs(i - start + 1)) if hits else start - 1
    return s, s + len(name)


class _Ent:
    """Enough of an Entity for the old `place_hint`: one mention's offsets."""

    def __init__(self, start: int, end: int) -> None:
        self.mentions = (_Mention(start, end),)


class _Mention:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def split_of(text: str) -> str:
    return "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def events(split: str, n: int, before: bool, misses: bool = False, skip: int = 0) -> dict[str, Any]:
    from newsevents import where
    from newsevents.actors.knowledge import normalize
    from newsevents.model import Article
    from newsevents.pipeline import get_pipeline

    if before:  # the old locator: one hop below in/at, geocoded by the old gazetteer
        old = before_module()
        where.locate_events = old.locate_events
        import newsevents.events as stage

        stage.locate_events = old.locate_events
        stage.default_gazetteer = old.default_gazetteer
    records = []
    with (GOLD / "event_location.dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if split_of(rec["text"]) == split:
                records.append(rec)
            if len(records) >= skip + n:
                break
    records = records[skip:]  # the split's first items were tuned hard: --skip 400 works from the rest
    pipeline = get_pipeline()
    gaz = where.default_gazetteer()
    tally: Counter[str] = Counter()
    articles = [Article(id=f"s{i}", text=r["text"]) for i, r in enumerate(records)]
    for rec, result in zip(records, pipeline.run(articles), strict=True):
        text = rec["text"]
        verbs = [_char_span(text, s) for s in rec["spans"] if s["label"] == "VERB"]
        golds = [_char_span(text, s) for s in rec["spans"] if s["label"] == "LOCATION"]
        for verb in verbs:
            tally["verbs"] += 1
            tally["verbs_with_place"] += bool(golds)
            event = next((e for e in result.events for m in e.mentions
                          if m.trigger_start < verb["end"] and verb["start"] < m.trigger_end), None)
            if event is None:
                continue
            tally["events"] += 1
            loc = event.location
            if not golds:
                tally["right"] += loc is None
                if misses and loc is None:
                    print(f"NONE\t{text[verb['start']:verb['end']]}\t[]\tNone\t{text}", file=sys.stderr)
                if misses and loc is not None:
                    print(f"EXTRA\t{text[verb['start']:verb['end']]}\t{(loc.name, loc.feature)}\t{text}",
                          file=sys.stderr)
                continue
            tally["events_with_place"] += 1
            ok = False
            for g in golds:
                span_places = [e.place for e in result.entities for m in e.mentions
                               if e.place and m.start < g["end"] and g["start"] < m.end]
                gold_text = normalize(text[g["start"]:g["end"]])
                if loc is not None and (loc in span_places or normalize(loc.name) in gold_text
                                        or _same_point(loc, gaz.geocode(text[g["start"]:g["end"]]))):
                    ok = True
            tally["right"] += ok
            tally["right_with_place"] += ok
            if misses and ok:
                ours = (loc.name, loc.feature) if loc is not None else None
                named = [text[g["start"]:g["end"]] for g in golds]
                print(f"RIGHT\t{text[verb['start']:verb['end']]}\t{named}\t{ours}\t{text}", file=sys.stderr)
            if misses and not ok:
                spans = [text[g["start"]:g["end"]] for g in golds]
                ours = loc and (loc.name, loc.feature)
                print(f"MISS\t{text[verb['start']:verb['end']]}\t{spans}\t{ours}\t{text}", file=sys.stderr)
    return {"split": split, "skip": skip, "sentences": len(records), **tally,
            "place_right": round(tally["right"] / tally["events"], 3) if tally["events"] else None,
            "right_when_gold_names_place": round(tally["right_with_place"] / tally["events_with_place"], 3)
            if tally["events_with_place"] else None}




def _char_span(text: str, span: dict[str, Any]) -> dict[str, Any]:
    """The span in character offsets. Some records count tokens instead (the README says so): an empty span
    or one cutting a word is read as tokens `start` .. `end`, both included ("Luang Namtha" is 5 .. 6, "Port-
    au-Prince" 20 .. 24: the set's token ends are inclusive), a trailing punctuation token left out, counted
    as spaCy's English tokenizer counts them (clitics split, leading whitespace a token), as the set was
    made."""
    start, end = span["start"], span["end"]
    aligned = (end > start and text[start:end].strip() and (start == 0 or not text[start - 1].isalnum())
               and (end >= len(text) or not text[end].isalnum()))
    if aligned:
        return span
    tokens = _tokenizer()(text)
    last = max(start, end)
    if last >= len(tokens):
        return span
    if last > start and tokens[last].is_punct:
        last -= 1  # ("Tuz Khurmatu ,": a token span may run onto the comma after the name)
    return {**span, "start": tokens[start].idx, "end": tokens[last].idx + len(tokens[last])}


_TOKENIZER: list[Any] = []


def _tokenizer() -> Any:
    """spaCy's blank English pipeline (tokenizer only), made once."""
    if not _TOKENIZER:
        import spacy
        _TOKENIZER.append(spacy.blank("en"))
    return _TOKENIZER[0]


def _same_point(ours: Any, theirs: Any) -> bool:
    """The gold span names the same place under another spelling (Al-Mayadeen / Al Mayadin): within 25 km."""
    if ours is None or theirs is None or None in (ours.lat, ours.lon, theirs.lat, theirs.lon):
        return False
    return km(ours.lat, ours.lon, theirs.lat, theirs.lon) < 25


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["geovirus", "events"])
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--skip", type=int, default=0, help="leave out the split's first SKIP sentences")
    ap.add_argument("--before", action="store_true", help="the geocoder before issue 11")
    ap.add_argument("--misses", action="store_true",
                    help="print each GeoVirus name off by 161 km or more; each scored event place: MISS, "
                         "EXTRA (a place where gold has none), RIGHT, NONE (rightly none)")
    args = ap.parse_args()
    if not GOLD.exists():
        sys.exit(f"no gold at {GOLD}")
    if args.set == "geovirus":
        out = geovirus(args.n or 10**6, args.before, args.misses)
    else:
        out = events(args.split, args.n or 150, args.before, args.misses, args.skip)
    print(json.dumps({"before" if args.before else "after": out}))


if __name__ == "__main__":
    main()
