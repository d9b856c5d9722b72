"""Compose the stages: Article -> spaCy Doc -> entities/actors (-> events, dates, places) -> ArticleResult.

Stages:
1. tokenise the article text and attach the Article to `doc._.article`;
2. spaCy's own components (tagger, parser, lemmatizer, NER), batched with `nlp.pipe`, with
   `newsevents_line_breaks` before the parser so a title line is a sentence of its own; an article longer
   than `settings.section_chars` is parsed section by section and the sections joined into one Doc (the
   parser's memory grows with the text it sees at once);
3. `newsevents_actors`: mentions -> merged entities -> CAMEO actor codes;
4. `newsevents_events`: triggers -> event mentions (with dates) -> one event per happening -> location;
5. `newsevents_quotes`: direct quotes and reported speech with resolved speakers;
6. `newsevents_summary`: the three most informative distinct sentences;
7. collect the result and its warnings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from . import actors, events, extensions, lines, quotes, summary  # noqa: F401  (importing registers the factories and extensions)
from .actors.knowledge import on_day
from .errors import Code, DataError, warning
from .model import Article, ArticleResult
from .nlp import load_spacy
from .settings import Settings
from .where import with_places

T = TypeVar("T")
STAGES = ("newsevents_actors", "newsevents_events", "newsevents_quotes", "newsevents_summary")


class Pipeline:
    """The configured newsevents pipeline. Build once (see `get_pipeline`), then `run` many articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp: Language = load_spacy(self.settings.model)
        self.nlp.max_length = max(self.nlp.max_length, self.settings.max_chars)
        if "parser" in self.nlp.pipe_names:
            self.nlp.add_pipe("newsevents_line_breaks", before="parser")
            self.nlp.add_pipe("newsevents_wire_norms", after="parser")
        # Agents dictionaries are actor knowledge too: the knowledge base tells the kinds apart by content.
        knowledge = (*self.settings.actor_tables, *self.settings.agent_tables)
        tables = {"actor_tables": [str(p) for p in knowledge]}
        self.nlp.add_pipe("newsevents_actors", config=tables)
        self.nlp.add_pipe("newsevents_events", config={
            **tables, "verb_tables": [str(p) for p in self.settings.verb_tables]})
        self.nlp.add_pipe("newsevents_quotes", config=tables)
        self.nlp.add_pipe("newsevents_summary")

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Analyse articles in batches, yielding one result per article in input order.

        A stage that fails on one article must not stop the run: the failing batch is analysed again
        article by article, and the article that fails keeps what the stages before gave it and says, in
        its warnings (W004), which stage failed and why."""
        for batch in iter_batches(articles, self.settings.batch_size):
            yield from self._run_batch(batch)
            freeze_loaded_heap()

    def _run_batch(self, batch: list[Article]) -> Iterator[ArticleResult]:
        limit = self.settings.section_chars
        short = [a for a in batch if len(a.text) <= limit]
        try:
            docs = list(self.nlp.pipe((self._make_doc(a) for a in short), batch_size=len(batch)))
        except DataError:
            raise
        except Exception:
            docs = [self._run_guarded(self._make_doc(a)) for a in short]
        parsed = iter(docs)
        for article in batch:
            doc = next(parsed) if len(article.text) <= limit else self._run_long(article)
            yield self._result(doc)

    def _run_long(self, article: Article) -> Doc:
        """A long article: spaCy's components section by section, then one Doc and the newsevents stages."""
        spacy_stages = [(name, stage) for name, stage in self.nlp.pipeline if name not in STAGES]
        sections = []
        for text in split_sections(lines.unwrapped(article.text), self.settings.section_chars):
            section = lines.read_wire_names(self.nlp.make_doc(text))
            for _, stage in spacy_stages:
                section = stage(section)
            sections.append(section)
        doc = Doc.from_docs(sections, ensure_whitespace=False)
        made = self._make_doc(article)
        doc._.article, doc._.warnings = made._.article, made._.warnings
        return self._run_guarded(doc, only=STAGES)

    def _run_guarded(self, doc: Doc, only: tuple[str, ...] | None = None) -> Doc:
        for name, stage in self.nlp.pipeline:
            if only is not None and name not in only:
                continue
            try:
                doc = stage(doc)
            except DataError:
                raise  # a broken table fails every article alike: stop the run with its one line, not warn
            except Exception as exc:
                doc._.warnings.append(warning(Code.W004, f"{name}: {type(exc).__name__}: {exc}"))
                break
        return doc

    def analyse(self, article: Article) -> ArticleResult:
        """Analyse one article."""
        return next(self.run([article]))

    # 1. tokenise and attach the article
    def _make_doc(self, article: Article) -> Doc:
        doc = lines.read_wire_names(self.nlp.make_doc(lines.unwrapped(article.text)))
        doc._.article = article
        warnings = []
        if article.published is None:
            warnings.append(warning(Code.W001, "relative dates stay unresolved; office holders not dated"))
        doc._.warnings = warnings
        return doc

    # 7. collect
    def _result(self, doc: Doc) -> ArticleResult:
        article: Article = doc._.article
        # The batch's stages have all run: dated names (historical states) are read on this article's day
        # again, not on the day of the batch's last article.
        with on_day(article.published):
            entities = with_places(doc, doc._.entities or ())
        extensions.release_caches(doc)
        return ArticleResult(
            article=article,
            entities=entities,
            events=tuple(doc._.events or ()),
            quotes=tuple(doc._.quotes or ()),
            summary=tuple(doc._.summary or ()),
            warnings=tuple(doc._.warnings or ()),
        )


def split_sections(text: str, limit: int) -> list[str]:
    """`text` cut into consecutive pieces of at most `limit` characters that join back into it exactly: each
    cut after the last paragraph break before the limit, else the last line break, else the last sentence end
    (". "), else the last space, else at the limit."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for mark in ("\n\n", "\n", ". ", " "):
            found = window.rfind(mark, limit // 4)  # not so early that sections become tiny
            if found > 0:
                cut = found + len(mark)
                break
        cut = cut or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def iter_batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@cache
def freeze_loaded_heap() -> None:
    """Once per process, after the first batch: what the process holds then (the spaCy model, the actor
    knowledge, the tables the stages load on first use) is left out of the cycle collector's passes.

    Those objects live as long as the process, yet every full pass of the collector walked all of them again:
    on 60 generated articles three full passes took 14 % of the run's CPU time (2.4 s of 17.1 s), after the
    freeze 0.35 s. The first batch's garbage is collected first, so none of it is kept for good."""
    gc.collect()
    gc.freeze()


@cache
def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline for these settings, built once per process."""
    return Pipeline(settings)
