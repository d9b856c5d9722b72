"""How an article says who a named person is: the title before the name ("Israeli construction minister
Zeev Elkin"), an appositive or relative clause after it ("Miguel Chinguel, a Peruvian drug trafficker"), the
noun phrase the name is in apposition to ("a Maoist commander, Gudru Munda"), a rank in a named group."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..extensions import parsed_text
from ..resources import load_table
from .candidates import (
    FORMER,
    HONORIFICS,
    NONSTATE_SECTORS,
    SELF_STYLED_SECTOR,
    STATE_RANK_SECTOR,
    STATE_SECTORS,
    Candidate,
    Reader,
    _acronyms,
    domestic_roles,
    self_styled,
    us_states,
)
from .knowledge import Organization, Role, normalize, normalized_words, written_as_rank

# Dependency relations by which a word before a name belongs to the name's title ("Israeli Prime Minister").
# Relative clauses that say who someone is: "who is a Peruvian trafficker", "who heads the judges' union".
DESCRIBING_VERBS = {"be", "head", "lead", "chair", "run", "direct", "command", "represent", "serve"}
# Verbs by which someone heads a group ("who runs a drug ring", "who operates an extortion network"): the
# group's sector is theirs.
HEADING_VERBS = {"head", "lead", "run", "operate", "direct", "command", "control", "manage"}
# Nouns by which news names the armed group it is about without its name ("the outfit's chairman").
OUTFIT_WORDS = {"outfit"}
# The sector of one held for a crime (`held_for_crime`).
CRIME_SECTOR = "CRM"
# a US member of Congress's party and state in brackets right after his name, as the wires write it: "Howard
# Metzenbaum (D-Ohio)", "Jake Garn (R-Utah)", "Edward Madigan\n(R-Ill.)"
CONGRESS_TAG = re.compile(r"\s*,?\s*\(\s*[DRI]\s*[-.]\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*\)")
# the US parties whose name, after a state's, says a member of Congress: "Ohio Democrat Howard Metzenbaum"
US_PARTY_MEMBERS = frozenset({"democrat", "republican"})
US_LEGISLATOR = ("USA", "LEG")
# Words that make someone a member of the group named beside them ("Zetas member", "a Sinaloa Cartel
# operative").
MEMBER_WORDS = frozenset({"member", "operative", "associate", "lieutenant", "boss", "founder", "capo",
                          "militant", "fighter", "gunman", "hitman", "financier", "accountant", "enforcer"})
# Words that make someone a member of the staff of a named body of any kind ("an ATF agent", "a Pemex
# employee", "an FBI officer"): of that body's code, a state body's too.
STAFF_WORDS = frozenset({"agent", "officer", "employee", "investigator", "member", "staffer", "personnel"})
# Sectors of bodies whose staff take the body's code.
STAFF_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "MED"})
# Prepositions listing some of a plural noun's members by name ("five Zetas members, including X").
LISTING_WORDS = frozenset({"including"})
# Words introducing a nickname between a name and its description ("X, alias 'El Gordo,' a lawyer").
ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a.", "alias:"})
# The sector of a person the text gives an alias ("X, alias 'El Gordo'"): in news, aliases are criminals'.
ALIAS_SECTOR = "CRM"
# Hyphens joining "ex"/"then" to a title ("ex-police chief"): the tokenizer splits them off.
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Adjectives of a legislature: "Congressional leader", "parliamentary leader" (the chamber nouns themselves,
# "Senate", "Parliament", are LEG role nouns of the tables).
LEGISLATIVE_WORDS = frozenset({"congressional", "parliamentary", "legislative"})
# A chamber's word that makes a committee named after it in a title a legislature's ("House Budget Committee
# chairman"); alone, "house" names no legislature ("White House", "clearing house").
CHAMBER_WORDS = frozenset({"house", "senate"})
COMMITTEE_WORDS = frozenset({"committee", "subcommittee"})
# Positions that say nothing of their sector but that of the body they are in ("director of ...").
POSITION_WORDS = frozenset({"director", "head", "chief", "manager", "coordinator", "owner", "founder",
                            "president", "chairman", "chairwoman", "secretary", "treasurer"})
# Ranks that head a body of any kind: named after a body no table knows, they are of the sector its
# head noun gives ("Tea Authority chairman" GOV, "party chairman" PTY); "secretary" is also a minister's
# title and "oil chief" may be a minister, so neither is one.
BODY_HEAD_RANKS = frozenset({"chairman", "chairwoman", "chairperson", "president", "director"})
# `Candidate.extras` key: the sector of the named body a person heads ("the director of the Land Restitution
# Unit, X"), which home.py reads to place him with the story's country.
BODY_HEAD = "body_head"
# `Candidate.extras` key: the token span ("start end") of the noun phrase describing a named person ("X, Vice
# Minister of the International Trade and Industry Ministry"), where home.py finds the body that places him.
DESCRIPTION = "description"
# Sectors of ranks every kind of body has (president, chairman, director): the body's sector wins.
EXECUTIVE_SECTORS = frozenset({"GOV", "BUS"})
# Sectors of ranks armed forces give ("chief of staff", "commander"): named with a civilian seat of
# government, the rank is that seat's.
ARMED_RANK_SECTORS = frozenset({"MIL"})
# Sectors of soldiers' and policemen's ranks ("Havildar", "Constable"): a force named after the person's name
# gives the sector instead (`_rank_only`).
RANK_SECTORS = frozenset({"MIL", "COP"})
# Possessors that name a body whose sector depends on the story ("the group's spokesman": a company in
# business news, an armed group in conflict news): they give a role no sector.
AMBIGUOUS_OWNERS = frozenset({"group", "organisation", "organization", "outfit", "body"})
# Prepositions inside a title after its head word ("Minister of Defense", "Minister for Home Affairs").
TITLE_LINKS = frozenset({"of", "for"})
# The most words a minister's portfolio after "for" has before his name ("for Trade and Industry").
MAX_PORTFOLIO_WORDS = 5
# "X of Merrill Lynch": the words joining a name to the body he works for ("at" also names where he is)
EMPLOYER_LINKS = frozenset({"of"})
MAX_BODY_NAME = 8  # words of a body's name read whole after a person's "of"
# words of a wire's angle-bracketed company name ("<Cassa di Risparmio di Calabria e Luciana - Carical>"), as
# mentions.WIRE_NAME_MAX; and the sector of a firm so marked whose words and tables say none
MAX_WIRE_NAME = 12
WIRE_NAME_SECTOR = "BUS"
# "X was named president of Acme Corp": verbs whose object complement is the position their object takes
NAMING_VERBS = frozenset({"name", "appoint", "elect", "nominate", "make", "promote"})
# what an "of" after a name names when it is no employer: his country, town or another person
NOT_EMPLOYER_TYPES = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})
TITLE_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "cc", "conj"}


# Nouns of kinship: "X, the wife of a former minister" is no minister, but a civilian (CVL) of that country.
KIN_NOUNS = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister",
                       "father", "mother", "nephew", "niece", "cousin", "uncle", "aunt", "relative",
                       "grandson", "granddaughter", "son-in-law", "brother-in-law", "stepson", "fiancee",
                       "fiance"})
KIN_SECTOR = "CVL"
# Nouns that say only a person's nationality ("a Salvadoran citizen, X", "Mexican national X").
NATIONALITY_NOUNS = frozenset({"citizen", "national", "native"})
# Sectors of armed groups outside the state: one who has left such a group ("a former Maoist", "a surrendered
# militant", "ex-guerrilla X") no longer fights for it; news names him so as a civilian target or witness
# (CVL), as the coders of the audits do. Parties and gangs are left out: a former party chief still speaks
# for his party, a former trafficker is still coded by his crimes.
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF"})
# Words saying a member left an armed group: `FORMER` and laying down arms ("surrendered Naxalite").
LEFT_GROUP_WORDS = FORMER | {"surrendered", "demobilized", "demobilised", "reformed"}
LEFT_GROUP_SECTOR = "CVL"
# Sectors of a generic official's title ("an official of X") that a named force in its of-phrase replaces,
# and the sectors of those forces (police, military, intelligence).
GENERIC_OFFICIAL_SECTORS = frozenset({"GOV"})
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
# Ranks whose former holders often still lead a faction or hold a post ("former FARC commander"): no
# civilian by the "former" alone.
# Dissidents of a group that made peace ("ex-FARC dissidents") are still armed.
GROUP_RANK_WORDS = frozenset({"leader", "commander", "chief", "head", "spokesman", "spokesperson", "founder",
                              "chairman", "president", "secretary", "ideologue", "dissident"})


class TitleReader(Reader):
    """Titles and descriptions of named people."""

    def _read_title(self, doc: Doc, cand: Candidate, taken: list[bool]) -> set[int]:
        """Words just before a person's name that modify it: "Israeli construction minister Zeev Elkin".

        Returns the token indices of the title. Name spans of other kinds (a NORP "Israeli") may be
        absorbed; other people's names may not.
        """
        zone: list[Token] = []
        root = doc[cand.start:cand.end].root
        # "Superintendent of Police (SSP) Amit Lodha": the title's own short form between it and the name
        end = cand.start - 3 if _acronym_before(doc, cand.start) else cand.start
        # "Sgt. John Doe", "Staff Sgt. X": the tokenizer splits the dot off an abbreviated rank it does not
        # know; the words before that dot are the title, however many
        dotted = _split_abbreviation(doc, end)
        last = end - 1 if dotted else end
        words = normalized_words(doc)
        for k in range(self.max_role_len, 0 if dotted else 1, -1):  # titles with "of" are not compounds
            s = last - k
            if s >= 0 and " ".join(words[s:last]) in self.kb.roles and written_as_rank(doc[s:last].text):
                zone = list(doc[s:last])
                break
        if not zone:
            zone = self._title_of_country(doc, end)
        portfolio = False
        if not zone:
            zone = self._title_with_portfolio(doc, end)
            portfolio = bool(zone)
        i = (zone[0].i if zone else end) - 1
        while i >= 0:
            tok = doc[i]
            if tok.is_punct and _acronym_before(doc, i + 1) and not any(t.text == ")" for t in zone):
                before = self._role_ending_at(doc, i - 2)
                if before:  # "Superintendent of Police (SSP) Amit Lodha" where the NER kept only "Lodha"
                    zone = [*before, *doc[i - 2:i + 1], *zone]
                    i = before[0].i - 1
                    continue
            if tok.is_punct or (tok.ent_type_ == "PERSON" and taken[i]
                                and not self._plural_demonym(normalize(tok.text))
                                and not _division_word(tok)):
                # (a nationality the NER took into the name is the title: "Venezuelans X"; so is a state
                # it took for a person: "former Tamaulipas governor X")
                break
            attached = cand.start <= tok.head.i < cand.end or any(tok.head.i == z.i for z in zone)
            if tok.i == cand.start - 1 and root.dep_ == "appos" and root.head.i == tok.i:
                attached = True  # the parser hangs "adviser Shimrit Meir" as name-in-apposition
            if tok.lower_ in HONORIFICS or (attached and (tok.dep_ in TITLE_DEPS or tok.i == root.head.i)):
                zone.insert(0, tok)
                i -= 1
                continue
            break
        zone = self._legislature_before(doc, zone)
        shared = [] if zone else self._plural_title_of_first_conjunct(doc, cand)
        self._apply_title(cand, [t.text for t in zone or shared])
        if portfolio:
            cand.office = None  # "Secretary of State for Trade": the portfolio is not the bare title's office
        self._owned_by_organization(cand, zone)
        self._wire_name_before(doc, cand, zone)
        zone = self._position_of_body(doc, cand, zone)
        first = zone[0].i if zone else cand.start
        if zone and first >= 2 and doc[first - 1].text in HYPHENS and doc[first - 2].lower_ in FORMER:
            # "Ex-police chief Juan Lopez", "then-Interior Minister X": the hyphen ended the zone
            cand.former = True
        if zone and cand.code is None and _acronym_before(doc, first):
            self._group_before_acronym(doc, cand, first - 3)
        if cand.country is None:
            # "Lebanon's new President Elias Hrawi": the possessor of the title or the name.
            heads = {t.i for t in zone} | set(range(cand.start, cand.end))
            for tok in doc[max(0, (zone[0].i if zone else cand.start) - 6):cand.start]:
                if tok.dep_ == "poss" and tok.head.i in heads and tok.pos_ == "PROPN":
                    iso = self._country_in(doc, tok)
                    if iso:
                        cand.country, cand.basis = iso, "context"
                    elif cand.code is None:
                        self._group_possessor(doc, cand, tok)
        if cand.country is None and cand.role is not None and cand.role.person:
            # "King Faisal of Saudi Arabia", "President Alan Garcia of Peru": the country after the name
            root = doc[cand.start:cand.end].root
            for prep in root.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == cand.end:
                    for pobj in prep.children:
                        iso = self._country_in(doc, pobj) if pobj.dep_ == "pobj" else None
                        if iso and normalize(pobj.text) in us_states() and (
                                cand.role.sector == "LEG" or normalize(cand.role.phrase) in domestic_roles()):
                            iso = None  # "Senator Sam Nunn of Georgia": a US state named like a country
                        if iso:
                            cand.country, cand.basis = iso, "title"
        if zone:  # "surrendered Maoist X", "ex-Maoist X": the hyphen's "ex" stands before the zone
            left_armed_group(cand, [t.text for t in doc[max(0, first - 2):first]] + [t.text for t in zone])
        if cand.kind == "person" and cand.code is None and (cand.sector is None or _rank_only(cand)):
            # a rank says only soldier or policeman: the force named after the name says which ("Hawaldar X
            # of the Levies Force" is police)
            self._body_after_name(doc, cand)
        if cand.kind == "person" and cand.code is None and cand.sector is None \
                and cand.country in {None, US_LEGISLATOR[0]} and _us_legislator(doc, cand):
            cand.country, cand.sector = US_LEGISLATOR
            cand.basis = cand.basis or "title"
        if cand.country is None and cand.kind == "person":
            iso = self._country_after_name(doc, cand)
            if iso:
                cand.country, cand.basis = iso, "context"
        return {t.i for t in zone}

    def _body_after_name(self, doc: Doc, cand: Candidate) -> None:
        """"Peter Harlow of Crandall Weiss and Co", "Ana Ruiz of the Bolivian Anti-Drug Force": a person whom
        no title places, named with "of" and a body's name right after his own, works for that
        body: a table organisation gives its code, a name whose own words give a sector (Co BUS, Ministry
        GOV) that sector and the country a word of it names. A country, place or person after "of" is no
        employer ("Ana Ruiz of Colombia": `_country_after_name`; "Sam Nunn of Georgia")."""
        if cand.end + 1 >= len(doc) or doc[cand.end].lower_ not in EMPLOYER_LINKS:
            return
        link = doc[cand.end]
        pobj = next((c for c in link.children if c.dep_ == "pobj"), None)
        if pobj is None or not cand.start <= link.head.i < cand.end or pobj.ent_type_ in NOT_EMPLOYER_TYPES:
            return  # (the parser hangs "of" on the name only when the phrase describes him)
        org = self._organization_of(link.head)
        if org is not None:
            cand.code, cand.country, cand.sector = org.code, org.country, org.sector
            cand.basis = "context" if org.country else cand.basis
            return
        whole = doc[pobj.left_edge.i:pobj.right_edge.i + 1]
        # "of Crandall Weiss and Co": the parser may split a name at its "and"; a short phrase is read whole
        sector = self._body_sector_of(link.head) or (
            self.org_names.sector(whole.text) if len(whole) <= MAX_BODY_NAME else None)
        if sector is None:
            return
        cand.sector = sector
        words = [normalize(t.text) for t in whole][:10]
        iso = self._body_country(words)
        if iso and cand.country is None:
            cand.country, cand.basis = iso, "context"

    def _country_after_name(self, doc: Doc, cand: Candidate) -> str | None:
        """"Manaspas Xuto of Thailand, chairman of the conference", "delegate Ana Ruiz of Colombia": a
        person's name followed by "of" and a country's own name is that country's, wherever the story is
        filed; None for anything else after "of" (a company, a city, a US state named like a country:
        "Senator Sam Nunn of Georgia")."""
        if cand.end + 1 >= len(doc) or doc[cand.end].lower_ != "of":
            return None
        pobj = next((c for c in doc[cand.end].children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        key = normalize(doc[pobj.left_edge.i:pobj.right_edge.i + 1].text)
        if key.startswith("the "):
            key = key[4:]
        if key in us_states() or pobj.ent_type_ != "GPE":
            return None
        return self.kb.countries.get(key)

    def _legislature_before(self, doc: Doc, zone: list[Token]) -> list[Token]:
        """"Ways and Means chairman Dan X": a legislature's committee named right before a title whose
        words the parser did not hang on it (the coordination breaks the chain) belongs to the title; the
        title's tokens with the committee's, or `zone` unchanged."""
        if not zone:
            return zone
        first = zone[0].i
        for k in range(4, 1, -1):
            span = doc[max(0, first - k):first]
            if len(span) == k and not any(t.is_punct for t in span) \
                    and self.org_names.sector(span.text) == "LEG":
                return [*span, *zone]
        return zone

    def _plural_title_of_first_conjunct(self, doc: Doc, cand: Candidate) -> list[Token]:
        """"reporters Danilo Perez and Federico Solis", "ex-Governors X of Tabasco and Y of Aguascalientes": a
        plural title before the first of coordinated names is each one's; the title's tokens, or none."""
        root = doc[cand.start:cand.end].root
        if root.dep_ != "conj":
            return []
        first = root.head
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head  # "journalists X, Y and Z": the chain goes back to the first name
        if first.i >= cand.start or first.ent_type_ != "PERSON" or first.pos_ != "PROPN":
            return []
        start = first.i
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN" \
                and not self._plural_demonym(normalize(doc[start - 1].text)):
            start -= 1
        if start >= 1 and self._plural_demonym(normalize(doc[start - 1].text)):
            return [doc[start - 1]]  # "Venezuelans X, Y and Z were charged": each is Venezuelan
        title = self._role_ending_at(doc, start)
        if not title or title[-1].tag_ not in {"NNS", "NNPS"}:
            return []  # "Minister Juan Perez and Ana Ruiz": a singular title is the first one's only
        return title

    def _title_owner(self, doc: Doc, cand: Candidate, zone: set[int], names: list[Candidate]) -> None:
        """"General Motors said its president Robert Stempel ...": a title owned by "its"/"their" is held in
        the organisation that is the subject of the clause above the name (the one the pronoun stands for);
        the person takes its country, and for ranks every body has (president, chairman) its sector."""
        if cand.code is not None or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                            for z in zone for c in doc[z].children):
            return
        subject = _clause_subject(doc, cand, zone)
        if subject is None:
            return
        owner = next((c for c in names if c.kind == "org" and c.start <= subject.i < c.end
                      and (c.code or c.country)), None)
        group = self.kb.roles.get(normalize(subject.lemma_)) if subject.pos_ == "NOUN" else None
        if owner is not None:
            country, sector = owner.country, owner.sector or (owner.code or "")[3:6] or None
        elif group is not None and not group.person and group.sector in {"BUS", "LAB"}:
            country, sector = None, group.sector  # "The company said its president X": the story's company
        else:
            return
        if cand.country is None and country:
            cand.country, cand.basis = country, "context"
        if cand.role is not None and cand.sector in EXECUTIVE_SECTORS and sector and sector != cand.sector:
            cand.sector, cand.office = sector, None  # "its president" of a company is no head of state

    def _owned_by_organization(self, cand: Candidate, nouns: list[Token]) -> None:
        """"Philip Bakes, Eastern's president", "Eastern's president Philip Bakes": a rank every body has
        (president, chairman) owned by an organisation's name is held in that organisation, not in a
        government: its country and sector when the tables or its words give them, else no sector."""
        if cand.code is not None or cand.role is None or (cand.sector or "GOV") not in EXECUTIVE_SECTORS:
            return
        for noun in nouns:
            for poss in noun.children:
                if poss.dep_ not in {"poss", "compound"} or poss.pos_ != "PROPN" or poss.ent_type_ != "ORG" \
                        or self._country_in(poss.doc, poss):
                    continue
                first = poss.left_edge.i + (poss.left_edge.dep_ == "det")  # "the International Monetary Fund"
                text = poss.doc[first:poss.i + 1].text
                org = self.kb.organizations.get(normalize(text))
                if poss.dep_ == "compound" and (org is None or org.sector != "IGO"):
                    continue  # "the IMF envoy" is the IMF's; other modifiers of a rank say too little
                sector = org.sector if org is not None else self.org_names.sector(text)
                if org is not None and org.country and cand.country is None:
                    cand.country, cand.basis = org.country, "title"
                if org is not None and org.sector == "IGO" and not org.country:
                    # "the International Monetary Fund's envoy": he acts for the IGO, of its code, whatever
                    # his nationality
                    cand.code, cand.country, cand.basis = org.code, None, "title"
                cand.sector, cand.office = sector, None
                return

    def _wire_name_before(self, doc: Doc, cand: Candidate, zone: list[Token]) -> None:
        """"CBS Inc <CBS> president Laurence Tisch", "<Ansett Transport Industries Ltd> managing director X":
        a rank every body has (president, chairman) right after a wire's angle-bracketed company name or
        ticker, which ended the title, is held in that company, not in a government: the country and sector
        the tables give the bracketed name (or the name a bracketed ticker follows), else the sector its own
        words give, else a company's (BUS)."""
        if not zone or cand.code is not None or cand.role is None or not cand.role.person \
                or (cand.sector or "GOV") not in EXECUTIVE_SECTORS:
            return
        # (the parser may hang the closing bracket on the rank, so the title took it in)
        close = max((t.i for t in zone if t.text == ">"), default=zone[0].i - 1)
        if close < 2 or doc[close].text != ">":
            return
        opening = next((j for j in range(close - 2, max(close - MAX_WIRE_NAME - 2, -1), -1)
                        if doc[j].text == "<"), None)
        if opening is None:
            return
        inside = doc[opening + 1:close]
        texts = [t.text for t in inside]
        org = self._organization_in([normalize(t) for t in texts], _acronyms(texts))
        if org is None and len(inside) == 1:
            # a ticker ("American Express Co's <AXP>"): the company named right before it
            named = [t.text for t in _names_before(doc, opening)]
            org = self._organization_in([normalize(t) for t in named], _acronyms(named))
        if org is not None and org.country and org.sector:
            if cand.country is None:
                cand.country, cand.basis = org.country, "title"
            cand.sector, cand.office = org.sector, None
            return
        # (the wires bracket only firms' names and tickers: a company's, whatever else its words say)
        cand.sector, cand.office = self.org_names.sector(inside.text) or WIRE_NAME_SECTOR, None

    def _position_of_body(self, doc: Doc, cand: Candidate, zone: list[Token]) -> list[Token]:
        """"The leader of the Gulf Cartel Jorge Costilla", "the head of Kabul Ulema Council Mawlawi X": a
        body's name before a name, in the of-phrase of a position, makes the person that position's holder in
        the body (a non-state group's or a state force's code; else the body's country and sector). Returns
        the title's tokens with the position's, or `zone` unchanged."""
        if not zone or cand.code is not None or (cand.role is not None and cand.role.person):
            return zone
        of = zone[0].i - 1
        if of >= 1 and doc[of].lower_ in {"the", "a"}:
            of -= 1
        position = doc[of].head if of >= 1 and doc[of].lower_ == "of" else None
        if position is None or position.i >= of or not (
                position.lower_ in POSITION_WORDS or self.is_person_title(normalize(position.text))):
            return zone
        texts = [t.text for t in zone]
        words = [normalize(t) for t in texts]
        org = self._organization_in(words, _acronyms(texts))
        group = self._group_ending(doc[zone[0].i:zone[-1].i + 1])
        if org is not None and org.country and org.sector in NONSTATE_SECTORS | {"MIL", "COP", "SPY"}:
            cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "title"
        elif org is not None and org.country and org.sector:
            cand.country, cand.sector, cand.basis = cand.country or org.country, org.sector, "title"
        elif group is not None:
            cand.sector = group.sector
            iso = self._body_country(words)
            if iso and cand.country is None:
                cand.country, cand.basis = iso, "title"
        else:
            return zone
        cand.office = None
        cand.former = cand.former or any(t.lower_ in FORMER for t in position.lefts)
        start = min([position.i, *(t.i for t in position.lefts if t.dep_ in {"det", "amod", "compound"})])
        return list(doc[start:zone[-1].i + 1])

    def _title_of_country(self, doc: Doc, end: int) -> list[Token]:
        """"Interior Minister of Peru Daniel Urresti": a one-person title with "of" and a country's name
        right before a name; its tokens, or none."""
        for k in (1, 2, 3):
            start = end - k
            if start < 2 or doc[start - 1].lower_ != "of" or any(t.is_punct for t in doc[start:end]) \
                    or normalize(doc[start:end].text) not in self.kb.countries:
                continue
            title = self._role_ending_at(doc, start - 1)
            if title and self.is_person_title(" ".join(normalize(t.text) for t in title)):
                return [*title, *doc[start - 1:end]]
        return []

    def _title_with_portfolio(self, doc: Doc, end: int) -> list[Token]:
        """"Minister of State for Finance Tom Hockin", "Secretary for Foreign Affairs X", "Minister of
        Planning X": a one-person title with "for" (or a government title with "of") and the capitalised
        words of a portfolio right before a name (the parser hangs the "for" on the title, not the name, so
        the title's words stop there); its tokens, or none."""
        start = end
        while start > 0 and end - start < MAX_PORTFOLIO_WORDS and (
                (doc[start - 1].is_title and doc[start - 1].pos_ in {"PROPN", "NOUN"})
                or (doc[start - 1].lower_ in {"and", "&"} and start < end)):
            start -= 1
        link = doc[start - 1].lower_ if start >= 1 else ""
        if start == end or start < 2 or link not in {"for", "of"} or doc[start].lower_ in {"and", "&"} \
                or any(t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in doc[start:end]):
            return []  # (a person's or a country's name after "for" is whom the title serves, no portfolio)
        title = self._role_ending_at(doc, start - 1)
        phrase = " ".join(normalize(t.text) for t in title)
        if not title or not title[0].is_title or not self.is_person_title(phrase):
            return []
        if link == "of" and ((role := self.kb.roles.get(phrase)) is None or role.sector != "GOV"
                             or any(t.ent_type_ == "ORG" or normalize(t.text) in self.kb.roles
                                    for t in doc[start:end])):
            # "Minister of Planning Joao Sayad", "Secretary of Public Security X": a government title's
            # portfolio; never a body's name ("Chairman of Texaco James Kinnear": his company), nor words a
            # role table has, which the title would be read as ("Vice Minister of Citizen Security": no
            # citizen)
            return []
        first = title[0].i
        if first >= 2 and doc[first - 1].text in HYPHENS and doc[first - 2].is_title:
            first -= 2  # "Under-Secretary of State": the prefix the tokenizer split off with its hyphen
        if first >= 1 and self._country_words([normalize(doc[first - 1].text)], cities=False) is not None:
            first -= 1  # "visiting U.S. Under-Secretary of State for Economic Affairs X": whose title it is
        return list(doc[first:end])

    def _person_title_before(self, doc: Doc, i: int) -> bool:
        """Whether one person's title ends just before token `i` ("Minister of Defense", "Former BJP MLA",
        "army private"): a capitalised word after it is a name ("Minister of Defense Reymi Ferreira")."""
        if i >= 1 and doc[i - 1].lower_ in HONORIFICS:
            return True
        if i >= 2 and doc[i - 1].lower_ in POSITION_WORDS | MEMBER_WORDS and doc[i - 2].text[:1].isupper() \
                and doc[i - 2].pos_ in {"PROPN", "NOUN"} and i + 1 < len(doc) and doc[i + 1].is_title:
            return True  # "Zetas boss Ramiro Lugo", "Pemex director Luis Arriaga": a named body's position
        tokens = self._role_ending_at(doc, i)
        return bool(tokens) and self.is_person_title(" ".join(normalize(t.text) for t in tokens))

    def is_person_title(self, phrase: str) -> bool:
        """Whether a role phrase names one person: a person row, or a phrase whose head word is one
        ("interior minister", "minister of defense": PETRARCH's agents carry no person flag, but a minister
        of anything is one person)."""
        role = self.kb.roles.get(phrase)
        if role is None:
            return False
        if role.person:
            return True
        words = phrase.split()
        cut = next((k for k, w in enumerate(words) if w in TITLE_LINKS and k > 0), len(words))
        head = self.kb.roles.get(words[cut - 1])
        return head is not None and head.person

    def _head_title(self, words: list[str]) -> Role | None:
        """The longest one-person title ending a noun phrase ("a National Assembly deputy": the deputy, not
        the assembly a longer role row names inside it), as a person's role; None if it ends in none."""
        for k in range(min(len(words), self.max_role_len), 0, -1):
            phrase = " ".join(words[-k:])
            role = self.kb.roles.get(phrase)
            if role is not None and self.is_person_title(phrase):
                return role if role.person else replace(role, person=True)
        return None

    def _role_ending_at(self, doc: Doc, end: int) -> list[Token]:
        """The tokens of the longest role phrase ending just before token `end`; empty if none."""
        words = normalized_words(doc)
        for k in range(self.max_role_len, 0, -1):
            s = end - k
            if s >= 0 and " ".join(words[s:end]) in self.kb.roles and written_as_rank(doc[s:end].text):
                return list(doc[s:end])
        return []

    def _group_before_acronym(self, doc: Doc, cand: Candidate, paren: int) -> None:
        """"A Hizb ul Mujahideen (HM) spokesman Juniadul Islam": a rank after a named group and its short
        form in brackets is held in that group (the bracket ended the title)."""
        if cand.role is None or not cand.role.person:
            return
        start = paren
        while start > 0 and paren - start < 6 and not doc[start - 1].is_punct:
            start -= 1
        texts = [t.text for t in doc[start:paren]] + [doc[paren + 1].text]
        org = self._organization_in([normalize(t) for t in texts], _acronyms(texts))
        if org is not None and org.country and org.sector in NONSTATE_SECTORS | {"MIL", "COP", "SPY"}:
            cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "title"
            cand.office = None

    def _read_description(self, doc: Doc, cand: Candidate) -> None:
        """"Miguel Chinguel, a Peruvian drug trafficker," / "Ana Ruiz, who heads the Mexican judges'
        union": a nationality and a role noun in the appositive (or relative clause) describing the name;
        "a police constable, Gulzar Alvi," / "a Maoist commander, Gudru Munda": the noun phrase the name is
        in apposition to. A person given an alias and no other description is a criminal ("Pedro Gomez,
        alias 'El Gato'": CRM)."""
        self._describe(doc, cand)
        if cand.sector is None and cand.code is None and _alias_before(doc, cand.start):
            cand.sector = ALIAS_SECTOR  # "the leadership of alias 'El Goyo'": the name is the nickname
        alias = _alias_after(doc, cand.end)
        if alias is None or cand.code is not None:
            return
        if self._rank_after_aliases(doc, cand, alias):
            return
        first = alias.i + 1
        while doc[first].is_punct and first + 1 < len(doc):
            first += 1  # past the quotes opening the nickname, doubled in some feeds ('alias ""La Mona""')
        nickname = doc[first]
        if alias.dep_ == "compound" and alias.head.i > alias.i:
            nickname = alias.head
        while nickname.dep_ == "compound" and nickname.head.i > nickname.i:
            nickname = nickname.head  # "El Gordo": its last word
        # (on the alias word only a nationality: a role there stays the alias's crime, as before: "X, alias
        # ""Repollo,"" a businessman accused of trafficking" is no businessman for the coder)
        nationals = [c for c in alias.children if c.lemma_.lower() in NATIONALITY_NOUNS]
        for child in [*nickname.children, *nationals]:
            # "Jose Perez, alias El Gordo, the mayor of Callao": the parser may hang the description on the
            # nickname rather than on the name
            if child.lower_ in KIN_NOUNS:
                continue  # "X, alias 'Goya,' the wife of Y": whose relative, not who; the alias's crime stays
            if cand.sector is None and child.dep_ == "appos" and child.i > nickname.i \
                    and child.pos_ == "NOUN" and not self._appositive(doc, cand, child) \
                    and cand.country is None and child.lemma_.lower() in NATIONALITY_NOUNS:
                # "X, alias 'La Mona,' a Colombian national who ran a trafficking group": his own
                # nationality, not the country where he was caught
                iso = self._country_words([normalize(t.text) for t in doc[child.left_edge.i:child.i]])
                if iso:
                    cand.country, cand.basis = iso, "context"
        if cand.sector is None and cand.code is None:
            # news gives aliases to criminals and guerrillas: a title or description read above wins
            cand.sector = ALIAS_SECTOR

    def _rank_after_aliases(self, doc: Doc, cand: Candidate, alias: Token) -> bool:
        """"X alias Y alias Z, operational commander of Jamaat-ul-Mujahideen Bangladesh (JMB)": a rank in an
        armed or criminal group the tables code, set after the person's nicknames, makes him that group's man
        (its code), whichever nickname the parser hangs it on; a rank of any other body there stays unread,
        as before (a trade told after an alias is no description the coders take). True when a code was
        given."""
        i = alias.i
        while i < len(doc) and (doc[i].lower_ in ALIAS_WORDS or doc[i].is_quote or doc[i].pos_ == "PROPN"):
            i += 1  # past every nickname and alias word
        if i >= len(doc) - 1 or doc[i].text != ",":
            return False
        rank = next((t for t in doc[i + 1:i + 5] if t.pos_ == "NOUN"), None)
        while rank is not None and rank.dep_ == "compound" and rank.i < rank.head.i <= i + 6:
            rank = rank.head  # "area commander": the phrase's head
        if rank is None or rank.dep_ != "appos" \
                or normalize(rank.lemma_) not in GROUP_RANK_WORDS | MEMBER_WORDS:
            return False
        org = self._organization_of(rank)
        if org is None or not org.country or org.sector not in ARMED_GROUP_SECTORS | {CRIME_SECTOR}:
            return False
        cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "context"
        cand.office = None
        return True

    def _describe(self, doc: Doc, cand: Candidate) -> None:
        """The description of a named person (see `_read_description`)."""
        root = doc[cand.start:cand.end].root
        alias = _alias_after(doc, cand.end) if root.dep_ == "compound" else None
        if alias is not None and root.head.i > alias.i:
            # "HM top commander, Dawood Sheikh alias Chotu, was killed": the parser hangs the name on the
            # nickname after "alias", which stands in the name's place in the sentence
            root = root.head
        head = root.head
        if (root.dep_ == "appos" and head.i < cand.start and head.pos_ in {"NOUN", "PROPN"}
                and cand.sector is None and self._described_by(doc, cand, head)):
            return
        if root.dep_ == "appos" and head.i < cand.start and head.lemma_.lower() in NATIONALITY_NOUNS \
                and cand.country is None:
            # "Salvadoran citizen, Jose Merino": the nationality the name is in apposition to is his
            iso = self._country_words([normalize(t.text) for t in doc[head.left_edge.i:head.i]])
            if iso:
                cand.country, cand.basis = iso, "context"
        first = root
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head
        if first is not root and first.dep_ == "appos" and first.head.tag_ in {"NNS", "NNPS"} \
                and first.head.i < first.i and cand.sector is None and cand.code is None \
                and self._described_by(doc, cand, first.head):
            return  # "Two BJP workers, X and Y, were shot": the plural noun the list stands for is each one's
        if first.dep_ == "conj" and _listed_plural(first.head) and first.head.i < first.i \
                and first.left_edge.i > 0 and doc[first.left_edge.i - 1].text == "," \
                and cand.sector is None and cand.code is None \
                and self._described_by(doc, cand, first.head):
            return  # "Two IPFT workers, X and Y kidnapped": the parser coordinates the names with the noun
        listed = first.head if first.dep_ == "pobj" and first.head.lower_ in LISTING_WORDS else None
        if listed is not None and listed.head.tag_ in {"NNS", "NNPS"} and listed.head.i < listed.i \
                and cand.sector is None and cand.code is None and self._described_by(doc, cand, listed.head):
            return  # "five Zetas members, including X and Y": each name the list gives is one of them
        if root.dep_ == "appos" and head.i < cand.start and cand.code is None and (
                cand.sector is None or cand.country is None):
            # (a rank before the name says no body: "the director of Colombia's National Police, General X")
            # "The head of security at Pemex, Eduardo Ramos": the parser hangs the name on the body; the
            # position it is in apposition to is the noun the body's phrase hangs from
            top = head
            # up from the body's name to its "of" (right before the phrase, however long the name) and on
            # to the position a few words before
            # (up to the first position only: "ransom from the chairman of X" is the chairman's)
            while top.dep_ in {"pobj", "prep"} and top.head.i < top.i and top.lower_ not in POSITION_WORDS \
                    and (top.i - top.head.i < 4 or top.head.i == top.left_edge.i - 1):
                top = top.head
            if top.i != head.i and top.lower_ in POSITION_WORDS and self._described_by(doc, cand, top):
                return
        # "two FC personnel, identified as X and Y": a later name of the list is named as the first is
        begin = first.left_edge.i if first is not root and first.left_edge.i < cand.start else cand.start
        if begin >= 3 and doc[begin - 1].lower_ == "as" and doc[begin - 2].lower_ in {
                "identified", "named"} and cand.sector is None:
            # "a villager identified as Sukhram Poyam", "a trader, identified as X" (the parse varies)
            gap = 4 if doc[begin - 3].is_punct and begin >= 4 else 3
            noun = doc[begin - gap]
            subject = next((c for c in doc[begin - 2].children if c.dep_ == "nsubjpass"), None)
            if subject is not None and subject.i < begin - 2:
                noun = subject  # "The captured militant was identified as X": the passive's subject
            if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                    and noun.head.head.pos_ == "NOUN" and noun.head.head.i < noun.i:
                noun = noun.head.head  # "an official of Levies Force, identified as X": the official
            # the parser tags a capitalised role noun a proper noun ("A Policeman identified as X")
            titled = noun.pos_ == "PROPN" and self.is_person_title(normalize(noun.text))
            if (noun.pos_ == "NOUN" or titled) and self._described_by(doc, cand, noun):
                return
        for child in _past_aliases(root):
            if child.i >= cand.end and child.dep_ == "relcl" and self._heads_group(doc, cand, child):
                return
            if child.i >= cand.end and child.dep_ in {"relcl", "acl"} and cand.sector is None \
                    and cand.code is None and clause_held_for_crime(child):
                cand.sector = CRIME_SECTOR  # "X, who was arrested for smuggling arms", "X, accused of fraud"
                return
            if child.i < cand.end or not (child.dep_ == "appos" or (
                    child.dep_ == "relcl" and _describing_clause(child))):
                continue  # "Soares, who returns from a visit to Brazil": what he does, not who he is
            if child.lower_ in ALIAS_WORDS or (child.pos_ == "PROPN" and child.head.lower_ in ALIAS_WORDS):
                continue  # the nickname itself; the description hung on it comes next
            if child.dep_ == "appos" and self._appositive(doc, cand, child):
                return
            texts = [t.text for t in child.subtree if t.i < child.i + 8 and not t.is_punct]
            words = [normalize(t) for t in texts]
            # a position's body is read from its own of-phrase, past a possessor that owns it ("head of
            # the union's General Motors bargaining unit": no General Motors man); a short name only as an
            # acronym ("who served as an administrator in the DEA")
            org = self._organization_of(child) if child.lower_ in POSITION_WORDS else (
                self._organization_in(words, _acronyms(texts)) or self._organization_of(child))
            described = self._longest_role(words)
            if org is not None and child.pos_ == "PROPN" and (described is None or not described.person):
                # "with Vicente Fox, the US Drug Enforcement Administration is ...": a body's bare name
                # describes no person; the parser took the next clause's subject for an appositive
                return
            if org is not None:  # "Gulnara Shahinian, the United Nations Special Rapporteur": speaks for it
                cand.code, cand.country, cand.sector = org.code, org.country, org.sector
                cand.basis = "context" if org.country else None
                return
            # the description's own words before its head give his nationality before any place a clause
            # on it names ("a Bangladeshi national who was living in Sao Paulo": BGD, not BRA)
            own = [normalize(t.text) for t in doc[max(child.left_edge.i, child.i - 6):child.i + 1]
                   if not t.is_punct] if child.dep_ == "appos" else []
            iso = self._country_words(own) or self._country_words(words)
            role = self._longest_role(words)
            if iso and cand.country is None:
                cand.country, cand.basis = iso, "context"
            if role and role.person and cand.sector is None:
                cand.sector, cand.former = role.sector, cand.former or any(w in FORMER for w in words)
                cand.role = cand.role or role
            if iso and cand.sector is None and cand.code is None and _held_in_clause_on(child):
                cand.sector = CRIME_SECTOR  # "X, a Bangladeshi national who pleaded guilty to smuggling"
            if iso or role:
                return
        subject = root
        while subject.dep_ == "conj" and subject.head.i < subject.i and subject.head.pos_ == "PROPN":
            subject = subject.head  # "X, Y and Z were charged with arms trafficking": each of them
        if subject.dep_ == "nsubjpass" and cand.sector is None and cand.code is None \
                and held_for_crime(subject.head):
            cand.sector = CRIME_SECTOR  # "X was charged with drug trafficking"
            return
        if self._comma_title_after(doc, cand):
            return
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be" and cand.sector is None \
                and not any(c.dep_ == "neg" for c in root.head.children):
            # "Farias is a militia commander", "Rios was a presidential hopeful": the predicate says who
            # ("X is not a member of the Zetas" says who he is not)
            for attr in root.head.children:
                if attr.dep_ == "attr" and attr.pos_ == "NOUN" and self._described_by(doc, cand, attr):
                    return
        if cand.sector is None and cand.code is None:
            self._position_by_verb(cand, root)

    def _position_by_verb(self, cand: Candidate, root: Token) -> None:
        """"X resigned as chairman of Acme Corp", "X, who served as director of the DEA", "X was named
        president of Acme Corp": the position of a named body a verb gives its subject ("as" a position, or
        the position he is named, appointed or elected to) says who he is, as an appositive would
        (`_appositive`: the position, its body's code, sector and country)."""
        subject = root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"}
        verbs = [root.head] if subject else []
        # "X, who resigned as chairman": the relative clause's verb, whose subject is the name
        verbs += [c for c in root.children if c.dep_ == "relcl" and any(
            s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ == "who" for s in c.children)]
        for verb in verbs:
            positions = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                         for o in p.children if o.dep_ == "pobj"]
            if verb.lemma_.lower() in NAMING_VERBS:
                positions += [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
            for position in positions:
                role = self.kb.roles.get(normalize(position.lemma_)) or self.kb.roles.get(
                    normalize(position.text))
                held = position.lower_ in POSITION_WORDS or (role is not None and role.person)
                # a position of a named body only: "resigned as its president", "as president" in a company
                # story is no head of state
                body = self._organization_of(position) or self._body_sector_of(position)
                if position.pos_ == "NOUN" and held and body is not None \
                        and self._appositive(position.doc, cand, position):
                    return

    def _comma_title_after(self, doc: Doc, cand: Candidate) -> bool:
        """"Robert Gould, Under Secretary of the Treasury, told": a capitalised one-person title set off by
        commas right after a name is that person's title, where the parser read it as no appositive (it takes
        "Under" for a preposition); False when the words there open with no such title."""
        if cand.role is not None or cand.sector is not None or cand.code is not None \
                or cand.end + 2 >= len(doc) or doc[cand.end].text != ",":
            return False
        end = next((t.i for t in doc[cand.end + 1:cand.end + 12] if t.is_punct), None)
        span = doc[cand.end + 1:end] if end is not None and doc[end].text == "," else None
        if span is None or not span[0].is_title or any(t.ent_type_ == "PERSON" for t in span):
            return False
        words = [normalize(t.text) for t in span]
        if not any(self.is_person_title(" ".join(words[:k])) for k in range(min(len(words), 4), 0, -1)):
            return False
        self._apply_title(cand, [t.text for t in span])
        return cand.role is not None

    def _appositive(self, doc: Doc, cand: Candidate, noun: Token) -> bool:
        """"Juan Farias, a militia commander accused of ties to the cartel": the appositive's own noun phrase
        (its head, the words before it, a body after its "of") says who someone is, not the words of the
        clauses hanging on it; a coordinated head counts too ("a Honduran banker and businessman")."""
        if noun.lower_ in KIN_NOUNS:
            # "Ahmed Khan, the son of a Pakistani senator": the office is the relative's; he is a civilian
            # of the relative's country
            iso = self._country_words(
                list(islice((normalize(t.text) for t in noun.subtree if not t.is_punct), 10)))
            if cand.country is None and iso:
                cand.country, cand.basis = iso, "context"
            cand.sector = cand.sector or KIN_SECTOR
            return True
        org = self._organization_of(noun)
        if org is not None:
            words = [normalize(t.text) for t in doc[max(noun.left_edge.i, noun.i - 6):noun.i + 1]]
            role = self._longest_role(words)
            if role is not None and role.person:
                cand.code, cand.country, cand.sector = org.code, org.country, org.sector
                cand.basis = "context" if org.country else None
                return True
        for head in [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]:
            if cand.sector is None and self._described_by(doc, cand, head):
                body = self._body_sector_of(noun)
                # (a former head of a state body is of the elites; of a company, a union or a party he stays
                # of its sector: "a former president of a Windsor subsidiary" is a businessman)
                if body is not None and cand.code is None and cand.role is not None and (
                        not cand.former or body not in STATE_SECTORS):
                    cand.sector = body  # "administrator of the Food Safety and Inspection Service": GOV
                    if cand.country is None:  # "president of Colombia's coffee exporters' association"
                        names = [normalize(t.text) for t in noun.subtree
                                 if t.i > noun.i and t.pos_ == "PROPN"]
                        iso = self._body_country(names[:6])
                        if iso:
                            cand.country, cand.basis = iso, "context"
                if cand.code is None and cand.role is not None and cand.role.person:
                    for prep in noun.children:  # "the leader of the EPL guerrilla faction": REB
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    self._nonstate_owner(doc, pobj, cand)
                                    self._group_by_its_words(doc, pobj, cand)
                return True
        if cand.sector is None and noun.lower_ in POSITION_WORDS:
            # "Armando Urtecho, director of the Honduran Private Enterprise Council": a position in a body
            # the words of whose name give its sector (BUS) and perhaps its country
            body = self._body_sector_of(noun)
            if body is not None:
                cand.sector = body
                words = [normalize(t.text) for t in noun.subtree if t.i > noun.i][:10]
                iso = self._body_country(words)
                if iso and cand.country is None:
                    cand.country, cand.basis = iso, "context"
                return True
        return False

    def _body_sector_of(self, position: Token) -> str | None:
        """The sector a position's "of"/"at" body gives by its own words ("of the Peruvian central bank" GOV,
        "at Morgan Stanley & Co" BUS)."""
        for prep in position.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        owner = _owner_of(pobj)
                        if owner is not None:
                            # "head of the union's General Motors bargaining unit": the union's unit
                            pobj = owner
                        end = pobj
                        while (of := next((c for c in end.children if c.dep_ == "prep" and c.lower_ == "of"
                                           and c.i == end.i + 1), None)) is not None and of.n_rights:
                            end = next(of.rights)  # "the Chamber of Commerce": the name goes on past "of"
                        span = position.doc[pobj.left_edge.i:end.i + 1]
                        # a body a role row names inside the name ("Kabul Ulema Council": the ulema council,
                        # REL) is of that row's sector before the generic word ending it ("Council" GOV)
                        # (the name ends at its head: an appositive hung on it is the person's own name)
                        group = self._group_ending(span)
                        if group is not None:
                            return group.sector
                        sector = self.org_names.sector(span.text) or self._named_body_sector(span) \
                            or self._kind_noun_sector(pobj)
                        if sector is not None:
                            return sector
        return None

    def _kind_noun_sector(self, noun: Token) -> str | None:
        """"of the Camino Real hotel chain", "of the Acme paper company": a body named by a proper name before
        a kind noun that says what it is (org_words.csv `described` rows: chain, company, bank BUS; newspaper
        MED) is of that noun's sector; None for a common noun alone ("of the company": whose is not said)."""
        if noun.pos_ != "NOUN" or not any(c.pos_ == "PROPN" and c.dep_ in {"compound", "nmod"}
                                          for c in noun.lefts):
            return None
        described = self.org_names.context["described"]
        return described.get(noun.lemma_.lower()) or described.get(noun.lower_)

    def _named_body_sector(self, span: Span) -> str | None:
        """The sector of a body noun followed by the body's name in apposition: "the Irish party Fianna
        Fail" is a party (PTY) whatever the name's own words say."""
        for k in range(len(span) - 1, 0, -1):
            name = span[k:]
            if all(t.pos_ == "PROPN" for t in name) and span[k - 1].pos_ == "NOUN":
                return self.org_names.sector(span[:k].text)
        return None

    def _body_country(self, words: list[str]) -> str | None:
        """The country a body's name gives: a country word, else a capital in it ("Kabul Ulema Council");
        other cities say nothing ("the Washington Heights Tenants Union" may be anyone's)."""
        return self._country_words(words, cities=False) or next(
            (iso for w in words if (iso := self.kb.capitals.get(w)) is not None), None)

    def _group_ending(self, span: Span) -> Role | None:
        """The longest body or group role row ending a body's name ("Kabul Ulema Council": ulema council),
        None if its last words are none ("the Chamber of Commerce" is no chamber of a legislature)."""
        words = [normalize(t.text) for t in span]
        for k in range(min(len(words), self.max_role_len), 0, -1):
            role = self.kb.roles.get(" ".join(words[-k:]))
            if role is not None and not role.person and not role.inherit:
                return role
        return None

    def _organization_of(self, position: Token) -> Organization | None:
        """The table organisation named at length after a position's "of"/"for"/"at" ("general secretary of
        the Congress of South African Trade Unions"), past the eight words `_read_description` looks at."""
        for prep in position.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        # a unit of an owner is the owner's, whatever company names what it deals with
                        # ("head of the union's General Motors bargaining unit" is the union's)
                        pobj = _owner_of(pobj) or pobj
                        words = list(islice((normalize(t.text) for t in pobj.subtree if not t.is_punct), 10))
                        org = self._organization_in(words) or self._bracketed_group(pobj, words)
                        if org is not None:
                            return org
        return None

    def _bracketed_group(self, pobj: Token, words: list[str]) -> Organization | None:
        """"commander of Rajshahi Division Jama atul Mujahideen Bangladesh (JMB)": an armed or criminal group
        whose long form no table spells so, named by the short form its writer brackets after it, when a
        word of the long form is one of the table name's ("mujahideen"); None otherwise ("the Popular
        Alliance (AP) party" is no Associated Press)."""
        org = self._organization_in(words, _bracketed_acronyms(pobj))
        if org is None or org.sector not in ARMED_GROUP_SECTORS | {CRIME_SECTOR}:
            return None
        named = {w for w in normalize(org.name).replace("-", " ").split() if len(w) > 3}
        return org if named.intersection(words) else None

    def _described_by(self, doc: Doc, cand: Candidate, head: Token) -> bool:
        """Code a person from the noun phrase ending at `head` that says who they are ("a police constable",
        "a Maoist commander"); False when it holds no one-person role. The phrase read is kept on the
        candidate (`DESCRIPTION`): a body it names, placed later, places the person (home.py)."""
        if not self._read_noun_description(doc, cand, head):
            return False
        cand.extras.setdefault(DESCRIPTION, f"{head.left_edge.i} {head.right_edge.i + 1}")
        return True

    def _read_noun_description(self, doc: Doc, cand: Candidate, head: Token) -> bool:
        """`_described_by`'s reading of the noun phrase headed by `head`."""
        tokens = [t for t in doc[max(head.left_edge.i, head.i - 6):head.i + 1]
                  if not t.is_punct and t.dep_ != "det"]
        texts = [t.text for t in tokens]
        words = [normalize(t) for t in texts]
        role = self._longest_role(words)
        if role is not None and _adjective_only(role, tokens):
            role = None  # "the Oficina is still a major player": an adjective, no military rank
        if role is not None and not role.person and head.tag_ in {"NNS", "NNPS"}:
            # "two BJP workers, X and Y": each name is one of the group, of the one-person row of its noun
            one = self.kb.roles.get(normalize(head.lemma_))
            role = one if one is not None and one.person and one.sector == role.sector else role
        if role is None or not role.person:
            # "a member of Congress", "a member of parliament": a role written with its of-phrase
            role = self._role_with_of(head, words) or self._head_title(words) or role
        if (role is None or not role.person) and (MEMBER_WORDS | STAFF_WORDS).intersection(
                [*words, normalize(head.lemma_)]):  # "five Zetas members": the plural of a member word
            # "X, a Zetas member"; the group may follow the member word's "of" ("X was a chief enforcer of
            # the Sinaloa Cartel", "a lieutenant of the Gulf Cartel": a rank no table gives one person)
            named = self._organization_of(head)
            return self._member_of_group(cand, words, _acronyms(texts)) or (
                named is not None and self._member_of_group(cand, words, frozenset(), named=named))
        if role is None and head.lower_ in POSITION_WORDS:
            # "the former head of security at Pemex, Eduardo Leon": a position in a named body is its staff
            org = self._organization_of(head)
            if org is None:
                # "the director of the National Anti-Drugs Office, Alberto Ruiz": a body no table knows
                # gives its sector by its own words (COP), its country by a country word among them
                return self._position_in_body(cand, head, words)
            if not org.country or org.sector not in STAFF_SECTORS | NONSTATE_SECTORS:
                return False
            cand.country, cand.sector, cand.basis = org.country, org.sector, "context"
            cand.former = cand.former or any(w in FORMER for w in words)
            if not cand.former:
                cand.code = org.code
            return True
        if role is None or not role.person:
            return False
        iso = self._country_words(self._outside_named_company(words, _acronyms(texts)))
        if iso and not cand.country:
            cand.country, cand.basis = iso, "context"
        org = self._organization_in([w for w in words if w not in FORMER], _acronyms(texts))
        if org is not None and org.country and org.sector not in {"IGO", "NGO"}:
            cand.country, cand.basis = cand.country or org.country, cand.basis or "context"
        cand.role, cand.sector = cand.role or role, self._chamber_sector(role, words)
        if cand.code is None:
            cand.sector = crime_trade_sector(head, cand.sector)  # "X, a cocaine broker"
        body = self._body_sector_of(head) if cand.code is None and head.lower_ in BODY_HEAD_RANKS else None
        if body in STATE_SECTORS and (cand.former or FORMER.intersection(words)):
            body = None  # a former head of a state body is of the elites, as `_appositive` leaves him
        if body is not None:
            # "the chairman of the Bakulguri VCDC, X", "the president of the Coffee Board, X": a rank every
            # body has is of the sector of the body its "of" names, not a company's by default
            cand.sector, cand.office = body, None
            cand.extras[BODY_HEAD] = body  # (home.py: a body's head is no visiting official)
        elif cand.code is None and cand.sector == STATE_RANK_SECTOR and role.sector == STATE_RANK_SECTOR:
            # "the president of Banrural, X", "X, another leader of the Perrones": the rank is held in that
            # body, a table's (its code) or one whose sector nothing here tells; the person is no
            # government's (the readers below and the event's own words may still give a sector)
            self.rank_in_nonstate_body(head, cand)
        owner = self._owner_noun_sector(head, role, tokens)
        if owner is not None and cand.code is None:
            cand.sector, cand.office = owner, None
        if self_styled(words) and cand.sector not in NONSTATE_SECTORS:
            cand.sector = SELF_STYLED_SECTOR  # "the self styled finance secretary of the outfit, X"
        cand.former = cand.former or any(w in FORMER for w in words)
        self._apply_group(cand, words, _acronyms(texts))
        if cand.code is None and tokens and _acronym_before(doc, tokens[0].i) \
                and not _alias_before(doc, cand.start):
            # "Hizbul Mujahideen (HM) top commander, X": a rank after a named group and its bracketed short
            # form, which ended the noun phrase, is held in that group (read for the name, not for the
            # nickname after its "alias", which joins the name only while no code of its own parts them)
            self._group_before_acronym(doc, cand, tokens[0].i - 3)
        # "X, a surrendered ex-Maoist": the tokenizer splits "ex" off, before the noun phrase's first word
        before = [doc[tokens[0].i - 2].text] if tokens and tokens[0].i >= 2 \
            and doc[tokens[0].i - 1].text in HYPHENS else []
        left_armed_group(cand, before + texts)
        self._owned_by_organization(cand, [head])
        if cand.code is None and head.pos_ in {"NOUN", "PROPN"}:
            # "the leader of the gang, Jose Perez": a position in a non-state group is the group's, whichever
            # side of the name the description stands on ("The President of the X District Bharatiya Janata
            # Party, Y": the tagger calls a capitalised rank a proper noun)
            for pobj in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"):
                self._nonstate_owner(doc, pobj, cand)
                self._state_force_owner(doc, pobj, cand)
                self._group_by_its_words(doc, pobj, cand)
                if armed_outfit(pobj) and cand.sector not in NONSTATE_SECTORS:
                    cand.sector, cand.office = SELF_STYLED_SECTOR, None  # "secretary of the outfit"
        return True

    def _state_force_owner(self, doc: Doc, pobj: Token, cand: Candidate) -> None:
        """"An official of Levies Force, identified as X", "an officer of the Frontier Corps, X": a generic
        official (GOV) of a named police, military or intelligence force is of that force's sector and
        country, not of the civil government."""
        if cand.sector not in GENERIC_OFFICIAL_SECTORS:
            return
        texts = [t.text for t in doc[pobj.left_edge.i:pobj.i + 1] if not t.is_punct]
        org = self._organization_in([normalize(t) for t in texts], frozenset(normalize(t) for t in texts
                                                                             if t.isupper()))
        if org is not None and org.sector in FORCE_SECTORS and org.country:
            cand.country, cand.sector, cand.office = org.country, org.sector, None
            cand.basis = cand.basis or "context"

    def _owner_noun_sector(self, head: Token, role: Role, tokens: list[Token]) -> str | None:
        """"X, the company's spokesman", "X, a union spokesman", "X, the bank's president": a role that
        speaks for whoever it belongs to (`inherit`), or a rank every body has (president, chairman), owned
        by a common noun naming a body (a possessive, or a noun before a spokesman-like role) is of that
        body's sector (BUS, LAB, PTY ...), not a government's; None when no such noun says."""
        if not (role.inherit or role.sector in EXECUTIVE_SECTORS):
            return None
        for poss in head.children:
            if poss.dep_ != "poss" or poss.pos_ != "NOUN" or poss.lower_ in AMBIGUOUS_OWNERS:
                continue
            words = [t for t in poss.subtree if t.dep_ != "det" and t.dep_ != "case" and not t.is_punct]
            phrase = " ".join(t.text for t in words).lower()
            group = self.kb.roles.get(normalize(phrase)) or self.kb.roles.get(normalize(poss.lemma_))
            if group is not None and not group.person and not group.inherit:
                return group.sector
            return self.org_names.sector(phrase) or self.org_names.sector(poss.lemma_)
        if role.inherit:
            # "a union spokesman", "a company spokeswoman": a lower-case body noun before the role
            return self._spokesman_sector(role, [normalize(t.text) for t in tokens
                                                 if t.text.islower() and t.i < head.i])
        return None

    def _heads_group(self, doc: Doc, cand: Candidate, verb: Token) -> bool:
        """"X, who heads a money-laundering structure", "who runs a drug ring": one who heads, leads, runs or
        commands a group its object names as criminal or armed is of that group's sector (CRM, REB ...);
        False when the verb is no heading verb or its object names no such group."""
        if cand.code is not None or cand.sector is not None or verb.lemma_.lower() not in HEADING_VERBS:
            return False
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            group = nonstate_group_ending(self.kb.roles, self.max_role_len, doc[obj.left_edge.i:obj.i + 1])
            one = self.kb.roles.get(normalize(obj.text))  # "who leads a gang": a one-word group row
            if group is None and one is not None and not one.person and one.sector in NONSTATE_SECTORS:
                group = one
            if group is not None:
                cand.sector, cand.office = group.sector, None
                return True
        return False

    def _group_by_its_words(self, doc: Doc, pobj: Token, cand: Candidate) -> None:
        """"a leader of an international drug-trafficking network", "the head of a smuggling ring": a rank in
        a group the words name by its crime (several words; `_nonstate_owner` reads one) is of its sector."""
        if cand.code is not None or cand.sector in NONSTATE_SECTORS:
            return
        group = nonstate_group_ending(self.kb.roles, self.max_role_len, doc[pobj.left_edge.i:pobj.i + 1])
        if group is not None:
            cand.sector, cand.office = group.sector, None

    def _position_in_body(self, cand: Candidate, position: Token, words: list[str]) -> bool:
        """A position ("director", "head") in a body its "of"/"at" phrase names by words that give a sector:
        the person is of that sector, and of a country the body's proper nouns name; False when the body's
        words say no sector."""
        body = self._body_sector_of(position)
        former = any(w in FORMER for w in words)
        if body is None and not (former and _named_body_after(position)):
            return False
        # "the former director of the Honduran Social Security Institute": whatever the body, one who headed
        # a named institution is of the elites (coding.py: a former holder of no stated sector is ELI)
        cand.sector, cand.former = body, cand.former or former
        if body is not None:
            cand.extras[BODY_HEAD] = body  # (home.py: a body's head is no visiting official)
        names = [normalize(t.text) for t in position.subtree
                 if t.i > position.i and t.pos_ in {"PROPN", "ADJ"}]
        iso = self._body_country(names[:6])
        if iso and cand.country is None:
            cand.country, cand.basis = iso, "context"
        return True

    def _apply_title(self, cand: Candidate, words: list[str]) -> None:
        norm = [normalize(w) for w in words]
        iso = self._country_words(self._outside_named_company(
            [w for w in norm if w not in FORMER], _acronyms(words))) or next(
            (c for w in norm if (c := self._plural_demonym(w))), None)  # "Venezuelans X, Y and Z"
        if iso and not cand.country:
            cand.country, cand.basis = iso, "title"
        cand.former = cand.former or any(w in FORMER for w in norm)
        role = self._longest_role(norm)
        if role is not None and role is self.kb.roles.get("deputy") and norm[-1] != "deputy":
            # "Deputy Director Kim", "Deputy USTR Smith": a deputy of a title no table knows, not a member
            # of a legislature (the `deputy` row); the title says no sector then
            role = None
        if role:
            cand.role = role
            chamber = self._spokesman_sector(role, norm) or self._chamber_sector(role, norm, _acronyms(words))
            cand.sector = cand.sector or chamber
            cand.office = cand.office or (role.office if chamber == role.sector else None)
            cand.extras["title"] = " ".join(words)
        if role and role.person:
            self._apply_group(cand, norm, _acronyms(words))
            self._apply_metonym(cand, norm)
        elif norm and (norm[-1] in POSITION_WORDS or (MEMBER_WORDS | STAFF_WORDS).intersection(norm)):
            # "Zetas member Julian Zapata", "Zetas boss X" (PETRARCH's "boss" is no one person), "DEA chief
            # X", "Pemex director X": a member or a position of a named body is of its code
            self._member_of_group(cand, norm, _acronyms(words), position=norm[-1] in POSITION_WORDS)

    def _outside_named_company(self, words: list[str], acronyms: frozenset[str]) -> list[str]:
        """The words of a title or description with those of a company or body the tables place blanked
        (""): "Anglo American Gold Investment Co chairman" keeps no "american", so the chairman takes the
        table's South African company, not the United States; "Exxon's British unit chief" keeps "british"."""
        org = self._organization_in(words, acronyms)
        if org is None or not org.country:
            return words
        for n in range(min(6, len(words)), 1, -1):
            for i in range(len(words) - n + 1):
                # why: only a name of several words can hold a country word that is not the company's own
                if self.kb.organizations.get(" ".join(words[i:i + n])) is org:
                    named = self._country_words(words[i:i + n])
                    if named is None or named == org.country:
                        return words  # "US President", "American Express": the words and the table agree
                    return [*words[:i], *([""] * n), *words[i + n:]]
        return words

    def _group_possessor(self, doc: Doc, cand: Candidate, poss: Token) -> None:
        """"the PCC's Sebastiao Spencer", "the Sinaloa Cartel's leader X": a person a named non-state group
        owns is its member, of its code."""
        texts = [t.text for t in doc[poss.left_edge.i:poss.i + 1] if t.dep_ != "det" and not t.is_punct]
        org = self._organization_in([normalize(t) for t in texts], _acronyms(texts))
        if org is not None and org.country and org.sector in NONSTATE_SECTORS:
            cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "context"

    def _apply_metonym(self, cand: Candidate, words: list[str]) -> None:
        """"White House spokesman X", "State Department spokesman X", "Kremlin spokesman X": a seat of
        government named in the title is its country's, and gives its sector to a role that speaks for
        whoever it belongs to."""
        if cand.code is not None:
            return
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                met = self.kb.metonyms.get(" ".join(words[i:i + n]))
                if met is None or met.country is None or met.sector is None:
                    continue
                if cand.country is None:
                    cand.country, cand.basis = met.country, "title"
                    # a name several countries' bodies share ("Congress"): the coder may re-home it
                    cand.extras["title_metonym"] = " ".join(words[i:i + n])
                if cand.role is not None and (cand.role.inherit or (
                        cand.sector in ARMED_RANK_SECTORS and met.sector not in ARMED_RANK_SECTORS)):
                    # "White House spokesman" speaks for the government; "White House chief of staff" is
                    # a rank of the civilian seat it is named with, not of the armed forces
                    cand.sector, cand.office = met.sector, cand.office if cand.role.inherit else None
                return

    def _spokesman_sector(self, role: Role, words: list[str]) -> str | None:
        """"Police spokesman X" COP, "army spokesman X" MIL: a role that speaks for whoever it belongs to
        (`inherit`) takes the sector of a group role named before it in the title; None if none is."""
        if not role.inherit:
            return None
        rank = set(normalize(role.phrase).split())
        groups = [g for w in words if w not in rank and (g := self.kb.roles.get(w)) is not None
                  and not g.person and not g.inherit and g.sector.isalpha() and len(g.sector) == 3]
        return groups[-1].sector if groups else None

    def _role_with_of(self, head: Token, words: list[str]) -> Role | None:
        """A one-person role the head noun forms with its "of" phrase ("member of Congress"); None if none."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        tail = [normalize(t.text) for t in head.doc[prep.i:pobj.i + 1]]
                        role = self.kb.roles.get(" ".join([words[-1], *tail])) if words else None
                        if role is not None and role.person:
                            return role
        return None

    def _chamber_sector(self, role: Role, words: list[str], acronyms: frozenset[str] = frozenset()) -> str:
        """A role's sector, LEG for a rank every body has held in a legislature the title names ("Senate
        Republican leader", "parliamentary party chairman", "Congressional leader"): not the head of state
        nor a company's chairman."""
        if role.sector not in EXECUTIVE_SECTORS or not role.person:
            return role.sector
        rank = set(normalize(role.phrase).split())
        for i, w in enumerate(words):
            if w in rank or (i and words[i - 1] == "white") or words[i + 1:i + 2] == ["party"]:
                continue  # "White House chief of staff" is the government's; "Congress party leader"
            chamber = self.kb.roles.get(w)
            if w in LEGISLATIVE_WORDS or (chamber is not None and not chamber.person
                                          and chamber.sector == "LEG"):
                return "LEG"
            if w in CHAMBER_WORDS and COMMITTEE_WORDS.intersection(words[i + 1:]) and (
                    i == 0 or self._country_words(words[i - 1:i], cities=False)):
                # "House Budget Committee chairman", "U.S. Senate committee chairman": a committee of a
                # chamber the title opens with ("Clearing House Committee" is a bankers' one)
                return "LEG"
        body = [w for w in words if w not in rank and w not in FORMER]
        if body and self.org_names.sector(" ".join(body)) == "LEG":
            return "LEG"  # "Ways and Means chairman": a committee the words of whose name are a legislature's
        return self._head_of_body_sector(role, [w for w in body if w and w not in acronyms]) or role.sector

    def _head_of_body_sector(self, role: Role, body: list[str]) -> str | None:
        """The sector of the body a head-of-body rank (chairman, president, director) is named after
        when the body's own head noun gives one ("Kenyan Tea Authority chairman" GOV, "ruling party chairman"
        PTY, "State University president" EDU); None when the rank is no such rank or the words name no
        body."""
        if normalize(role.phrase).split()[-1] not in BODY_HEAD_RANKS:
            return None
        # the caller drops short forms: "Coffee Authority (KCA) chairman" is headed by "authority"
        words = [w for w in body if any(c.isalpha() for c in w)]
        # (a members' body, "Association", "Federation", has no sector of its own: the words before it tell,
        # "American Soybean Association president" AGR)
        if not words or (self.org_names.sector(words[-1]) is None
                         and words[-1] not in self.org_names.workers_heads):
            return None  # "U.S. Energy Secretary" is no rank of this kind; "Committee" says no sector
        return self.org_names.sector(" ".join(words))

    def _member_of_group(self, cand: Candidate, words: list[str], acronyms: frozenset[str],
                         position: bool = False, named: Organization | None = None) -> bool:
        """"Zetas member", "an MS13 operative": a member of a named non-state group is of its code; "an ATF
        agent", "a Pemex employee": a member of the staff of a named state body or company is of its code;
        `position`: the words end in a position ("DEA chief", "UN human rights chief"), held in a body of any
        kind, international ones too; `named`: the group the words' "of"-phrase names."""
        org = named or self._organization_in([w for w in words if w not in FORMER and w not in MEMBER_WORDS
                                              and w not in STAFF_WORDS and w not in POSITION_WORDS], acronyms)
        international = position and org is not None and org.sector in {"IGO", "NGO"}
        if org is None or not (org.country or international):
            return False
        staff = (STAFF_WORDS.intersection(words) or position) and org.sector in STAFF_SECTORS
        if org.sector not in NONSTATE_SECTORS and not staff and not international:
            return False
        cand.code, cand.country, cand.sector = org.code, org.country, org.sector
        cand.basis = "title" if org.country else None
        return True

    def _apply_group(self, cand: Candidate, words: list[str], acronyms: frozenset[str]) -> None:
        """A rank held in a named group or a non-state movement: "TTP spokesman Ihsanullah Ihsan" speaks for
        the TTP (its code); "Maoist commander", "rebel leader", "gang leader" is of the group's sector, not
        the rank's (a commander is MIL only in a state's forces)."""
        org = self._organization_in([w for w in words if w not in FORMER], acronyms)
        if org is not None and org.sector in NONSTATE_SECTORS | {"MIL", "COP", "SPY"} and org.country:
            cand.code, cand.country, cand.sector, cand.basis = org.code, org.country, org.sector, "title"
            return
        if org is not None and cand.role is not None:
            # the body must be named beside the rank, not be the rank ("Secretary of State" is PETRARCH's
            # USAGOV, but the title is Britain's and the Vatican's too)
            rank = set(cand.role.phrase.lower().split())
            org = self._organization_in([w for w in words if w not in FORMER and w not in rank],
                                        acronyms)
        if org is not None and org.country and org.sector:
            # "BankAmerica vice chairman Frank Newman" USABUS, "Fed Chairman X" USAGOV: the body's country,
            # and its sector for the executive ranks that every kind of body has
            if cand.country is None:
                cand.country, cand.basis = org.country, "title"
            if cand.sector in EXECUTIVE_SECTORS and cand.role is not None and org.sector != cand.sector:
                cand.sector, cand.office = org.sector, None  # "Exxon president" is no head of state
            return
        own = set(normalize(cand.role.phrase).split()) if cand.role is not None else set()
        # a group named beside the rank, not a word of the rank itself ("presidential candidate": no party)
        groups = [r for w in words if w not in own and (r := self.kb.roles.get(w)) is not None
                  and r.sector in NONSTATE_SECTORS]
        if groups:
            cand.sector = groups[0].sector
            return
        if cand.sector in EXECUTIVE_SECTORS and cand.country is None and cand.role is not None:
            # "ETA president Lloyd Thorndyke": a rank in a body written as an acronym the tables do not know
            # is that body's, of a sector nobody can tell; not a head of state's
            rank = set(cand.role.phrase.lower().split())
            if any(a not in rank and self.kb.country_of(a) is None and a not in self.kb.demonyms
                   for a in acronyms):
                cand.sector, cand.office = None, None


def _us_legislator(doc: Doc, cand: Candidate) -> bool:
    """Whether the text says a named person is a US member of Congress by the wires' party-and-state marks:
    "Howard Metzenbaum (D-Ohio)" after his name, "Ohio Democrat Howard Metzenbaum" before it."""
    if CONGRESS_TAG.match(parsed_text(doc), doc[cand.end - 1].idx + len(doc[cand.end - 1].text)):
        return True
    if cand.start < 2 or doc[cand.start - 1].lower_ not in US_PARTY_MEMBERS:
        return False
    states = us_states()
    # "Ohio Democrat", "North Carolina Republican": one or two words of a state's name before the party
    return any(normalize(doc[cand.start - 1 - k:cand.start - 1].text) in states for k in (1, 2)
               if cand.start - 1 - k >= 0)


def _split_abbreviation(doc: Doc, end: int) -> bool:
    """Whether the token before `end` is a dot the tokenizer split off the capitalised word before it
    ("Sgt" + "." before "John Doe")."""
    return end >= 2 and doc[end - 1].text == "." and not doc[end - 2].whitespace_ \
        and doc[end - 2].text[:1].isupper() and doc[end - 2].is_alpha and len(doc[end - 2]) <= 5


def _rank_only(cand: Candidate) -> bool:
    """Whether all the candidate's sector says is the armed or police rank of its title ("Havildar X")."""
    return cand.role is not None and cand.role.sector in RANK_SECTORS and cand.sector == cand.role.sector


def _division_word(tok: Token) -> bool:
    """Whether a one-word name is a first-level division of one country ("Tamaulipas", "Sinaloa"): the
    NER at times calls it a person when it opens a title."""
    from .role_phrases import division_country  # the gazetteer builds on the actor tables: load it late

    return tok.pos_ == "PROPN" and tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1]
                                                            .ent_iob_ != "I") \
        and division_country(normalize(tok.text)) is not None


