"""Throughput of the full newsevents pipeline against bare spaCy on the same articles.

    python benchmarks/throughput.py                 # 1,000 Reuters-21578 articles if ../shared is beside us
    python benchmarks/throughput.py --n 2000 --corpus my.jsonl

Both runs use the same installed spaCy pipeline, the same batch size and the same articles, one process,
one core. "bare" is `nlp.pipe` with spaCy's own components only; "newsevents" is `extract()` — the work
behind `newsevents extract --format jsonl` — including reading, every newsevents stage and JSON output.
The ratio newsevents/bare is the figure the issues track (target >= 0.8). Peak RSS is the process's.
The two runs alternate for `--rounds` rounds (default 3) and the median ratio is the figure: one pair of runs
on a 2-core machine moved by ±0.1 from run to run. Each round prints its wall-clock ratio and its CPU-time
ratio (`time.process_time`, which leaves out time spent waiting for a core); here the two moved together, so a
busy neighbour slowed the core itself rather than taking it.
Without a corpus, articles are generated from the bundled examples (sentences shuffled per article).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578.jsonl"


def corpus_records(path: Path | None, n: int) -> list[dict[str, str]]:
    """The first `n` records of a JSONL corpus, or `n` articles generated from the bundled examples."""
    if path is not None and path.exists():
        records = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if len(records) >= n:
                    break
                records.append(json.loads(line))
        return records
    folder = resources.files("newsevents").joinpath("examples")
    sentences = []
    for item in folder.iterdir():
        if item.name.endswith(".txt"):
            sentences.extend(s.strip() for s in item.read_text(encoding="utf-8").split(". ") if s.strip())
    rng = random.Random(0)
    return [{"id": f"gen-{i}", "published": "2023-01-14",
             "text": ". ".join(rng.sample(sentences, k=min(12, len(sentences)))) + "."} for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(work: Callable[[], T]) -> tuple[T, float, float]:
    """What `work()` returned, and the wall-clock and CPU seconds it took."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS, help="JSONL corpus in our input format")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="alternating bare/newsevents runs")
    args = parser.parse_args()

    from newsevents.cli import OutputFormat, extract
    from newsevents.nlp import load_spacy
    from newsevents.settings import Settings

    records = corpus_records(args.corpus, args.n)
    source = "generated from bundled examples" if not args.corpus.exists() else str(args.corpus)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec) + "\n")
        path = fh.name
    texts = [(f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"]) for r in records]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(records)} articles, {words:,} words ({source})")

    settings = Settings(batch_size=args.batch_size)
    nlp = load_spacy(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_chars)
    list(nlp.pipe(texts[:20]))  # warm up: first calls allocate

    # build the pipeline and warm it up the way the timed run reads: the same records with their publication
    # dates, so date parsing's lazy first calls (dateparser compiles its locale patterns on first use) are
    # start-up, as spaCy's are above, and not part of the steady rate
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in records[:20]:
            fh.write(json.dumps(rec) + "\n")
        warm_path = fh.name
    extract([warm_path], settings, None, OutputFormat.jsonl, io.StringIO())
    Path(warm_path).unlink()

    wall_ratios, cpu_ratios = [], []
    for round_no in range(1, args.rounds + 1):
        _, bare, bare_cpu = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size)))
        (done, failed), full, full_cpu = timed(
            lambda: extract([path], settings, None, OutputFormat.jsonl, io.StringIO()))
        wall_ratios.append(bare / full)
        cpu_ratios.append(bare_cpu / full_cpu)
        print(f"round {round_no}      : bare {len(texts) / bare:5.1f} articles/s, newsevents"
              f" {done / full:5.1f} articles/s ({failed} unreadable); ratio {bare / full:.2f}x wall,"
              f" {bare_cpu / full_cpu:.2f}x CPU")
        sys.stdout.flush()
    Path(path).unlink()

    print(f"bare spaCy   : {len(texts) / bare:8.1f} articles/s  {words / bare:10,.0f} words/s  (last round)")
    print(f"newsevents   : {done / full:8.1f} articles/s  {words / full:10,.0f} words/s  (last round)")
    print(f"ratio        : {statistics.median(wall_ratios):.2f}x bare spaCy (target >= 0.80; median of "
          f"{len(wall_ratios)} rounds, wall clock; CPU time {statistics.median(cpu_ratios):.2f}x)")
    print(f"peak RSS     : {peak_rss_mb():.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
