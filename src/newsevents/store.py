"""The event store: one DuckDB file with every analysed article, its entities, events, quotes and summary,
and the events merged across articles. This is the only module that writes SQL; the CLI, exports and (later)
the API call it.

Tables (documented in docs/store.md):
- `articles`: one row per article id, with its text, hash, pipeline version and `duplicate_of` (an
  identical text already stored under another id: a syndicated copy, kept but not counted again);
- `entities`, `mentions`, `article_events`, `event_mentions`, `quotes`, `summaries`: an article's result,
  keyed by `article_id`; every event row keeps its evidence (sentence and trigger offsets);
- `events`: one row per happening across articles (see `merge.same_happening`), with `num_articles`,
  `num_mentions`, `num_sources` and the articles that report it. `article_events.global_id` links the two.

Writing is transactional per batch of articles: an article's old rows are deleted and its new ones
inserted, then every merge block the batch touched is re-clustered from all its events and the merged
events whose membership changed are rebuilt, in the same transaction. A crash leaves the store as it was
after the last whole batch, and the cross-article merge depends only on which events are stored, not on
the order they arrived.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from .errors import Code, StoreError
from .events.lexicon import default_lexicon
from .merge import DEFAULT_WINDOW_DAYS, StoredEvent, cluster_across_articles, merge_block
from .model import ArticleResult, Event
from .when import date_span

# Column names and DuckDB types of every table, in order: the one description of the schema.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR"), ("sha256", "VARCHAR"), ("url", "VARCHAR"), ("source", "VARCHAR"),
        ("title", "VARCHAR"), ("published", "DATE"), ("text", "VARCHAR"), ("processed_at", "TIMESTAMP"),
        ("pipeline_version", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("warnings", "VARCHAR[]"),
    ],
    "entities": [
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("type", "VARCHAR"),
        ("actor_code", "VARCHAR"), ("actor_country", "VARCHAR"), ("actor_sector", "VARCHAR"),
        ("actor_name", "VARCHAR"),
    ],
    "mentions": [
        ("article_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("text", "VARCHAR"),
    ],
    "article_events": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("global_id", "BIGINT"), ("founder", "BOOLEAN"),
        ("block", "VARCHAR"), ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("cameo_name", "VARCHAR"),
        ("plover", "VARCHAR"), ("plover_mode", "VARCHAR"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("source_entity_id", "VARCHAR"), ("source_code", "VARCHAR"), ("source_name", "VARCHAR"),
        ("target_entity_id", "VARCHAR"), ("target_code", "VARCHAR"), ("target_name", "VARCHAR"),
        ("negated", "BOOLEAN"), ("modality", "VARCHAR"), ("confidence", "DOUBLE"), ("date", "VARCHAR"),
        ("date_text", "VARCHAR"), ("date_basis", "VARCHAR"), ("day_from", "DATE"), ("day_to", "DATE"),
        ("location_name", "VARCHAR"), ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"),
        ("location_country", "VARCHAR"), ("location_feature", "VARCHAR"), ("location_geonames_id", "BIGINT"),
        ("location_basis", "VARCHAR"),
    ],
    "event_mentions": [
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("sentence_index", "INTEGER"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("text", "VARCHAR"), ("trigger", "VARCHAR"),
        ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"), ("modality", "VARCHAR"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"), ("quote_index", "INTEGER"), ("speaker_entity_id", "VARCHAR"),
        ("speaker_code", "VARCHAR"), ("speaker_text", "VARCHAR"), ("text", "VARCHAR"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("verb", "VARCHAR"), ("kind", "VARCHAR"),
    ],
    "summaries": [
        ("article_id", "VARCHAR"), ("rank", "INTEGER"), ("sentence_index", "INTEGER"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("text", "VARCHAR"), ("score", "DOUBLE"),
    ],
    "events": [
        ("id", "BIGINT"), ("block", "VARCHAR"), ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"),
        ("cameo_name", "VARCHAR"), ("plover", "VARCHAR"), ("plover_mode", "VARCHAR"),
        ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"), ("source_code", "VARCHAR"),
        ("source_name", "VARCHAR"), ("target_code", "VARCHAR"), ("target_name", "VARCHAR"),
        ("negated", "BOOLEAN"), ("modality", "VARCHAR"), ("confidence", "DOUBLE"), ("date", "VARCHAR"),
        ("day", "DATE"), ("date_basis", "VARCHAR"), ("location_name", "VARCHAR"), ("location_lat", "DOUBLE"),
        ("location_lon", "DOUBLE"), ("location_country", "VARCHAR"), ("location_feature", "VARCHAR"),
        ("location_geonames_id", "BIGINT"), ("num_articles", "INTEGER"), ("num_mentions", "INTEGER"),
        ("num_sources", "INTEGER"), ("sources", "VARCHAR[]"), ("article_ids", "VARCHAR[]"),
        ("urls", "VARCHAR[]"), ("first_published", "DATE"), ("location_basis", "VARCHAR"),
    ],
}
# Columns added after the first release, by the migration that adds them to existing stores.
ADDED_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "0002_location_basis": [("article_events", "location_basis"), ("events", "location_basis")],
}
ARTICLE_TABLES = ("entities", "mentions", "article_events", "event_mentions", "quotes", "summaries")


def _create(table: str) -> str:
    """The table as the first release created it (later columns come with their migrations)."""
    later = {(t, c) for added in ADDED_COLUMNS.values() for t, c in added}
    columns = [(c, kind) for c, kind in COLUMNS[table] if (table, c) not in later]
    return f"CREATE TABLE {table} (" + ", ".join(f"{c} {kind}" for c, kind in columns) + ");"


def _add_columns(migration: str) -> str:
    kinds = {(t, c): kind for t in COLUMNS for c, kind in COLUMNS[t]}
    return "\n".join(f"ALTER TABLE {t} ADD COLUMN {c} {kinds[(t, c)]};" for t, c in ADDED_COLUMNS[migration])


# Named migrations, applied in order and recorded in `schema_migrations`; never edit one that has shipped.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", "\n".join(_create(t) for t in COLUMNS)),
    ("0002_location_basis", _add_columns("0002_location_basis")),  # "dateline": the place is the dateline's
]


@dataclass(frozen=True)
class EventQuery:
    """Filters of `Store.events`: all optional; codes match by prefix ("ISR" matches "ISRGOV")."""

    actor: str | None = None  # source or target
    between: tuple[str, str] | None = None  # one is source, the other target, either way round
    plover: str | None = None
    cameo: str | None = None  # prefix: "04" or "042"
    since: date | None = None
    until: date | None = None
    include_negated: bool = False
    limit: int | None = 1000


class Store:
    """A DuckDB event store. `Store(":memory:")` for tests; `Store(path)` creates or opens a file."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(Code.E012, self.path, "no such database file")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only and self.path != ":memory:")
        except duckdb.Error as exc:
            raise _open_error(self.path, exc) from None
        try:
            self.con.execute("SELECT 1").fetchone()
            if not read_only:
                self.migrate()
            elif not self._has_table("schema_migrations"):
                raise StoreError(Code.E012, self.path, "not a newsevents store (no schema_migrations table)")
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(Code.E012, self.path, _first_line(exc)) from None

    def for_thread(self) -> Store:
        """A view of this store for use from another thread: its own DuckDB cursor on the same database."""
        view = Store.__new__(Store)
        view.path, view.con = self.path, self.con.cursor()
        return view

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns their names."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(sql)
            self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, datetime.now()])
            self.con.execute("COMMIT")
            applied.append(name)
        return applied

    def _has_table(self, name: str) -> bool:
        row = self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                               [name]).fetchone()
        return bool(row and row[0])

    # --- writing --------------------------------------------------------------------------------------------
    def stored_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """For the ids already stored: id -> (sha256, pipeline_version)."""
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, sha256, pipeline_version FROM articles WHERE id IN "
                                "(SELECT unnest(?::VARCHAR[]))", [list(ids)]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def ids_with_text(self, hashes: Sequence[str]) -> dict[str, str]:
        """For hashes already stored as an original (not a duplicate): sha256 -> article id."""
        if not hashes:
            return {}
        rows = self.con.execute("SELECT sha256, min(id) FROM articles WHERE duplicate_of IS NULL "
                                "AND sha256 IN (SELECT unnest(?::VARCHAR[])) GROUP BY sha256",
                                [list(hashes)]).fetchall()
        return {r[0]: r[1] for r in rows}

    def write(self, results: Sequence[ArticleResult], pipeline_version: str,
              duplicates: Sequence[tuple[ArticleResult, str]] = (),
              window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        """Store analysed articles (replacing earlier versions of the same ids) and syndicated copies
        (`(result without analysis, id of the original)`), then re-merge the events they touch: one
        transaction."""
        now = datetime.now()
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in COLUMNS}
        for result in results:
            _result_rows(result, pipeline_version, now, None, rows)
        for result, original in duplicates:
            _result_rows(result, pipeline_version, now, original, rows)
        ids = [r[0] for r in rows["articles"]]
        self.con.execute("BEGIN TRANSACTION")
        try:
            replaced = list(self.stored_articles(ids))  # most batches replace nothing: skip the deletes
            blocks, old_events = self._events_of(replaced)
            self._delete_rows(replaced)
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            blocks |= {r[4] for r in rows["article_events"]}
            self._remerge(blocks, old_events | {r[2] for r in rows["article_events"]}, window_days)
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(Code.E014, self.path, f"writing failed: {_first_line(exc)}") from None
            raise

    def delete(self, ids: Sequence[str], window_days: int = DEFAULT_WINDOW_DAYS) -> int:
        """Delete articles and everything they contributed; events they shared are re-merged. Returns the
        number of articles deleted."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            found = list(self.stored_articles(ids))
            blocks, old_events = self._events_of(found)
            self._delete_rows(found)
            self._remerge(blocks, old_events, window_days)
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(Code.E014, self.path, f"deleting failed: {_first_line(exc)}") from None
            raise
        return len(found)

    def _rollback(self) -> None:
        """Undo the open transaction, if any: a COMMIT that failed has already ended it, and its error, not
        "no transaction is active", is the one to report."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def _events_of(self, ids: Sequence[str]) -> tuple[set[str], set[int]]:
        """The merge blocks and merged events the articles' events belong to."""
        if not ids:
            return set(), set()
        rows = self.con.execute("SELECT DISTINCT block, global_id FROM article_events WHERE article_id IN "
                                "(SELECT unnest(?::VARCHAR[]))", [list(ids)]).fetchall()
        return {r[0] for r in rows}, {int(r[1]) for r in rows}

    def _delete_rows(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        for table in (*ARTICLE_TABLES, "articles"):
            key = "id" if table == "articles" else "article_id"
            self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Columnar insert: one list per column, unnested together (far faster than row-by-row)."""
        if not rows:
            return
        columns = COLUMNS[table]
        select = ", ".join(f"unnest(?::{t}[])" for _, t in columns)
        names = ", ".join(c for c, _ in columns)
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT {select}",
                         [list(col) for col in zip(*rows, strict=True)])

    def _remerge(self, blocks: set[str], touched: set[int], window_days: int) -> None:
        """Re-cluster every event of the given merge blocks; rewrite the assignments that changed and rebuild
        the `events` rows of every merged event that gained, lost or changed a member (`touched`: those the
        caller already knows of, from the rows it deleted and inserted)."""
        if not blocks and not touched:
            return
        rows = self.con.execute(
            "SELECT article_id, event_id, cameo, source_code, target_code, negated, modality, day_from, "
            "day_to, coalesce(CAST(location_geonames_id AS VARCHAR), location_name), global_id, founder, "
            "source_name, target_name "
            "FROM article_events WHERE block IN (SELECT unnest(?::VARCHAR[]))", [sorted(blocks)]).fetchall()
        current = {(r[0], r[1]): (int(r[10]), bool(r[11])) for r in rows}
        lexicon = default_lexicon()
        by_block: dict[str, list[StoredEvent]] = {}
        for r in rows:
            event = StoredEvent(*r[:10], *r[12:14])  # the parties' names follow global_id and founder
            by_block.setdefault(merge_block(event), []).append(event)
        changed: list[tuple[str, str, int, bool]] = []
        affected = set(touched)
        for events in by_block.values():
            for key, founder in cluster_across_articles(events, lexicon, window_days).items():
                gid, is_founder = global_event_id(*founder), founder == key
                if current[key] != (gid, is_founder):
                    changed.append((*key, gid, is_founder))
                    affected.update((gid, current[key][0]))
        if changed:
            self.con.execute(
                "UPDATE article_events SET global_id = u.gid, founder = u.founder FROM (SELECT "
                "unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS e, unnest(?::BIGINT[]) AS gid, "
                "unnest(?::BOOLEAN[]) AS founder) u "
                "WHERE article_events.article_id = u.a AND article_events.event_id = u.e",
                [list(col) for col in zip(*changed, strict=True)])
        ids = sorted(affected)
        self.con.execute("DELETE FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))", [ids])
        by_event: dict[int, list[dict[str, Any]]] = {}
        for member in self._dicts(_MEMBERS, [ids]):
            by_event.setdefault(member["global_id"], []).append(member)
        self._insert("events", [merged_event_row(members) for members in by_event.values()])

    def limit_threads(self, threads: int) -> None:
        """Let DuckDB use at most this many threads (an ingest leaves the cores to its workers)."""
        self.con.execute(f"SET threads TO {max(1, int(threads))}")

    # --- reading --------------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Merged events matching `query`, newest first."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if not query.include_negated:
            where.append("NOT negated")
        if query.actor:
            where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [query.actor, query.actor]
        if query.between:
            a, b = query.between
            where.append("((starts_with(source_code, ?) AND starts_with(target_code, ?)) OR "
                         "(starts_with(source_code, ?) AND starts_with(target_code, ?)))")
            params += [a, b, b, a]
        if query.plover:
            where.append("plover = ?")
            params.append(query.plover.upper())
        if query.cameo:
            where.append("starts_with(cameo, ?)")
            params.append(query.cameo)
        if query.since:
            where.append("day >= ?")
            params.append(query.since)
        if query.until:
            where.append("day <= ?")
            params.append(query.until)
        sql = (f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY day DESC NULLS LAST, "
               "num_articles DESC, id")
        if query.limit is not None:
            sql += f" LIMIT {int(query.limit)}"
        return self._dicts(sql, params)

    def event_evidence(self, event_id: int) -> list[dict[str, Any]]:
        """Every sentence, in every article, that reports a merged event."""
        return self._dicts(
            "SELECT m.*, a.url, a.source, a.published FROM article_events e JOIN event_mentions m USING "
            "(article_id, event_id) JOIN articles a ON a.id = e.article_id WHERE e.global_id = ? "
            "ORDER BY a.published, m.article_id, m.start_char", [event_id])

    def actors(self, top: int = 20) -> list[dict[str, Any]]:
        """The most active actors, one row per entity (canonical name + code): events as source and as
        target. Grouping by entity, not by code alone, keeps people with a sector-only code ("GOV") apart."""
        return self._dicts(
            "WITH sides AS (SELECT source_code AS code, source_name AS name, 1 AS src, 0 AS tgt FROM events "
            "WHERE source_code IS NOT NULL AND NOT negated UNION ALL SELECT target_code, target_name, 0, 1 "
            "FROM events WHERE target_code IS NOT NULL AND NOT negated) "
            "SELECT code, name, count(*) AS events, sum(src) AS as_source, "
            "sum(tgt) AS as_target FROM sides GROUP BY code, name ORDER BY events DESC, code, name LIMIT ?",
            [top])

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out = {}
        for table in COLUMNS:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def sql(self, query: str, max_rows: int | None = None,
            timeout: float | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a user's SQL on this store alone; returns column names and rows (at most `max_rows` + 1, so a
        caller can tell that more were cut off). The first call locks the connection down for good (see
        `lock_down`): nothing outside the store file can be read, written, attached or installed, and the
        settings cannot be changed back. A query running longer than `timeout` seconds is interrupted.
        Errors, the time limit included, come back as a one-line StoreError (E014)."""
        self.lock_down()
        timer = threading.Timer(timeout, self.con.interrupt) if timeout else None
        if timer:
            timer.daemon = True
            timer.start()
        try:
            cursor = self.con.execute(query)
            columns = [d[0] for d in cursor.description or []]
            if not columns:
                return columns, []
            rows = cursor.fetchall() if max_rows is None else cursor.fetchmany(max_rows + 1)
            return columns, rows
        except duckdb.InterruptException:
            raise StoreError(Code.E014, self.path, f"stopped after the time limit of {timeout:g} s") from None
        except duckdb.Error as exc:
            raise StoreError(Code.E014, self.path, _first_line(exc)) from None
        finally:
            if timer:
                timer.cancel()

    def lock_down(self) -> None:
        """From now on this connection reaches nothing but its own database: no file reads or writes
        (read_text, glob, read_csv, COPY ... TO, EXPORT DATABASE), no ATTACH of another database (or of
        this one through a hard link), no INSTALL or LOAD of extensions from disk or network; and
        `lock_configuration` keeps any SET from undoing it. DuckDB's `read_only` covers only the main
        database, hence this. Irreversible for the connection: exports use a Store of their own."""
        try:
            locked = self.con.execute("SELECT current_setting('lock_configuration')").fetchone()
            if locked and locked[0]:
                return
            for setting in ("enable_external_access = false", "autoinstall_known_extensions = false",
                            "autoload_known_extensions = false", "allow_community_extensions = false",
                            "lock_configuration = true"):
                self.con.execute(f"SET {setting}")
        except duckdb.Error as exc:
            raise StoreError(Code.E014, self.path, f"cannot lock it: {_first_line(exc)}") from None

    def iter_rows(self, query: str, params: Sequence[Any] = (),
                  size: int = 10_000) -> Iterator[dict[str, Any]]:
        """Stream a query's rows as dicts, `size` at a time (exports of millions of rows)."""
        cursor = self.con.execute(query, list(params))
        columns = [d[0] for d in cursor.description or []]
        while chunk := cursor.fetchmany(size):
            for row in chunk:
                yield dict(zip(columns, row, strict=True))

    def copy_table(self, table: str, target: Path, fmt: str,
                   select: tuple[str, Sequence[str]] | None = None) -> None:
        """Write one table with DuckDB's COPY: parquet, csv (with header) or jsonl. `select` is the column
        list to copy (expressions allowed; default every column) and the columns CSV quotes always."""
        if table not in COLUMNS:
            raise StoreError(Code.E014, self.path, f"no table {table!r}")
        columns, quoted = select or ("*", ())
        options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}[fmt]
        if fmt == "csv" and quoted:
            options += ", FORCE_QUOTE (" + ", ".join(quoted) + ")"
        self.con.execute(f"COPY (SELECT {columns} FROM {table}) TO '{_sql_string(str(target))}' ({options})")

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.iter_rows(sql, params))


