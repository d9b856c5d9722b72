"""The `doc._` attributes newsevents stages read and write, registered in one place.

Each stage declares which of these it requires and assigns (spaCy's `requires=`/`assigns=`), so a
pipeline assembled in the wrong order fails when it is built, not with a wrong answer.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRS = {
    "article": None,  # model.Article being analysed (set before the pipeline runs)
    "entities": None,  # list[model.Entity]: merged, coded entities
    "mention_entity": None,  # dict[token index, entity id]: which entity a token refers to
    "home_country": None,  # ISO3 the story is filed from (dateline) or mainly about, for unplaced parties
    "events": None,  # list[model.Event]: merged, coded events
    "quotes": None,  # list[model.Quote]
    "summary": None,  # list[model.SummarySentence]
    "warnings": None,  # list[str]: caveats for this article
}


def register() -> None:
    """Register every newsevents Doc extension (idempotent)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def doc_text(doc: Doc) -> str:
    """The analysed text. `Doc.text` rebuilds it from every token on each access (milliseconds on a
    long article); the article that made the Doc already holds the same string."""
    article = doc._.article if Doc.has_extension("article") else None
    return article.text if article is not None else doc.text
