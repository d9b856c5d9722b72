"""Actors stage: find mentions, merge them into entities, code each entity CAMEO-style.

Registered as the spaCy component `newsevents_actors`. It requires `doc._.article` (for the publication
date) and assigns `doc._.entities` and `doc._.mention_entity`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from .coding import ActorCoder
from .home import place_unplaced, read_home
from .knowledge import ActorKnowledge, default_knowledge
from .layout import read_layout
from .mentions import MentionFinder
from .merge import EntityMerger
from .phrases import build_phrase_matcher
from .pronouns import resolve_pronouns

__all__ = ["ActorKnowledge", "ActorStage"]


class ActorStage:
    """Stateful stage: tables and matcher are built once; `__call__` runs match -> merge -> code."""

    def __init__(self, nlp: Language, name: str, actor_tables: list[str]) -> None:
        extensions.register()
        self.name = name
        self.kb = default_knowledge(tuple(Path(p) for p in actor_tables))
        self.finder = MentionFinder(self.kb, build_phrase_matcher(nlp.vocab, self.kb))
        self.merger = EntityMerger(self.kb)
        self.coder = ActorCoder(self.kb)

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        day = article.published if article is not None else None
        layout = read_layout(doc)
        candidates = self.finder(doc, layout)
        clusters = self.merger.merge(doc, candidates, day)
        home = read_home(clusters, layout, self.kb, doc)
        clusters = place_unplaced(clusters, home, self.kb)
        doc._.home_country = home.country
        entities = self.coder.entities(doc, clusters, day)
        mention_entity: dict[int, str] = {}
        for entity, cluster in zip(entities, clusters, strict=True):
            for cand in cluster.members:
                for i in range(cand.start, cand.end):
                    mention_entity.setdefault(i, entity.id)
        for i, eid in resolve_pronouns(doc, entities, mention_entity).items():
            mention_entity.setdefault(i, eid)  # "He said ...": events and quotes read it as its entity
        doc._.entities = entities
        doc._.mention_entity = mention_entity
        return doc


@Language.factory(
    "newsevents_actors",
    default_config={"actor_tables": []},
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=["doc._.entities", "doc._.mention_entity", "doc._.home_country"],
)
def make_actor_stage(nlp: Language, name: str, actor_tables: list[str]) -> ActorStage:
    return ActorStage(nlp, name, actor_tables)
