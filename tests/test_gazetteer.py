"""The offline gazetteer and toponym resolution as a scored choice, on names and short texts we wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsevents.geo import index
from newsevents.where import Context, Gazetteer, Toponym, default_gazetteer, toponym_at


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def resolve_all(gaz: Gazetteer, text: str, names: list[str]) -> dict[str, tuple[str | None, str, str | None]]:
    """Resolve each name at its first occurrence in `text`, together; name -> (country, feature, admin1)."""
    tops = [toponym_at(text, text.index(n), text.index(n) + len(n)) for n in names]
    out = {}
    for name, place in zip(names, gaz.resolve(tops), strict=True):
        assert place is not None, name
        out[name] = (place.country, place.feature, place.admin1)
    return out


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("Virginia", "USA", "admin1"),  # not the South African town whose alternate name it is
    ("Indiana", "USA", "admin1"),
    ("Ontario", "CAN", "admin1"),
    ("Bavaria", "DEU", "admin1"),
    ("Queensland", "AUS", "admin1"),
    ("Africa", None, "continent"),  # not a Tunisian town
    ("Colorado", "USA", "admin1"),
    ("Moscow", "RUS", "city"),  # a city that is its own division reads as the city
    ("Berlin", "DEU", "city"),
    ("Suffolk", "GBR", "admin2"),
    ("Germany", "DEU", "country"),
])
def test_ordinary_reading_of_a_name_alone(gaz: Gazetteer, name: str, country: str | None, feature: str) -> None:
    place = gaz.geocode(name)
    assert place is not None and (place.country, place.feature) == (country, feature), place


def test_geneva_is_in_switzerland(gaz: Gazetteer) -> None:
    place = gaz.geocode("Geneva")  # the city or its canton, not a town in Illinois
    assert place is not None and place.country == "CHE" and place.admin1 == "Geneva"


def test_divisions_have_points_and_cities_their_division(gaz: Gazetteer) -> None:
    texas, austin = gaz.geocode("Texas"), gaz.geocode("Austin")
    assert texas is not None and texas.lat is not None and texas.lon is not None
    assert 26 < texas.lat < 36.5 and -106.7 < texas.lon < -93.5
    assert austin is not None and austin.admin1 == "Texas" and austin.geonames_id is not None


def test_a_state_named_after_a_comma_picks_the_town(gaz: Gazetteer) -> None:
    text = "Tornadoes struck Athens, Georgia, and then Springfield, Illinois, late on Friday."
    got = resolve_all(gaz, text, ["Athens", "Springfield"])
    assert got["Athens"] == ("USA", "city", "Georgia")
    assert got["Springfield"] == ("USA", "city", "Illinois")


def test_a_list_of_countries_is_no_qualifier(gaz: Gazetteer) -> None:
    text = "Officials from China, Japan and South Korea met in Seoul."
    got = resolve_all(gaz, text, ["China", "Japan"])
    assert got["China"][:2] == ("CHN", "country") and got["Japan"][:2] == ("JPN", "country")


def test_georgia_follows_the_article(gaz: Gazetteer) -> None:
    us = "Storms hit Atlanta and Savannah overnight. Georgia declared an emergency, as did Alabama."
    caucasus = "Protesters gathered in Tbilisi. Georgia recalled its envoy to Russia and Armenia."
    assert resolve_all(gaz, us, ["Atlanta", "Savannah", "Georgia", "Alabama"])["Georgia"][:2] == ("USA", "admin1")
    assert resolve_all(gaz, caucasus, ["Tbilisi", "Georgia", "Russia"])["Georgia"][:2] == ("GEO", "country")


def test_us_local_news_keeps_its_towns_at_home(gaz: Gazetteer) -> None:
    text = ("The Kentucky fair moved from Lexington to Paris this year, and buses ran from Frankfort, "
            "Louisville and Georgetown.")
    got = resolve_all(gaz, text, ["Kentucky", "Lexington", "Paris", "Frankfort"])
    assert got["Paris"] == ("USA", "city", "Kentucky")
    assert got["Lexington"][2] == "Kentucky"


def test_kind_words_say_which_reading(gaz: Gazetteer) -> None:
    ctx = Context()
    state = gaz.best(Toponym("Kano", "Rains flooded parts of ", " state on Monday."), ctx)
    city = gaz.best(Toponym("Kano", "Rains flooded the city of ", " on Monday."), ctx)
    assert state is not None and state.place.feature == "admin1" and state.place.country == "NGA"
    assert city is not None and city.place.feature == "city" and city.place.country == "NGA"


def test_demonyms_and_dateline_are_evidence(gaz: Gazetteer) -> None:
    base = gaz.best(Toponym("Tripoli"), Context())
    ctx = Context()
    ctx.countries["LBN"] += 1  # "Lebanese officials"
    lebanese = gaz.best(Toponym("Tripoli"), ctx)
    assert base is not None and base.place.country == "LBY"
    assert lebanese is not None and lebanese.place.country == "LBN"
    filed = gaz.best(Toponym("Tripoli"), Context(dateline_country="LBN"))
    assert filed is not None and filed.place.country in {"LBY", "LBN"}


def test_regions_and_landmarks_from_our_table(gaz: Gazetteer) -> None:
    middle_east = gaz.geocode("the Middle East")
    assert middle_east is not None and middle_east.feature == "region" and middle_east.lat is not None
    nsw = gaz.geocode("NSW")
    assert nsw is not None and nsw.country == "AUS" and nsw.admin1 == "New South Wales"


def test_unknown_names_are_none(gaz: Gazetteer) -> None:
    assert gaz.geocode("Xqzzyville") is None
    assert gaz.resolve([Toponym("Xqzzyville")]) == [None]


def _tiny(con: sqlite3.Connection) -> None:
    con.executescript("""
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, iso3 TEXT, admin1 TEXT,
                             feature TEXT, population INTEGER, geonames_id INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER, alt INTEGER);
        INSERT INTO places VALUES (1, 'Testville', 1.0, 2.0, 'NER', '01', 'city', 1200, 42);
        INSERT INTO names VALUES ('testville', 1, 0);
    """)


def test_index_is_cached_by_version_and_falls_back_to_memory(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "_fill", _tiny)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    con = index.open_index()
    files = list((tmp_path / "newsevents").glob("gazetteer-*.sqlite"))
    assert len(files) == 1 and index.data_version() in files[0].name
    assert con.execute("SELECT name FROM places").fetchall() == [("Testville",)]
    con.close()
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    con = index.open_index()  # the cache directory cannot be made: built in memory
    assert con.execute("SELECT count(*) FROM names").fetchone() == (1,)
    entries = index.PlaceIndex()
    entries._con, entries._pid = con, __import__("os").getpid()
    [entry] = entries.lookup("testville")
    assert entry.iso3 == "NER" and entry.population == 1200 and not entry.alt