def _names_before(doc: Doc, i: int) -> list[Token]:
    """The organisation name the recogniser marked right before token `i`, less a possessive ending
    ("American Express Co's" before a ticker); [] when the word there is of no organisation name."""
    end = i - 1 if i >= 1 and doc[i - 1].tag_ == "POS" else i
    start = end
    while start > 0 and end - start < MAX_BODY_NAME and doc[start - 1].ent_type_ == "ORG":
        start -= 1
    return list(doc[start:end])


def _acronym_before(doc: Doc, i: int) -> bool:
    """Whether a bracketed short form in capitals ("(SSP)", "(HM)") stands just before token `i`."""
    return i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].text.isupper() \
        and doc[i - 2].is_alpha


def _adjective_only(role: Role, tokens: list[Token]) -> bool:
    """Whether a one-word role is found in a description only as an adjective on another noun ("a major
    player", "a general strike"), never as the noun the description is about."""
    word = normalize(role.phrase)
    return " " not in word and all(t.pos_ == "ADJ" for t in tokens if normalize(t.text) == word) \
        and tokens[-1].pos_ == "NOUN" and normalize(tokens[-1].text) != word


def _alias_before(doc: Doc, start: int) -> bool:
    """Whether an alias word stands right before a name starting at token `start`, past an opening quote
    ("alias 'El Goyo'")."""
    i = start - 1
    while i >= 0 and i >= start - 2 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].lower_ in ALIAS_WORDS


