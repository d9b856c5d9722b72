"""How well newsevents resolves date expressions: TimeML gold (TempEval-3's TimeBank + AQUAINT, TBAQ-cleaned).

    python benchmarks/timeml.py ../shared/gold/time/TBAQ-cleaned [--errors 40]

Every TIMEX3 of type DATE in the documents' text is resolved by `newsevents.when.timex_value` against the
document creation time (DCT), alone, as newsevents sees a date phrase; its value must equal the gold value
exactly. Prints exact-value accuracy over all DATE expressions and over calendar values (a day, ISO week,
month, quarter or year: `1998-02-06`, `1998-W06`, `1998-02`, `1998-Q1`, `1998`), per value shape, and with
`--errors` a sample of the misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from newsevents.when import timex_value

CALENDAR = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q\d))?$")


@dataclass(frozen=True)
class Timex:
    doc: str
    text: str
    value: str
    dct: date


def read_timexes(root: Path) -> list[Timex]:
    """DATE expressions of every .tml file under `root`, with their document's creation time."""
    out = []
    for path in sorted(root.rglob("*.tml")):
        tree = ElementTree.parse(path)
        dct_node = tree.find(".//DCT/TIMEX3")
        if dct_node is None:
            print(f"{path}: no DCT, skipped", file=sys.stderr)
            continue
        dct = date.fromisoformat(dct_node.get("value", "")[:10])
        text_node = tree.find(".//TEXT")
        for node in text_node.iter("TIMEX3") if text_node is not None else ():
            if node.get("type") == "DATE" and node.text:
                out.append(Timex(path.stem, " ".join(node.text.split()), node.get("value", ""), dct))
    return out


def shape(value: str) -> str:
    return re.sub(r"\d", "9", value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args(argv)
    timexes = read_timexes(args.root)
    right = Counter[str]()
    total = Counter[str]()
    misses = []
    for t in timexes:
        got = timex_value(t.text, t.dct)
        key = shape(t.value)
        total[key] += 1
        if got == t.value:
            right[key] += 1
        else:
            misses.append((t, got))
    n = sum(total.values())
    calendar = [k for k in total if CALENDAR.match(k.replace("9", "1"))]
    n_cal = sum(total[k] for k in calendar)
    r_cal = sum(right[k] for k in calendar)
    print(f"DATE expressions: {n} in {len({t.doc for t in timexes})} documents")
    print(f"exact value, all:      {sum(right.values()) / n:.3f} ({sum(right.values())}/{n})")
    print(f"exact value, calendar: {r_cal / n_cal:.3f} ({r_cal}/{n_cal})")
    for key, count in total.most_common(15):
        print(f"  {key:14} {right[key]:5}/{count:<5} {right[key] / count:.2f}")
    for t, got in misses[:args.errors]:
        print(f"  MISS {t.doc} dct={t.dct} {t.text!r}: gold {t.value}, got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
