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
# A comma glued between a number and a word, as text that lost its spaces writes a date before its credit:
# "on March 19,reports Daily Excelsior", "on December 31,a Superintendent". spaCy splits a comma only between
# letters, so the day and the word would be one token and the date, the credit and the clause lost. A comma
# between digits ("1,000", "3,006,302") stays: it groups thousands.
GLUED_COMMA = r"(?<=[0-9]),(?=[A-Za-z])"
# A question or exclamation mark glued between a word and a capitalised word, as a page that lost its line
# break joins a question headline to its story: "Did the Zetas Force US Agents Killer to Surrender?The Zetas
# forced". spaCy splits neither, so the headline's last word and the lede's first would be one token.
GLUED_STOP = r"(?<=[a-z])[?!](?=[A-Z])"


def split_glued_brackets(nlp: Language) -> None:
    """Make `nlp`'s tokenizer split an opening bracket glued to the word before it, a comma glued
    between a number and the word after it, and a question or exclamation mark glued between two words."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), GLUED_BRACKET, GLUED_COMMA, GLUED_STOP]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