def _alias_after(doc: Doc, end: int) -> Token | None:
    """The alias word following a name that ends before token `end` and standing before a nickname: "Pedro
    Gomez, alias 'El Gato'", "Juan Perez (alias El Gordo)", "Juan Perez alias El Gordo"; None if none."""
    i = end
    while i < len(doc) and i < end + 2 and doc[i].text in {",", "("}:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ALIAS_WORDS and doc[i + 1].text not in {".", ",", ";", ")"}:
        return doc[i]
    return None


def nonstate_group_ending(roles: Mapping[str, Role], max_len: int, span: Span) -> Role | None:
    """The non-state group row ending a group's noun phrase ("an international drug-trafficking network":
    trafficking network, CRM; "a smuggling ring"), None if its last words name none."""
    words = [normalize(t.text) for t in span if not t.is_punct]
    for k in range(min(len(words), max_len), 1, -1):
        role = roles.get(" ".join(words[-k:]))
        if role is not None and not role.person and role.sector in NONSTATE_SECTORS:
            return role
    return None


@cache
def _crime_predicates() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """(verb lemma, preposition) pairs that tie a person to a charge, and the crime words of a charge
    (`crime_predicates.csv`)."""
    rows = load_table("crime_predicates", ("kind", "word", "prep", "source"))
    verbs = frozenset((r["word"], r["prep"]) for r in rows if r["kind"] == "verb")
    return verbs, frozenset(r["word"] for r in rows if r["kind"] == "crime")


