"""Find every stretch of a parsed article that may name an actor: NER spans (with their labels repaired),
table phrases (organisations, metonyms, office holders) and role noun phrases ("the prime minister",
"the head of the Israeli government", "his spokesman").

The result is a flat list of `Candidate`s in text order; `merge.py` groups them into entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..extensions import (
    according_object,
    doc_text,
    entity_spans,
    sentence_list,
    tokens_of_pos,
    tokens_of_pos_or,
    tokens_of_words,
    tokens_with,
)
from ..resources import load_table, noun_class_words
from .candidates import (
    NONSTATE_SECTORS,
    STATE_SECTORS,
    Candidate,
    _is_acronym,
    _strip,
    domestic_roles,
    is_direction,
    namesake_capital,
    us_state_abbreviations,
    us_states,
)
from .home import (
    GENERIC_PLACE_WORDS,
    PLACE_KIND_WORDS,
    UNIT_WORD_COUNTRIES,
    admin1_countries,
    shared_body_names,
)
from .knowledge import (
    ActorKnowledge,
    Organization,
    Role,
    legal_forms,
    national_legal_forms,
    normalize,
    normalized_words,
    written_as_rank,
)
from .layout import Layout, read_layout
from .org_mentions import OrgReader, possessor_before
from .phrases import build_phrase_matcher
from .pronouns import CREDIT_WORDS, news_credits
from .role_phrases import RolePhraseReader, charged_people
from .titles import CRIME_SECTOR, MEMBER_WORDS, POSITION_WORDS, TitleReader

__all__ = ["Candidate", "MentionFinder", "build_phrase_matcher"]

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Sectors of ranks written before a soldier's or policeman's name ("Havildar X", "Constable Y", "ASI Z"): the
# NER often types such a rank and name a body or a work of art; the rank is a title, the rest a person.
RANK_SECTORS = frozenset({"MIL", "COP"})
# Sectors of titles written before a full name like a rank, which the NER also takes into a body's name:
# "[Bishop Fabio Colindres]" typed ORG. Only before two name words or more: "[Bishop Museum]" is a body.
NAME_TITLE_SECTORS = frozenset({"REL"})
# a one-person title a portfolio's capitalised words stand before, with a name after ("British Trade and
# Industry Secretary Paul Channon"): the words are the title's portfolio, no body of their own
PORTFOLIO_TITLE_WORDS = frozenset({"secretary", "minister"})
# the sectors of a portfolio's words that a name before such a title may have (a party's or union's own
# secretary, "Labour Party Secretary X", is that body's officer and the body stays)
PORTFOLIO_SECTORS = frozenset({"BUS", "GOV"})
# Entity types the NER gives a rank and name it did not see as a person's ("[Havildar Ramesh Singh]").
RANKED_LABELS = frozenset({"ORG", "WORK_OF_ART", "NORP", "FAC", "PRODUCT", "LAW", "EVENT"})
# the dependencies of a clause's own parties: a lone surname in one of them is a person named before
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
# Lower-case words inside people's names ("Abdullah bin Abdul Aziz", "Lula da Silva", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "da", "de", "del", "della", "di", "do", "dos",
                            "das", "du", "la", "le", "van", "von", "der", "den", "ter", "y"})


def _with_hyphenated_given_name(span: Span) -> Span:
    """"Chung In-yong", "Kim Dae-jung": the NER often stops at the first part of a hyphenated given name."""
    doc, end = span.doc, span.end
    while (end + 2 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
           and doc[end + 1].text == "-" and doc[end + 2].is_alpha and not doc[end].whitespace_
           and not doc[end + 1].whitespace_):
        end += 3
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


@cache
def _place_prefixes() -> frozenset[str]:
    """Words that begin a place's name before a country's name (place_name_prefixes.csv: "New", "San")."""
    return frozenset(row["word"] for row in load_table("place_name_prefixes", ("word",)))


@cache
def _names_a_place(key: str) -> bool:
    """Whether a word is the main name of a first- or second-level division or a city of 100,000 ("Sindh",
    "Punjab", "Santiago"): before a country's name it places, it does not name a person ("Sindh Pakistan" in
    text whose commas were lost). The gazetteer is imported here: it builds on the actor tables."""
    from ..geo.index import PlaceIndex

    return any(e.iso3 and not e.alt and (e.feature in {"admin1", "admin2"} or e.population >= 100_000)
               for e in _place_index(PlaceIndex).lookup(key))


@cache
def _place_index(factory: Any) -> Any:
    return factory()


def _names_a_post(span: Span) -> bool:
    """"the Khadim security checkpost", "the Hathala camp", "Kangchup post": a name written before the noun
    of a force's post (through a compound or two) is the place the post stands at, no party of its own;
    a name with an abbreviation in it ("LI bunkers", "Chotibetia BSF camp") is the force's."""
    if any(t.is_upper and len(t) >= 2 for t in span):
        return False
    tok, steps = span.root, 0
    while tok.dep_ == "compound" and tok.head.i >= span.end and steps < 3:
        tok, steps = tok.head, steps + 1
        if tok.pos_ == "NOUN" and tok.lower_ in noun_class_words("named_post"):  # checkpost, camp, base
            return True
    return False


@cache
def _place_given_names() -> frozenset[str]:
    """Given names written like a country's, a city's or a people's name (given_names.csv: "German",
    "Israel", "Salvador")."""
    return frozenset(row["name"] for row in load_table("given_names", ("name",)))


# Words before such a given name that make it part of a longer place's or people's name, or a thing's:
# "El Salvador", "San Salvador", "West German", "the German Marshall Fund".
_NOT_BEFORE_GIVEN_NAME = frozenset({"the", "a", "an", "el", "san", "west", "east", "new", "port"})


def _given_name_like(tok: Token) -> bool:
    """A capitalised proper noun of letters that may be a given name, not a sentence's first word."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok.text) > 1
            and not tok.is_sent_start)


def doc_slice(noun: Token) -> Span:
    """A noun with the words before it in its phrase (six at most): "a Honduran banker"."""
    return noun.doc[max(noun.left_edge.i, noun.i - 6):noun.i + 1]


def _ends_with_legal_form(key: str) -> bool:
    """Whether a normalised name of two words or more ends with a company's legal form (org_words.csv
    `legal`: "inc", "corp", "holdings", "group")."""
    words = [w.strip(".") for w in key.split()]
    forms = [form.split() for form, _ in legal_forms()]
    return any(len(words) > len(form) and words[-len(form):] == form for form in forms)




# initials with their dots opening a company's name: "C.T.C. Dealer Holdings Ltd" (later "CTC")
# The most tokens a news wire's angle-bracketed firm name runs to ("<Equitable Life Assurance Society of the
# U.S.>", line break included); a longer run between brackets is no name.
WIRE_NAME_MAX = 12
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# a model designation after a maker's name: "747", "A300", "F-16", "MD-80", "737-300" (not a year)
MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d{2,4}(?:-\d{1,3})?")


def _model_name(span: Span) -> bool:
    """"a Japan Airlines Boeing 747", "an Airbus A300": a maker's name with the model's number after it names
    the product (a plane, a car), not the company — a crash of a Boeing 747 is no act of Boeing."""
    if span.label_ != "ORG" or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    attached = (after.head.i in range(span.start, span.end) and after.dep_ in {"nummod", "appos", "compound",
                                                                              "npadvmod"}) \
        or span.root.head.i == after.i  # "an Airbus A300": the maker modifies the model
    if not MODEL_NUMBER.fullmatch(after.text) or not attached:
        return False
    return not (after.text.isdigit() and 1800 <= int(after.text) <= 2100)


def _introduced_as_private(span: Span) -> bool:
    """"The driver, identified as Abdul Ali", "a policeman identified as Mohammad Yaqoob": a person the
    story first describes and then names is a private person of that name, not the minister so called."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 2):span.start]]
    return before == ["identified", "as"]


# the labels of places, never written in lower case (a group's or a person's span may be a role: "unidentified
# assailants", "the prime minister")
LOWERCASE_NEVER = frozenset({"GPE", "LOC"})


def _lowercase_name(span: Span, is_place: Callable[[str], bool] = lambda _: False) -> bool:
    """A name the NER or a table found in lower case ("a pick up van", "the turkey"): in cased text a name is
    written with a capital, so a word in lower case is the common noun (van, turkey, nice), not Van, Turkey
    or Nice."""
    if any(ch.isupper() for ch in span.text):
        return False
    # a person's span in lower case that is a place name ("van" read as a person) is the common noun too
    return span.label_ in LOWERCASE_NEVER or (span.label_ == "PERSON" and is_place(span.text))

