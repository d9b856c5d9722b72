"""Events stage: triggers -> mentions with source, target, negation, modality and date -> one event per
happening -> geocoded location.

Registered as the spaCy component `newsevents_events`. It requires the actor stage's `doc._.entities` and
`doc._.mention_entity` and assigns `doc._.events`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..actors.knowledge import default_knowledge
from ..merge import merge_mentions
from ..where import default_gazetteer, entity_places, locate_events
from .detect import EventDetector
from .lexicon import EventLexicon, default_lexicon
from .placed_parties import place_bare_parties

__all__ = ["EventDetector", "EventLexicon", "EventStage"]


class EventStage:
    """Stateful stage: the lexicon is loaded once; `__call__` runs detect -> merge."""

    def __init__(self, nlp: Language, name: str, actor_tables: list[str], verb_tables: list[str]) -> None:
        extensions.register()
        self.name = name
        self.lexicon = default_lexicon(tuple(Path(p) for p in verb_tables))
        # The same knowledge base as the actor stage (cached by its tables): plural roles resolve alike.
        self.detector = EventDetector(self.lexicon, default_knowledge(tuple(Path(p) for p in actor_tables)))
        self.gazetteer = default_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.detector(doc)
        entities = {e.id: e for e in (doc._.entities or [])}
        # the article's own place readings: the towns the merge compares, resolved as the text means them
        places = entity_places(doc, entities.values(), self.gazetteer)
        events = merge_mentions(mentions, entities, self.lexicon, places)
        # a party left with a bare sector is of the country its located event happened in
        doc._.events = place_bare_parties(locate_events(doc, events, entities, self.gazetteer))
        return doc


@Language.factory(
    "newsevents_events",
    default_config={"actor_tables": [], "verb_tables": []},
    requires=["doc._.entities", "doc._.mention_entity"],
    assigns=["doc._.events"],
)
def make_event_stage(nlp: Language, name: str, actor_tables: list[str], verb_tables: list[str]) -> EventStage:
    return EventStage(nlp, name, actor_tables, verb_tables)