def charge_verb(verb: Token) -> bool:
    """Whether a verb is one that ties a person to a charge ("arrested", "detained", "charged")."""
    return any(verb.lemma_.lower() == lemma for lemma, _ in _crime_predicates()[0])


@cache
def charge_keeps_role() -> frozenset[str]:
    """Role nouns (singular lemmas) whose holders a criminal charge does not make criminals: protesters,
    activists, victims, witnesses (`crime_predicates.csv`, kind `keep`)."""
    rows = load_table("crime_predicates", ("kind", "word", "prep", "source"))
    return frozenset(r["word"] for r in rows if r["kind"] == "keep")


@cache
def _trade_words() -> tuple[frozenset[str], frozenset[str]]:
    """Trade and rank nouns a crime word makes a criminal's, and the words that do so: a charge's crime
    words and the names of organised crime (`crime_predicates.csv` kinds `trade`, `crime`, `underworld`)."""
    rows = load_table("crime_predicates", ("kind", "word", "prep", "source"))
    trades = frozenset(r["word"] for r in rows if r["kind"] == "trade")
    return trades, frozenset(r["word"] for r in rows if r["kind"] in {"crime", "underworld"})


def crime_trade_sector(noun: Token, sector: str | None) -> str | None:
    """CRM for a trade or rank noun a crime word before it modifies ("a cocaine broker", "the
    Italian mafia cocaine broker", "a mafia boss", "cartel operatives", "a drug lieutenant"); `sector`
    otherwise ("a stock broker" BUS, "a union boss", "an intelligence operative" SPY, "a drug company boss":
    the crime word must modify the noun itself, not a word between)."""
    trades, marks = _trade_words()
    if normalize(noun.lemma_) not in trades:
        return sector
    for mod in noun.children:
        if mod.i > noun.i or mod.dep_ not in {"amod", "compound", "nmod"}:
            continue  # (capitalised too: a headline's "Italian Mafia Cocaine Broker", "a Gulf Cartel boss")
        if mod.i >= 2 and noun.doc[mod.i - 1].text in HYPHENS:
            continue  # "anti-drug operatives" fight the crime their word names
        if normalize(mod.lemma_) in marks or normalize(mod.text) in marks:
            return CRIME_SECTOR
    return sector


