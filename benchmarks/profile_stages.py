"""CPU time of the newsevents stages alone, per article, with an optional cProfile of them.

    python benchmarks/profile_stages.py   # 400 Reuters articles (../shared)
    python benchmarks/profile_stages.py --n 200 --profile 40 --sort tottime

spaCy's own components run first over all articles (not timed); then the newsevents stages, the result
collection and the JSON output the `extract --format jsonl` command writes run over the parsed Docs,
timed with `time.process_time` (CPU time, so a loaded machine does not distort it much). Use it to compare
a speed change before/after; `benchmarks/throughput.py` gives the end-to-end ratio on an idle machine.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from itertools import islice
from pathlib import Path

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400, help="number of articles (default 400)")
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (cumulative, tottime)")
    parser.add_argument("--out", type=Path, help="also dump the raw profile here")
    args = parser.parse_args()

    from newsevents.ingest import read_inputs
    from newsevents.model import Article
    from newsevents.pipeline import STAGES, get_pipeline
    from newsevents.settings import Settings

    settings = Settings()
    pipe = get_pipeline(settings)
    inputs = read_inputs([str(args.corpus)], None, settings.max_chars)
    articles = list(islice((a for a in inputs if isinstance(a, Article)), args.n + 20))
    ours = [(name, stage) for name, stage in pipe.nlp.pipeline if name in STAGES]
    spacy_names = [name for name, _ in pipe.nlp.pipeline if name not in STAGES]
    docs = []
    with pipe.nlp.select_pipes(enable=spacy_names):
        for article in articles:
            if len(article.text) > settings.section_chars:
                continue  # long articles take another path; keep the measure simple
            docs.append(pipe.nlp(pipe._make_doc(article)))
    warm, docs = docs[:20], docs[20:]

    def run(batch: list) -> int:
        size = 0
        for doc in batch:
            for _, stage in ours:
                doc = stage(doc)
            size += len(json.dumps(pipe._result(doc).as_dict(), ensure_ascii=False))
        return size

    run(warm)  # first calls load tables and compile patterns: start-up, not the steady rate
    profiler = cProfile.Profile(time.process_time) if args.profile or args.out else None
    t0 = time.process_time()
    if profiler is not None:
        profiler.enable()
    size = run(docs)
    if profiler is not None:
        profiler.disable()
    cpu = time.process_time() - t0
    print(f"{len(docs)} articles, {size:,} bytes of JSON; newsevents stages: {cpu:.2f} s CPU, "
          f"{1000 * cpu / len(docs):.1f} ms/article" + (" (under cProfile)" if profiler else ""))
    if profiler is not None:
        if args.out:
            profiler.dump_stats(str(args.out))
        if args.profile:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.profile)


if __name__ == "__main__":
    main()