# The member rows of merged events, with what their articles add: the one query behind `events` rows.
_MEMBERS = """
WITH wanted AS (SELECT unnest(?::BIGINT[]) AS gid),
     members AS (SELECT e.* FROM article_events e JOIN wanted ON e.global_id = wanted.gid),
     counts AS (SELECT m.article_id, m.event_id, count(*) AS n_mentions FROM event_mentions m
                JOIN (SELECT DISTINCT article_id FROM members) USING (article_id) GROUP BY ALL)
SELECT members.*, a.source AS art_source, a.url AS art_url, a.published AS art_published,
       coalesce(counts.n_mentions, 0) AS n_mentions
FROM members JOIN articles a ON a.id = members.article_id
LEFT JOIN counts USING (article_id, event_id)
"""


def merged_event_row(members: list[dict[str, Any]]) -> tuple[Any, ...]:
    """One `events` row (in `COLUMNS["events"]` order) from its members: the first report's parties, date
    and place (a place from another report when the first has none), the most specific code any report
    gives, `asserted` when any report asserts it, and counts over articles and sources."""
    members = sorted(members, key=lambda m: (not m["founder"], m["article_id"], m["event_id"]))
    first = members[0]
    coded = min(members, key=lambda m: (m["cameo"].endswith("0"), not m["founder"], m["article_id"]))
    placed = next((m for m in members if m["location_name"]), first)
    articles = {m["article_id"] for m in members}
    modality = "asserted" if any(m["modality"] == "asserted" for m in members) else first["modality"]
    sources = sorted({m["art_source"] for m in members if m["art_source"]})
    published = [m["art_published"] for m in members if m["art_published"]]
    by_date = sorted(members, key=lambda m: (m["art_published"] or date.max, m["article_id"]))
    return (
        first["global_id"], first["block"], coded["cameo"], first["cameo_root"], coded["cameo_name"],
        coded["plover"], coded["plover_mode"], coded["quad_class"], coded["goldstein"],
        first["source_code"], first["source_name"], first["target_code"], first["target_name"],
        first["negated"], modality,
        min(0.99, max(m["confidence"] for m in members) + 0.02 * (len(articles) - 1)),
        first["date"], first["day_from"], first["date_basis"],
        placed["location_name"], placed["location_lat"], placed["location_lon"], placed["location_country"],
        placed["location_feature"], placed["location_geonames_id"],
        len(articles), sum(m["n_mentions"] for m in members),
        len({m["art_source"] or m["article_id"] for m in members}), sources,
        list(dict.fromkeys(m["article_id"] for m in by_date)),
        sorted({m["art_url"] for m in members if m["art_url"]}),
        min(published) if published else None, placed["location_basis"],
    )


