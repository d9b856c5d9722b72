"""Start-up cost of `newsevents extract`: time to the first analysed article and peak RSS, cold and warm.

    python benchmarks/startup.py            # 3 runs each, cold (empty knowledge cache) then warm
    python benchmarks/startup.py --runs 5

Each run is a fresh process (`python -m newsevents.cli extract FILE`) on one short inline article, so the
figure is what a user waits for before the first result: imports, spaCy model load, knowledge tables,
the phrase matcher, and one article. "cold" points XDG_CACHE_HOME at an empty directory (nothing cached);
"warm" reuses the cache the cold run wrote. Peak RSS is the child's (ru_maxrss).
A second figure isolates the actor knowledge: a fresh process that imports newsevents, builds the knowledge
base and the table phrase matcher (nothing else), cold and warm.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = ("Ministers meet in Geneva\n"
           "Russian Foreign Minister Sergei Lavrov met U.N. Secretary-General Antonio Guterres in Geneva on "
           "Tuesday, the Kremlin said, and urged the United States to resume talks on arms control.\n")


def run_once(article: Path, cache_home: Path) -> tuple[float, float]:
    """Seconds to the first analysed article and the child's peak RSS in MB."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", "from newsevents.cli import main; main()", "extract",
                           str(article), "--published", "2024-03-05", "--format", "jsonl"],
                          env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(rss, before) / 1024


KNOWLEDGE_ONLY = ("import time; t = time.perf_counter(); import spacy; "
                  "from newsevents.actors.knowledge import default_knowledge; "
                  "from newsevents.actors.mentions import build_phrase_matcher; "
                  "build_phrase_matcher(spacy.blank('en').vocab, default_knowledge()); "
                  "print(time.perf_counter() - t)")


def knowledge_once(cache_home: Path) -> float:
    """Seconds to import newsevents' actor modules and build the knowledge and matcher, in a fresh process."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    proc = subprocess.run([sys.executable, "-c", KNOWLEDGE_ONLY], env=env, capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return float(proc.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "geneva_2024-03-05.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        for label in ("cold", "warm"):
            times, rss = [], []
            for i in range(args.runs):
                cache_home = Path(tmp) / (f"cold{i}" if label == "cold" else "cold0")
                seconds, peak = run_once(article, cache_home)
                times.append(seconds)
                rss.append(peak)
            print(f"{label}: first article after {statistics.median(times):.2f} s (median of {args.runs}: "
                  f"{', '.join(f'{t:.2f}' for t in times)}), peak RSS {max(rss):.0f} MB")
        for label in ("cold", "warm"):
            homes = [Path(tmp) / (f"k{i}" if label == "cold" else "k0") for i in range(args.runs)]
            times = [knowledge_once(home) for home in homes]
            print(f"{label}: actor knowledge + phrase matcher alone {statistics.median(times):.2f} s "
                  f"(median of {args.runs}: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
