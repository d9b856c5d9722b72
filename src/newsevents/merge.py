"""One event per happening: group the mentions of an article into events.

The merge rule, in one place (`compatible`): two readings report the same happening when they have
- the same CAMEO root code and compatible full codes: equal, one of them the root's generic code ("040"),
  or two views of one act (042 make a visit / 043 host a visit); and the same medium (a phone call is
  never the meeting it preceded);
- the same polarity: negated or not, and factual (asserted/reported) or not (intended/hypothetical/denied);
- parties that agree: on each side the same entity, or codes that agree (equal, or a bare country and a
  code of that country: "AUS" from "an Australian minister" or "a visit to China", and "AUSGOV"), but
  two different people are never one party, even of one government; or one side unknown; and
  at least one side known on both and agreeing. Consultations are symmetric: "Wang met Wong" and "Wong's
  visit to China" may have their parties the other way round;
- places that agree when both are known (same place, or places in the same country), and dates that agree
  when both mentions give one (resolved against publication: "on Monday" is not "on Tuesday", but "in
  March" may be "on March 3");
- and the later reading does not say it is a new happening ("spoke ... again").

Order: readings with both parties first, then readings with one, each joining the nearest compatible event
(or starting one); then anaphoric readings ("the meeting lasted two hours") join the nearest compatible
event before them, else after them, else are dropped. An event takes the most specific code its mentions
give, its parties from its fullest mention, the firmest modality (asserted over reported), and the most
precise date its mentions state (else the publication date, with `date_basis: publication`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from .events.lexicon import EventLexicon
from .model import ActorRef, Entity, Event, EventMention
from .when import dates_compatible

FACTUAL = {"asserted", "reported"}
MEDIUM_MODES = {"phone"}


@dataclass
class _Draft:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def source(self) -> ActorRef | None:
        return next((m.source for m in self.mentions if m.source), None)

    @property
    def target(self) -> ActorRef | None:
        return next((m.target for m in self.mentions if m.target), None)

    def parties(self, code: str) -> tuple[ActorRef | None, ActorRef | None]:
        """The parties of the fullest mention, preferring one that gives the event's own code."""
        def fullness(m: EventMention) -> tuple[int, int, int, int]:
            named = sum(1 for r in (m.source, m.target) if r is not None and r.entity_id is not None)
            return (bool(m.source) + bool(m.target), named, m.cameo == code, -m.start)

        best = max(self.mentions, key=fullness)
        return best.source or self.source, best.target or self.target

    def distance(self, m: EventMention) -> int:
        """Characters to the nearest mention; a following event counts as farther than a preceding one."""
        before = [m.start - x.start for x in self.mentions if x.start <= m.start]
        after = [x.start - m.start for x in self.mentions if x.start > m.start]
        return min(before) if before else 10 * min(after)


SYMMETRIC_ROOTS = {"04"}
SAME_ACT = ({"042", "043"},)  # one visit: the guest makes it, the host hosts it


def same_party(a: ActorRef, b: ActorRef, people: frozenset[str] = frozenset()) -> bool:
    """Do two references name the same party? `people` are the entity ids of persons."""
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    if a.entity_id in people and b.entity_id in people:
        return False  # two different people, even of one government
    if a.code is None or b.code is None:
        return False
    if a.code == b.code:
        return True
    (short, short_ref), (long, _) = sorted(((a.code, a), (b.code, b)), key=lambda x: len(x[0]))
    # A bare country ("Australian", "a visit to China") stands for any of its actors; a person never does.
    return short_ref.entity_id not in people and len(short) == 3 and long.startswith(short)


def codes_compatible(a: str, b: str, lexicon: EventLexicon) -> bool:
    if a[:2] != b[:2]:
        return False
    if a == b or lexicon.code(a).generic or lexicon.code(b).generic:
        return True
    return any(a in pair and b in pair for pair in SAME_ACT)


Parties = tuple[ActorRef | None, ActorRef | None]


def _parties_agree(ours: Parties, theirs: Parties, people: frozenset[str]) -> bool:
    agreeing = 0
    for a, b in zip(ours, theirs, strict=True):
        if a is None or b is None:
            continue
        if not same_party(a, b, people):
            return False
        agreeing += 1
    return agreeing > 0


