from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import resources
from itertools import pairwise
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from newsevents import Article, ArticleResult, Entity, Pipeline
from newsevents.model import Event
from newsevents.nlp import load_spacy
from newsevents.settings import Settings

EXAMPLES = Path(str(resources.files("newsevents").joinpath("examples")))
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def analyse(pipeline: Pipeline):
    cache: dict[tuple[str, date | None], ArticleResult] = {}

    def run(text: str, published: str | None = None) -> ArticleResult:
        day = date.fromisoformat(published) if published else None
        if (text, day) not in cache:
            cache[(text, day)] = pipeline.analyse(Article(id="t", text=text, published=day))
        return cache[(text, day)]

    return run


@pytest.fixture(scope="session")
def example(analyse):
    def run(name: str) -> ArticleResult:
        path = EXAMPLES / name
        return analyse(path.read_text(encoding="utf-8"), path.stem.rsplit("_", 1)[-1])

    return run


def entity_with(result: ArticleResult, mention_text: str) -> Entity:
    """The entity one of whose mentions reads exactly `mention_text`."""
    found = [e for e in result.entities if any(m.text == mention_text for m in e.mentions)]
    assert found, f"no entity has a mention {mention_text!r}: {[e.name for e in result.entities]}"
    assert len({e.id for e in found}) == 1, f"{mention_text!r} is in several entities"
    return found[0]


def code_of(result: ArticleResult, mention_text: str) -> str | None:
    ent = entity_with(result, mention_text)
    return ent.actor.code if ent.actor else None


def assert_one_office_of_a_kind_at_a_time(rows: list[dict[str, str]]) -> None:
    """Office-holder table rows: no person holds the same office (name, code, office) twice at once."""
    from newsevents.resources import parse_date

    by_office: dict[tuple[str, str, str], list[tuple[date, date]]] = {}
    for row in rows:
        start = parse_date(row["start"], "")
        end = parse_date(row["end"], "") or date(2100, 1, 1)
        assert start is not None
        by_office.setdefault((row["name"], row["code"], row["office"]), []).append((start, end))
    for key, spans in by_office.items():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), key


DATING_DAY = date(2018, 3, 14)  # a Wednesday: the publication day of the dating tests


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The installed spaCy pipeline alone (no newsevents stages), for tests of one stage's functions."""
    return load_spacy(Settings().model)


def date_of(nlp: Language, text: str, trigger: str, future: bool = False) -> tuple[str | None, str]:
    """The date and date basis `event_date` gives the word `trigger` of `text`, published on DATING_DAY."""
    from newsevents.events.dating import event_date

    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    result = event_date(tok, [tok], DATING_DAY, future)
    return result.date, result.date_basis


def date_in_clause(nlp: Language, text: str, trigger: str, nth: int = 0) -> tuple[str | None, str]:
    """The date and date basis of the `nth` word `trigger` of `text`, published on DATING_DAY, with its clause's
    verbs as the frame (as the event stage gives a noun its governing verbs)."""
    from newsevents.events.dating import event_date

    doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][nth]
    frame = [tok, *[a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:2]]
    result = event_date(tok, frame, DATING_DAY, False)
    return result.date, result.date_basis


def event_dates_on(analyse: Callable[..., ArticleResult], text: str, trigger: str,
                   published: str | None = None) -> list[str | None]:
    """The date of the event of each mention on `trigger` in `text` (one entry a mention); the test fails
    when there is none."""
    result = analyse(text, published)
    found = [e.date for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


def mention_dates(result: ArticleResult, trigger: str) -> set[str | None]:
    """The dates of the event mentions whose trigger word is `trigger`; the test fails when there is none."""
    found = {m.date for e in result.events for m in e.mentions if m.trigger == trigger}
    assert found, f"no event on {trigger!r}: {[(e.cameo, e.mentions[0].trigger) for e in result.events]}"
    return found


def readings(result: ArticleResult, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every event mention whose trigger word is `trigger`."""
    return {(m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


def event_on(result: ArticleResult, trigger: str) -> Event:
    """The event with a mention whose trigger is `trigger` (an AssertionError naming the codes found if none)."""
    text = result.article.text
    for e in result.events:
        if any(text[m.trigger_start:m.trigger_end] == trigger for m in e.mentions):
            return e
    raise AssertionError(f"no event on {trigger!r}: {[e.cameo for e in result.events]}")


def mention_codes(result: ArticleResult) -> set[tuple[str, str | None, str | None]]:
    """(code, source code, target code) for every event mention of an article."""
    return {(e.cameo, m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions}


def assert_mention(result: ArticleResult, code: str, source: str = "", target: str = "") -> None:
    """Some event mention has `code` and parties whose codes start with `source` and `target` ("" = any or
    none: a test of triggers names a party only as far as it checks it, "GTM" = any Guatemalan actor)."""
    found = mention_codes(result)
    assert any(c == code and (s or "").startswith(source) and (t or "").startswith(target)
               for c, s, t in found), found


def event_codes(result: ArticleResult) -> set[str]:
    """The CAMEO codes of every event of an article."""
    return {e.cameo for e in result.events}


def party_code(event: Event, slot: str) -> str | None:
    """The actor code of an event's `slot` ("source" or "target"), None when the side is empty."""
    ref = getattr(event, slot)
    return ref.code if ref is not None else None


def event_triples(result: ArticleResult) -> list[tuple[str, str | None, str | None]]:
    """(code, source code, target code) of every event of an article, in order."""
    return [(e.cameo, party_code(e, "source"), party_code(e, "target")) for e in result.events]


def modality_of(result: ArticleResult, cameo: str) -> str:
    """The modality of the one event coded `cameo`."""
    found = {e.modality for e in result.events if e.cameo == cameo}
    assert len(found) == 1, f"{cameo}: {found} in {event_codes(result)}"
    return found.pop()


def trigger_modality(result: ArticleResult, trigger: str) -> str:
    """The modality of the mentions whose trigger is `trigger` (all of them must agree)."""
    found = {m.modality for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found} in {[m.trigger for e in result.events for m in e.mentions]}"
    return found.pop()


def phrase_span(nlp: Language, text: str, phrase: str) -> Span:
    """The span of `phrase`'s first occurrence in `text`, parsed by `nlp` (expanded to whole tokens)."""
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    return span


def triggers(result: ArticleResult) -> set[str]:
    """The trigger words of every event mention of an article."""
    text = result.article.text
    return {text[m.trigger_start:m.trigger_end] for e in result.events for m in e.mentions}


def code_targets(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(target entity name, target code) of the events of one code prefix."""
    names = {e.id: e.name for e in result.entities}
    return [(names.get(e.target.entity_id or "") if e.target else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def entity_types(result: ArticleResult, name: str) -> set[str]:
    """The entity types of the entities named `name`."""
    return {e.type for e in result.entities if e.name == name}


def trigger_negated(result: ArticleResult, trigger: str) -> bool:
    """Whether the mentions of one trigger word are negated (all of them alike)."""
    found = {m.negated for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found}"
    return found.pop()