class MentionFinder(TitleReader, RolePhraseReader, OrgReader):
    """Turns a parsed Doc into candidate mentions. Stateless apart from the knowledge base and matcher."""

    def __init__(self, kb: ActorKnowledge, matcher: PhraseMatcher) -> None:
        super().__init__(kb)
        self.matcher = matcher

    def __call__(self, doc: Doc, layout: Layout | None = None) -> list[Candidate]:
        sent_of = {}
        for i, sent in enumerate(sentence_list(doc)[0]):
            for k in range(sent.start, sent.end):  # indices only: walking the sentence builds every Token
                sent_of[k] = i
        taken = [False] * len(doc)
        self._lone_surnames: set[str] = set()
        layout = layout or read_layout(doc)
        spans = [s for s in self._name_spans(doc, layout) if self._trusted(doc, s, layout)]
        names = [c for span in spans if (c := self._classify(span, sent_of[span.start]))]
        credits = news_credits(doc)
        names = [c for c in names if not _credited_namesake(c, credits)]
        self._adopt_full_names(doc, names)
        self._read_outlets(doc, names)
        for cand in names:
            for i in range(cand.start, cand.end):
                taken[i] = True
        # A person's title absorbs the words before the name, demonyms included ("Israeli Prime Minister").
        title_words: set[int] = set()
        for cand in names:
            if cand.kind == "person":
                zone = self._read_title(doc, cand, taken)
                title_words.update(zone)
                self._title_owner(doc, cand, zone, names)
        for cand in names:
            if cand.kind == "person" and (cand.country is None or cand.sector is None):
                self._read_description(doc, cand)
            if cand.kind == "person" and cand.country is None and cand.code is None:
                self._read_origin(doc, cand)
        found = [c for c in names if not title_words.intersection(range(c.start, c.end))]
        for i in title_words:
            taken[i] = True
        roles = self._role_phrases(doc, sent_of, taken)
        role_tokens = {i for r in roles for i in range(r.start, r.end)}
        # A demonym inside a role phrase ("the Russian president") is part of that phrase, not an entity.
        # A name the NER took for a people that no table knows, listed after the phrase's group noun ("leaders
        # of three gangs, the Rastrojos and the Corvinos"), is a name of its own (see _describe_body).
        found = [c for c in found if c.kind != "norp" or not role_tokens.intersection(range(c.start, c.end))
                 or (c.country is None and doc[c.start:c.end].root.dep_ in {"conj", "appos"})]
        found.extend(roles)
        found.sort(key=lambda c: c.start)
        found = self._chamber_members(doc, found)
        found = self._national_units(doc, found)
        self._link_appositives(doc, found)
        return found

    # -- news agencies named by initials other bodies share --------------------------------------

    def _read_outlets(self, doc: Doc, names: list[Candidate]) -> None:
        """"police told PTI", "(PTI)", "according to PTI", or "PTI" anywhere in an Indian story: a short name
        of a news agency that the tables also give another body (Pakistan's party) is the agency (MED of its
        country) where it stands as a news source or the story is of the agency's country
        (org_words.csv `outlet` rows)."""
        outlets = self.org_names.outlets
        found = [c for c in names if c.kind == "org" and normalize(c.text) in outlets]
        if not found:
            return
        counts: dict[str, int] = {}
        for ent in entity_spans(doc):
            if ent.label_ == "GPE" and (country := self.kb.country_of(ent.text)) is not None:
                counts[country] = counts.get(country, 0) + 1
        home = max(counts, key=lambda c: counts[c]) if counts else None
        for cand in found:
            country = outlets[normalize(cand.text)]
            if home == country or _news_source_position(doc, cand):
                cand.code, cand.country, cand.sector = f"{country}MED", country, "MED"
                cand.basis = "dictionary"
                cand.key = f"{cand.key} ({country} news agency)"  # not the other body's table entry

    # -- party members in a legislature ------------------------------------------------------------

    def _chamber_members(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """"House Republicans", "Senate Democrats": a name right before a group that together make a longer
        role are that role (the NER reads "House" and "Republicans" apart); "the Republicans in Congress":
        party members whose own "in" names a legislature act as legislators (LEG), not as their party."""
        out: list[Candidate] = []
        for cand in found:
            before = doc[cand.start - 1] if cand.start > 0 else None
            if cand.role is not None and not cand.role.person and before is not None \
                    and before.dep_ == "compound" and cand.start <= before.head.i < cand.end:
                joined = self.kb.roles.get(normalize(f"{before.text} {cand.text}"))
                if joined is not None and not joined.person:
                    if out and out[-1].end == cand.start:
                        out.pop()  # "House" read as a name of its own
                    out.append(self._as_role(doc, before.i, cand, joined))
                    continue
            members = cand.sector == "PTY" and not (cand.role and cand.role.person)
            if members and self._in_legislature(doc, cand, found):
                cand.sector = "LEG"
            out.append(cand)
        return out

    def _as_role(self, doc: Doc, start: int, cand: Candidate, role: Role) -> Candidate:
        """`cand` widened leftwards to `start` as the group role `role` ("House Republicans")."""
        text = doc[start:cand.end].text
        return Candidate(start, cand.end, text, kind="body", label="ORG", sentence=cand.sentence,
                         key=normalize(text), country=cand.country, sector=role.sector, role=role,
                         basis=cand.basis)

    def _in_legislature(self, doc: Doc, cand: Candidate, found: list[Candidate]) -> bool:
        """Whether a group's own "in" phrase names a legislature ("Republicans in Congress")."""
        root = doc[cand.start:cand.end].root
        at = {i: c for c in found for i in range(c.start, c.end)}
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for pobj in prep.children:
                other = at.get(pobj.i)
                if pobj.dep_ == "pobj" and other is not None and (
                        other.sector == "LEG" or (other.code or "").endswith("LEG")
                        or (other.role is not None and other.role.sector == "LEG")):
                    return True
        return False

    # -- names -----------------------------------------------------------------------------------

    def _is_place_name(self, text: str) -> bool:
        """Whether the tables know `text` as a country, capital or city."""
        key = normalize(text)
        return key in self.kb.countries or key in self.kb.capitals or key in self.kb.cities

    def _name_spans(self, doc: Doc, layout: Layout | None = None) -> list[Span]:
        """NER spans plus table matches; overlapping spans resolved in favour of the longest."""
        cased = not doc_text(doc).islower()
        spans = [span for m, s, e in self.matcher(doc)
                 if not (cased and _lowercase_name(span := Span(doc, s, e, label=doc.vocab.strings[m])))
                 and not _model_name(span)]
        tables = list(spans)
        spans.extend(part for e in entity_spans(doc)
                     if e.label_ in NAME_LABELS and not (cased and _lowercase_name(e, self._is_place_name))
                     and not _model_name(e)
                     for titled in self._split_titled_body(self._trim_title(_strip(_cut_open_bracket(e))))
                     for part in self._split_credited_outlet(titled))
        # "[Havildar Ramesh Singh]" typed a work of art: the person after the rank
        spans.extend(person for e in entity_spans(doc)
                     if e.label_ in RANKED_LABELS and e.label_ not in NAME_LABELS
                     and (person := self._ranked_name(_strip(e))) is not None)
        # One pass over the tokens (each pass builds every Token object: it is not free):
        # - short organisation aliases only as written: "UN", not "un";
        # - a proper noun that is a country or capital name is a place even where the NER missed it
        #   ("has suspended Niger"), and one that is an office holder's one-word alias a person ("Lula");
        # these come after the NER spans, so an NER span of the same length wins ("Chad" the person).
        organizations = self.kb.organizations
        for tok in _propn_or_initials(doc):
            text = tok.text
            if text.isupper() and len(text) >= 2 and text != "US" and normalize(text) in organizations:
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            elif tok.pos_ == "PROPN" and (text[:1].isupper() or not cased):
                key = normalize(text)
                company = self._company_from_place(tok) if key in self.kb.cities else None
                if company is not None:
                    spans.append(company)  # "Stanley Works said": a firm named after a place, not the place
                elif (key in self.kb.countries or key in self.kb.capitals) and not self._modifies_thing(tok):
                    spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
                elif tok.is_title and key in self.kb.terms_by_name:
                    spans.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # "Lula received ...": an alias
        # "Sears Plc": a table's company before a legal form its country's law lacks is another company, named
        # in full by the form (a British Sears), not the tables' one
        spans.extend(_legal_form_names(doc, spans, [s for s in tables if not self._namesake_before_form(s)]))
        spans.extend(self._national_unit_spans(doc, spans))
        spans.extend(_wire_tagged_names(doc, spans, tables))
        spans = self._company_short_names(doc, spans)
        spans = [self._with_surname(_with_hyphenated_given_name(s)) if s.label_ == "PERSON" else s
                 for s in spans if len(s) > 0]
        spans = _join_split_names(spans)
        spans = self._surnames_named_after_places(doc, spans)
        spans = self._place_given_names(doc, spans, tables, layout)
        covered = {i for s in spans for i in range(s.start, s.end)}
        spans.extend(self._unlabelled_people(doc, covered))
        spans.extend(_quoted_aliases(doc, covered))
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def _namesake_before_form(self, span: Span) -> bool:
        """Whether a name of the tables' companies is followed by a legal form of a few countries' law none of
        which is the company's own (`national_legal_forms`: "Sears Plc", America's Sears being no plc)."""
        org = self.kb.organizations.get(normalize(span.text)) if span.label_ == "ORG" else None
        if org is None or not org.country or span.end >= len(span.doc):
            return False
        countries = national_legal_forms().get(normalize(span.doc[span.end].text))
        return countries is not None and org.country not in countries

    def _national_unit_spans(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Cargill (U.K.) Ltd", "Goldman Sachs (Japan) Corp", "Nobel Industries Sweden SA": a company of the
        tables followed by a country's name, in brackets or not, is one name, its unit in that country
        (coded by `OrgReader._national_unit_name`); the NER reads the company and the country apart
        ("Chrysler Canada said"). With no bracket or legal form, only where the parse joins the company to
        the country as a compound ("told Reuters Taiwan would cut tariffs" names two), and not where the
        country modifies a common noun after it ("Exxon U.S. refineries": the parent's). Not where a span
        opening before the company holds it ("Perwira Habib Bank (Malaysia) Bhd": another bank's name)."""
        out: list[Span] = []
        countries, organizations = self.kb.countries, self.kb.organizations
        for span in spans:
            org = organizations.get(normalize(span.text)) if span.label_ == "ORG" else None
            if org is None or org.sector != "BUS":
                continue
            i = span.end
            bracket = i < len(doc) and doc[i].text == "("
            i += bracket
            end = next((i + n for n in (3, 2, 1) if i + n <= len(doc)
                        and not any(t.is_punct or t.is_space for t in doc[i:i + n])
                        and normalize(doc[i:i + n].text) in countries and doc[i].text[:1].isupper()), None)
            if end is None or (bracket and (end >= len(doc) or doc[end].text != ")")):
                continue
            end += bracket
            last = end
            while last < len(doc) and _legal_form_word(doc[last]):
                last += 1
            after = doc[last] if last < len(doc) else None
            tail = doc[span.end - 1]
            held = all(other.start >= span.start for other in spans
                       if other.start < last and other.end > span.start)  # no longer name holds it
            if held and (bracket or last > end or (
                    tail.dep_ == "compound" and i <= tail.head.i < end
                    and not (after is not None and after.pos_ == "NOUN" and after.text[:1].islower()))):
                out.append(Span(doc, span.start, last, label="ORG"))
        return out

    def _company_cores(self, span: Span) -> list[str]:
        """The words a company named in full is called by alone later in its story: the first word of a name
        ending in a legal form, past its initials ("Hutton" of "E.F. Hutton Group Inc", "Dravo" of "Dravo
        Corp"), and initials that open the name written without their dots ("CTC" of "C.T.C. Dealer Holdings
        Ltd"); not a word too common or that names something else (a place, a people, a role: "First Boston
        Corp", "Texas Industries Inc")."""
        if span.label_ != "ORG" or len(span) < 2 or not _ends_with_legal_form(normalize(span.text)) \
                or _after_name_link(span.doc, span.start):
            return []
        cores = []
        if DOTTED_INITIALS.fullmatch(span[0].text):
            cores.append(normalize(span[0].text.replace(".", "")))
        words = [t for t in span if not (len(t.text) <= 2 or "." in t.text)]  # "E.F.", "J", "&"
        if len(words) < 2 or not words[0].is_title or not words[0].is_alpha or len(words[0].text) < 3:
            return cores
        key = normalize(words[0].text)
        kb = self.kb
        if not (key in self.org_names.generic_words or key in kb.countries or key in kb.demonyms
                or key in kb.cities or key in kb.roles or _legal_form_word(words[0])):
            cores.append(key)
        return cores

    def _company_short_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"E.F. Hutton Group Inc shares rose ... Hutton several months ago rejected an offer": a lone
        capitalised word that opens the name of a company the story named in full before is that company,
        where the NER saw no name or took it for a place or a person. Not where the story names a person
        with it as a surname ("Henry Ford" beside "Ford Motor Co")."""
        cores: dict[str, int] = {}
        for span in spans:
            for core in self._company_cores(span):
                cores[core] = min(span.start, cores.get(core, len(doc)))
        if not cores:
            return spans
        surnames = {normalize(s[-1].text) for s in spans if s.label_ == "PERSON" and len(s) >= 2}
        covered = {i: s for s in spans for i in range(s.start, s.end)}
        out = [s for s in spans if not self._short_name_of(s, cores, surnames)]
        out.extend(Span(doc, s.start, s.end, label="ORG") for s in spans
                   if self._short_name_of(s, cores, surnames))
        for tok in tokens_of_pos(doc, "PROPN"):
            if tok.i in covered or not (tok.is_title or tok.is_upper):
                continue
            key = normalize(tok.text)
            if key not in surnames and cores.get(key, len(doc)) < tok.i:
                out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        return out

    def _adopt_full_names(self, doc: Doc, names: list[Candidate]) -> None:
        """A company's short name ("Hutton") is the company named in full before ("E.F. Hutton Group Inc"):
        the same name key, so both merge into one entity, and the full name's code and country."""
        full: dict[str, Candidate] = {}
        for cand in names:
            if cand.kind != "org":
                continue
            if cand.end - cand.start > 1:
                for core in self._company_cores(Span(doc, cand.start, cand.end, label="ORG")):
                    full.setdefault(core, cand)
            elif (named := full.get(cand.key)) is not None and named.start < cand.start \
                    and self.kb.organizations.get(cand.key) is None:
                cand.key, cand.code, cand.country = named.key, named.code, named.country
                cand.sector, cand.basis = named.sector, named.basis

    @staticmethod
    def _short_name_of(span: Span, cores: dict[str, int], surnames: set[str]) -> bool:
        """Whether a one-word span the NER took for a place or a person is a company's short name (see
        `_company_short_names`)."""
        key = normalize(span.text)
        return (len(span) == 1 and span.label_ in {"GPE", "LOC", "PERSON", "NORP"} and key not in surnames
                and cores.get(key, len(span.doc)) < span.start)

    def _modifies_thing(self, tok: Token) -> bool:
        """"Molotov cocktails", "Panama hats": a place word the NER did not read as a name that only modifies
        a lower-case common noun naming a thing, not a group or body ("Moscow officials", "Kabul
        government" stay places), names the thing's kind, not an actor."""
        head = tok.head
        return (tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "NOUN" and head.text.islower()
                and head.lemma_.lower() not in self.kb.roles and head.text.lower() not in self.kb.roles)

    def _surnames_named_after_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Ruben Montenegro", "Paulo Lima": a country's or capital's one-word name right after a capitalised
        word that names no place is a person's surname, and so is the same word standing alone after it
        ("Montenegro denied the charges"); the NER often reads only the place."""
        kb = self.kb
        placed = [s for s in spans if len(s) == 1 and s.label_ in {"GPE", "LOC"}
                  and ((key := normalize(s.text)) in kb.countries or key in kb.capitals)]
        if not placed:
            return spans
        others = {i for s in spans if s.label_ != "PERSON" for i in range(s.start, s.end)}
        people = {s.end: s for s in spans if s.label_ == "PERSON"}
        # a person's name the NER read whole with the place inside ("Byron Lima", "Marco Tulio Lima") or
        # opening on it after a given name ("Byron [Lima Oliva]"): the place word is his surname too
        within = {i: s for s in spans if s.label_ == "PERSON" and len(s) >= 2 for i in range(s.start, s.end)}
        named: dict[str, int] = {}  # surname -> where its person was first named
        new: list[Span] = []
        for span in placed:
            given = doc[span.start - 1] if span.start > 0 else None
            if given is None or not _given_name_like(given) or given.i in others:
                continue
            words = normalize(given.text)
            if (words in kb.countries or words in kb.capitals or words in kb.demonyms
                    or words in _place_prefixes() or kb.country_of(given.text) is not None
                    or _names_a_place(words)
                    or normalize(f"{given.text} {span.text}") in kb.cities):
                continue
            # only with evidence of a person: the NER's own person name, or a description of one in
            # apposition ("Ruben Montenegro, a former mayor"); "Plan Colombia", "Ipsos Peru" are names
            # of other things
            described = any(c.dep_ == "appos" and self._person_role_noun(c)
                            for c in doc[span.start].children)
            if span.start in within:
                named.setdefault(normalize(span.text), span.start)
                continue  # the NER's person span already holds it, and the longer span wins
            if span.start not in people and not described:
                continue
            start = people[span.start].start if span.start in people else given.i
            new.append(Span(doc, start, span.end, label="PERSON"))
            named.setdefault(normalize(span.text), span.start)
        inside = {i for s in new for i in range(s.start, s.end)}  # tokens of the full names found
        lone = list({s.start: s for s in placed if s.start not in inside and s.start not in within}.values())
        as_place = _written_as_place(doc, lone, kb.countries)
        for span in placed:  # the surname alone, after the full name
            key = normalize(span.text)
            if key in named and key not in as_place and span.start > named[key] and span.start not in inside \
                    and span.start not in within:
                new.append(Span(doc, span.start, span.end, label="PERSON"))
                self._lone_surnames.add(key)
        # the place's own span goes: an equally long span would otherwise win by coming first
        starts = {s.start for s in new} | {s.end - 1 for s in new}
        placed_at = {(s.start, s.end, s.label_) for s in placed}  # by position: Span equality is slow
        return [*(s for s in spans if (s.start, s.end, s.label_) not in placed_at or s.start not in starts),
                *new]

    def _place_given_names(self, doc: Doc, spans: list[Span], tables: list[Span],
                           layout: Layout | None = None) -> list[Span]:
        """"identified as German Arturo Lopez Veliz", "reporting to German Ivan Rivera Aguilar", "Salvador
        Vidal Flores Perez": a given name written like a country, city or people (given_names.csv) opening a
        run of capitalised name words is the person's first name, and the run his name; the NER reads the
        word as a nationality or place and the rest as another entity or none. Only with evidence of a
        person: a word of the run the NER typed a person, or two name words or more; never after a word that
        makes it a longer place's or people's name ("El Salvador", "West German"), inside a name the NER
        read, nor where the capitals run on into a body's name or name a kind of thing. Spans overlapping the
        name are cut before it ("Integral Development German Loza Navia") or dropped; a name the tables
        know holds the word as written ("Communist Party of India Marxist Leninist"). A Title-Case
        headline's capitals mark no names ("EC To Offer Argentina Grain Sale Compensation")."""
        given = _place_given_names()
        people = {i for s in entity_spans(doc) if s.label_ == "PERSON" for i in range(s.start, s.end)}
        tabled = {i for s in tables if len(s) >= 2 for i in range(s.start, s.end)}
        new: list[Span] = []
        for tok in tokens_of_words(doc, ORTH, given):
            i = tok.i
            if layout is not None and layout.untrusted(tok.idx, tok.idx + len(tok)) == "headline":
                continue
            pair = f"{doc[i - 1].text} {tok.text}" if i > 0 else ""
            if i > 0 and doc[i - 1].is_alpha and (doc[i - 1].lower_ in _NOT_BEFORE_GIVEN_NAME
                                                  or self._is_place_name(pair)
                                                  or normalize(pair) in self.kb.demonyms):
                continue
            if i - 1 in people or i in tabled:
                continue  # inside a name the NER read whole ("Maria Victoria Llorente") or a table's
            end = self._name_run_end(doc, i + 1)
            run = range(i + 1, end)
            if len(run) == 0 or not (people.intersection(run) or len(run) >= 2):
                continue
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.is_title or (
                    after.pos_ == "NOUN" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end)):
                # the capitals run on into a body's name ("Georgia International Life Insurance Co"), or
                # name a thing's kind ("German Roland missiles")
                continue
            new.append(Span(doc, i, end, label="PERSON"))
        if not new:
            return spans
        kept: list[Span] = []
        for s in spans:
            name = next((n for n in new if n.start < s.end and s.start < n.end), None)
            if name is None:
                kept.append(s)
            elif s.start < name.start and s.end <= name.end:
                kept.append(Span(doc, s.start, name.start, label=s.label))  # the words before the name
            elif s.start >= name.start and s.end > name.end and s.label_ == "PERSON":
                kept.append(Span(doc, name.start, s.end, label="PERSON"))  # the NER's name runs on past it
                new.remove(name)
        return [*kept, *new]

    def _name_run_end(self, doc: Doc, start: int) -> int:
        """The end of the run of capitalised name words from `start` (particles inside it: "Americo de
        Grazia"): proper nouns of letters that name no country, people, capital, body, title or
        organisation's kind ("Defense Forces", "Finance Minister", "Cement Co" end no person's name)."""
        kb, end = self.kb, start
        while end < len(doc):
            tok = doc[end]
            if tok.lower_ in NAME_PARTICLES and end > start and end + 1 < len(doc) and doc[end + 1].is_title:
                end += 1
                continue
            key = normalize(tok.text)
            # (a town's name is no bar: surnames often are one, "Flores", "Alfaro", "Lima")
            if not (tok.is_title and tok.is_alpha and len(tok.text) > 1 and tok.pos_ == "PROPN") \
                    or key in kb.countries or key in kb.demonyms or key in kb.capitals \
                    or key in kb.organizations or key in kb.roles or key in self.role_last_words \
                    or self.org_names.sector(tok.text) is not None:
                break
            end += 1
        while end > start and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        return end

    def _title_run(self, doc: Doc, start: int, last: int) -> bool:
        """Whether capitalised words `start`..`last` are a title the role tables know, alone or with the
        "of" phrase right after them ("Deputy Commissioner", "Deputy Superintendent of Police")."""
        run = [normalize(t.text) for t in doc[start:last + 1]]
        if " ".join(run) in self.kb.roles:
            return True
        if last + 2 < len(doc) and doc[last + 1].lower_ == "of":
            return " ".join([*run, "of", normalize(doc[last + 2].text)]) in self.kb.roles
        return False

    def _unlabelled_people(self, doc: Doc, covered: set[int]) -> list[Span]:
        """Names the NER missed that the text itself says are people: a run of capitalised proper nouns
        with a title before it ("King Faisal", "Prince Philip") or an appositive naming a one-person role
        after it ("Jaime Rosenthal, a Honduran banker"; a lone surname only of a person named in full)."""
        out = []
        surnames = {e[-1].text for e in entity_spans(doc) if e.label_ == "PERSON" and len(e) >= 2}
        named_at: dict[str, int] = {}  # surname -> the end of the first full name holding it
        for e in entity_spans(doc):
            if e.label_ == "PERSON" and len(e) >= 2 and not self._placed_company_name(e):
                named_at.setdefault(e[-1].text, e.end)  # "Works" of "Stanley Works" is no one's surname
        for tok in tokens_of_pos(doc, "PROPN"):
            if tok.i in covered or not tok.is_title or (
                    tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
                continue
            start = tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].head.i == tok.i and doc[start - 1].i not in covered:
                start -= 1
            written = doc[start].text
            title = self.kb.roles.get(normalize(written)) if written_as_rank(written) else None
            if title is not None and start < tok.i and self._title_run(doc, start, tok.i):
                continue  # "Deputy Superintendent of Police", "Deputy Commissioner": a title, no name
            if title is not None and title.person and start < tok.i:
                start += 1  # "King Faisal": the title is read by _read_title, the name is "Faisal"
            elif (start < tok.i or tok.text in surnames) and any(
                    self._person_role_noun(c) for c in tok.children if c.dep_ == "appos" and c.i > tok.i):
                # "Jaime Rosenthal, a Honduran banker"; "Mulet, a presidential candidate" after "Edmond Mulet"
                pass
            elif start < tok.i and _alias_follows(doc, tok.i):
                # "arrested Hector Emilio Fernandez Rosa, alias 'Don H'": a name given an alias is a person's
                pass
            elif start == tok.i and tok.i >= named_at.get(tok.text, len(doc)) and tok.dep_ in _CLAUSE_ROLES:
                # "Police arrested Carlos Mendez ... Mendez is a crime boss": a lone surname of a person
                # named in full before, standing as a clause's subject or object, is that person
                pass
            else:
                # "Deputy Inspector General of [Police Ravi Kumar]": the run's first words may end the title
                titled = next((k for k in range(start, tok.i + 1) if self._titled_name(doc[k:tok.i + 1])),
                              None)
                if titled is None:
                    continue
                start = titled
            key = normalize(doc[start:tok.i + 1].text)
            if key in self.kb.countries or key in self.kb.organizations or key in self.kb.roles \
                    or key in self.kb.demonyms or key in self.kb.cities:
                continue
            out.append(Span(doc, start, tok.i + 1, label="PERSON"))
        return out

    def _with_surname(self, span: Span) -> Span:
        """"[Jose Ramon] Turcios": the NER often stops before a surname the parse joins to a name of two words
        or more (the name's last word a compound of the capitalised word after it, which no entity holds and
        which is no title or body word: "Jaime Rosenthal President", "Austin Forum")."""
        doc, end = span.doc, span.end
        while (len(span) >= 2 and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title
               and doc[end].is_alpha and len(doc[end]) > 1 and not doc[end].ent_type_
               and doc[end - 1].dep_ == "compound"
               and doc[end - 1].head.i == end and normalize(doc[end].text) not in self.role_last_words
               and self.org_names.sector(doc[end].text) is None):
            end += 1
        return span if end == span.end else Span(doc, span.start, end, label=span.label)

    def _split_titled_body(self, span: Span) -> list[Span]:
        """"the chief of [the Honduran National Police Juan Carlos Bonilla]", "Interior Minister of [Peru
        Daniel Urresti]": in a position's of-phrase, a name the NER ran on from a body or country's name is
        that body and the person holding the position; else the span as it is."""
        doc = span.doc
        if span.label_ not in {"ORG", "GPE"} or len(span) < 3 or span.start < 2:
            return [span]
        of = doc[span.start - 1] if doc[span.start - 1].lower_ == "of" else doc[span.start - 2]
        if of.lower_ != "of" or of.i < 1:
            return [span]
        position = of.head
        if not (position.lower_ in POSITION_WORDS or self.is_person_title(normalize(position.text))):
            return [span]
        for k in range(1, len(span) - 1):
            head, rest = span[:k], span[k:]
            if len(rest) > 4 or not all(t.is_title and t.is_alpha for t in rest):
                continue
            key = normalize(head.text)
            country = key in self.kb.countries
            body = key in self.kb.organizations or self.org_names.sector(head[-1].text) is not None
            # "the commander of US [Southern Command] (SouthCom)": a short form after it, or a compass word
            # opening it, makes the rest a body's name, not a person's
            bodylike = (rest.end < len(doc) and doc[rest.end].text == "(") or is_direction(rest[0].lower_)
            if (country or body) and not bodylike and not self._titled_name_known(rest):
                return [Span(doc, head.start, head.end, label="GPE" if country else "ORG"),
                        Span(doc, rest.start, rest.end, label="PERSON")]
        return [span]

    def _split_credited_outlet(self, span: Span) -> list[Span]:
        """"... on January 13 reports [Times of India Afghan Security Forces] later exchanged fire": in a
        brief whose full stops were lost, a name the NER ran on from the outlet credited after "reports" into
        the next sentence's first words is that outlet and another name (the forces, "Militants", "Police"),
        not one body: the outlet's country ("India") is not theirs. The outlet is the longest opening run of
        the span that the tables know as a news outlet (MED), and the rest names a body (a role word, a
        demonym or a table organisation in it); else, and for a rest that is a role word alone or a span the
        NER took for a person's, the span as it is."""
        doc = span.doc
        before = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ != "the" else span.start - 2
        if len(span) < 2 or before < 0 or doc[before].lower_ not in CREDIT_WORDS or span.label_ == "PERSON":
            return [span]
        for k in range(len(span) - 1, 0, -1):
            key = normalize(span[:k].text)
            outlet = self.kb.organizations.get(key) or self.kb.typed_organizations.get(key)
            if outlet is None or outlet.sector != MEDIA_SECTOR or not span[k].text[:1].isupper():
                continue
            rest = [normalize(t.text) for t in span[k:]]
            if " ".join(w for w in rest if w not in {"a", "an", "the"}) in self.kb.roles:
                # "reports Daily Excelsior Militants attacked ...": a group named by its role word alone
                # stays in the span (the role reader would take the outlet for words describing it)
                return [span]
            if not any(w in self.kb.roles or w in self.kb.demonyms or w in self.kb.countries for w in rest) \
                    and " ".join(rest) not in self.kb.organizations:
                return [span]  # "reports Daily Excelsior Mohammad Yaqoob was fired upon": a person's name
                # or a word of the next sentence, no body whose country the outlet's name would give
            return [Span(doc, span.start, span.start + k, label="ORG"),
                    Span(doc, span.start + k, span.end, label=span.label)]
        return [span]

    def _titled_name_known(self, span: Span) -> bool:
        """Whether words that may be a name name a place, a body or a role instead."""
        key = normalize(span.text)
        kb = self.kb
        if any(normalize(t.text) in kb.roles or t.lower_ in MEMBER_WORDS for t in span):
            return True  # "NPF MLA Member of Legislative Assembly": role words are no one's name
        if any((w := normalize(t.text)) in kb.countries or w in kb.demonyms for t in span):
            return True  # "official [Radio Pakistan] said": a country's name makes a body's
        return (key in kb.countries or key in kb.organizations or key in kb.roles or key in kb.demonyms
                or key in kb.cities or key in kb.capitals or _ends_with_legal_form(key)
                or self.org_names.sector(span.text) is not None or _names_a_place(key))

    def _titled_name(self, span: Span) -> bool:
        """"Minister of Defense Reymi Ferreira", "Former BJP MLA Achchutanand", "US army private Bradley
        Manning": capitalised words right after one person's title are that person's name, whatever the NER
        made of them, unless they name a place, a body or a time."""
        doc = span.doc
        if span.end < len(doc) and (normalize(doc[span.end].text) in self.role_last_words
                                    or doc[span.end].text == "("):
            return False  # "Deputy [Finance] Minister": the words run on into a title; "(SouthCom)": a body
        if not self._person_title_before(doc, span.start) or not all(
                t.is_title and t.is_alpha and t.ent_type_ in {"", "PERSON", "ORG", "NORP"} for t in span):
            return False
        return not self._titled_name_known(span)

    def _described_as_person(self, span: Span) -> bool:
        """"Tomas Yarrington, a former Mexico governor": two or more capitalised words whose appositive is one
        person's role are a person's name, whatever the NER made of them, unless they name a place, a body or
        a role ("Culiacan, the state capital" has no person's role)."""
        if len(span) < 2 or not all(t.is_title and t.is_alpha for t in span):
            return False
        doc = span.doc
        appos = next((t for t in doc[span.end:min(span.end + 8, len(doc))]
                      if t.dep_ == "appos" and span.start <= t.head.i < span.end), None)
        return appos is not None and self._person_role_noun(appos) and not self._titled_name_known(span)

    def _person_role_noun(self, noun: Token) -> bool:
        """"a Honduran banker": a common noun ending a one-person role phrase, or a position in a body."""
        if noun.pos_ != "NOUN":
            return False
        if noun.lower_ in POSITION_WORDS and any(c.dep_ == "prep" and c.lower_ in {"of", "at"}
                                                 for c in noun.children):
            return True  # "director of the Private Enterprise Council"
        words = [normalize(t.text) for t in doc_slice(noun)]
        role = self._longest_role(words)
        return role is not None and role.person

    def _trusted(self, doc: Doc, span: Span, layout: Layout) -> bool:
        """A name in the dateline is where the story was filed, never an actor. A name in a capitalised
        headline is kept only when the tables know it or the body writes it too: there every word is
        capitalised, so "Standard Oil To Form Financial Unit" is no evidence of an organisation so named."""
        zone = layout.untrusted(doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1]))
        if zone is None:
            return True
        if zone == "dateline":
            return False
        key = normalize(span.text)
        kb = self.kb
        if key in kb.countries or key in kb.demonyms or key in kb.capitals or key in kb.organizations \
                or key in kb.metonyms or key in kb.terms_by_name:
            return True
        body = doc_text(doc)[layout.headline[1] if layout.headline else 0:]
        return span.text.lower() in body.lower()

    def _trim_title(self, span: Span) -> Span:
        """"Secretary of [State Molly Phee]": the NER swallowed the end of a title; give it back."""
        doc = span.doc
        prefixed = self._trim_former_title(span)
        if prefixed is not None:
            return prefixed
        normalized = normalized_words(doc)
        for j in range(min(3, len(span) - 1), 0, -1):
            for k in range(1, 4):
                if span.start - k < 0:
                    break
                if " ".join(normalized[span.start - k:span.start + j]) in self.kb.roles:
                    rest = doc[span.start + j:span.end]
                    if rest[0].tag_ == "POS":  # "[Attorney] General's Office": the title owns the name
                        return Span(doc, span.start - k, span.end, label=span.label)
                    label = "PERSON" if len(rest) >= 2 and all(t.is_title for t in rest) else span.label_
                    return Span(doc, rest.start, rest.end, label=label)
        if span.label_ == "ORG" and len(span) >= 2:
            # "[BJP MLA]", "[Hamas spokesman]": a known body and the role of one of its people; the role is
            # read by the role-phrase reader, with the body as its organisation
            for j in (2, 1):
                head, tail = span[:-j], span[-j:]
                role = self.kb.roles.get(normalize(tail.text))
                # one person's role only: "Hizbul Mujahideen militants" stays one group of that body
                if (len(head) and role is not None and role.person
                        and normalize(head.text) in self.kb.organizations):
                    return Span(doc, head.start, head.end, label="ORG")
                # "a [U.S. Official] said", "a [Japanese Diplomat]": a wire's capitalised role after a country
                # word is no body's name; the role is read by the role-phrase reader, of that country
                if len(head) and role is not None and role.person and all(t.is_title for t in tail) \
                        and _country_or_people(self.kb, normalize(head.text)) is not None:
                    return Span(doc, head.start, head.end,
                                label="GPE" if normalize(head.text) in self.kb.countries else "NORP")
        if span.label_ == "PERSON" and len(span) >= 3 and span[1].is_title \
                and self._plural_demonym(normalize(span[0].text)):
            # "[Venezuelans Jose Soto] and Luis Urdaneta were charged": the nationality the NER took into
            # the first name is the title of every name it stands before (titles.py)
            return Span(doc, span.start + 1, span.end, label="PERSON")
        if span.label_ in RANKED_LABELS:
            ranked = self._ranked_name(span)
            if ranked is not None:
                return ranked
        if span.label_ == "PERSON" and len(span) >= 2:
            # "[Constable Rahul Raidu]": the NER took the title into the name
            for j in range(min(3, len(span) - 1), 0, -1):
                rest = span[j:]
                if (" ".join(normalize(t.text) for t in span[:j]) in self.kb.roles
                        and written_as_rank(span[:j].text) and rest[0].is_title and rest[-1].is_title
                        and all(t.is_title or t.is_space or t.lower_ in NAME_PARTICLES for t in rest)):
                    return Span(doc, rest.start, rest.end, label="PERSON")
        if len(span) == 1 and span.start >= 2:
            words = [normalize(t.text) for t in doc[span.start - 2:span.end]]
            if " ".join(words) in self.kb.roles:
                return doc[span.start:span.start]  # the whole span was the end of a title: drop it
        return span

    def _ranked_name(self, span: Span) -> Span | None:
        """"[Constable Abbas Awan]" typed a body, "[Havildar Ramesh Singh]" a work of art: the capitalised
        words after a soldier's or policeman's rank (`RANK_SECTORS`), or a cleric's title before two name
        words or more (`NAME_TITLE_SECTORS`: "[Bishop Fabio Colindres]"), the NER took into one name are a
        person's name (the rank is read as his title), unless they name a place, a body or a role
        ("[Constable Training Centre]", "[Inspector General]"); None where the span opens with no such
        rank."""
        if len(span) < 2 or normalize(span.text) in self.kb.organizations \
                or span[0].lower_ in self.org_names.generic_words:
            return None  # "[Major League Baseball]", "[General Host]": a word that opens bodies' names
        for j in range(min(3, len(span) - 1), 0, -1):
            role = self.kb.roles.get(" ".join(normalize(t.text) for t in span[:j]))
            rest = span[j:]
            titled = role is not None and role.sector in NAME_TITLE_SECTORS and len(rest) >= 2
            if (role is not None and role.person and (role.sector in RANK_SECTORS or titled)
                    and written_as_rank(span[:j].text)
                    and rest[0].is_title and rest[-1].is_title
                    and all((t.is_title and t.is_alpha) or t.lower_ in NAME_PARTICLES for t in rest)
                    # "[Constable Training Centre]", "[Havildar Camp Area]": words of places are no name
                    and not any(t.lower_ in GENERIC_PLACE_WORDS or t.lower_ in PLACE_KIND_WORDS for t in rest)
                    and not self._titled_name_known(rest)):
                return Span(span.doc, rest.start, rest.end, label="PERSON")
        return None

    def _trim_former_title(self, span: Span) -> Span | None:
        """"[ex-Governors Andres Granier of Tabasco]": a title with "ex-" the NER took into a name is no part
        of it: the name is the capitalised words after the title, up to an "of" phrase naming the post's place
        (read with the title by the title reader); None where the span opens with no such title."""
        doc = span.doc
        if len(span) < 4 or span[0].lower_ != "ex" or span[1].text not in {"-", "–"}:
            return None
        k = 2
        while k < len(span) - 1 and span[k].is_title and (
                normalize(span[k].text) in self.kb.roles or normalize(span[k].lemma_) in self.kb.roles):
            k += 1
        if k == 2:
            return None
        end = k
        while end < len(span) and (span[end].is_title or span[end].lower_ in NAME_PARTICLES) \
                and span[end].lower_ != "of":
            end += 1
        if end - k < 2:
            return None
        return Span(doc, span.start + k, span.start + end, label="PERSON")

    def _owner_country(self, span: Span) -> str | None:
        """The country a possessive or a demonym right before `span` names ("Peru's Congress", "South Korea's
        National Assembly", "the Peruvian Congress"), else None."""
        doc, start = span.doc, span.start
        if (start >= 2 and doc[start - 1].tag_ == "POS") or possessor_before(span) is not None:
            return self._possessor_country(span)  # (also past adjectives: "Japan's ruling ... Party")
        return self.kb.demonyms.get(normalize(doc[start - 1].text)) if start >= 1 else None

    def _classify(self, span: Span, sentence: int) -> Candidate | None:
        kb = self.kb
        key = normalize(span.text)
        label = span.label_
        if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) >= 2:
            label = "ORG"  # "PNIS", "FMLN": an acronym is a body, whatever the NER said
        if label == "ORG" and self._titled_name(span):
            label = "PERSON"  # "US army private [Bradley Manning]": a name after one person's title
        if label in {"ORG", "GPE", "FAC", "LOC"} and self._described_as_person(span):
            label = "PERSON"  # "[Tomas Yarrington], a former Mexico governor": a person's role describes it
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _aged_name(span) and key not in kb.organizations:
            label = "PERSON"  # "militants fired at Aqib Manzoor Dar (21)": a bracketed age follows a person
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _age_before(span) \
                and key not in kb.organizations:
            label = "PERSON"  # "shot dead 28 year old Tahir Karim": an age in years comes before a person
        if label in {"ORG", "GPE", "LOC", "FAC"} and _person_act_patient(span) \
                and not self._titled_name_known(span) \
                and not any(t.lower_ in GENERIC_PLACE_WORDS or t.lower_ in PLACE_KIND_WORDS for t in span):
            label = "PERSON"  # "militants shot dead Tahir Karim": only a person is shot dead or abducted
        if label == "PERSON" and len(span) >= 2 and _ends_with_legal_form(key):
            label = "ORG"  # "Coniston Holdings", "Smith Barney Inc": a legal form ends no one's name
        if label == "PERSON" and (self.org_names.group_name(span) or self.org_names.kind_after(span)):
            label = "ORG"  # "Alfu Bahini", "the Hernan Ortiz mobile column": a group's name, no one's
        if label == "PERSON" and self.org_names.company_name(span):
            label = "ORG"  # "ANR Pipeline", "Trunkline Partners": a company's name, no one's
        if label in {"LOC", "FAC"} and self.org_names.kind_after(span) and not (
                key in kb.countries or key in kb.cities or key in kb.demonyms):
            label = "ORG"  # "the Pinzon cartel": a name no table places, before a group's kind noun
        if label in {"PERSON", "GPE", "NORP"} and _wire_tagged(span):
            label = "ORG"  # "<Abdullah Fahd Trading>": a wire's angle brackets mark a company's name
        if label == "PERSON" and self._placed_company_name(span):
            label = "ORG"  # "Stanley Works", "Lima Mills": a place's name before a company word is a firm's
        if label == "PERSON" and (_division_name(span, key) or _unit_word_after(span)):
            label = "GPE"  # "Rahim Yar Khan District", "Khyber Pakhtunkhwa", "Bara tehsil": a division's name
        base: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text, "sentence": sentence,
                                "key": key}
        if not key or key in kb.not_actors or _amount(span, kb.not_actors):
            return None
        if key not in kb.organizations and len(span) > 2 and _is_acronym(span[-1].text):
            head = normalize(span[:-1].text)  # "Rapid Action Battalion RAB": "(RAB)" with its brackets lost
            if head in kb.organizations:
                key = base["key"] = head
        glued = _glued_bracket_word(span)
        if glued and key not in kb.organizations and normalize(f"{span.text} {glued}") in kb.organizations:
            key = base["key"] = normalize(f"{span.text} {glued}")  # "Communist Party of India Maoist(CPI"
        if label == "METONYM" or key in kb.metonyms:
            met = kb.metonyms[key]
            if met.place is None and met.sector is None:  # another name for the country: "the Jewish state"
                return Candidate(**base, kind="country", label="GPE", country=met.country)
            owner = self._owner_country(span)
            sector = shared_body_names().get(key, {}).get(owner or "") or (
                met.sector if met.place is None else None)  # "Mexico's Justice Department": Mexico's
            if owner and owner != met.country and sector:
                # "Peru's Congress", "the Peruvian Congress": the owner the text names, not the table's
                return Candidate(**base, kind="org", label="ORG", country=owner, sector=sector,
                                 basis="context")
            return Candidate(**base, kind="metonym", label=met.place or "ORG", country=met.country,
                             sector=met.sector)
        if (label in {"NORP", "GPE", "LOC", "FAC"} or (label == "ORG" and _is_acronym(span.text))) \
                and key in domestic_roles() and key in kb.roles:
            # "Policemen", "Maoists", "Villagers": a group the NER took for a place; "STF", "SFs": a group
            # written as an abbreviation the NER took for a body's name
            group = kb.roles[key]
            return Candidate(**base, kind="role" if group.person else "body", label="ORG",
                             sector=group.sector, role=group)
        if label in {"PERSON", "ORG"} and key in kb.roles:
            return None  # a title the NER took for a name ("State Councilor")
        if label == "ORG" and self._portfolio_before_title(span, key):
            return None  # "British Trade and Industry Secretary Paul Channon": the title's portfolio
        if label in {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"} and _names_a_post(span) \
                and key not in kb.organizations and key not in kb.countries and key not in kb.demonyms \
                and key not in kb.cities and self.org_names.sector(span.text) is None \
                and not any(normalize(t.text) in kb.roles for t in span):
            return None  # "the Khadim security checkpost": the post's place (the post is the force's)
        outlet = kb.typed_organizations.get(key)
        if outlet is not None and outlet.sector == MEDIA_SECTOR and _source_position(span):
            # "reports Dawn", "according to Dawn": an outlet whose short name is also a word (organizations
            # `typed`) where a news source stands, whatever the NER typed it
            return Candidate(**base, kind="org", label="ORG", code=outlet.code, country=outlet.country,
                             sector=outlet.sector)
        if key in kb.organizations and label != "PERSON" and not _us_state_abbreviation(span):
            org = kb.organizations[key]
            return Candidate(**base, kind="org", label="ORG", code=org.code, country=org.country,
                             sector=org.sector)
        if label == "ORG" and (plural_of := _armed_group_plural(key, kb)) is not None:
            # "the Tijuana and Sinaloa Cartels battled": the plural of a group's name after a coordination
            return Candidate(**base, kind="org", label="ORG", code=plural_of.code, country=plural_of.country,
                             sector=plural_of.sector)
        if label == "NORP":
            iso = kb.demonyms.get(key) or kb.countries.get(key)
            if iso is None and key.endswith("s"):
                iso = kb.demonyms.get(key[:-1])  # "Palestinians blamed Israel": the country's people
            if iso is not None and _charged_nationals(span):
                # "two Colombians were arrested for drug trafficking": people named only by their
                # nationality whom the text ties to a crime are that country's criminals, not its state
                return Candidate(**base, kind="norp", label="NORP", country=iso, sector=CRIME_SECTOR)
            return Candidate(**base, kind="norp", label="NORP", country=iso)
        multi = len(span) > 1
        if label == "PERSON" and key in self._lone_surnames:
            return Candidate(**base, kind="person", label="PERSON")  # "Montenegro" after "Ruben Montenegro"
        if key in kb.countries and (label != "PERSON" or not multi or _country_display_name(key, kb)):
            # a two-word "person" is a country only by its usual name ("Sri Lanka protested"), never by a
            # variant a person may bear ("Vicente Lopez", "Saint John" are PETRARCH country aliases)
            return Candidate(**base, kind="country", label="GPE", country=kb.countries[key])
        if key in kb.cities and self._inside_longer_name(span):
            return None  # "Morgan Stanley", "One Valley Bancorp": a capital's name inside another name
        if key in kb.capitals and namesake_capital(span, kb):
            return None  # "the Valley" in a Kashmir story: a common noun's namesake capital
        if key in kb.cities and (label in {"GPE", "LOC", "FAC"} or not multi):
            # A one-word "person" that is a capital or large city is a place the NER mislabelled (Kyiv).
            return Candidate(**base, kind="place", label="GPE", country=kb.cities[key],
                             sector="GOV" if key in kb.capitals else None)
        if label == "ORG" and not multi and span[0].is_title and any(
                self._person_role_noun(c) for c in span.root.children
                if c.dep_ == "appos" and c.i >= span.end):
            label = "PERSON"  # "Megateo, the leader of the EPL faction": a one-word name described as one
        if label == "PERSON" or (kb.terms_for(key) and multi) or self._holder_alias(span):
            cand = Candidate(**base, kind="person", label="PERSON")
            if _introduced_as_private(span):
                cand.extras["identified"] = "1"  # no office holder of that name (merge._identity)
            return cand
        if label in {"GPE", "LOC", "FAC"}:
            # "Texas sued the administration": a US state or a large city is its country's when it acts.
            country = kb.countries.get(key) or ("USA" if key in us_states() else None)
            cand = Candidate(**base, kind="place", label=label, country=country)
            if (unit := _unit_word_after(span)) is not None:
                cand.extras["unit_word"] = unit  # "Bara tehsil": a division of the word's countries
            return cand
        cand = Candidate(**base, kind="org", label="ORG")
        self._code_unknown_org(span, cand)
        return cand

    def _portfolio_before_title(self, span: Span, key: str) -> bool:
        """"British Trade and Industry Secretary Paul Channon": a name no table knows right before a
        one-person title ("Secretary", "Minister") that a capitalised name follows is the title's portfolio;
        a body's own words (a party, a union) keep it a body."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PORTFOLIO_TITLE_WORDS \
                or not (doc[span.end + 1].pos_ == "PROPN" and doc[span.end + 1].is_title):
            return False
        if key in self.kb.organizations or key in self.kb.metonyms:
            return False
        sector = self.org_names.sector(span.text)
        return sector is None or sector in PORTFOLIO_SECTORS

    def _placed_company_name(self, span: Span) -> bool:
        """A name the NER took for a person that opens with a place's name and whose own words make it a
        company ("Stanley Works", "Lima Mills", "Dublin Industries"): a given name is no place and a company
        word no surname there (not "Hayley Mills")."""
        if len(span) < 2 or self.org_names.sector(span.text) != "BUS":
            return False
        opening = [normalize(t.text) for t in span[:-1]]
        return self._country_words(opening, cities=True, first=True) is not None

    def _company_from_place(self, tok: Token) -> Span | None:
        """"Stanley Works", "Lima Mills" where the NER saw no name: a place word that opens a run of
        capitalised words the parse joins to it and whose last word is a company word is the company."""
        doc, end = tok.doc, tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].is_sent_start:
            end += 1
        if end == tok.i + 1 or tok.head.i not in range(tok.i + 1, end) \
                or (tok.i >= 1 and doc[tok.i - 1].pos_ == "PROPN"):
            return None  # "Morgan Stanley Works": the place word is inside a longer name
        span = Span(doc, tok.i, end, label="ORG")
        return span if self._placed_company_name(span) else None

    def _holder_alias(self, span: Span) -> bool:
        """"Obama criticised Trump": a lone capitalised name the NER called an organisation or place that
        is the alias of someone in office on the article's date is that person."""
        article = span.doc._.article
        day = article.published if article is not None else None
        return (len(span) == 1 and span.label_ in {"ORG", "GPE", "NORP"} and span.text[:1].isupper()
                and day is not None and self.kb.term_on(normalize(span.text), day) is not None)

    def _inside_longer_name(self, span: Span) -> bool:
        """A city word joined by the parse to capitalised words that are neither titles nor places:
        "Morgan Stanley", "McDonnell Douglas", "One Valley Bancorp" (not "Moscow Mayor", "Paris, France")."""
        doc = span.doc
        neighbours = [doc[span.start - 1]] if span.start > 0 else []
        if span.end < len(doc):
            neighbours.append(doc[span.end])
        for tok in neighbours:
            joined = tok.head.i in range(span.start, span.end) or span.root.head.i == tok.i
            key = normalize(tok.text)
            if (joined and tok.pos_ == "PROPN" and tok.text[:1].isupper() and key not in self.role_last_words
                    and key not in self.kb.countries and key not in self.kb.demonyms
                    and key not in self.kb.cities):
                return True
        return False

    # -- appositives -----------------------------------------------------------------------------

    def _link_appositives(self, doc: Doc, found: list[Candidate]) -> None:
        """"its foreign minister, Yair Lapid" / "Yair Lapid, the foreign minister": one referent."""
        by_token: dict[int, int] = {}
        for n, cand in enumerate(found):
            for i in range(cand.start, cand.end):
                # a role phrase holds the place of its of-phrase ("the president of Afghanistan, Hamid
                # Karzai": the parser hangs the name on "Afghanistan"); the name describes the role
                if i not in by_token or found[by_token[i]].kind != "role":
                    by_token[i] = n
        for n, cand in enumerate(found):
            root = doc[cand.start:cand.end].root
            partner = None
            if root.dep_ == "appos":
                partner = by_token.get(root.head.i)
            for child in root.children:
                if child.dep_ == "appos" and child.i in by_token:
                    partner = by_token[child.i]
            if partner is None and root.dep_ == "attr":
                partner = _copular_subject(root, by_token)
            if partner is None and cand.kind in {"org", "place", "norp"}:
                # "three Colombian criminal gangs, the Rastrojos, the Urabenos and the Paisas": each conjunct
                # of a name in apposition to a group is described by it
                first = root
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                if first is not root and first.dep_ == "appos":
                    partner = by_token.get(first.head.i)
                elif first is not root and first.i + 1 < len(doc) and doc[first.i + 1].text == "," \
                        and first.tag_ == "NNS" and (group := by_token.get(first.i)) is not None:
                    # the parser read the list as the group noun's conjuncts; the group may be the of-phrase
                    # of members' role ("leaders of three Colombian criminal gangs, the Paisas"): theirs
                    _describe_body(cand, found[group], members=True)
                    continue
            if partner is None or partner == n:
                continue
            a, b = sorted((n, partner))
            kinds = {found[a].kind, found[b].kind}
            if "person" not in kinds:
                _describe_body(found[a], found[b]) or _describe_body(found[b], found[a])
                continue
            if kinds == {"person", "body"}:
                named, desc = (found[a], found[b]) if found[a].kind == "person" else (found[b], found[a])
                if _mistyped_body(named, desc):
                    _describe_body(named, desc)
                continue
            if "person" in kinds and kinds <= {"person", "role"}:
                person = found[a] if found[a].kind == "person" else found[b]
                role = found[b] if person is found[a] else found[a]
                role.appos_of = found.index(person)
                person.country = person.country or role.country
                person.former = person.former or role.former  # "X, a former police general"
                if person.basis is None and person.country:
                    person.basis = "context"
                if role.role:
                    person.role = person.role or role.role
                    person.sector = person.sector or role.sector
                    person.office = person.office or role.office
                if role.possessor is not None and person.possessor is None:
                    person.possessor = role.possessor


# sectors of a group a description gives a name it stands in apposition to ("Vortex, an Argentine gang")
DESCRIBED_SECTORS = frozenset({"CRM", "REB", "INS", "UAF", "BUS", "MED", "PTY", "NGO", "LAB", "REL", "EDU",
                               "HLH", "GOV", "MIL", "COP", "JUD", "SPY", "OPP"})


def _describe_body(name: Candidate, desc: Candidate, members: bool = False) -> bool:
    """"Vortex, an Argentine gang of former police officers", "Halvorsen Ltd, a Norwegian shipping company":
    a name no table codes in apposition to a group's description takes the description's country and, where
    its own words give none, its sector; a name the NER took for a place or a people that no table knows
    ("the Paisas") is the group's. `members`: the description is of the group's members, a group outside the
    state ("leaders of three Colombian criminal gangs"). Whether `desc` described `name` so."""
    role = desc.role
    if name.code is not None or desc.kind not in {"body", "role"} or role is None \
            or (role.person and not (members and desc.sector in NONSTATE_SECTORS)) \
            or desc.sector not in DESCRIBED_SECTORS:
        return False
    if name.kind in {"place", "norp"} and name.country is None:
        name.kind, name.label = "org", "ORG"
    if name.kind != "org":
        return False
    name.sector = name.sector or desc.sector
    if name.country is None and desc.country is not None:
        name.country, name.basis = desc.country, "context"
    return True


def _country_or_people(kb: ActorKnowledge, key: str) -> str | None:
    """The country a whole normalized phrase names as a country or its people's word ("u.s.", "japanese"),
    None for any other phrase ("saudi oil ministry")."""
    return kb.countries.get(key) or kb.demonyms.get(key)


def _mistyped_body(name: Candidate, desc: Candidate) -> bool:
    """"Novo Astro, a private company", "Wesgo, a privately held firm": a name the NER took for a person's,
    with no title or role of its own, in apposition to the description of a private body (a company, a
    gang, a party, not a state's body nor a person) is that body's name; the name is made an organisation's
    so `_describe_body` gives it the description's sector. Whether it was."""
    role = desc.role
    if name.kind != "person" or name.role is not None or name.sector is not None or name.code is not None \
            or desc.kind != "body" or role is None or role.person or desc.sector is None \
            or desc.sector in STATE_SECTORS or desc.sector not in DESCRIBED_SECTORS:
        return False
    name.kind, name.label = "org", "ORG"
    return True


def _us_state_abbreviation(span: Span) -> bool:
    """Whether a span is a US state's wire abbreviation ("Fla.", "N.J.", "W. Va."), as written: a place after
    a town, never the body whose acronym has its letters ("TAMPA, Fla." names no FLA, the Azawad Liberation
    Front). It stays a place of no country, as any town is: the town's state says where, not who acted."""
    return span.text.replace(" ", "") in us_state_abbreviations()


def _wire_tagged(span: Span) -> bool:
    """Whether a news wire wrapped the span in angle brackets, as Reuters marks firms: "<Gulf Tile Co>"."""
    return span.start > 0 and span.doc[span.start - 1].text == "<" and span[-1].text.endswith(">")


def _written_as_place(doc: Doc, lone: list[Span], countries: Container[str]) -> set[str]:
    """The place words an article writes as places ("in Peru", "to Lima"): a country's name once, a city's
    in more than a quarter of its lone uses; there the surname alone is not read as the person. A possessive
    ("in Lima's regime") is the person's, and one stray "referred to Lima as" among many "Lima said" leaves
    a city's name his; a country acts in news under its own name ("Brazil agreed"), so one place use is
    enough to keep it a country."""
    before = {"in", "to", "from", "into", "across", "of"}
    uses: dict[str, list[int]] = {}
    for span in lone:
        tally = uses.setdefault(normalize(span.text), [0, 0])
        tally[1] += 1
        if span.start > 0 and doc[span.start - 1].lower_ in before \
                and not (span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"}):
            tally[0] += 1
    return {key for key, (placed, total) in uses.items()
            if placed and (key in countries or placed * 4 > total)}


def _aged_name(span: Span) -> bool:
    """"Aqib Manzoor Dar (21)", "Dulal Roy (50)": two or more capitalised words right before a bracketed
    age, as South Asian reports give a victim's or suspect's age: a person's name."""
    doc, end = span.doc, span.end
    if len(span) < 2 or end + 2 >= len(doc) or not all(t.is_title and t.is_alpha for t in span):
        return False
    age = doc[end + 1].text
    return doc[end].text == "(" and doc[end + 2].text == ")" and age.isdigit() and 0 < int(age) < 110


def _age_before(span: Span) -> bool:
    """"28 year old Tahir Karim", "a 35-year-old Rashid Ali": two or more capitalised words right after an
    age in years ("N year(s) old" under 110, hyphens or not), as South Asian reports give a victim's age: a
    person's name."""
    doc = span.doc
    if len(span) < 2 or not all(t.is_title and t.is_alpha for t in span):
        return False
    words = [t for t in doc[max(0, span.start - 6):span.start] if t.text != "-"][-3:]
    return (len(words) == 3 and words[0].text.isdigit() and 0 < int(words[0].text) < 110
            and words[1].lower_ in {"year", "years"} and words[2].lower_ == "old")  # not "the 200 year old X"


def _person_act_patient(span: Span) -> bool:
    """"gunmen shot dead Tahir Karim", "Rashid Ali was abducted": two or more capitalised words that are the
    object of a verb only ever done to people (`party_words.csv` person_act), or the subject of its passive,
    name a person, whatever type the recogniser gave them."""
    if len(span) < 2 or not all(t.is_title and t.is_alpha and t.tag_ == "NNP" for t in span):
        return False  # (a plural, "four Security Guards were injured", is a described group, no one's name)
    root = span.root
    if root.dep_ == "appos":  # "killed a trader, Tahir Karim": the name the object is told by
        root = root.head
    head = root.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _person_acts():
        return False
    # (a verb between the name and the act is a run-on sentence's misparse: "reports The News Nation The
    # blast was carried out ... were injured")
    between = span.doc[min(span.end, head.i + 1):max(span.start, head.i)]
    if any(t.pos_ == "VERB" for t in between):
        return False
    return ((root.dep_ == "dobj" and root.i > head.i)
            or (root.dep_ == "nsubjpass" and root.i < head.i
                and any(c.dep_ == "auxpass" for c in head.children)))


@cache
def _person_acts() -> frozenset[str]:
    """Verbs only ever done to people (`party_words.csv` person_act: kill, shoot, abduct, arrest, ...)."""
    from ..events.party_words import words  # the party word table; imported here to keep actors light
    return words("person_act")


def _country_display_name(key: str, kb: ActorKnowledge) -> bool:
    """Whether a normalized name is the name a country is usually written by ("sri lanka", "new zealand")."""
    iso = kb.countries.get(key)
    return iso is not None and normalize(kb.country_names.get(iso, "")) == key


# Words after a name that make it a division's, never a person's ("Rahim Yar Khan District").
DIVISION_END_WORDS = frozenset({"district", "tehsil", "taluka", "province", "subdivision"})
MEDIA_SECTOR = "MED"


def _division_name(span: Span, key: str) -> bool:
    """Whether a name is an administrative division's: it ends in a division word after a capitalised name
    ("Rahim Yar Khan District"), or it is, in two words or more, the first-level division of one country
    ("Khyber Pakhtunkhwa"); the NER takes such names for people's."""
    if len(span) < 2 or not span[0].is_title:
        return False
    if span[-1].lower_ in DIVISION_END_WORDS and span[-1].is_title:
        return True
    return len(admin1_countries(key)) == 1


def _unit_word_after(span: Span) -> str | None:
    """The lower-case unit word of South Asian divisions written right after a capitalised name ("Bara
    tehsil", "Gumla block", `division_unit_words.csv`), else None."""
    if not span[0].is_title or span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    return after.text if after.is_lower and after.text in UNIT_WORD_COUNTRIES else None


def _source_position(span: Span) -> bool:
    """Whether a name stands where the news source of a report does: "reports Dawn", "reported Dawn" (its
    subject or object as the parser reads the inverted clause), "according to Dawn", "told Dawn"."""
    tok = span[-1]
    head = tok.head
    if tok.dep_ in {"nsubj", "dobj", "npadvmod", "attr"} and head.lemma_ in {"report", "tell", "quote"}:
        return True
    return according_object(tok)


def _news_source_position(doc: Doc, cand: Candidate) -> bool:
    """Whether a name stands where a news source does: told it ("told PTI"), "according to" it, in brackets
    ("(PTI)"), or the subject of "reported"/"quoted"."""
    tok = doc[cand.end - 1]
    head = tok.head
    bracketed = cand.start > 0 and cand.end < len(doc) and doc[cand.start - 1].text == "("
    if bracketed and doc[cand.end].text == ")":
        return True
    if tok.dep_ in {"dobj", "dative", "npadvmod", "attr"} and head.lemma_ == "tell":
        return True
    if according_object(tok) or (tok.dep_ == "pobj" and head.lower_ == "to"
                                 and head.head.lemma_ in {"tell", "say", "speak", "talk"}):
        return True
    return tok.dep_ == "nsubj" and head.lemma_ in {"report", "quote"}


# A word that gives a person's other name: "X, alias 'El Topo'", "X, aka 'Z40'".
ALIAS_WORD = re.compile(r"\b(?:alias|aka|a\.k\.a\.)(?=\s)", re.IGNORECASE)
ALIAS_WORDS_MAX = 4  # words of a quoted nickname: "El Viejo Canoso", "Gilberto Godina Guerrero"


def _quoted_aliases(doc: Doc, covered: set[int]) -> list[Span]:
    """Nicknames the NER missed, quoted after "alias" / "aka": "Jorge Ulloa, alias ""Repollo,"" a
    businessman" (a doubled quote, as a CSV export writes one, hides the name from the NER; "Z40" is no word
    it knows). The capitalised words (or a word with a digit) between the opening quote marks and the
    closing ones or the comma before them are a PERSON span, when no other span holds any of them; the
    merger ties it to the person named before "alias". Found by the text, not by walking every token."""
    out: list[Span] = []
    for match in ALIAS_WORD.finditer(doc_text(doc)):
        word = doc.char_span(match.start(), match.end())
        if word is None or len(word) != 1:
            continue
        i = word.end
        quotes = 0
        while i < len(doc) and doc[i].is_quote:
            i, quotes = i + 1, quotes + 1
        start = i
        while i < len(doc) and i - start < ALIAS_WORDS_MAX and _nickname_word(doc[i].text):
            i += 1
        closed = i < len(doc) and (doc[i].is_quote or (doc[i].text == "," and i + 1 < len(doc)
                                                      and doc[i + 1].is_quote))
        if not quotes or i == start or not closed or covered.intersection(range(start, i)):
            continue
        out.append(Span(doc, start, i, label="PERSON"))
    return out


def _nickname_word(text: str) -> bool:
    """A word of a quoted nickname: a capitalised word ("Repollo", "El") or one with a digit ("Z40")."""
    return text.isalnum() and (text[:1].isupper() or any(ch.isdigit() for ch in text))


def _alias_follows(doc: Doc, i: int) -> bool:
    """Whether "alias" (or "aka") follows token `i`, with at most a comma or bracket between."""
    for tok in doc[i + 1:min(i + 3, len(doc))]:
        if tok.lower_ in {"alias", "aka", "a.k.a."}:
            return True
        if tok.text not in {",", "("}:
            return False
    return False


def _copular_subject(attr: Token, by_token: dict[int, int]) -> int | None:
    """"Mendez is the leader of the Zetas gang", "X was a former mayor": the candidate a copular
    predicate describes, its clause's subject, like an appositive; none when the clause is negated or the
    verb is no plain "be"/"become" ("X is not the leader")."""
    verb = attr.head
    if verb.lemma_ not in {"be", "become"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return by_token.get(subject.i) if subject is not None else None


def _armed_group_plural(key: str, kb: ActorKnowledge) -> Organization | None:
    """The non-state group (cartel, gang, rebel army) a plural name is the plural of: "the Tijuana and Sinaloa
    Cartels" names the Sinaloa Cartel (and another); only a group of the tables with a country."""
    if not key.endswith("s") or " " not in key:
        return None
    org = kb.organizations.get(key[:-1])
    return org if org is not None and org.sector in NONSTATE_SECTORS and org.country else None


def _cut_open_bracket(span: Span) -> Span:
    """"[Lashkar e Jhangvi (LeJ]) claimed": the NER took an opening bracket and the short form after it into
    the name; the name ends at the bracket (the bracketed short form is linked to it where clusters are
    merged). A bracket closed inside the span is kept ("Communist Party of India (Maoist)")."""
    doc = span.doc
    for i in range(span.end - 1, span.start, -1):
        text = doc[i].text
        if text == ")":
            return span
        if text == "(":
            return Span(doc, span.start, i, label=span.label)
    return span


def _glued_bracket_word(span: Span) -> str | None:
    """The word that ends a name after the part the NER read: "Communist Party of India Maoist(CPI Maoist)",
    a bracket written with no space, which the tokenizer leaves glued to the word before it ("Maoist(CPI");
    "Communist Party of India (Maoist)", a bracketed word of the name. The callers keep it only when the
    longer name is a table organisation's."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        word = doc[span.end + 1].text
        return word if word.isalpha() and word[:1].isupper() else None
    text = doc[span.end].text
    word, bracket, rest = text.partition("(")
    return word if bracket and word.isalpha() and rest and word[:1].isupper() else None


@cache
def _strict_legal_forms() -> frozenset[str]:
    """The one-word legal forms no English word shares (org_words.csv `legal` 1: "inc", "corp", "ltd")."""
    return frozenset(form for form, word in legal_forms() if not word and " " not in form)


def _propn_or_initials(doc: Doc) -> list[Token]:
    """The proper nouns of `doc` and the words written in capitals ("UN", "OPEC"), in text order: the only
    words `_name_spans`'s pass over the tokens reads, found in the arrays without building the others."""
    return tokens_of_pos_or(doc, "PROPN", ORTH, lambda text: len(text) >= 2 and text.isupper())


def _legal_form_word(tok: Token) -> bool:
    """A company's legal form as a wire writes it after a name: "Inc", "Corp", "Ltd", "PLC" (not "AG" or
    "SA", which are also initials: the Attorney General, South Africa)."""
    text = tok.text
    return normalize(text) in _strict_legal_forms() and (tok.is_title or (text.isupper() and len(text) >= 3))


# the parts of speech no word of a name has, even where the tagger misreads the words of a name
NOT_NAME_POS = frozenset({"ADV", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "NUM", "PART", "PUNCT",
                          "SPACE", "SYM"})


def _name_word(tok: Token, run_end: int) -> bool:
    """A word of a company's name before its legal form ending at `run_end`: a capitalised proper noun
    ("Rabbit", "E.F.", "II"), the "&" of "Smith & Co", the hyphen of "Allis-Chalmers", or a capitalised word
    of another tag the parse joins into the name (the tagger misreads the first words of a story under its
    headline: "Perception", "Circle")."""
    text = tok.text
    if text == "&":
        return True
    if text == "-":
        doc = tok.doc
        return (not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
                and doc[tok.i - 1].text[:1].isupper())
    if not text[:1].isupper() or tok.is_space or tok.pos_ in NOT_NAME_POS:
        return False
    return tok.pos_ == "PROPN" or (tok.dep_ in {"compound", "nmod", "amod"} and tok.i < tok.head.i < run_end)


def _after_name_link(doc: Doc, start: int) -> bool:
    """Whether a name starting at `start` follows "and" or "of" after a capitalised word ("Lamson and
    [Sessions Co]", "Bank of [Boston Corp]"): it may be the tail of a longer name."""
    if start < 2 or doc[start - 1].lower_ not in {"and", "of"}:
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and (before.pos_ == "PROPN" or not before.is_sent_start)


def _legal_form_names(doc: Doc, spans: list[Span], tables: list[Span] | None = None) -> list[Span]:
    """"Rabbit Software Corp said", "National Healthcare Inc said": a run of capitalised words ending in a
    legal form names a company even where the NER saw none (it often misses the first name of a story whose
    headline stands just above). Only runs that hold every span they overlap, so a name the NER or a table
    read is only ever lengthened to its legal form, never cut. None where an organisation's name of the
    tables (`tables`) opens inside the run ("U.S. Publisher Harcourt Brace Jovanovich Inc"): the tables' name
    is the company's, and the tables know its code."""
    out: list[Span] = []
    opening = {s.start for s in tables or [] if s.label_ == "ORG"}
    forms = _strict_legal_forms()
    for tok in tokens_with(doc, ORTH, lambda text: normalize(text) in forms):
        if not _legal_form_word(tok) or tok.i == 0:
            continue
        start = tok.i
        # no sentence test: the parser may cut a name under a headline ("Perception | Technology Corp
        # said"); punctuation and the paragraph break of a headline are no name words and stop the run
        while start > 0 and _name_word(doc[start - 1], tok.i + 1):
            start -= 1
        while start < tok.i and doc[start].text in {"&", "-"}:
            start += 1
        if all(_legal_form_word(t) for t in doc[start:tok.i + 1]) or any(start <= i < tok.i for i in opening):
            continue  # "Co Inc" alone: no name; "Toyota Motor Corp": the tables' name is read as it is
        if _after_name_link(doc, start):
            continue  # "Lamson and Sessions Co", "Power and Light Co": where the name begins is unclear
        inside = all(s.start >= start and s.end <= tok.i + 1 for s in spans
                     if s.start <= tok.i and s.end > start)
        if inside:
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def _wire_tagged_names(doc: Doc, spans: list[Span], tables: list[Span]) -> list[Span]:
    """"<Metall und Rohstoff AG>", "<Donaldson Lufkin and Jenrette Inc>": the words a news wire wraps in angle
    brackets are one firm's name, however the NER cut them ("Metall" a person, "Rohstoff" a place). The span
    runs to the closing bracket, as the NER's own spans of such names do (`_wire_tagged`). Only names of two
    words or more that open with a capital (one word is a listing code: "<RADT>"), and none that a name of
    the tables' organisations lies inside (the tables' name is read as it is and they know its code) or a
    span crosses."""
    out: list[Span] = []
    opening = [s for s in tables if s.label_ == "ORG"]
    for tok in tokens_of_words(doc, ORTH, ("<",)):
        start = tok.i + 1
        close = next((t.i for t in doc[start:min(start + WIRE_NAME_MAX + 1, len(doc))]
                      if t.text in {">", "<"}), None)
        if close is None or doc[close].text != ">" or not doc[start].text[:1].isupper():
            continue
        if sum(1 for t in doc[start:close] if not t.is_space) < 2:
            continue
        if any(s.start >= start and s.end <= close + 1 for s in opening):
            continue
        end = close + 1
        if any(s.start < end and s.end > start and (s.start < start or s.end > end) for s in spans):
            continue
        out.append(Span(doc, start, close, label="ORG"))
    return out


def _join_split_names(spans: list[Span]) -> list[Span]:
    """"MLA [Ram] [Kumar]": two person spans touching, the first's last word a compound of the second, are
    one name (the NER cut it where it took the title into the first)."""
    people = sorted((s for s in spans if s.label_ == "PERSON"), key=lambda s: s.start)
    joined: list[Span] = []
    gone: set[tuple[int, int]] = set()
    for a, b in pairwise(people):
        last = a.doc[a.end - 1]
        if (a.end == b.start and (a.start, a.end) not in gone and last.dep_ == "compound"
                and b.start <= last.head.i < b.end):
            joined.append(Span(a.doc, a.start, b.end, label="PERSON"))
            gone.update({(a.start, a.end), (b.start, b.end)})
    if not joined:
        return spans
    return [*(s for s in spans if s.label_ != "PERSON" or (s.start, s.end) not in gone), *joined]


def _credited_namesake(cand: Candidate, credits: set[int]) -> bool:
    """"..., reports PTI": a name standing as a news credit is the outlet that told the story, so a table
    body of another kind with that name (PTI, Pakistan's party) is not there — it would lend its country to
    the story. An outlet the tables know (MED) stays."""
    if cand.kind != "org" or not all(i in credits for i in range(cand.start, cand.end)):
        return False
    return (cand.sector or (cand.code or "")[3:6]) != "MED"


def _charged_nationals(span: Span) -> bool:
    """Whether a nationality span is a noun naming people ("two Spaniards", "a Colombian"), not an adjective
    ("Spanish police"), whom their clause ties to a crime (`charged_people`: "were arrested for drug
    trafficking", "police arrested two Colombians on money laundering charges")."""
    root = span.root
    return root.pos_ in {"NOUN", "PROPN"} and root.tag_ in {"NNS", "NNPS", "NN", "NNP"} \
        and root.dep_ not in {"amod", "compound", "poss"} and charged_people(root)


def _amount(span: Span, not_actors: dict[str, str]) -> bool:
    """Whether the span is a sum of money the recogniser took for a name: a currency code of `not_actors.csv`
    (type MONEY) and a number ("INR 300,000")."""
    return len(span) > 1 and not_actors.get(normalize(span[0].text)) == "MONEY" and span[1].like_num