def compatible(draft: _Draft, m: EventMention, lexicon: EventLexicon, place_country: Mapping[str, str],
               people: frozenset[str] = frozenset()) -> bool:
    """The merge rule (see the module docstring)."""
    first = draft.first
    if first.negated != m.negated:
        return False
    if not all(codes_compatible(x.cameo, m.cameo, lexicon) for x in draft.mentions):
        return False
    if (first.modality in FACTUAL) != (m.modality in FACTUAL):
        return False
    if _medium(first.cameo, lexicon) != _medium(m.cameo, lexicon):
        return False
    places = {x.place_entity_id for x in draft.mentions if x.place_entity_id}
    if m.place_entity_id and places and m.place_entity_id not in places:
        countries = {place_country.get(p) for p in places}
        if place_country.get(m.place_entity_id) not in countries or None in countries:
            return False
    if m.date_text and not all(dates_compatible(x.date, m.date) for x in draft.mentions if x.date_text):
        return False
    if m.anaphoric:
        return True
    ours, theirs = (draft.source, draft.target), (m.source, m.target)
    if _parties_agree(ours, theirs, people):
        return True
    return first.cameo[:2] in SYMMETRIC_ROOTS and _parties_agree(ours, theirs[::-1], people)


def _medium(code: str, lexicon: EventLexicon) -> str | None:
    mode = lexicon.code(code).mode
    return mode if mode in MEDIUM_MODES else None


def merge_mentions(mentions: list[EventMention], entities: Mapping[str, Entity],
                   lexicon: EventLexicon) -> list[Event]:
    """Group one article's event mentions into events (see the module docstring)."""
    place_country = {eid: e.actor.country for eid, e in entities.items() if e.actor and e.actor.country}
    people = frozenset(eid for eid, e in entities.items() if e.type == "PERSON")
    drafts: list[_Draft] = []
    full = [m for m in mentions if m.source and m.target]
    partial = [m for m in mentions if not m.anaphoric and bool(m.source) != bool(m.target)]
    anaphoric = [m for m in mentions if m.anaphoric]
    for m in [*full, *partial]:
        candidates = [d for d in drafts if compatible(d, m, lexicon, place_country, people)]
        if m.repeat:
            candidates = [d for d in candidates if d.first.start > m.start]
        if candidates:
            min(candidates, key=lambda d: d.distance(m)).mentions.append(m)
        else:
            drafts.append(_Draft([m]))
    for m in anaphoric:
        candidates = [d for d in drafts if compatible(d, m, lexicon, place_country, people)]
        if candidates:
            min(candidates, key=lambda d: d.distance(m)).mentions.append(m)
    drafts.sort(key=lambda d: min(x.start for x in d.mentions))
    return [_event(f"v{n}", d, lexicon) for n, d in enumerate(drafts, 1)]


def _event(event_id: str, draft: _Draft, lexicon: EventLexicon) -> Event:
    mentions = sorted(draft.mentions, key=lambda m: (m.start, m.trigger_start))
    code = lexicon.code(_most_specific_code([m.cameo for m in mentions], lexicon))
    source, target = draft.parties(code.code)
    modalities = [m.modality for m in mentions]
    modality = "asserted" if "asserted" in modalities else Counter(modalities).most_common(1)[0][0]
    sentences = {m.sentence_index for m in mentions}
    confidence = min(0.95, max(m.confidence for m in mentions) + 0.05 * (len(sentences) - 1))
    dated = [m for m in mentions if m.date_text and m.date]
    when = max(dated, key=lambda m: (len(m.date or ""), -m.start)) if dated else None
    # No stated date that resolves: a stated one that does not ("the weekend"), else publication.
    unresolved = next((m for m in mentions if m.date_text), mentions[0])
    return Event(
        id=event_id,
        cameo=code.code,
        cameo_name=code.name,
        plover=code.plover,
        plover_mode=code.mode,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=source,
        target=target,
        negated=mentions[0].negated,
        modality=modality,
        confidence=round(confidence, 2),
        mentions=tuple(dict.fromkeys(mentions)),
        date=when.date if when else unresolved.date,
        date_text=when.date_text if when else unresolved.date_text,
        date_basis=when.date_basis if when else unresolved.date_basis,
    )


def _most_specific_code(codes: list[str], lexicon: EventLexicon) -> str:
    """The most frequent specific code ("042" over "040"), earliest on ties; else the generic one."""
    specific = [c for c in codes if not lexicon.code(c).generic]
    pool = specific or codes
    counts = Counter(pool)
    return max(pool, key=lambda c: (counts[c], -pool.index(c)))
