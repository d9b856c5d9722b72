"""The DuckDB event store: idempotent writes, evidence kept, cross-article merging, replace and delete."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from newsevents import Article, ArticleResult
from newsevents.errors import StoreError
from newsevents.events.lexicon import default_lexicon
from newsevents.merge import StoredEvent, cluster_across_articles, same_happening
from newsevents.store import EventQuery, Store

PARIS_LE_MONDE = """Macron meets Scholz in Paris
French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday to discuss energy prices."""
PARIS_DW = """Scholz and Macron hold talks
German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Monday, a government spokesman said."""
BERLIN_LATER = """Macron and Scholz meet again
French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Thursday."""
CONDEMNATION = """Paris condemns strike
France condemned Russia's invasion of Ukraine on Monday."""


@pytest.fixture(scope="module")
def articles(pipeline) -> dict[str, ArticleResult]:
    specs = {
        "lemonde-1": (PARIS_LE_MONDE, "2022-10-25", "lemonde.fr"),
        "dw-1": (PARIS_DW, "2022-10-24", "dw.com"),
        "lemonde-2": (BERLIN_LATER, "2022-11-03", "lemonde.fr"),
        "afp-1": (CONDEMNATION, "2022-10-24", "afp.com"),
    }
    out = {}
    for aid, (text, day, source) in specs.items():
        article = Article(id=aid, text=text, published=date.fromisoformat(day), source=source,
                          url=f"https://{source}/{aid}")
        out[aid] = pipeline.analyse(article)
    return out


def consultations(store: Store) -> list[dict]:
    return [e for e in store.events(EventQuery(plover="CONSULT")) if e["cameo_root"] == "04"]


