"""Ingest throughput, memory and query latency of the DuckDB store.

    python benchmarks/ingest.py                    # 10,000 Reuters-21578 articles if ../shared is beside us
    python benchmarks/ingest.py --n 2000 --workers 1 --corpus my.jsonl

1. analysis only: the same articles through the same worker processes, results dropped;
2. ingest: `newsevents ingest` end to end into a new DuckDB file (reading, skipping, analysis, writing,
   cross-article merging); the ratio ingest/analysis is what storage costs (target >= 0.9);
3. resident memory of this process and its workers when 1k, 5k and 10k articles are in (should stay flat);
4. query latency of `newsevents events --actor ISR --since ...` on a store with 1,000,000 synthetic merged
   events (target < 200 ms), median of 7 runs after a warm-up.
Without a corpus, articles are generated from the bundled examples.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from throughput import SHARED_CORPUS, corpus_records

from newsevents.loader import _analysed, _Plan, default_workers, ingest
from newsevents.model import Article
from newsevents.pipeline import iter_batches
from newsevents.settings import Settings
from newsevents.store import EventQuery, Store

CHECKPOINTS = (1_000, 5_000, 10_000)


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of one process, from /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def total_rss_mb() -> float:
    return rss_mb() + sum(rss_mb(p.pid) for p in multiprocessing.active_children())


def analysis_only(articles: list[Article], settings: Settings, workers: int) -> float:
    start = time.perf_counter()
    plans = (_Plan(batch, [], 0) for batch in iter_batches(articles, settings.batch_size))
    for _plan, _results in _analysed(plans, settings, workers):
        pass
    return time.perf_counter() - start


def full_ingest(corpus: Path, db: Path, settings: Settings, workers: int) -> tuple[float, dict[int, float]]:
    memory: dict[int, float] = {}

    def on_batch(report) -> None:  # type: ignore[no-untyped-def]
        for mark in CHECKPOINTS:
            if report.read >= mark and mark not in memory:
                memory[mark] = total_rss_mb()

    start = time.perf_counter()
    with Store(db) as store:
        ingest([str(corpus)], store, settings, workers=workers, on_batch=on_batch)
        counts = store.counts()
    elapsed = time.perf_counter() - start
    print(f"stored       : {counts['articles']:,} articles, {counts['article_events']:,} article events, "
          f"{counts['events']:,} merged events")
    return elapsed, memory


SYNTHETIC_EVENTS = """
INSERT INTO events (id, block, cameo, cameo_root, cameo_name, plover, quad_class, goldstein,
                    source_code, source_name, target_code, target_name, negated, modality, confidence, date,
                    day, date_basis, num_articles, num_mentions, num_sources)
SELECT i, 'x', c, left(c, 2), 'synthetic', p, 1, 1.0, s, 'source', t, 'target', i % 17 = 0, 'asserted', 0.8,
       strftime(d, '%Y-%m-%d'), d, 'explicit', 1 + i % 5, 1 + i % 9, 1 + i % 3
FROM (
    SELECT i,
           ['040', '042', '111', '120', '190', '051', '036', '173'][1 + i % 8] AS c,
           ['CONSULT', 'CONSULT', 'ACCUSE', 'REJECT', 'ASSAULT', 'SUPPORT', 'AGREE',
            'COERCE'][1 + i % 8] AS p,
           ['ISR', 'RUS', 'UKR', 'USA', 'CHN', 'DEU', 'FRA', 'GBR', 'IRN', 'TUR', 'IND', 'BRA', 'EGY', 'QAT',
            'PSE', 'SYR', 'JPN', 'KOR', 'PRK', 'SAU'][1 + (i * 7) % 20] ||
           ['GOV', 'MIL', '', 'CVL'][1 + i % 4] AS s,
           ['ISR', 'RUS', 'UKR', 'USA', 'CHN', 'DEU', 'FRA', 'GBR', 'IRN', 'TUR', 'IND', 'BRA', 'EGY', 'QAT',
            'PSE', 'SYR', 'JPN', 'KOR', 'PRK', 'SAU'][1 + (i * 13) % 20] || 'GOV' AS t,
           DATE '2018-01-01' + CAST(i % 2555 AS INTEGER) AS d
    FROM range(?) r(i)
)
"""


def query_latency(rows: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "synthetic.duckdb") as store:
        store.con.execute(SYNTHETIC_EVENTS, [rows])
        query = EventQuery(actor="ISR", since=date(2022, 3, 1), until=date(2022, 3, 31), limit=1000)
        found = len(store.events(query))
        timings = []
        for _ in range(7):
            start = time.perf_counter()
            store.events(query)
            timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the query test")
    args = parser.parse_args()

    records = corpus_records(args.corpus, args.n)
    settings = Settings()
    words = sum(len(r["text"].split()) for r in records)
    source = args.corpus if args.corpus.exists() else "generated from the bundled examples"
    print(f"{len(records):,} articles, {words:,} words ({source}), {args.workers} worker(s)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        articles = [Article(id=r["id"], text=r["text"], title=r.get("title"),
                            published=date.fromisoformat(r["published"]) if r.get("published") else None)
                    for r in records]
        if args.workers <= 1:  # in-process: build the pipeline before timing, as both phases share it
            from newsevents.pipeline import get_pipeline

            list(get_pipeline(settings).run(articles[:20]))  # first calls allocate
        bare = analysis_only(articles, settings, args.workers)
        stored, memory = full_ingest(corpus, Path(tmp) / "events.duckdb", settings, args.workers)
    print(f"analysis only: {len(records) / bare:8.1f} articles/s")
    print(f"ingest       : {len(records) / stored:8.1f} articles/s")
    print(f"ratio        : {bare / stored:.2f}x analysis-only (target >= 0.90)")
    print("memory       : " + ", ".join(f"{mark:,} articles {mb:,.0f} MB"
                                        for mark, mb in sorted(memory.items())))
    latency, found = query_latency(args.events)
    print(f"query        : {latency:.1f} ms median for --actor ISR --since/--until one month on "
          f"{args.events:,} events ({found} rows; target < 200 ms)")


if __name__ == "__main__":
    main()
