from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import code_of
from newsevents import resources as res
from newsevents.actors.knowledge import ActorKnowledge, default_knowledge, normalize, use_day
from newsevents.errors import DataError
from newsevents.petrarch import read_actors
from newsevents.resources import load_table, split_list, table_names


@pytest.fixture(scope="module")
def kb() -> ActorKnowledge:
    return default_knowledge()


def test_countries_aliases_and_demonyms(kb: ActorKnowledge) -> None:
    assert kb.country_of("Israel") == "ISR"
    assert kb.country_of("Israeli") == "ISR"
    assert kb.country_of("the U.S.") == "USA"
    assert kb.country_of("Britain") == "GBR"
    assert kb.country_of("Türkiye") == "TUR"
    assert kb.country_of("Narnia") is None


def test_capitals_include_older_spellings(kb: ActorKnowledge) -> None:
    assert kb.capitals["kyiv"] == "UKR"
    assert kb.capitals["kiev"] == "UKR"
    assert kb.capitals["moscow"] == "RUS"


@pytest.mark.parametrize(("name", "day", "office"), [
    ("Naftali Bennett", date(2022, 3, 5), "head_of_government"),
    ("Yair Lapid", date(2022, 3, 5), "foreign_minister"),
    ("Yair Lapid", date(2022, 8, 1), "head_of_government"),  # PM and FM at once: the higher office
    ("Boris Johnson", date(2022, 9, 6), None),  # end date exclusive: Truss took over that day
    ("Liz Truss", date(2022, 9, 6), "head_of_government"),
])
def test_office_on_date(kb: ActorKnowledge, name: str, day: date, office: str | None) -> None:
    term = kb.term_on(name, day)
    assert (term.office if term else None) == office


def test_holder_of_office(kb: ActorKnowledge) -> None:
    term = kb.holder_of("RUS", "head_of_state", date(2022, 3, 5))
    assert term is not None and term.name == "Vladimir Putin"
    term = kb.holder_of("USA", "head_of_government", date(2022, 3, 5))  # presidential system
    assert term is not None and term.name == "Joe Biden"
    assert kb.holder_of("RUS", "head_of_state", None) is None


def test_user_table_adds_people_and_organisations(tmp_path: Path) -> None:
    table = tmp_path / "mine.csv"
    table.write_text("name,code,aliases,start,end\nJane Roe,GBRMED,Roe,,\nAcme Mining,ZAFBUS,Acme,,\n")
    kb = ActorKnowledge((table,))
    assert kb.term_on("Roe", date(2024, 1, 1)) is None or kb.terms_for("Roe")[0].code == "GBRMED"
    assert kb.organizations["acme"].code == "ZAFBUS"


def test_bad_user_table_names_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("name,code,start\nJane Roe,GBRGOV,not-a-date\n")
    with pytest.raises(DataError, match=r"bad\.csv row 1.*bad date"):
        ActorKnowledge((table,))
    missing = tmp_path / "nocode.csv"
    missing.write_text("name,sector\nJane Roe,GOV\n")
    with pytest.raises(DataError, match="missing column"):
        ActorKnowledge((missing,))


# -- PETRARCH's dictionaries, historical states, every shipped table, the on-disk cache ---------------------

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _converter() -> Any:
    sys.path.insert(0, str(SCRIPTS))
    try:
        import convert_petrarch_actors
    finally:
        sys.path.remove(str(SCRIPTS))
    return convert_petrarch_actors


@pytest.mark.parametrize(("published", "code"), [
    # petrarch_office_holders.csv, from Phoenix.Countries.actors.txt: GBRGOV 1979-05-04 to 1990-11-28, GBRELI
    # otherwise (the entry's undated code fills the time its dated codes leave open)
    ("1987-06-16", "GBRGOV"),
    ("1995-06-13", "GBRELI"),
])
def test_petrarch_person_codes_by_publication_date(analyse: Any, published: str, code: str) -> None:
    text = ("Thatcher rules out rejoining talks\n"
            "Margaret Thatcher told parliament on Tuesday that Britain would not rejoin the talks on the budget.")
    assert code_of(analyse(text, published), "Margaret Thatcher") == code


