"""The output contract, as pydantic models: `newsevents schema` prints it as JSON Schema, tests validate
every document against it. Later stages extend it; they never change a field's meaning.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal["asserted", "reported", "hypothetical", "intended", "denied"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# A resolved date at its phrase's precision: decade, year, month, day, ISO week, quarter, half or season.
DATE_VALUE = r"^(\d{3}|\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?|XXXX-\d{2}(-\d{2})?)$"


class ArticleOut(_Strict):
    id: str
    title: str | None
    published: str | None = Field(description="ISO date the article was published, if known")
    url: str | None
    source: str | None
    dateline: str | None = Field(description="where the story was filed, when the input gives it")
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
    basis: Literal["dictionary", "user", "title", "context", "dateline", "article"] | None = Field(
        description="where the country came from; null when the code has no country")


class PlaceOut(_Strict):
    name: str = Field(description="the gazetteer's name for the place (Kyiv for 'Kiev')")
    lat: float | None = Field(ge=-90, le=90)
    lon: float | None = Field(ge=-180, le=180)
    country: str | None = Field(description="ISO 3166-1 alpha-3")
    admin1: str | None = Field(description="the first-level division (state, province) it lies in, by name")
    feature: Literal["city", "admin1", "admin2", "country", "continent", "landmark", "region",
                     "unresolved"] = Field(
        description="city: a populated place; admin1/admin2: a first/second-level division (state, county); "
                    "landmark: a building or street standing for its city; region: an area of our places "
                    "table; unresolved (event locations only): a place the text names that the gazetteer "
                    "lacks, with no coordinates")
    geonames_id: int | None
    basis: Literal["dateline", "story"] | None = Field(
        default=None,
        description="event locations: null when the sentence names the place; story when it names none "
                    "and the act of force is the incident the sentence before placed; dateline when it names "
                    "none and the event is of the story filed from the dateline's place (a last resort)")


class EntityOut(_Strict):
    id: str
    name: str
    type: Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]
    mentions: list[MentionOut] = Field(min_length=1)
    actor: ActorOut | None
    place: PlaceOut | None = Field(
        description="GPE/LOC/FAC entities: where the place is, by the offline gazetteer; null when "
                    "unknown or when the entity is no place")


class ActorRefOut(_Strict):
    entity_id: str | None = Field(description="id of the entity in `entities`, null when none is named")
    code: str | None = Field(description="CAMEO-style actor code")
    basis: str | None = Field(None, description="null: read from the sentence; 'article': an unnamed group "
                              "given the story's country; 'inferred': the act's usual doer (the police of "
                              "the place for an arrest told with no doer); 'implied': the state a coder "
                              "infers for a state's act told with no doer (the authorities of the place for "
                              "'the capture of X'); 'incident': the armed group the article's lead names "
                              "as the doer of the incident a later sentence with no doer goes on with")


class EventMentionOut(_Strict):
    sentence_index: int = Field(ge=0)
    start: int = Field(ge=0, description="start of the sentence that reports the event")
    end: int = Field(ge=0)
    text: str
    trigger: str = Field(description="the word that reports the event")
    trigger_start: int = Field(ge=0)
    trigger_end: int = Field(ge=0)
    modality: Modality


class EventOut(_Strict):
    id: str
    cameo: str = Field(pattern=r"^[0-9]{2,4}$")
    cameo_root: str = Field(pattern=r"^[0-9]{2}$")
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    quad_class: int = Field(ge=1, le=4)
    goldstein: float = Field(ge=-10, le=10)
    source: ActorRefOut | None
    target: ActorRefOut | None
    negated: bool
    modality: Modality
    confidence: float = Field(ge=0, le=1)
    date: str | None = Field(pattern=DATE_VALUE,
                             description="ISO date at the phrase's precision: 2022-03-05, 2022-W08, 2022-03, "
                                         "2022-Q1, 2022-H1, 2022-SU (season), 2022, 202 (decade); "
                                         "XXXX-03-05, XXXX-03: a month-day or month the text names "
                                         "with no year known (no publication date)")
    date_text: str | None = Field(description="the phrase the date came from, as written")
    date_basis: Literal["explicit", "relative", "publication", "unknown"]
    location: PlaceOut | None
    mentions: list[EventMentionOut] = Field(min_length=1)


class QuoteOut(_Strict):
    speaker_entity_id: str | None = Field(description="the speaker's entity, null when the text names the "
                                                      "speaker only in words no entity covers")
    speaker_code: str | None
    speaker_text: str = Field(description="the speaker as the sentence names them: 'his spokesman'")
    text: str
    start: int = Field(ge=0, description="offsets of `text` in the article")
    end: int = Field(ge=0)
    verb: str = Field(description="the speech verb: said, told, added ...")
    kind: Literal["direct", "reported"]


class SummarySentenceOut(_Strict):
    sentence_index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    score: float


class ArticleResultOut(_Strict):
    article: ArticleOut
    entities: list[EntityOut]
    events: list[EventOut]
    quotes: list[QuoteOut]
    summary: list[SummarySentenceOut] = Field(max_length=3)
    warnings: list[str]


def validate_result(document: dict[str, Any]) -> ArticleResultOut:
    """Raise pydantic.ValidationError if `document` breaks the output contract."""
    result = ArticleResultOut.model_validate(document)
    entity_ids = {e.id for e in result.entities}
    for event in result.events:
        for party in (event.source, event.target):
            if party is not None and party.entity_id is not None and party.entity_id not in entity_ids:
                raise ValueError(f"event {event.id} names unknown entity {party.entity_id}")
    return result


def json_schema() -> dict[str, Any]:
    return ArticleResultOut.model_json_schema()