def global_event_id(article_id: str, event_id: str) -> int:
    """A merged event's id: a stable 63-bit number from its first report (GDELT wants an integer)."""
    digest = hashlib.sha1(f"{article_id}\x00{event_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def _result_rows(result: ArticleResult, version: str, now: datetime, duplicate_of: str | None,
                 rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Append one article's rows, table by table, in `COLUMNS` order."""
    a = result.article
    aid = a.id
    rows["articles"].append((aid, a.sha256, a.url, a.source, a.title, a.published, a.text, now, version,
                             duplicate_of, list(result.warnings)))
    names = {}
    for ent in result.entities:
        names[ent.id] = ent.name
        actor = ent.actor
        rows["entities"].append((aid, ent.id, ent.name, ent.type, actor and actor.code,
                                 actor and actor.country, actor and actor.sector, actor and actor.name))
        for m in ent.mentions:
            rows["mentions"].append((aid, ent.id, m.start, m.end, m.text))
    for ev in result.events:
        rows["article_events"].append(_event_row(aid, ev, names))
        for em in ev.mentions:
            rows["event_mentions"].append((aid, ev.id, em.sentence_index, em.start, em.end, em.text,
                                           em.trigger, em.trigger_start, em.trigger_end, em.modality))
    for n, q in enumerate(result.quotes):
        rows["quotes"].append((aid, n, q.speaker_entity_id, q.speaker_code, q.speaker_text, q.text, q.start,
                               q.end, q.verb, q.kind))
    for n, s in enumerate(result.summary):
        rows["summaries"].append((aid, n, s.sentence_index, s.start, s.end, s.text, s.score))


def _event_row(aid: str, ev: Event, names: dict[str, str]) -> tuple[Any, ...]:
    src, tgt, loc = ev.source, ev.target, ev.location
    span = date_span(ev.date)
    stored = StoredEvent(aid, ev.id, ev.cameo, src.code if src else None, tgt.code if tgt else None,
                         ev.negated, ev.modality, span and span[0], span and span[1], None,
                         names.get(src.entity_id or "") if src else None,
                         names.get(tgt.entity_id or "") if tgt else None)
    return (
        aid, ev.id, global_event_id(aid, ev.id), True, merge_block(stored), ev.cameo, ev.cameo_root,
        ev.cameo_name, ev.plover, ev.plover_mode, ev.quad_class, ev.goldstein,
        src and src.entity_id, src and src.code, src and names.get(src.entity_id or ""),
        tgt and tgt.entity_id, tgt and tgt.code, tgt and names.get(tgt.entity_id or ""),
        ev.negated, ev.modality, ev.confidence, ev.date, ev.date_text, ev.date_basis,
        span and span[0], span and span[1],
        loc and loc.name, loc and loc.lat, loc and loc.lon, loc and loc.country, loc and loc.feature,
        loc and loc.geonames_id, loc and loc.basis,
    )


def _open_error(path: str, exc: duckdb.Error) -> StoreError:
    message = _first_line(exc)
    lowered = message.lower()
    if "could not set lock" in lowered or "conflicting lock" in lowered:  # not "block", as in a damaged file
        return StoreError(Code.E013, path, "another process has it open; close it or wait")
    return StoreError(Code.E012, path, message)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _sql_string(text: str) -> str:
    return text.replace("'", "''")
