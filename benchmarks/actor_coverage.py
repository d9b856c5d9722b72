"""Actor coverage on a real corpus: how many event parties carry a code an analysis can use.

    python benchmarks/actor_coverage.py ../shared/corpus/reuters21578.jsonl --n 1000 --seed 1
    python benchmarks/actor_coverage.py ../shared/corpus/insightcrime.jsonl --n 0     # every article

Over all events of the articles (`--n` drawn at random with `--seed`; `--n 0` reads them all):
- **coverage**: the share of event parties (non-null source/target) whose code has a country — its first
  three letters are a country code we know: ISO 3166 (pycountry), historical states (Soviet Union SUN/USR,
  Yugoslavia YUG, Czechoslovakia CSK, East Germany DDR, ...) and Kosovo — or is an international code
  (IGO, NGO, MNC, IMG). A party with only a sector (GOV, REB, CVL) or no code counts as uncovered;
- the share of the articles' entities with no actor code (by entity type too);
- the 30 commonest uncovered party names (with their code, if any), for error study.
`--json FILE` writes the figures and the full uncovered list.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit import sampled_articles  # benchmarks/ is not a package: imported from beside us

from newsevents import Article, ArticleResult, Pipeline, Settings
from newsevents.ingest.jsonl import read_jsonl_lines
from newsevents.resources import load_table

INTERNATIONAL = frozenset({"IGO", "NGO", "MNC", "IMG"})
# Codes CAMEO and PETRARCH use beside ISO 3166 (pycountry's historic_countries has SUN, YUG, CSK, DDR, ...).
EXTRA_COUNTRIES = frozenset({"USR", "KSV", "XKX", "FRG", "GDR"})


def known_countries() -> frozenset[str]:
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries if getattr(c, "alpha_3", None)}
    codes |= {row["iso3"] for row in load_table("countries", ("iso3",))}
    return frozenset(codes | EXTRA_COUNTRIES)


def covered(code: str | None, countries: frozenset[str]) -> bool:
    """A code with a country, or an international one (see the module docstring)."""
    return code is not None and (code[:3] in countries or code[:3] in INTERNATIONAL)


def articles(corpus: Path, n: int, seed: int, settings: Settings) -> Iterator[Article]:
    if n:
        yield from sampled_articles(corpus, random.Random(seed), n, settings.max_chars)
        return
    with corpus.open("rb") as fh:
        for item in read_jsonl_lines(fh, corpus.name, None, settings.max_chars):
            if isinstance(item, Article):
                yield item


def measure(results: Iterable[ArticleResult]) -> dict[str, Any]:
    countries = known_countries()
    n_articles = n_events = parties = covered_parties = 0
    entities = uncoded_entities = 0
    by_type: Counter[str] = Counter()
    uncoded_by_type: Counter[str] = Counter()
    uncovered: Counter[str] = Counter()
    for result in results:
        n_articles += 1
        names = {e.id: e.name for e in result.entities}
        for entity in result.entities:
            entities += 1
            by_type[entity.type] += 1
            if entity.actor is None or not entity.actor.code:
                uncoded_entities += 1
                uncoded_by_type[entity.type] += 1
        for event in result.events:
            n_events += 1
            for ref in (event.source, event.target):
                if ref is None or (ref.code is None and ref.entity_id is None):
                    continue
                parties += 1
                if covered(ref.code, countries):
                    covered_parties += 1
                else:
                    name = names.get(ref.entity_id or "", "(no entity)")
                    uncovered[f"{name} [{ref.code or '-'}]"] += 1
    return {
        "articles": n_articles, "events": n_events, "parties": parties, "covered_parties": covered_parties,
        "coverage": round(covered_parties / parties, 3) if parties else 0.0,
        "entities": entities, "uncoded_entities": uncoded_entities,
        "uncoded_entity_share": round(uncoded_entities / entities, 3) if entities else 0.0,
        "uncoded_entity_share_by_type": {t: round(uncoded_by_type[t] / by_type[t], 3)
                                         for t, _ in by_type.most_common()},
        "uncovered_parties": dict(uncovered.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="articles drawn at random; 0: all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    settings = Settings()
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    report = measure(pipeline.run(articles(args.corpus, args.n, args.seed, settings)))
    report.update(corpus=args.corpus.name, n=args.n, seed=args.seed,
                  seconds=round(time.perf_counter() - started, 1))
    print(f"{report['corpus']} (n={args.n or 'all'}, seed {args.seed}): {report['articles']} articles, "
          f"{report['events']} events, {report['parties']} parties, {report['seconds']} s")
    print(f"coverage (parties with a country or IGO/NGO/MNC/IMG code): {report['coverage']:.3f} "
          f"({report['covered_parties']}/{report['parties']})")
    print(f"entities with no actor code: {report['uncoded_entity_share']:.3f} "
          f"({report['uncoded_entities']}/{report['entities']}); by type: "
          + ", ".join(f"{t} {s:.2f}" for t, s in report["uncoded_entity_share_by_type"].items()))
    print(f"top {args.top} uncovered parties (name [code]):")
    for name, count in list(report["uncovered_parties"].items())[:args.top]:
        print(f"  {count:5d}  {name}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
