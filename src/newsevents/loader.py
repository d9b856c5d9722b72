"""Ingest a corpus into the store: read, skip what is stored, analyse on every core, write batch by batch.

1. read: every input (files, directories, stdin) as `Article`s; unreadable ones are reported, not fatal;
2. decide, per batch: an article already stored with the same text is skipped (unless `reprocess_older`
   and an older pipeline version produced it); an identical text already stored or read under another id
   is a syndicated copy, stored as `duplicate_of` without analysis so it is never counted twice;
3. analyse: in `workers` processes, each loading the spaCy pipeline once;
4. write: one transaction per batch, by this process alone (DuckDB has one writer).
A crash or kill loses at most the batches not yet committed; running the same command again resumes.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from . import PIPELINE_VERSION, errors
from .errors import InputError, NewseventsError
from .ingest import IdClash, read_inputs
from .merge import DEFAULT_WINDOW_DAYS
from .model import Article, ArticleResult
from .pipeline import iter_batches
from .settings import Settings
from .store import Store

MAX_WINDOW_DAYS = 3660  # ten years: reports of one happening further apart are not one happening


@dataclass
class IngestReport:
    """What one ingest run did; `on_batch` receives it after every committed batch."""

    read: int = 0
    analysed: int = 0
    skipped: int = 0  # already stored with the same text and version
    duplicates: int = 0  # syndicated copies of a stored text
    failed: int = 0  # inputs that could not be read, id clashes included
    clashes: int = 0  # articles not stored because another input of this run had their id (also in failed)
    events: int = 0  # events found in the analysed articles
    batches: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        """Articles read per second so far."""
        return self.read / max(1e-9, time.monotonic() - self.started)


@dataclass(frozen=True)
class _Plan:
    analyse: list[Article]
    duplicates: list[tuple[Article, str]]
    skipped: int


def ingest(paths: Iterable[str], store: Store, settings: Settings, published: date | None = None,
           workers: int = 1, reprocess_older: bool = False, window_days: int = DEFAULT_WINDOW_DAYS,
           on_error: Callable[[InputError], None] | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Analyse and store every article in `paths` (see the module docstring)."""
    if not 0 <= window_days <= MAX_WINDOW_DAYS:
        raise InputError(errors.Code.E008, "--window-days", f"{window_days} is not between 0 and "
                         f"{MAX_WINDOW_DAYS} days")
    report = IngestReport()

    def articles() -> Iterator[Article]:
        for item in read_inputs(list(paths), published, settings.max_chars, unique_ids=True):
            if isinstance(item, InputError):
                report.failed += 1
                report.clashes += isinstance(item, IdClash)
                if on_error:
                    on_error(item)
            else:
                yield item

    workers = max(1, min(workers, default_workers()))  # more processes than cores only cost memory
    if workers > 1:
        store.limit_threads(1)  # the analysis workers have the cores; the writer's queries are small
    planner = _Planner(store, reprocess_older)
    plans = (planner.plan(batch) for batch in iter_batches(articles(), settings.batch_size))
    for plan, results in _analysed(plans, settings, workers):
        duplicates = [(ArticleResult(article=a), original) for a, original in plan.duplicates]
        store.write(results, PIPELINE_VERSION, duplicates, window_days)
        report.read += len(plan.analyse) + len(plan.duplicates) + plan.skipped
        report.analysed += len(results)
        report.duplicates += len(plan.duplicates)
        report.skipped += plan.skipped
        report.events += sum(len(r.events) for r in results)
        report.batches += 1
        if on_batch:
            on_batch(report)
    return report


class _Planner:
    """Decides what each batch needs; remembers the texts this run has stored so far."""

    def __init__(self, store: Store, reprocess_older: bool) -> None:
        self.reader = store.for_thread()  # plans are made in the pool's feeding thread, apart from the writer
        self.reprocess_older = reprocess_older
        self.seen: dict[str, str] = {}  # sha256 -> id of the article stored with that text in this run

    def plan(self, batch: list[Article]) -> _Plan:
        # read_inputs reports an id read twice from two places; the same file given twice is one article
        latest = list({a.id: a for a in batch}.values())
        stored = self.reader.stored_articles([a.id for a in latest])
        originals = self.reader.ids_with_text([a.sha256 for a in latest])
        analyse: list[Article] = []
        duplicates: list[tuple[Article, str]] = []
        skipped = 0
        for article in latest:
            sha = article.sha256
            known = stored.get(article.id)
            if known and known[0] == sha and not (self.reprocess_older and known[1] != PIPELINE_VERSION):
                skipped += 1
                self.seen.setdefault(sha, article.id)
                continue
            original = self.seen.get(sha) or originals.get(sha)
            if original is not None and original != article.id:
                duplicates.append((article, original))
                continue
            self.seen[sha] = article.id
            analyse.append(article)
        return _Plan(analyse, duplicates, skipped)


def _analysed(plans: Iterator[_Plan], settings: Settings,
              workers: int) -> Iterator[tuple[_Plan, list[ArticleResult]]]:
    """Each plan with its articles analysed, in input order, in this process or in `workers` processes."""
    if workers <= 1:
        from .pipeline import get_pipeline

        pipeline = get_pipeline(settings)
        for plan in plans:
            yield plan, list(pipeline.run(plan.analyse))
        return
    # The pool's feeder thread pulls plans as fast as it can; the semaphore keeps it a few batches ahead
    # of the writer, so memory stays flat however large the corpus. It waits with a timeout and gives up once
    # the run stops (a failure, Ctrl-C): the pool's shutdown waits for this thread, so it must never block.
    ahead = threading.BoundedSemaphore(2 * workers)
    stop = threading.Event()
    waiting: deque[_Plan] = deque()

    def feed() -> Iterator[list[Article]]:
        for plan in plans:
            while not ahead.acquire(timeout=0.2):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            waiting.append(plan)
            yield plan.analyse

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no DuckDB threads forked
    pool = context.Pool(workers, initializer=_start_worker, initargs=(settings,))
    try:
        for results in pool.imap(_analyse_in_worker, feed()):
            if isinstance(results, _Failed):
                raise results.error()
            yield waiting.popleft(), results
            ahead.release()
    finally:
        stop.set()
        pool.terminate()
        pool.join()


@dataclass(frozen=True)
class _Failed:
    """A worker's failure outside any one article (the model cannot load, memory ran out), sent back as plain
    data: newsevents errors do not survive pickling, and a pool whose result cannot be unpickled hangs."""

    kind: str  # the class name of a newsevents error, else ""
    code: str
    where: str
    detail: str

    def error(self) -> NewseventsError:
        cls = getattr(errors, self.kind, None)
        if isinstance(cls, type) and issubclass(cls, NewseventsError):
            return cls(errors.Code[self.code], self.where, self.detail)
        return NewseventsError(errors.Code.W004, self.where, self.detail)


_WORKER_SETTINGS: Settings | None = None


def _start_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _analyse_in_worker(articles: list[Article]) -> list[ArticleResult] | _Failed:
    from .pipeline import get_pipeline

    try:
        return list(get_pipeline(_WORKER_SETTINGS or Settings()).run(articles))
    except NewseventsError as exc:
        return _Failed(type(exc).__name__, exc.code.name, exc.where, exc.detail)
    except Exception as exc:  # anything else a worker meets ends the run with one line, never a hang
        detail = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        return _Failed("", "W004", "analysis worker", detail)


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