def left_armed_group(cand: Candidate, words: Iterable[str]) -> None:
    """"a former Maoist Uday Mahto", "X, a surrendered ex-militant", "two surrendered Naxalites": a member
    who left an armed non-state group (the words before his role say so) is a civilian (CVL), no longer
    of the group; his ranks (`GROUP_RANK_WORDS`) and any code a table gives are left as they are."""
    if cand.code is not None or cand.sector not in ARMED_GROUP_SECTORS:
        return
    said = {normalize(w) for w in words}
    if not (cand.former or said & LEFT_GROUP_WORDS) or {w.removesuffix("s") for w in said} & GROUP_RANK_WORDS:
        return
    cand.sector, cand.former, cand.office = LEFT_GROUP_SECTOR, False, None


def _describing_clause(verb: Token) -> bool:
    """Whether a relative clause says who its antecedent is: a describing verb ("who heads the union"), and
    for "be" a predicate noun or adjective ("who is a Peruvian trafficker", "who is Bolivian"); "who is
    currently in US prison", "who was in Mexico for talks" say where he is, not whose he is."""
    if verb.lemma_.lower() not in DESCRIBING_VERBS:
        return False
    return verb.lemma_.lower() != "be" or any(c.dep_ in {"attr", "acomp"} for c in verb.children)


