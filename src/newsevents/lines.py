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
Text that is no prose: a web address ("http://www.x.gov/2015/09/14/gobierno-amenaza-..."), a site's path
slug ("/news/briefs/el-salvador-government-warns-of-gangs") or an e-mail address names no act and no party,
though its words read as a headline ("government warns"); `unwrapped` blanks it (spaces, one for one) before
spaCy sees the text, so no stage reads a trigger, a name or a date inside it. A bare domain ("Amazon.com")
is a name and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import doc_text, parsed_text, tokens_of_words
from .resources import noun_class_words

# a wrap: one line break between two printed characters, not the end of the first line (the title), and not
# after a sentence's final stop before a capital ("... within hours.\nThe police ...": one sentence a line,
# where the break is a boundary the tagger and the NER read well)
WRAP = re.compile(r"(?<=[^\s])(?<![.!?:;\"'])\n(?=[^\s])|(?<=[.!?:;\"'])\n(?=[^\sA-Z])")
# a wrap after an abbreviation's period: "Deputy U.S.\nTrade Representative", "Governor R.N.\nMalhotra",
# "Sen.\nJohn Glenn". Newswire wraps there far more often than a sentence ends there (in Reuters-21578, nearly
# every "U.S." at a line's end runs on: "the U.S.\nAgriculture Department"); made a space, the parser decides,
# as it does for "the U.S. The ministry" in running text. A dotted capital ("U.S.", "R.N.", "J.") or a word of
# noun class `abbreviation` ("Sen.", "Corp.").
ABBREVIATION_WRAP = re.compile(r"(?<![\w.])((?:[A-Z]\.)+|[A-Za-z]{1,5}\.)\n(?=[^\s])")
BREAKS = re.compile(r"\A[ \t]*\S[^\n]*\n|\n[ \t]*\n")
# a paragraph after an abbreviation's period: a line that ends on "Corp.", "Inc." or "U.S." and a next line
# that is indented, as every paragraph of a Reuters-21578 story is and no wrapped line is ("... the
# acquisition of Celanese Corp.\n    Hoechst acquired a majority ..."). The parser cannot tell such a period
# for a sentence's end, and read the two paragraphs as one clause tree, losing the first one's act
ABBREVIATION_PARAGRAPH = re.compile(r"(?<![\w.])((?:[A-Z]\.)+|[A-Za-z]{1,5}\.)\n[ \t]+(?=\S)")
# no prose: a web address with a scheme or "www.", a domain with a path, a path of two or more segments or
# one hyphenated slug ("/el-salvador-warns-of-gangs") after a space, quote or opening bracket (never
# "(EC)/OPEC"), or an e-mail address; a final stop or bracket after it is the sentence's, not the address's
# (`_blank_address`)
ADDRESS = re.compile(r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"']+"""
                     r"""|\b(?:[A-Za-z0-9-]+\.)+[a-z]{2,}/[^\s<>"']*"""
                     r"""|(?<![^\s"'(\[])/[\w.%-]+(?:/[\w.%-]*)+"""
                     r"""|(?<![^\s"'(\[])/[a-z0-9]+(?:-[a-z0-9]+){2,}/?"""
                     r"""|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+""")
ADDRESS_END = ".,;:!?)]}'\""
GLUED_PERIOD = re.compile(r"(?<=\S)\.(?=\w)")  # where `glued_sentence_start` can hold
# a question or exclamation mark glued between a word and a capitalised word (nlp.GLUED_STOP splits it off):
# "... to Surrender?The Zetas forced": the word after it starts a sentence, a glued headline's end
GLUED_STOP = re.compile(r"(?<=[a-z])[?!](?=[A-Z])")
# a word that can end a sentence before a period: letters or digits, or a closing bracket ("(IED).")
OPENING_HELD = 3  # words after a break-forced sentence start the parser may not cut off (`_hold_opening`)
SENTENCE_STOPS = frozenset({".", "?", "!", ":", ";"})
# the prepositions that name the other party of a deal or act, after which a wire-bracketed name is their
# object (`read_wire_names`). Not "by", "of", "for" or "and": read so, a doer ("an investment by <X>"), an
# owner ("a division of <X> of Canada"), a beneficiary or a co-subject was lost or misread as often as found
WIRE_OBJECT_WORDS = frozenset({"with", "to", "from", "against", "at", "into", "on", "between"})
# the verbs of a deal whose wire-bracketed object is the firm bought or sold ("agreed to acquire <Crime
# Control Inc> of Indiana"): read as their object too, else the parser starts a new sentence at the name and
# the deal loses its other party
WIRE_DEAL_VERBS = frozenset({
    "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
    "purchase", "purchases", "purchased", "purchasing", "sell", "sells", "sold", "selling"})
WIRE_NAME_MAX = 12  # the most words a wire's bracketed firm name runs to ("<Equitable Life Assurance ...>")
SENTENCE_END_WORD = re.compile(r"[A-Za-z]{2,}|[0-9]+|\)")


@cache
def abbreviations() -> frozenset[str]:
    """Words written with a period that ends no sentence (noun class `abbreviation`), lower case."""
    return noun_class_words("abbreviation")


