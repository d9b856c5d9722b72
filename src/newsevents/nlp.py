"""Load a spaCy pipeline . Nothing is downloaded: the pipeline must be an installed package."""

from __future__ import annotations

import spacy
from spacy.language import Language

from .errors import Code, ModelError


def load_spacy(name: str) -> Language:
    """A fresh copy of the installed spaCy pipeline `name` (callers add stages to it, so no sharing)."""
    try:
        return spacy.load(name, exclude=["textcat", "senter"])
    except OSError as exc:
        raise ModelError(Code.E011, name, f"pip install the package that provides it: {exc}") from None