def held_for_crime(verb: Token) -> bool:
    """Whether a passive verb or participle ties its person to a crime: "arrested for running an illegal
    weapons factory", "accused of smuggling ammunition", "charged with drug trafficking"; a charge whose
    phrase names no crime ("accused of negligence") does not; the charge may hang on the verb's adjective
    ("pleaded guilty to human smuggling charges", "found guilty of drug trafficking")."""
    return charge_among(verb, [*verb.children,
                               *(p for c in verb.children if c.dep_ == "acomp" for p in c.children)])


def charge_among(verb: Token, words: Iterable[Token]) -> bool:
    """Whether one of `words` is a preposition that, after `verb`, introduces a charge naming a crime;
    the parser may hang it on the verb's object ("arrested three men for smuggling fuel")."""
    verbs, crimes = _crime_predicates()
    for prep in words:
        if prep.dep_ != "prep" or (verb.lemma_.lower(), prep.lower_) not in verbs:
            continue
        words = [t for t in prep.subtree if t.i > prep.i][:8]
        if any(t.lemma_.lower() in crimes or t.lower_ in crimes for t in words):
            return True
    return False


def _held_in_clause_on(noun: Token) -> bool:
    """Whether a relative or participle clause on a description's noun, or a verb joined to its verb, ties
    the person to a crime ("a Bangladeshi national in Mexico, who was arrested on August 31 and pleaded
    guilty to human smuggling charges"): the description names no role, the clause says who he is."""
    for clause in noun.children:
        if clause.dep_ in {"relcl", "acl"} and clause.i > noun.i and clause_held_for_crime(clause):
            return True
    return False


