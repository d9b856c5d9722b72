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
from datetime import date, timedelta

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
    by_party = _DraftIndex()
    full = [m for m in mentions if m.source and m.target]
    partial = [m for m in mentions if not m.anaphoric and bool(m.source) != bool(m.target)]
    anaphoric = [m for m in mentions if m.anaphoric]
    for m in [*full, *partial]:
        # An anaphoric reading may join any event; any other needs a party in common.
        positions = range(len(drafts)) if m.anaphoric else by_party.sharing(m)
        candidates = [i for i in positions if compatible(drafts[i], m, lexicon, place_country, people)]
        if m.repeat:  # a new happening: it joins only what is told after it, or its own other reading
            candidates = [i for i in candidates if drafts[i].first.start > m.start
                          or drafts[i].first.trigger_start == m.trigger_start]
        if candidates:
            chosen = min(candidates, key=lambda i: drafts[i].distance(m))
            drafts[chosen].mentions.append(m)
            by_party.add(chosen, drafts[chosen])
        else:
            drafts.append(_Draft([m]))
            by_party.add(len(drafts) - 1, drafts[-1])
    for m in anaphoric:
        joinable = [d for d in drafts if compatible(d, m, lexicon, place_country, people)]
        if joinable:
            min(joinable, key=lambda d: d.distance(m)).mentions.append(m)
    drafts.sort(key=lambda d: min(x.start for x in d.mentions))
    return [_event(f"v{n}", d, lexicon) for n, d in enumerate(drafts, 1)]


def _party_keys(ref: ActorRef | None) -> set[tuple[str, str]]:
    """Keys two references that are `same_party` always share: the entity, or the code's country part."""
    keys: set[tuple[str, str]] = set()
    if ref is not None:
        if ref.entity_id is not None:
            keys.add(("entity", ref.entity_id))
        if ref.code is not None:
            keys.add(("code", ref.code[:3]))
    return keys


class _DraftIndex:
    """Drafts by the keys of their parties, so a reading is compared only with the drafts it could join (a
    non-anaphoric reading needs a party in common): linear in a long article, not quadratic."""

    def __init__(self) -> None:
        self._drafts: dict[tuple[str, str], list[int]] = {}
        self._keys: dict[int, set[tuple[str, str]]] = {}

    def add(self, position: int, draft: _Draft) -> None:
        """Index `draft` (at `position` in creation order) under its parties' keys, once each."""
        known = self._keys.setdefault(position, set())
        for key in _party_keys(draft.source) | _party_keys(draft.target):
            if key not in known:
                known.add(key)
                self._drafts.setdefault(key, []).append(position)

    def sharing(self, m: EventMention) -> list[int]:
        """Positions, in creation order, of the drafts with a party key of `m`'s."""
        found: set[int] = set()
        for key in _party_keys(m.source) | _party_keys(m.target):
            found.update(self._drafts.get(key, ()))
        return sorted(found)


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


# --- Across articles ---------------------------------------------------------------------------------------
# The same happening told by many outlets becomes one event. The rule, in one place (`same_happening`):
# - the same CAMEO root, compatible full codes (as within an article), the same polarity (negated or not)
#   and factuality (asserted/reported vs intended/hypothetical/denied);
# - parties that agree on both sides: equal codes, or a bare country and a code of that country ("ISR" and
#   "ISRGOV"); an unknown side agrees only with an unknown side, and at least one side must be known.
#   Consultations (root 04) are symmetric: "A met B" and "B hosted A" are one meeting;
# - dates no coarser than a week ("on Saturday", "last week"; not "in March", "in 2014") whose days lie
#   within `window_days` of each other;
# - places that agree when both are known (the same place), any place when one is unknown;
# - different articles: two events one article keeps apart are two happenings.
# Events join in date order (then article and event id), each the compatible cluster whose first event is
# nearest in time, so the outcome depends only on the set of events, never on the order they were stored.

DEFAULT_WINDOW_DAYS = 2
MAX_SPAN_DAYS = 7  # a date coarser than a week does not place an event well enough to merge it


