"""Merged events as PLOVER JSON records, one per line (JSONL, as the specification suggests).

Fields follow the "Data Fields" chapter of the PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft
0.7b1+, `PLOVER_FIELDS`): `id` (a string), `date` and `enddate` (YYYY-MM-DD: the first and last day the
event's date covers, so a week, month or year is a range, never "1987-W09"; an undated event takes its
first report's publication date, as event data usually does), `actor` and `recipient` (lists
of entity objects `{code, sector, entity_text}`: `code` the 3-letter country or group, `sector` the rest of
the CAMEO code), `event`, `mode` and `context` (lists; we code no context, so it is empty), `event_loc` (the
location object: `resolved_place`, `geonameid`, `lat`, `lon`, `country_code`, `resolution`), `event_text`
(the trigger words), `quad_code` (PLOVER's quad table), `event_scale` (Goldstein), `text` and `text_info`
(the first reporting sentence, its sequence number and offsets), `cite_info` (its article: url, publication,
title), `coder`, `coded_date`.

Beyond the specification (named fields it allows): `cameo`, `negated`, `modality`, `num_articles`,
`num_mentions`, `num_sources`, `article_ids`, and `evidence` (every reporting sentence with its article and
offsets). Events with no PLOVER category (CAMEO 01, public statements) are not written; negated and
non-factual events are, with their flags, since PLOVER users filter on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .. import __version__
from ..when import date_span

# The record fields of the PLOVER specification (Data Fields chapter, "PLOVER JSON" table), in its order.
PLOVER_FIELDS = ("id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event",
                 "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
                 "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment")
ENTITY_FIELDS = ("code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
                 "office", "gender", "age")
LOCATION_FIELDS = ("extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                   "province", "country", "country_code", "feature_class", "feature_code", "resolution")
TEXT_INFO_FIELDS = ("sequence", "start", "end", "text_story")
CITE_INFO_FIELDS = ("corpus", "citation", "url", "title", "language", "publication", "license", "copyright",
                    "coder", "codebook", "version")
# The PLOVER manual's quad table (1 verbal cooperation ... 4 material conflict), with the categories of
# earlier drafts (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT, CRIME) placed as the manual placed them then.
QUAD_CODES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "DEMAND": 3, "DISAPPROVE": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4, "CRIME": 4,
}
# Location `resolution`: 5 sub-city, 4 city, 3 district, 2 province, 1 country (regions have none).
RESOLUTION = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}

CODER = f"newsevents {__version__}"
QUERY = "SELECT * FROM events WHERE plover IS NOT NULL ORDER BY day NULLS LAST, id"
EVIDENCE_QUERY = """
SELECT ae.global_id, m.article_id, a.url, a.source, a.title, a.published, a.processed_at, m.sentence_index,
       m.text, m.trigger, m.start_char, m.end_char, m.trigger_start, m.trigger_end
FROM article_events ae
JOIN event_mentions m ON m.article_id = ae.article_id AND m.event_id = ae.event_id
JOIN articles a ON a.id = ae.article_id
WHERE ae.global_id IN (SELECT unnest(?::BIGINT[]))
ORDER BY ae.global_id, a.published NULLS LAST, m.article_id, m.start_char
"""


def plover_record(e: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One PLOVER record for a merged event row and its evidence rows."""
    span = date_span(e["date"])
    first = evidence[0] if evidence else None
    actor = _entities(e["source_code"], e["source_name"])
    recipient = _entities(e["target_code"], e["target_name"])
    record: dict[str, Any] = {
        "id": str(e["id"]),
        # required by PLOVER: an event the text dates by nothing takes its first report's publication date
        "date": span[0].isoformat() if span else (e["first_published"].isoformat() if e["first_published"]
                                                  else None),
        "enddate": span[1].isoformat() if span and span[1] != span[0] else None,
        "actor": actor,
        "recipient": recipient,
        "event": [e["plover"]],
        "event_loc": _location(e),
        "event_text": list(dict.fromkeys(str(x["trigger"]) for x in evidence)),
        "quad_code": QUAD_CODES.get(e["plover"]),
        "event_scale": e["goldstein"],
        "mode": [e["plover_mode"]] if e["plover_mode"] else [],
        "context": [],
        "text": first["text"] if first else None,
        "text_info": {"sequence": first["sentence_index"], "start": first["start_char"],
                      "end": first["end_char"]} if first else None,
        "cite_info": {"url": first["url"], "title": first["title"], "publication": first["source"],
                      "citation": first["article_id"], "coder": CODER} if first else None,
        "coder": CODER,
        "coded_date": min(x["processed_at"] for x in evidence).date().isoformat() if evidence else None,
        # beyond the specification
        "cameo": e["cameo"],
        "negated": e["negated"],
        "modality": e["modality"],
        "num_articles": e["num_articles"],
        "num_mentions": e["num_mentions"],
        "num_sources": e["num_sources"],
        "article_ids": list(e["article_ids"] or []),
        "evidence": [{"article_id": x["article_id"], "url": x["url"],
                      "published": x["published"].isoformat() if x["published"] else None,
                      "sequence": x["sentence_index"], "start": x["start_char"], "end": x["end_char"],
                      "trigger": x["trigger"], "trigger_start": x["trigger_start"],
                      "trigger_end": x["trigger_end"]}
                     for x in evidence],
    }
    return record


def _entities(code: str | None, name: str | None) -> list[dict[str, str]]:
    if not code:
        return []
    entity = {"code": code[:3], "entity_text": name or code}
    if len(code) > 3:
        entity["sector"] = code[3:]
    return [entity]


def _location(e: Mapping[str, Any]) -> dict[str, Any] | None:
    if not e["location_name"]:
        return None
    loc: dict[str, Any] = {"resolved_place": e["location_name"], "geonameid": e["location_geonames_id"],
                           "lat": e["location_lat"], "lon": e["location_lon"],
                           "country_code": e["location_country"]}
    if e["location_feature"] in RESOLUTION:
        loc["resolution"] = RESOLUTION[e["location_feature"]]
    return loc


def plover_records(events: Iterable[Mapping[str, Any]],
                   evidence_of: Mapping[int, Sequence[Mapping[str, Any]]]) -> Iterator[dict[str, Any]]:
    for e in events:
        yield plover_record(e, evidence_of.get(e["id"], []))
