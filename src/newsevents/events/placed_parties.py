"""A party the event stage left with a sector and no country ("REB": "four unidentified militants shot X in
Taunsa town of Dera Ghazi Khan District", in a story with no dateline whose actor-stage places the NER
mistyped) takes the country of the place its event was located in, once the event is located: where a
militant attack, a police raid or a civilian's killing happened is whose militants, police and civilians
they were, as a coder reads a local incident report. Only a place the sentence itself names counts (not the
dateline's last resort), and only sectors of a country's own life (`DOMESTIC_SECTORS`, and unnamed armed
men); businesses, media and international bodies are too often foreign to be placed so."""

from __future__ import annotations

from dataclasses import replace

from ..actors.home import DOMESTIC_SECTORS
from ..model import ActorRef, Event

# Sectors of a country's own life, and unnamed armed men (UAF): a bare one is of the country it acted in.
LOCAL_SECTORS = frozenset(DOMESTIC_SECTORS | {"UAF"})


def _placed(ref: ActorRef | None, country: str) -> ActorRef | None:
    """The party with the event place's country put before its bare sector code; unchanged otherwise."""
    if ref is None or ref.code is None or ref.code not in LOCAL_SECTORS:
        return ref
    return replace(ref, code=country + ref.code)


def place_bare_parties(events: list[Event]) -> list[Event]:
    """Each located event with its bare-sector source and target placed in its location's country (see the
    module docstring); events with no location named in the sentence, or none of a known country, stay."""
    out = []
    for event in events:
        place = event.location
        if place is None or not place.country or place.basis is not None:
            out.append(event)
            continue
        source, target = _placed(event.source, place.country), _placed(event.target, place.country)
        out.append(event if (source, target) == (event.source, event.target)
                   else replace(event, source=source, target=target))
    return out