def clause_held_for_crime(verb: Token) -> bool:
    """`held_for_crime` of a clause's verb or of a verb joined to it ("who was arrested on August 31 and
    pleaded guilty to human smuggling charges")."""
    return any(held_for_crime(v) for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))


def armed_outfit(tok: Token) -> bool:
    """Whether `tok` is a bare "the outfit" (no other word says which), the noun South Asian and Latin
    American news uses for the armed group a story is about: a rank of it ("the outfit's finance secretary",
    "the chairman of the outfit") is the group's (REB), no government's or company's."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    others = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss", "nummod"}]
    return tok.lemma_.lower() in OUTFIT_WORDS and tok.tag_ == "NN" and len(dets) == 1 \
        and dets[0].lower_ == "the" and not others


def _named_body_after(position: Token) -> bool:
    """Whether a position's "of"/"at" phrase names a body by a proper name ("director of the IHSS")."""
    return any(pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" for prep in position.children
               if prep.dep_ == "prep" and prep.lower_ in {"of", "at"} for pobj in prep.children)


def _clause_subject(doc: Doc, cand: Candidate, zone: set[int]) -> Token | None:
    """The subject of the nearest clause above a name that has a subject other than the name and its title,
    when it stands before the name ("The UAW said its vice president X met ...": UAW); else None."""
    tok = doc[cand.start:cand.end].root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and not cand.start <= c.i < cand.end
                    and c.i not in zone]
        if subjects:
            return subjects[0] if subjects[0].i < cand.start else None
    return None