@pytest.mark.parametrize(("published", "union", "capital"), [
    ("1987-06-16", "SUN", "SUNGOV"),
    ("2022-06-14", "RUS", "RUSGOV"),
])
def test_historical_state_codes_by_publication_date(analyse: Any, published: str, union: str,
                                                    capital: str) -> None:
    text = ("Arms talks stall\n"
            "The Soviet Union accused Washington on Tuesday of stalling the arms talks in Geneva. "
            "Moscow said it would withdraw its delegation.")
    result = analyse(text, published)
    assert code_of(result, "Soviet Union") == union
    assert code_of(result, "Moscow") == capital


def test_soviet_era_leaders_share_the_soviet_unions_code(analyse: Any) -> None:
    # PETRARCH codes Gorbachev RUSGOV; the conversion gives the Soviet-era part SUN, as the state itself
    text = ("Gorbachev offers missile cuts\n"
            "Mikhail Gorbachev said on Tuesday that the Soviet Union was ready to cut its missiles in Europe.")
    result = analyse(text, "1987-04-14")
    assert (code_of(result, "Mikhail Gorbachev") or "")[:3] == code_of(result, "Soviet Union") == "SUN"


def test_historical_names_demonyms_and_capitals_follow_the_day(kb: ActorKnowledge) -> None:
    try:
        use_day(date(1987, 6, 16))
        assert kb.country_of("Soviet") == "SUN" and kb.country_of("East German") == "DDR"
        assert kb.country_of("Yugoslavia") == "YUG" and kb.capitals["belgrade"] == "YUG"
        assert kb.country_of("Czechoslovakia") == "CSK" and "bonn" in kb.capitals
        use_day(date(1996, 1, 10))
        assert kb.country_of("Yugoslavia") == "SCG" and kb.capitals["belgrade"] == "SCG"
        assert "bonn" not in kb.capitals and kb.cities["bonn"] == "DEU"
        use_day(date(2022, 6, 14))
        assert kb.country_of("Soviet") == "RUS" and kb.country_of("East German") == "DEU"
        assert kb.capitals["moscow"] == "RUS" and kb.capitals["belgrade"] == "SRB"
        assert kb.country_of("Czechoslovakia") == "CSK"  # no successor: the name keeps its state
        assert kb.organizations["gatt"].code == kb.organizations["wto"].code
    finally:
        use_day(None)


def test_every_shipped_office_holder_and_organisation_table_is_loaded(kb: ActorKnowledge) -> None:
    tables = table_names("office_holders*") + table_names("organizations*")
    assert "office_holders" in tables and "organizations" in tables
    for table in tables:
        first = load_table(table)[0]
        if table.startswith("office_holders"):
            assert first["code"] in {t.code for t in kb.terms_for(first["name"])}, table
        else:
            assert kb.organizations[normalize(first["name"])].code == first["code"], table


def test_petrarch_aliases_that_are_common_words_do_not_become_people(tmp_path: Path) -> None:
    conv = _converter()
    dictionary = tmp_path / "Test.actors.txt"
    dictionary.write_text("HENRY_FAIRWEATHER_\n+FAIRWEATHER\n+HOPE\n+BROWN\n+PRESIDENT_HENRY_FAIRWEATHER\n"
                          "\t[ARNGOV 900101-950101]\n\t[ARNELI]\n"
                          "MARY_BROWN_\n\t[ARNMED 000101-050101]\n"
                          "LUCY_BROWN_\n\t[GONBUS 000101-050101]\n", encoding="utf-8")
    entries = [("Test.actors.txt", e) for e in read_actors(dictionary)]
    holders, _ = conv.Converter(tmp_path, conv.Words()).actors(entries, set())
    henry = [r for r in holders if r["name"] == "Henry Fairweather"]
    # "Hope" is an English word, "Brown" an adjective and a surname of others; the titled alias is left to
    # the stage's title reading
    assert {r["aliases"] for r in henry} == {"Fairweather"}
    assert sorted((r["code"], r["start"], r["end"]) for r in henry) == [
        ("ARNELI", "", "1990-01-01"), ("ARNELI", "1995-01-01", ""), ("ARNGOV", "1990-01-01", "1995-01-01")]


