"""The shared vocabulary of newsevents: frozen dataclasses passed between stages, store, API and CLI.

Every stage takes and returns these objects; `as_dict()` gives the JSON form documented in
docs/output.md. Offsets (`start`, `end`) are character offsets into `Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


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

    @property
    def sha256(self) -> str:
        """Hash of the analysed text: identical copies (syndication) share it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "source": self.source,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class Mention:
    """A stretch of the article text that refers to an entity."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A CAMEO-style actor code: ISO-3166 alpha-3 country + sector (ISRGOV), or an IGO/NGO code (IGOUNO)."""

    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with every in-article mention merged into it."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | FAC | NORP
    mentions: tuple[Mention, ...]
    actor: Actor | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.as_dict() for m in self.mentions],
            "actor": self.actor.as_dict() if self.actor else None,
        }


@dataclass(frozen=True)
class ArticleResult:
    """Everything newsevents found in one article; the unit of output and storage."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    quotes: tuple[dict[str, Any], ...] = ()
    summary: tuple[dict[str, Any], ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.as_dict(),
            "entities": [e.as_dict() for e in self.entities],
            "events": list(self.events),
            "quotes": list(self.quotes),
            "summary": list(self.summary),
            "warnings": list(self.warnings),
        }