def test_write_keeps_every_row_with_its_evidence(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    counts = store.counts()
    assert counts["articles"] == 4
    assert counts["entities"] == sum(len(r.entities) for r in articles.values())
    assert counts["article_events"] == sum(len(r.events) for r in articles.values())
    for row in store.iter_rows("SELECT m.*, a.text AS article FROM event_mentions m JOIN articles a "
                               "ON a.id = m.article_id"):
        assert row["article"][row["start_char"]:row["end_char"]] == row["text"]
        assert row["article"][row["trigger_start"]:row["trigger_end"]] == row["trigger"]


def test_writing_again_adds_nothing(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    before = store.counts()
    store.write(list(articles.values()), "test")
    assert store.counts() == before


def test_same_meeting_from_two_outlets_is_one_event_with_both_sources(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    meetings = consultations(store)
    paris = [e for e in meetings if e["location_name"] == "Paris"]
    berlin = [e for e in meetings if e["location_name"] == "Berlin"]
    assert len(paris) == 1 and len(berlin) == 1
    assert paris[0]["num_articles"] == 2 and paris[0]["num_sources"] == 2
    assert sorted(paris[0]["sources"]) == ["dw.com", "lemonde.fr"]
    assert paris[0]["date"] == "2022-10-24"
    assert berlin[0]["num_articles"] == 1
    evidence = store.event_evidence(paris[0]["id"])
    assert {row["article_id"] for row in evidence} == {"lemonde-1", "dw-1"}


def test_merge_does_not_depend_on_the_order_articles_arrive(articles) -> None:
    one, other = Store(), Store()
    one.write(list(articles.values()), "test")
    for result in reversed(list(articles.values())):
        other.write([result], "test")
    query = "SELECT id, cameo, num_articles, article_ids FROM events ORDER BY id"
    assert one.sql(query) == other.sql(query)


def test_syndicated_copy_is_stored_but_not_counted_again(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    original = articles["dw-1"].article
    copy = Article(id="yahoo-1", text=original.text, published=original.published, source="yahoo.com")
    store.write([], "test", duplicates=[(ArticleResult(article=copy), "dw-1")])
    assert store.sql("SELECT duplicate_of FROM articles WHERE id = 'yahoo-1'")[1] == [("dw-1",)]
    paris = [e for e in consultations(store) if e["location_name"] == "Paris"]
    assert paris[0]["num_articles"] == 2


def test_reprocessing_a_changed_article_replaces_its_contribution(pipeline, articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    changed = Article(id="dw-1", text=CONDEMNATION.replace("France", "Germany"),
                      published=date(2022, 10, 24), source="dw.com")
    store.write([pipeline.analyse(changed)], "test")
    paris = [e for e in consultations(store) if e["location_name"] == "Paris"]
    assert paris[0]["num_articles"] == 1 and paris[0]["article_ids"] == ["lemonde-1"]
    assert store.sql("SELECT count(*) FROM entities WHERE article_id = 'dw-1' AND name = 'Olaf Scholz'")[1] == [(0,)]


def test_deleting_articles_updates_the_events_they_shared(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    assert store.delete(["dw-1"]) == 1
    paris = [e for e in consultations(store) if e["location_name"] == "Paris"]
    assert paris[0]["num_articles"] == 1
    store.delete(["lemonde-1"])
    assert not [e for e in consultations(store) if e["location_name"] == "Paris"]
    assert store.sql("SELECT count(*) FROM event_mentions WHERE article_id IN ('dw-1', 'lemonde-1')")[1] == [(0,)]


def test_event_queries_filter_by_actor_pair_category_and_dates(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    assert {e["cameo_root"] for e in store.events(EventQuery(between=("RUS", "FRA")))} == {"11"}
    assert all(e["source_code"].startswith("FRA") or (e["target_code"] or "").startswith("FRA")
               for e in store.events(EventQuery(actor="FRA")))
    late = store.events(EventQuery(since=date(2022, 11, 1)))
    assert [e["location_name"] for e in late] == ["Berlin"]
    assert not store.events(EventQuery(until=date(2022, 10, 1)))
    assert all(e["plover"] == "ACCUSE" for e in store.events(EventQuery(plover="accuse")))


def test_actors_are_ranked_by_event_count(articles) -> None:
    store = Store()
    store.write(list(articles.values()), "test")
    top = store.actors(3)
    assert top[0]["events"] >= top[-1]["events"]
    assert {"FRAGOV", "DEUGOV"} <= {row["code"] for row in store.actors(10)}


def test_actors_group_by_entity_so_people_with_a_sector_only_code_stay_apart(pipeline) -> None:
    text = ("Trade Minister Peter Halvorsen criticised Finance Minister John Okafor on Monday. "
            "Finance Minister John Okafor accused Trade Minister Peter Halvorsen of lying.")
    result = pipeline.analyse(Article(id="ministers", text=text, published=date(1987, 3, 2)))
    store = Store()
    store.write([result], "test")
    rows = [row for row in store.actors(10) if row["code"] == "GOV"]
    assert len(rows) == 2, rows
    assert {row["name"] for row in rows} == {"Peter Halvorsen", "John Okafor"}


def _event(article: str, day: str | None, cameo: str = "040", source: str | None = "FRAGOV",
           target: str | None = "DEUGOV", negated: bool = False, modality: str = "asserted",
           place: str | None = None, span: int = 0) -> StoredEvent:
    first = date.fromisoformat(day) if day else None
    last = first + timedelta(days=span) if first else None
    return StoredEvent(article, "v1", cameo, source, target, negated, modality, first, last, place)


@pytest.mark.parametrize(("a", "b", "same"), [
    (_event("a", "2022-10-24"), _event("b", "2022-10-24"), True),
    (_event("a", "2022-10-24"), _event("b", "2022-10-26"), True),  # within the 2-day window
    (_event("a", "2022-10-24"), _event("b", "2022-10-28"), False),
    (_event("a", "2022-10-24"), _event("a", "2022-10-24"), False),  # one article keeps them apart
    (_event("a", "2022-10-24"), _event("b", "2022-10-24", source="DEUGOV", target="FRAGOV"), True),  # meeting
    (_event("a", "2022-10-24", "111"), _event("b", "2022-10-24", "111", "DEUGOV", "FRAGOV"), False),
    (_event("a", "2022-10-24", source="FRA"), _event("b", "2022-10-24"), True),  # bare country
    (_event("a", "2022-10-24", source="FRAMIL"), _event("b", "2022-10-24"), False),
    (_event("a", "2022-10-24", source=None), _event("b", "2022-10-24"), False),
    (_event("a", "2022-10-24", negated=True), _event("b", "2022-10-24"), False),
    (_event("a", "2022-10-24", modality="intended"), _event("b", "2022-10-24"), False),
    (_event("a", "2022-10-24", modality="reported"), _event("b", "2022-10-24"), True),
    (_event("a", "2022-10-24", place="2988507"), _event("b", "2022-10-24", place="2950159"), False),
    (_event("a", "2022-10-24", place="2988507"), _event("b", "2022-10-24"), True),
    (_event("a", "2022-10-01", span=30), _event("b", "2022-10-24"), False),  # "in October" is too coarse
    (_event("a", None), _event("b", None), False),
    (_event("a", "2022-10-24", "042"), _event("b", "2022-10-24", "043", "DEUGOV", "FRAGOV"), True),
    (_event("a", "2022-10-24", "041"), _event("b", "2022-10-24", "040"), False),  # a call is not a meeting
])
def test_same_happening(a: StoredEvent, b: StoredEvent, same: bool) -> None:
    lexicon = default_lexicon()
    assert same_happening(a, b, lexicon) is same
    assert same_happening(b, a, lexicon) is same


def test_clusters_do_not_chain_beyond_the_window() -> None:
    days = ["2022-10-01", "2022-10-03", "2022-10-05", "2022-10-07"]
    events = [_event(f"art{n}", day) for n, day in enumerate(days)]
    founders = cluster_across_articles(events, default_lexicon())
    # Each joins the first event of a cluster only when within two days of it: 1+3, 5+7.
    assert founders[("art1", "v1")] == ("art0", "v1")
    assert founders[("art2", "v1")] == ("art2", "v1")
    assert founders[("art3", "v1")] == ("art2", "v1")


def test_corrupt_database_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "events.duckdb"
    bad.write_bytes(b"this is not a database" * 1000)
    with pytest.raises(StoreError) as info:
        Store(bad)
    assert info.value.code.name == "E012" and str(bad) in info.value.line()
    assert bad.read_bytes() == b"this is not a database" * 1000  # nothing overwritten


def test_locked_database_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "events.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(30)", str(path)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as info:
            Store(path)
        assert info.value.code.name == "E013"
    finally:
        holder.kill()
        holder.wait()


def test_missing_database_for_reading_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "nope.duckdb", read_only=True)
    assert info.value.code.name == "E012"
    assert not (tmp_path / "nope.duckdb").exists()


def test_migrations_are_recorded_once(tmp_path) -> None:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        assert store.sql("SELECT name FROM schema_migrations ORDER BY name")[1] == [
            ("0001_initial",), ("0002_location_basis",)]
    with Store(path) as store:
        assert store.migrate() == []
        assert store.sql("SELECT count(*) FROM schema_migrations")[1] == [(2,)]


def test_a_store_of_the_first_release_gains_the_later_columns_and_keeps_its_rows(tmp_path) -> None:
    import duckdb

    from newsevents.store import COLUMNS, MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))  # what the first release wrote: only migration 0001
    con.execute("CREATE TABLE schema_migrations (name VARCHAR, applied_at TIMESTAMP)")
    con.execute(MIGRATIONS[0][1])
    con.execute("INSERT INTO schema_migrations VALUES ('0001_initial', now())")
    con.execute("INSERT INTO articles (id, title) VALUES ('a1', 'Old article')")
    con.close()
    with Store(path) as store:
        names = [r[0] for r in store.sql("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'article_events'")[1]]
        assert sorted(names) == sorted(c for c, _ in COLUMNS["article_events"])
        assert store.sql("SELECT title FROM articles")[1] == [("Old article",)]


def test_two_named_people_with_one_code_are_two_happenings_in_the_store(pipeline) -> None:
    """The store hands the parties' names to the cross-article rule: one outlet's "Juan Perez" and another's
    "Jose Lopez" (both MEXCRM) are two arrests; "Perez" and "Juan Perez" are one."""
    texts = {
        "a-1": "Mexican police arrested drug trafficker Juan Perez in Culiacan on Monday.",
        "b-1": "Mexican police arrested drug trafficker Jose Lopez in Culiacan on Monday.",
        "c-1": "Mexican police arrested the drug trafficker Perez in Culiacan on Monday, officials said.",
    }
    store = Store()
    for aid, text in texts.items():
        store.write([pipeline.analyse(Article(id=aid, text=text, published=date(2016, 1, 12)))], "test")
    rows = store.sql("SELECT target_name, article_ids FROM events WHERE cameo_root = '17'")[1]
    by_name = {name: sorted(ids) for name, ids in rows}
    assert by_name.get("Jose Lopez") == ["b-1"], rows
    assert any(ids == ["a-1", "c-1"] for ids in by_name.values()), rows