@dataclass(frozen=True)
class StoredEvent:
    """An article's event as the cross-article merge sees it."""

    article_id: str
    event_id: str
    cameo: str
    source_code: str | None
    target_code: str | None
    negated: bool
    modality: str
    day_from: date | None
    day_to: date | None
    place: str | None  # geonames id or place name

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.event_id


def merge_block(event: StoredEvent) -> str:
    """Events in different blocks never merge: root, the parties' countries, polarity and factuality."""
    sides = [_country_part(event.source_code), _country_part(event.target_code)]
    if event.cameo[:2] in SYMMETRIC_ROOTS:
        sides.sort()
    factual = "F" if event.modality in FACTUAL else "N"
    return f"{event.cameo[:2]}|{sides[0]}|{sides[1]}|{'neg' if event.negated else 'pos'}|{factual}"


def _country_part(code: str | None) -> str:
    return code[:3] if code and len(code) >= 3 else ""


def _codes_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or (len(a) == 3 and b.startswith(a)) or (len(b) == 3 and a.startswith(b))


def same_happening(a: StoredEvent, b: StoredEvent, lexicon: EventLexicon,
                   window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    """The cross-article merge rule (see above)."""
    if a.article_id == b.article_id or a.negated != b.negated:
        return False
    if (a.modality in FACTUAL) != (b.modality in FACTUAL) or not codes_compatible(a.cameo, b.cameo, lexicon):
        return False
    if _medium(a.cameo, lexicon) != _medium(b.cameo, lexicon):
        return False
    if not _close_in_time(a, b, window_days):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.source_code is None and a.target_code is None:
        return False
    straight = _codes_agree(a.source_code, b.source_code) and _codes_agree(a.target_code, b.target_code)
    swapped = _codes_agree(a.source_code, b.target_code) and _codes_agree(a.target_code, b.source_code)
    return straight or (a.cameo[:2] in SYMMETRIC_ROOTS and swapped)


def _close_in_time(a: StoredEvent, b: StoredEvent, window_days: int) -> bool:
    if None in (a.day_from, a.day_to, b.day_from, b.day_to):
        return False
    assert a.day_from and a.day_to and b.day_from and b.day_to
    if (a.day_to - a.day_from).days >= MAX_SPAN_DAYS or (b.day_to - b.day_from).days >= MAX_SPAN_DAYS:
        return False
    window = timedelta(days=window_days)
    return a.day_from - window <= b.day_to and b.day_from - window <= a.day_to


def cluster_across_articles(events: list[StoredEvent], lexicon: EventLexicon,
                            window_days: int = DEFAULT_WINDOW_DAYS) -> dict[tuple[str, str], tuple[str, str]]:
    """Group events from many articles into happenings: event key -> key of its cluster's first event."""
    founder_of: dict[tuple[str, str], tuple[str, str]] = {}
    dated = sorted((e for e in events if e.day_from is not None), key=lambda e: (e.day_from, e.article_id,
                                                                                  e.event_id))
    clusters: list[tuple[StoredEvent, set[str]]] = []  # (first event, article ids), first events by day
    oldest = 0  # clusters before this one started too long ago to take any later event
    reach = timedelta(days=window_days + MAX_SPAN_DAYS)
    for event in dated:
        assert event.day_from is not None
        while oldest < len(clusters) and (clusters[oldest][0].day_from or date.min) + reach < event.day_from:
            oldest += 1
        best: tuple[int, int] | None = None
        for n in range(oldest, len(clusters)):
            first, articles = clusters[n]
            if event.article_id in articles or not same_happening(first, event, lexicon, window_days):
                continue
            gap = (event.day_from - (first.day_from or event.day_from)).days
            if best is None or gap < best[0]:
                best = (gap, n)
        if best is None:
            clusters.append((event, {event.article_id}))
            founder_of[event.key] = event.key
        else:
            first, articles = clusters[best[1]]
            articles.add(event.article_id)
            founder_of[event.key] = first.key
    for event in events:
        founder_of.setdefault(event.key, event.key)  # undated: a happening of its own
    return founder_of
