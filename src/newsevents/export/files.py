"""`newsevents export`: the store written out as files for other tools.

- `parquet`, `csv`, `jsonl`: every table, one file each (`events.parquet`, `article_events.parquet`, …),
  written by DuckDB's COPY;
- `gdelt`: `events.export.CSV`, GDELT 2.0 event-table rows (see `gdelt.py`);
- `plover`: `events.plover.jsonl`, PLOVER/POLECAT-style records with evidence (see `plover.py`).
"""

from __future__ import annotations

import csv
import json
from enum import StrEnum
from itertools import islice
from pathlib import Path

from ..store import COLUMNS, Store
from . import gdelt, plover


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    plover = "plover"


def export_store(store: Store, fmt: ExportFormat, out_dir: Path) -> list[Path]:
    """Write the store in `fmt` into `out_dir` (created if missing); returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt is ExportFormat.gdelt:
        path = out_dir / "events.export.CSV"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerows(gdelt.gdelt_rows(store.iter_rows(gdelt.QUERY)))
        return [path]
    if fmt is ExportFormat.plover:
        path = out_dir / "events.plover.jsonl"
        events = store.iter_rows(plover.QUERY)
        with path.open("w", encoding="utf-8") as fh:
            while chunk := list(islice(events, 1000)):
                evidence: dict[int, list[dict[str, object]]] = {}
                reader = store.for_thread()  # the events cursor is still open: read evidence beside it
                for row in reader.iter_rows(plover.EVIDENCE_QUERY, [[e["id"] for e in chunk]]):
                    evidence.setdefault(int(str(row["global_id"])), []).append(row)
                for record in plover.plover_records(chunk, evidence):
                    fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return [path]
    written = []
    for table in COLUMNS:
        path = out_dir / f"{table}.{fmt.value}"
        store.copy_table(table, path, fmt.value)
        written.append(path)
    return written
