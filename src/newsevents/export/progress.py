"""Progress of a long ingest: a Rich bar at a terminal, one plain line per committed batch in a log."""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..errors import InputError

if TYPE_CHECKING:
    from ..loader import IngestReport


def count_inputs(paths: list[str]) -> int | None:
    """How many articles the inputs hold (lines of .jsonl, one per .txt), or None when unknown (stdin)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".txt" and f.is_file():
                total += 1
            elif f.suffix == ".jsonl" and f.is_file():
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
    return total


class IngestProgress:
    """Shows articles done, events found, rate and ETA; errors are printed above the bar."""

    def __init__(self, console: Console, total: int | None) -> None:
        self.console = console
        self.total = total
        self.live = console.is_terminal
        self.progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[events]} events, {task.fields[rate]:.1f} art/s"),
                                 TimeRemainingColumn(), console=console, transient=False)
        self.task = self.progress.add_task("ingest", total=total, events=0, rate=0.0)

    def __enter__(self) -> IngestProgress:
        if self.live:
            self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.live:
            self.progress.stop()

    def error(self, problem: InputError) -> None:
        self.console.print(f"[red]error:[/red] {problem.line()}", highlight=False)

    def update(self, report: IngestReport) -> None:
        """After each committed batch."""
        if self.live:
            self.progress.update(self.task, completed=report.read + report.failed, events=report.events,
                                 rate=report.rate)
            return
        # Not a terminal (a log, a pipe): one JSON line per committed batch, easy to parse and to tail.
        self.console.print(json.dumps({"batch": report.batches, "read": report.read, "total": self.total,
                                       "analysed": report.analysed, "skipped": report.skipped,
                                       "duplicates": report.duplicates, "events": report.events,
                                       "rate": round(report.rate, 2), "committed": True}),
                           highlight=False, soft_wrap=True)
