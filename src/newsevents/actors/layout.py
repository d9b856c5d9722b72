"""The parts of an article whose capitalised words are not evidence of names: a headline written in Title
Case or capitals ("Standard Oil To Form Financial Unit": every word is capitalised, so the NER reads the
whole line as one organisation) and the dateline ("BEIRUT, May 2 (Reuters) -": where the story was filed,
not an actor). Both are read from the article text and its `title`/`dateline` fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from ..extensions import doc_text

FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from",
                  "as", "is", "are", "be", "its", "after", "over", "into", "up"}
# "BEIRUT, May 2 (Reuters) -", "NEW DELHI, Jan. 5 (PTI):", "WASHINGTON -", "SALVADOR, Feb 26 -": a place in
# capitals at the start of the body, an optional date and agency, then a dash or colon.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)?)?)"
    r"\s*,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*,?\s*(?:\d{4})?\s*)?(?:\([A-Za-z .]{2,20}\)\s*)?(?:--|[-–—:])\s"
)

# "BEIJING - ...", "    - - - -\n    TOKYO - Japan's ruling party ...": a digest's section dateline, a line
# opening with a place in capitals and a dash (DATELINE's place, anywhere a line starts, with no date)
SECTION_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
                              r"(?:, [A-Z][A-Za-z.'\-]+)?[ \t]*-[ \t]")


def last_section_dateline(text: str) -> str | None:
    """The place of the last section dateline in `text` (a digest of stories, each under its own "TOKYO -"),
    None when it has none."""
    sections = list(SECTION_DATELINE.finditer(text))
    return sections[-1].group("place") if sections else None


# A dateline given apart from the text (`Article.dateline`) as the feed wrote it, in any case: "New York,
# March 5 -", "Calgary, Alberta, April 2 -", "****LONDON, March 5 -". Tried when DATELINE does not match.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = frozenset({*MONTHS, "sept", "january", "february", "march", "april", "june", "july", "august",
                         "september", "october", "november", "december"})
_MONTH_ALTERNATIVES = "|".join(MONTHS)
GIVEN_DATELINE = re.compile(
    r"^[\s*]*(?P<place>[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*){0,3}"
    r"(?:, ?[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*){0,2})?)"
    r"\s*,?\s*(?:(?:" + _MONTH_ALTERNATIVES + r")[a-z]*\.? ?\d{1,2}\b[^-–—:]*)?(?:--|[-–—:])", re.IGNORECASE)


def given_dateline_place(given: str) -> str | None:
    """The place of a dateline given apart from the text ("New York, March 5 -" -> "New York"); None when
    it names no place ("APRIL 5 -")."""
    match = DATELINE.match(given + " ") or GIVEN_DATELINE.match(given.strip() + " ")
    if match is None:
        return None
    place = match["place"].strip().rstrip(",")
    parts = [p.strip() for p in place.split(",") if p.strip()]
    parts = [p for p in parts if p.split()[0].lower().rstrip(".") not in MONTH_NAMES]
    return ", ".join(parts) or None


@dataclass(frozen=True)
class Layout:
    """Character ranges of an article: the headline when its capitals say nothing, and the dateline."""

    headline: tuple[int, int] | None
    dateline: tuple[int, int] | None
    dateline_place: str | None

    def untrusted(self, start: int, end: int) -> str | None:
        """"dateline" or "headline" when [start, end) lies in one of them, else None."""
        for name, zone in (("dateline", self.dateline), ("headline", self.headline)):
            if zone and start < zone[1] and end > zone[0]:
                return name
        return None


def capitalised_headline(title: str) -> bool:
    """True for a headline in capitals or Title Case ("Japan Raises Rates To Curb Yen"), whose
    capitals do not mark names; a sentence-case headline ("Japan raises rates") is ordinary text."""
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", title)
    if len(words) < 3:
        return False
    if title.upper() == title:
        return True
    lower_content = [w for w in words[1:] if w[0].islower() and w.lower() not in FUNCTION_WORDS]
    capital_function = [w for w in words[1:] if w[0].isupper() and w.lower() in FUNCTION_WORDS]
    return not lower_content and (bool(capital_function) or len(words) >= 4)


# A headline joined to its story by a page that lost the line break: a question or exclamation mark glued
# between the headline's last word and the lede's first ("... to Surrender?The Zetas forced ...").
GLUED_HEADLINE = re.compile(r"[^\n.?!]{10,200}?[a-z][?!](?=[A-Z])")


def glued_headline(text: str) -> str | None:
    """The headline an article with no title opens with when it ends in a question or exclamation mark glued
    to the lede ("Are Asian Phone Pirates Looking to Access LatAm Through Paraguay?Paraguay has seized ..."),
    else None."""
    match = GLUED_HEADLINE.match(text)
    return match.group(0) if match else None


def read_layout(doc: Doc) -> Layout:
    """Where the headline and the dateline are in `doc`'s text."""
    text = doc_text(doc)
    article = doc._.article
    title = article.title if article is not None else None
    headline = None
    body_start = 0
    if not title:
        title = glued_headline(text)
    if title and text.startswith(title):
        body_start = len(title)
        if capitalised_headline(title):
            headline = (0, len(title))
    body = text[body_start:]
    offset = body_start + len(body) - len(body.lstrip())
    match = DATELINE.match(body.lstrip()[:120])
    if match:
        return Layout(headline, (offset, offset + match.end()), match["place"].strip())
    given = article.dateline if article is not None else None
    return Layout(headline, None, given_dateline_place(given) if given else None)


# AP-style US state abbreviations used in datelines ("ROCHESTER, N.Y., March 2 -").
US_STATE_ABBREVIATIONS = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla",
    "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va", "wash", "wva", "wis", "wyo", "dc"})


def dateline_country(dateline: str, country_of: Callable[[str], str | None]) -> str | None:
    """The country of a dateline's place: "BEIRUT" -> LBN, "ROCHESTER, N.Y." -> USA, "TOKYO" -> JPN.
    `country_of` gives the country of a place name (the actor stage: a country or capital, else the
    gazetteer's likeliest place of that name)."""
    parts = [p.strip() for p in dateline.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) > 1:
        region = parts[1].replace(".", "").replace(" ", "").lower()
        if region in US_STATE_ABBREVIATIONS:
            return "USA"
        iso = country_of(parts[1])
        if iso:
            return iso
    return country_of(parts[0])