def _listed_plural(noun: Token) -> bool:
    """Whether `noun` is a plural common noun ("two workers", "three militants"): a group whose members
    names set after it by a comma list."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN"


def _bracketed_acronyms(noun: Token) -> frozenset[str]:
    """The words in capitals a noun phrase gives in brackets ("Jama atul Mujahideen Bangladesh (JMB)": jmb),
    normalised: a body's short form its writer gives beside its name, which may be matched as a name."""
    doc = noun.doc
    return frozenset(normalize(t.text) for t in noun.subtree if 0 < t.i < len(doc) - 1
                     and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
                     and len(t.text) >= 2 and t.text.isupper())


def _owner_of(noun: Token) -> Token | None:
    """The common-noun possessor of a body's noun ("the union's bargaining unit": union), None if none; a
    named possessor ("Peru's Congress") is a country or body read by the callers' own words."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)


def _past_aliases(root: Token) -> list[Token]:
    """The dependents of a name that may say who the person is, with those the parser hangs on an alias
    between ("Rodolfo Orellana, alias 'El Gordo,' a Peruvian lawyer": "lawyer" hangs on the nickname or on
    "alias")."""
    out: list[Token] = []
    todo = list(root.children)
    while todo and len(out) < 12:
        child = todo.pop(0)
        out.append(child)
        if child.lower_ in ALIAS_WORDS:
            todo.extend(c for c in child.children if c.dep_ == "appos" or c.pos_ == "PROPN")
        elif (child.pos_ == "PROPN" and child.head.lower_ in ALIAS_WORDS) or (
                child.dep_ == "appos" and any(t.lower_ in ALIAS_WORDS for t in child.lefts)):
            todo.extend(c for c in child.children if c.dep_ == "appos")
    return out