def test_no_shipped_petrarch_person_alias_is_an_ordinary_word() -> None:
    words = _converter().Words()
    one_word = {alias.lower() for row in load_table("petrarch_office_holders")
                for alias in [row["name"], *split_list(row["aliases"])] if " " not in alias}
    assert one_word and not [w for w in one_word if words.ordinary(w) or len(w) < 3]


def test_knowledge_cache_is_used_and_rebuilt_when_a_data_file_changes(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    table = tmp_path / "mine.csv"
    table.write_text("name,code,start,end\nJane Roe,GBRMED,2001-01-01,\n", encoding="utf-8")
    builds = []
    build = ActorKnowledge.__init__

    def counting(self: ActorKnowledge, user_tables: tuple[Path, ...] = ()) -> None:
        builds.append(user_tables)
        build(self, user_tables)

    monkeypatch.setattr(ActorKnowledge, "__init__", counting)
    default_knowledge.cache_clear()
    try:
        assert default_knowledge((table,)).terms_for("Jane Roe")[0].code == "GBRMED"
        cached = list((tmp_path / "cache" / "newsevents").glob("knowledge-*.pickle"))
        assert len(builds) == 1 and len(cached) == 1
        default_knowledge.cache_clear()  # as a new process: read from disk, not built
        assert default_knowledge((table,)).terms_for("Jane Roe")[0].code == "GBRMED"
        assert len(builds) == 1
        table.write_text("name,code,start,end\nJane Roe,GBRGOV,2001-01-01,\n", encoding="utf-8")
        default_knowledge.cache_clear()
        assert default_knowledge((table,)).terms_for("Jane Roe")[0].code == "GBRGOV"
        assert len(builds) == 2
        assert [p.name for p in (tmp_path / "cache" / "newsevents").glob("knowledge-*.pickle")] != \
            [p.name for p in cached]
    finally:
        default_knowledge.cache_clear()


def test_fingerprint_follows_the_shipped_data_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "roles.csv").write_text("role,sector\nminister,GOV\n", encoding="utf-8")
    monkeypatch.setattr(res.resources, "files", lambda _package: tmp_path)
    before = res.data_fingerprint()
    assert res.data_fingerprint() == before
    (data / "roles.csv").write_text("role,sector\nminister,GOV\njudge,JUD\n", encoding="utf-8")
    assert res.data_fingerprint() != before


def test_unwritable_cache_directory_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    table = tmp_path / "mine.csv"
    table.write_text("name,code\nAcme Mining,ZAFBUS\n", encoding="utf-8")
    default_knowledge.cache_clear()
    try:
        assert default_knowledge((table,)).organizations["acme mining"].code == "ZAFBUS"
    finally:
        default_knowledge.cache_clear()


def test_petrarch_tenures_fill_the_days_our_tables_leave_for_a_person_they_name() -> None:
    from newsevents.actors.knowledge import default_knowledge

    kb = default_knowledge()
    # Our tables know Bujar Nishani as Albania's president (2012-2017) only; PETRARCH's rows of his time as a
    # minister (2007-2009) still apply on days ours do not cover, and ours win on the days they do.
    minister = kb.term_on("Bujar Nishani", date(2008, 6, 1))
    assert minister is not None and minister.code == "ALBGOV"
    president = kb.term_on("Bujar Nishani", date(2013, 6, 1))
    assert president is not None and president.office == "head_of_state"
    assert kb.term_on("Nishani", date(2008, 6, 1)) is None  # a lone surname takes no fallback
