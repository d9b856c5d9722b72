"""The shared vocabulary of newsevents: frozen dataclasses passed between stages, store, API and CLI.

Every stage takes and returns these objects; `as_dict()` gives the JSON form documented in
docs/output.md. Offsets (`start`, `end`) are character offsets into `Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property
from typing import Any


def plain_fields(record: Any) -> dict[str, Any]:
    """A dataclass whose fields are plain values (str, int, float, bool, None) as a dict, in field order.
    `dataclasses.asdict` deep-copies every value on the way: for the many small records of an article's
    output that copying cost more than the rest of the conversion."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@dataclass(frozen=True)
class Article:
    """One news article as read: `text` is everything analysed (title line + body)."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from (file, file:line), for messages
    dateline: str | None = None  # "BEIRUT, May 2 -": where the story was filed, when the input says so

    @cached_property
    def sha256(self) -> str:
        """Hash of the analysed text: identical copies (syndication) share it. Computed once: the loader
        asks for it several times per article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "source": self.source,
            "dateline": self.dateline,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class Mention:
    """A stretch of the article text that refers to an entity."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class Actor:
    """A CAMEO-style actor code: ISO-3166 alpha-3 country + sector (ISRGOV), or an IGO/NGO code (IGOUNO)."""

    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    # Where the country came from, so users can filter weak codings: dictionary (our tables or PETRARCH's),
    # user (--actors), title (a nationality word on the name: "South Korean Finance Minister"), context
    # (possessive, of-phrase, appositive, "Houston-based"), dateline, article (the article's main country,
    # for an unqualified domestic role: "the finance ministry"); None when the code has no country.
    basis: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every in-article mention merged into it."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | FAC | NORP
    mentions: tuple[Mention, ...]
    actor: Actor | None = None
    place: Place | None = None  # GPE/LOC/FAC: where it is on the map, when the gazetteer knows it

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.as_dict() for m in self.mentions],
            "actor": self.actor.as_dict() if self.actor else None,
            "place": self.place.as_dict() if self.place else None,
        }


@dataclass(frozen=True)
class ActorRef:
    """An event's source or target: the entity it is (when the article names one) and its actor code."""

    entity_id: str | None
    code: str | None
    # A party no entity names, inferred rather than read: "article" (an unnamed group given the story's
    # country: "police arrested ..." in a story filed from Lima), "inferred" (an act's usual doer: the
    # police of the place for an arrest told with no doer), "implied" (the state a coder infers for a state's
    # act told with no doer: "the capture of X" in Mexico, events/implied.py), "incident" (the armed group the
    # lead names as the doer of the incident a later doer-less sentence goes on with, events/sources.py).
    # None: read from the sentence.
    basis: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class Place:
    """A geocoded place: `feature` is city | admin1 | country | continent | landmark | region; `country`
    ISO 3166-1 alpha-3; `admin1` the first-level division (state, province) it lies in, by name."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    feature: str
    geonames_id: int | None
    admin1: str | None = None
    # How an event location was found: None, the sentence names it; "dateline", the sentence names no place
    # and the event is of the story filed from the dateline's place (a last resort).
    # "story": the sentence names no place and the act of force is the incident the sentence before placed.
    basis: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class EventMention:
    """One place in the article that reports an event, read on its own before merging.

    `start`/`end` span the sentence (the evidence a reader checks); `trigger_start`/`trigger_end` the trigger
    word. `anaphoric` mentions ("the meeting lasted two hours") name no actor and only join an event told
    before them; `repeat` mentions ("spoke ... again") report a new happening and never join an earlier one;
    `told_again` mentions name their act by a noun with "the" ("claimed responsibility for the attack", "was
    killed in the blast"): the happening told before, whose telling gives its modality.
    """

    sentence_index: int
    start: int
    end: int
    text: str
    trigger: str
    trigger_start: int
    trigger_end: int
    cameo: str
    source: ActorRef | None
    target: ActorRef | None
    negated: bool
    modality: str  # asserted | reported | hypothetical | intended | denied
    confidence: float
    place_entity_id: str | None = None
    date_text: str | None = None  # the date phrase attached to the trigger ("on Saturday"), as written
    date: str | None = None  # resolved (when.py): 2022-03-05, 2022-W08, 2022-03, 2022; XXXX-03-05 (no year)
    date_basis: str = "publication"  # explicit | relative | publication | unknown
    anaphoric: bool = False
    repeat: bool = False
    relayed: bool = False  # told on a credit of its whole sentence ("..., reports Dawn"): modality.relayed
    told_again: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "modality": self.modality,
        }


@dataclass(frozen=True)
class Event:
    """One happening: who did what to whom, coded CAMEO and PLOVER, with every mention that reports it."""

    id: str
    cameo: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    negated: bool
    modality: str
    confidence: float
    mentions: tuple[EventMention, ...]
    date: str | None = None
    date_text: str | None = None
    date_basis: str = "publication"
    location: Place | None = None

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "negated": self.negated,
            "modality": self.modality,
            "confidence": self.confidence,
            "date": self.date,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "location": self.location.as_dict() if self.location else None,
            "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker.

    `kind` is direct (in quotation marks) or reported (a said-that clause).
    """

    speaker_entity_id: str | None
    speaker_code: str | None
    speaker_text: str
    text: str
    start: int
    end: int
    verb: str
    kind: str

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of the extractive summary, with its offsets and TextRank score."""

    sentence_index: int
    start: int
    end: int
    text: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return plain_fields(self)


@dataclass(frozen=True)
class ArticleResult:
    """Everything newsevents found in one article; the unit of output and storage."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.as_dict(),
            "entities": [e.as_dict() for e in self.entities],
            "events": [e.as_dict() for e in self.events],
            "quotes": [q.as_dict() for q in self.quotes],
            "summary": [s.as_dict() for s in self.summary],
            "warnings": list(self.warnings),
        }
