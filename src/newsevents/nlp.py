"""Load a spaCy pipeline . Nothing is downloaded: the pipeline must be an installed package."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from .errors import Code, ModelError


def load_spacy(name: str) -> Language:
    """A fresh copy of the installed spaCy pipeline `name` (callers add stages to it, so no sharing)."""
    try:
        nlp = spacy.load(name, exclude=["textcat", "senter"])
    except OSError as exc:
        raise ModelError(Code.E011, name, f"pip install the package that provides it: {exc}") from None
    split_glued_brackets(nlp)
    return nlp


# An opening bracket glued to the word before it, as text that lost its spaces writes an abbreviation:
# "Communist Party of India Maoist(CPI Maoist)", "Hizb-ul-Mujahideen(HM)". spaCy splits only a bracket that
# opens a token, so the name and its abbreviation would be one token.
GLUED_BRACKET = r"(?<=[A-Za-z])[(\[](?=[A-Za-z])"


def split_glued_brackets(nlp: Language) -> None:
    """Make `nlp`'s tokenizer split an opening bracket glued to the word before it."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), GLUED_BRACKET]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
