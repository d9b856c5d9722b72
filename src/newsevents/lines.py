"""Line-break stage: where a line break or a glued period ends a sentence, tell the parser before it runs.

Titles and datelines carry no final period; left to the parser, "Erdogan tells Swedish premier ... approval"
and the first body sentence are read as one sentence and one clause tree. But newswire is often wrapped
at a fixed width ("... and BP North America\\nInc said they plan ..."), where a single line break means
nothing. So a sentence starts after
- the first line of the article (the title, in both of our input formats), and
- a blank line (paragraphs, and the `title + "\\n\\n" + text` of JSONL records);
a single line break inside the body is a wrap: `unwrapped` turns it into a space before spaCy sees the
text, so the tagger and parser read "he would visit\\nWashington" as one clause (spaCy makes a wrap a
whitespace token of its own, which the small model often reads as a clause or sentence break). One character
for one, so every offset into the article stays true.
Text that lost its spaces after periods ("the police said.The attackers fled") glues two sentences; where the
tokenizer split the period off as a token of its own, a capitalised word right after it starts a sentence,
unless the word before the period is an abbreviation (noun class `abbreviation`: "Lt.Gen", "Insp.Kumar") or an
initial ("J.Kumar"); "U.S." and "No.2" stay one token and are never read as a sentence end.
Runs before the parser, which respects preset sentence starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import doc_text
from .resources import load_table

# a wrap: one line break between two printed characters, not the end of the first line (the title), and not
# after a sentence's final stop before a capital ("... within hours.\nThe police ...": one sentence a line,
# where the break is a boundary the tagger and the NER read well)
WRAP = re.compile(r"(?<=[^\s])(?<![.!?:;\"'])\n(?=[^\s])|(?<=[.!?:;\"'])\n(?=[^\sA-Z])")
BREAKS = re.compile(r"\A[ \t]*\S[^\n]*\n|\n[ \t]*\n")
# a word that can end a sentence before a period: letters or digits, or a closing bracket ("(IED).")
SENTENCE_END_WORD = re.compile(r"[A-Za-z]{2,}|[0-9]+|\)")


@cache
def abbreviations() -> frozenset[str]:
    """Words written with a period that ends no sentence (noun class `abbreviation`), lower case."""
    return frozenset(row["lemma"].lower() for row in load_table("noun_classes", ("class", "lemma", "source"))
                     if row["class"] == "abbreviation")


def unwrapped(text: str) -> str:
    """The text spaCy parses: each line break that only wraps a line (a printed character on both sides, and
    not a sentence's stop before a capital) made a space, except the one ending the first line; the same
    length, so offsets into the article hold."""
    first = text.find("\n")
    if first < 0:
        return text
    head, body = text[: first + 1], text[first + 1:]
    return head + WRAP.sub(" ", body)


@Language.component("newsevents_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after the title line, after every blank line and after a glued period."""
    text = doc_text(doc)
    if "\n" in text:
        starts = [int(i) for i in doc.to_array("IDX")]
        for match in BREAKS.finditer(text):
            i = bisect_left(starts, match.end())
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
    if "." in text:
        for tok in doc[2:]:
            glued = glued_sentence_start(tok)
            if glued is not None:
                tok.is_sent_start = glued
    return doc


def glued_sentence_start(tok: Token) -> bool | None:
    """For a capitalised word glued to a period glued to a word ("said.The", tokenized said | . | The): True
    if it starts a sentence, False if the period ends an abbreviation or an initial ("Insp.Kumar", "Lt.Gen"),
    which the parser must not split either; None (the parser decides) for any other token."""
    period, word = tok.nbor(-1), tok.nbor(-2)
    if period.text != "." or period.whitespace_ or word.whitespace_ or not tok.text[:1].isupper():
        return None
    initial = word.text.isalpha() and word.text.isupper() and len(word.text) < 3
    if initial or word.text.lower() in abbreviations():
        return False
    return True if SENTENCE_END_WORD.fullmatch(word.text) else None