def unwrapped(text: str) -> str:
    """The text spaCy parses: web addresses, paths and e-mail addresses blanked, and each line break that only
    wraps a line (a printed character on both sides, and not a sentence's stop before a capital, unless the
    stop ends an abbreviation) made a space, except the one ending the first line; the same length, so offsets
    into the article hold."""
    text = ADDRESS.sub(_blank_address, text) if ("/" in text or "@" in text or "www." in text) else text
    first = text.find("\n")
    if first < 0:
        return text
    head, body = text[: first + 1], text[first + 1:]
    return head + ABBREVIATION_WRAP.sub(_abbreviation_wrap, WRAP.sub(" ", body))


def _abbreviation_wrap(match: re.Match[str]) -> str:
    """A line break after an abbreviation's period as a space; after any other word's period, kept."""
    word = match.group(1)
    return word + " " if _abbreviation(word) else match.group(0)


def _abbreviation(word: str) -> bool:
    """Whether a word written with a final period is an initial ("J."), dotted capitals ("U.S.") or an
    abbreviation (noun class `abbreviation`: "Corp.", "Sen.")."""
    return len(word) == 2 or word.count(".") > 1 or word[:-1].lower() in abbreviations()


def _blank_address(match: re.Match[str]) -> str:
    """A web address, path or e-mail address as spaces of its length; the punctuation closing it kept."""
    found = match.group(0)
    kept = found.rstrip(ADDRESS_END)
    return " " * len(kept) + found[len(kept):]


@Language.component("newsevents_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after the title line, after every blank line, at an indented line after a line ending
    on an abbreviation's period, after a glued period and after a question or exclamation mark glued to the
    next word."""
    text = doc_text(doc)
    if "\n" not in text and "." not in text and "?" not in text and "!" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    if "\n" in text:
        paragraphs = (m for m in ABBREVIATION_PARAGRAPH.finditer(text) if _abbreviation(m.group(1)))
        for match in (*BREAKS.finditer(text), *paragraphs):
            i = bisect_left(starts, match.end())
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
                _hold_opening(doc, i)
    for match in GLUED_STOP.finditer(text):
        i = bisect_left(starts, match.end())
        if 0 < i < len(doc) and starts[i] == match.end():
            doc[i].is_sent_start = True
    # only a word right after a period glued to the word before it can be glued; finding those in the text
    # spares building a Token (and its two neighbours) for every word of the article
    for match in GLUED_PERIOD.finditer(text):
        i = bisect_left(starts, match.end())
        if 2 <= i < len(doc) and starts[i] == match.end():
            glued = glued_sentence_start(doc[i])
            if glued is not None:
                doc[i].is_sent_start = glued
    return doc


def _hold_opening(doc: Doc, start: int) -> None:
    """Keep the first words of a sentence that starts after a break together: the parser, made to start a
    sentence at the first word of the body, often cuts it off again one or two words on ("Colorocs | Corp said
    it signed ...", "< | Renouf Corp Ltd> said ..."), and the clause loses its subject. The next
    `OPENING_HELD` words, on the same line and before any stop, are marked as no sentence start."""
    for j in range(start + 1, min(start + 1 + OPENING_HELD, len(doc))):
        tok = doc[j]
        if tok.is_space or "\n" in tok.text or doc[j - 1].text in SENTENCE_STOPS:
            return
        tok.is_sent_start = False


def read_wire_names(doc: Doc) -> Doc:
    """Read a news wire's angle-bracketed firm name after a preposition as that preposition's object ("reached
    agreement with <GFT Spa> for ...", "bought the unit from <Cox Enterprises Inc>"), on a freshly made Doc,
    before any model runs: the small model reads "<" as a symbol and, past it, often starts a new sentence at
    the name, so the preposition loses its party (the name a root of its own). The brackets are given the
    norms of round ones (which the model reads as punctuation round a phrase) and the name's words and closing
    bracket are marked as no sentence start. Only a bracket that closes within `WIRE_NAME_MAX` words and opens
    on a capitalised word; the tokens' texts stay as written, so every reader of "<" still sees it."""
    if "<" not in parsed_text(doc):
        return doc
    for opening in tokens_of_words(doc, ORTH, ("<",)):
        close = _wire_name_end(doc, opening.i)
        if close is None:
            continue
        opening.norm_ = "("
        if doc[close].text == ">":
            doc[close].norm_ = ")"
        for tok in doc[opening.i + 1:close + 1]:
            tok.is_sent_start = False
    return doc


@Language.component("newsevents_wire_norms")
def restore_wire_norms(doc: Doc) -> Doc:
    """After the parser: give the brackets `read_wire_names` read as round ones their own norms back, so the
    NER and every later reader see the text as written."""
    if "<" in parsed_text(doc):
        for tok in tokens_of_words(doc, ORTH, ("<", ">")):
            tok.norm_ = tok.lex.norm_
    return doc


def _wire_name_end(doc: Doc, i: int) -> int | None:
    """The closing bracket's token of a firm's name opened by the "<" at `i` right after a preposition
    (`WIRE_OBJECT_WORDS`) or a deal's verb (`WIRE_DEAL_VERBS`), on a capitalised word; None for any other
    bracket, and for one word (a listing code, "<RADT>", as the actor stage reads it)."""
    if i == 0 or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return None
    if doc[i - 1].lower_ not in WIRE_OBJECT_WORDS | WIRE_DEAL_VERBS:
        return None
    for tok in doc[i + 1:min(i + 2 + WIRE_NAME_MAX, len(doc))]:
        if tok.is_space or tok.text == "<":
            return None
        if ">" in tok.text:
            words = tok.i - i - (tok.text == ">")
            return tok.i if words >= 2 else None
    return None


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
