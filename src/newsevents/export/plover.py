"""Merged events as PLOVER/POLECAT-style JSON records, one per line.

Each record follows the PLOVER gold-standard record layout (`id`, `date`, `event`, `mode`, `source` and
`target` as lists of `{actorText, code, sector}`, `eventText`, `text`) and adds what newsevents knows
beyond it: `cameo`, `negated`, `modality`, `location`, counts, and `evidence` (every reporting sentence
with its article and offsets). Events with no PLOVER category (CAMEO 01, public statements) are not
written; negated and non-factual events are, with their flags, since PLOVER users filter on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

QUERY = "SELECT * FROM events WHERE plover IS NOT NULL ORDER BY day NULLS LAST, id"
EVIDENCE_QUERY = """
SELECT ae.global_id, m.article_id, a.url, a.published, m.text, m.trigger, m.start_char, m.end_char,
       m.trigger_start, m.trigger_end
FROM article_events ae
JOIN event_mentions m ON m.article_id = ae.article_id AND m.event_id = ae.event_id
JOIN articles a ON a.id = ae.article_id
WHERE ae.global_id IN (SELECT unnest(?::BIGINT[]))
ORDER BY ae.global_id, a.published, m.article_id, m.start_char
"""


def plover_record(e: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One PLOVER-style record for a merged event row and its evidence rows."""
    return {
        "id": str(e["id"]),
        "date": e["date"],
        "event": e["plover"],
        "mode": e["plover_mode"],
        "cameo": e["cameo"],
        "source": _actors(e["source_code"], e["source_name"]),
        "target": _actors(e["target_code"], e["target_name"]),
        "negated": e["negated"],
        "modality": e["modality"],
        "eventText": " ".join(dict.fromkeys(str(x["trigger"]) for x in evidence)),
        "text": evidence[0]["text"] if evidence else None,
        "location": {k: e[f"location_{k}"] for k in ("name", "lat", "lon", "country", "feature",
                                                     "geonames_id")} if e["location_name"] else None,
        "num_articles": e["num_articles"],
        "num_mentions": e["num_mentions"],
        "num_sources": e["num_sources"],
        "evidence": [{"article_id": x["article_id"], "url": x["url"],
                      "published": x["published"].isoformat() if x["published"] else None,
                      "start": x["start_char"], "end": x["end_char"], "trigger": x["trigger"],
                      "trigger_start": x["trigger_start"], "trigger_end": x["trigger_end"]}
                     for x in evidence],
    }


def _actors(code: str | None, name: str | None) -> list[dict[str, str]]:
    if not code:
        return []
    actor = {"actorText": name or code, "code": code[:3]}
    if len(code) > 3:
        actor["sector"] = code[3:]
    return [actor]


def plover_records(events: Iterable[Mapping[str, Any]],
                   evidence_of: Mapping[int, Sequence[Mapping[str, Any]]]) -> Iterator[dict[str, Any]]:
    for e in events:
        yield plover_record(e, evidence_of.get(e["id"], []))
