"""Peak memory and time of one long article, parsed in sections (the default) and in one piece.

    python benchmarks/long_article.py --chars 300000

Each measurement runs in its own process (peak RSS is per process). The article is generated here: short
made-up paragraphs of diplomatic and police news repeated to the length asked (no corpus text)."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date

PARAGRAPH = ("The foreign minister of Ruritania met his counterpart in Berlin on Tuesday, officials said. "
             "Police arrested twelve protesters near the parliament after clashes with troops. ") * 3


def measure(chars: int, section_chars: int) -> dict[str, float]:
    """Analyse one generated article of about `chars` characters in this process; time, events, peak RSS."""
    from newsevents import Article, Pipeline
    from newsevents.settings import Settings

    text = "\n\n".join(PARAGRAPH for _ in range(max(1, chars // (len(PARAGRAPH) + 2))))
    pipeline = Pipeline(Settings(section_chars=section_chars, max_chars=max(chars * 2, 1_000_000)))
    start = time.perf_counter()
    result = pipeline.analyse(Article(id="long", text=text, published=date(2024, 1, 9)))
    return {"chars": len(text), "section_chars": section_chars, "events": len(result.events),
            "seconds": round(time.perf_counter() - start, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: section size to measure
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.chars, args.one)))
        return
    from newsevents.settings import Settings

    for section in (Settings().section_chars, 10 * args.chars):
        out = subprocess.run([sys.executable, __file__, "--chars", str(args.chars), "--one", str(section)],
                             capture_output=True, text=True, check=True).stdout
        row = json.loads(out)
        label = "sections" if section < args.chars else "one piece"
        print(f"{label:10} {row['chars']:>9,} chars  {row['events']:>5} events  {row['seconds']:>6} s  "
              f"peak RSS {row['peak_rss_mb']:,} MB")


if __name__ == "__main__":
    main()
