"""Give each merged entity its CAMEO-style actor code and a canonical name.

Codes are ISO-3166 alpha-3 country + sector (ISRGOV, RUSMIL, UKRCVL), a country alone (ISR), a fixed code
from a table (IGOUNO), or a sector alone when the text gives a role but no country (GOV). Evidence order
for a person: the user's actor table and our office-holder table on the article's date, then the title the
article itself gives ("Israeli construction minister"). "former" makes the sector ELI (CAMEO's elites).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Doc

from ..codes import DOMESTIC_ROLE_CODES
from ..extensions import doc_text
from ..model import Actor, Entity, Mention
from ..resources import load_table, split_list
from .candidates import STATE_SECTORS
from .home import shared_body_names
from .knowledge import ActorKnowledge, OfficeTerm, normalize
from .merge import Cluster, name_tokens

# "General Motors do Brasil", "Nestle de Mexico", "Ford Motor Co of Canada": the words joining a company's
# name to the country of its national unit, and the legal forms that may stand between.
# Sectors a title's rank takes from a shared body's name or by default ("Congress leader" LEG, "Congress
# worker" LAB, "Congress activist" CVL), which that body's own sector in the story's country replaces.
REHOMED_RANK_SECTORS = frozenset({"LEG", "GOV", "LAB", "CVL"})
UNIT_PREPS = frozenset({"of", "do", "da", "de", "del", "du"})
UNIT_FORM_WORDS = frozenset({"co", "corp", "inc", "co.", "corp.", "inc.", "company", "corporation"})
# office_holders_nonstate.csv's office: a cartel, gang or armed group's leader
NONSTATE_LEADER = "nonstate_leader"


# Where a country the text itself gives a person comes from: their title or nationality word, or the
# user's table. A country read from the story around them (the article's, the dateline's, a neighbour's)
# yields to the one country the tables know a politician by ("former President Vicente Fox" in a story
# about the United States).
TEXT_BASES = frozenset({"title", "user"})
# A legislator's title the text gives ("Sen.", "Rep.", "congressman", "deputy") names one office; a government
# row of the tables is often the person's later office (a senator made a minister). Government titles are
# no such evidence the other way: "leader", "official" and "spokesman" are GOV words legislators bear too.
LEGISLATOR, GOVERNMENT = "LEG", "GOV"


def former_sector(sector: str | None) -> str:
    """The sector of someone described as "former ...": ELI for a state office (or none), else the sector."""
    return "ELI" if sector is None or sector in STATE_SECTORS else sector


@cache
def current_words() -> frozenset[str]:
    """Words saying a person holds the role beside them now ("a current congressman", "a sitting judge"):
    `tenure_words.csv` kind current, the counterpart of candidates.FORMER."""
    return frozenset(row["word"].lower() for row in load_table("tenure_words", ("word", "kind", "source"))
                     if row["kind"] == "current")


@cache
def seats() -> dict[str, frozenset[str]]:
    """Normalized seat city -> the codes of the international bodies seated there (`seats.csv`)."""
    out: dict[str, set[str]] = {}
    for row in load_table("seats", ("city", "code", "source")):
        out.setdefault(normalize(row["city"]), set()).add(row["code"])
    return {city: frozenset(codes) for city, codes in out.items()}


def seated_body(cl: Cluster, actor: Actor | None, named: dict[str, Actor]) -> Actor | None:
    """The actor of the international body a capital acting as its government stands for: the one body seated
    there that the story names elsewhere (`named`: code -> that body's actor), as "Brussels" in an EC trade
    story is the European Community, not Belgium's government; None when the place is no such seat, the story
    names none or several of its bodies."""
    if cl.kind != "place" or actor is None or actor.sector != GOVERNMENT:
        return None
    bodies = {code for m in cl.members for code in seats().get(m.key, ())} & named.keys()
    return named[next(iter(bodies))] if len(bodies) == 1 else None


def _as_held(cl: Cluster) -> Cluster:
    """The person's cluster with the role a mention says is held now ("a current congressman") as its sector
    and not "former", when one does; else the cluster itself."""
    # "X, a current congressman who ran for president" later told as "the former presidential candidate":
    # the role left behind does not make the sitting legislator an ex-official (ELI). Only a word saying
    # "now" counts: a bare "the governor" in a story of an ex-governor is his old office told again.
    if not cl.former:
        return cl
    current = next((m.sector for m in cl.members if m.sector and not m.former
                    and current_words() & set(normalize(m.text).split())), None)
    return cl if current is None else replace(cl, sector=current, former=False)


def _title_beats_term(titled: str | None, term: OfficeTerm) -> bool:
    """Whether a title's sector the text gives names the person's office rather than the table's tenure: a
    title of any office over "out of office" (ELI), a legislator's title over a government tenure."""
    held = tenure_code(term.code)[3:]
    if not titled or titled == held:
        return False
    return (held == "ELI" and titled != "ELI") or (titled == LEGISLATOR and held == GOVERNMENT)


def _namesake(cl: Cluster, term: OfficeTerm) -> bool:
    """Whether the tables' office holder is only a namesake of the person the text titles: "Deputy U.S. Trade
    Representative Michael Smith" is no Irish minister Michael Smith, whatever day it is. The title's country
    (basis `title` or `user`) is the text's own word on who the person is; the tables match the name alone."""
    return (cl.basis in TEXT_BASES and cl.country is not None and term.country is not None
            and cl.country != term.country)


def tenure_code(code: str) -> str:
    """A tenure's code as we emit it: PETRARCH writes a legislator as a government member of the legislative
    branch (USAGOVLEG); CAMEO codes legislators LEG, not GOV (USALEG)."""
    return code[:3] + "LEG" if code[3:] == "GOVLEG" else code


class ActorCoder:
    """Turns clusters into `Entity` objects with actor codes."""

    def __init__(self, kb: ActorKnowledge) -> None:
        self.kb = kb
        # Names of bodies read "Japanese government": the first demonym of our own countries.csv, which
        # writes them as English does (dictionary demonyms include spellings like "Unitedstatian").
        self.demonym_of: dict[str, str] = {}
        for row in load_table("countries", ("iso3", "name")):
            for dem in split_list(row["demonyms"])[:1]:
                self.demonym_of[row["iso3"]] = dem
        for dem, iso in kb.demonyms.items():
            self.demonym_of.setdefault(iso, dem.title())
        # (group noun, country) -> the sector that country's groups so called are of (national_bodies.csv)
        self.national_groups: dict[tuple[str, str], str] = {
            (normalize(row["phrase"]), row["iso3"]): row["sector"]
            for row in load_table("national_bodies", ("phrase", "iso3", "sector"))
            if row.get("kind") == "group"}

    def entities(self, doc: Doc, clusters: list[Cluster], day: date | None) -> list[Entity]:
        out = []
        text = doc_text(doc)
        for n, cl in enumerate(clusters, 1):
            mentions = []
            for m in sorted(cl.members, key=lambda m: m.start):
                start, end = m.span_chars(doc)
                mentions.append(Mention(start, end, text[start:end]))
            actor = self._of_its_day(self._rehomed_title(cl, self.actor(cl, day), doc._.home_country), day)
            unit = self._national_unit(doc, cl, actor)
            if unit is not None and actor is not None:
                # "General Motors do Brasil", "Ford Motor Co of Canada Ltd": a multinational's national
                # unit is a business of that country, not of the parent's
                actor = Actor(unit + "BUS", unit, "BUS", actor.name, "context")
            out.append(Entity(f"e{n}", self.name(cl, day), cl.label, tuple(dict.fromkeys(mentions)), actor))
        # a seat of an international body acting in a story about that body is the body (seats.csv)
        named = {e.actor.code: e.actor for cl, e in zip(clusters, out, strict=True)
                 if e.actor is not None and cl.kind != "place"}
        for i, (cl, ent) in enumerate(zip(clusters, out, strict=True)):
            body = seated_body(cl, ent.actor, named)
            if body is not None:
                out[i] = replace(ent, actor=body)
        return out

    def _rehomed_title(self, cl: Cluster, actor: Actor | None, home: str | None) -> Actor | None:
        """"Congress worker Ranjit Bora" in a story about India is a worker of the Congress party (INDPTY),
        "Congress president X" in a story about Guatemala is of its congress (GTMLEG): a person whose title
        country came from a name several countries' bodies share (national_bodies.csv) is of the story's
        home country when it is one of them, of that body's sector in place of a rank's or the metonym's."""
        if actor is None or home is None or cl.kind != "person" or actor.country == home \
                or actor.basis != "title":
            return actor
        keys = {m.extras["title_metonym"] for m in cl.members if "title_metonym" in m.extras}
        sectors = [s for k in keys if (s := shared_body_names().get(k, {}).get(home))]
        if not sectors or actor.country != self.kb.metonyms[next(iter(keys))].country:
            return actor
        sector = sectors[0] if actor.sector in REHOMED_RANK_SECTORS else actor.sector
        return self._coded(home, sector, actor.name or "", "article")

    def _of_its_day(self, actor: Actor | None, day: date | None) -> Actor | None:
        """The actor with the state its country's bodies belonged to on `day` (RUSGOV in 1987 is SUNGOV)."""
        if actor is None or actor.country is None or not actor.code.startswith(actor.country):
            return actor
        state = self.kb.state_on(actor.country, day)
        if state == actor.country:
            return actor
        return replace(actor, code=state + actor.code[len(actor.country):], country=state)

    def _national_unit(self, doc: Doc, cl: Cluster, actor: Actor | None) -> str | None:
        """The country a company's first mention is continued by ("General Motors do Brasil", "Ford Motor Co
        of Canada Ltd"), when the tables code the company as a business of another country; else None."""
        if cl.kind != "org" or actor is None or not cl.members:
            return None
        sector = actor.sector or ""
        if not (sector == "BUS" or actor.code.startswith("MNC")):
            return None
        first = min(cl.members, key=lambda m: m.start)
        i = first.end
        while i < len(doc) and normalize(doc[i].text) in UNIT_FORM_WORDS:
            i += 1  # "Ford Motor Co of Canada": the legal form the table's name lacks
        if i >= len(doc) or doc[i].lower_ not in UNIT_PREPS:
            return None
        for n in (3, 2, 1):
            words = doc[i + 1:i + 1 + n]
            if len(words) == n and all(t.sent_start is not True or t.i == i + 1 for t in words):
                country = self.kb.country_of(words.text)
                if country is not None:
                    return country if country != actor.country else None
        return None

    # -- names -------------------------------------------------------------------------------------

    def name(self, cl: Cluster, day: date | None) -> str:
        kb = self.kb
        if cl.kind == "person":
            term = self._term(cl, day)
            if cl.identity and kb.terms_for(cl.identity):
                return (term or kb.terms_for(cl.identity)[0]).name
            names = [_clean_name(m.text) for m in cl.members if m.kind == "person"]
            counts = Counter(names)
            return max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))
        if cl.kind == "country" and cl.country:
            return kb.country_names.get(cl.country, cl.country)
        if cl.kind == "body" and cl.country and cl.members[0].role:
            group = cl.identity.rsplit(":", 1)[-1] if cl.identity else cl.members[0].role.phrase
            return f"{self.demonym_of.get(cl.country) or kb.sector_name(cl.country)} {_strip_det(group)}"
        if cl.kind == "org" and cl.code:
            # the table's name of the body any mention is ("International Coffee Organisation (ICO" is the
            # ICO's full name with a bracket the NER took in; "ICO" is the table's)
            org = next((o for m in cl.members
                        if (o := kb.organizations.get(m.key)) and o.code == cl.code), None)
            if org:
                return org.name
        if cl.kind == "role" and cl.owner is not None and cl.members[0].role:
            return f"{cl.members[0].role.phrase} of {self.name(cl.owner, day)}"
        texts = [_strip_det(_unbracketed(m.text)) for m in cl.members]
        return max(texts, key=lambda t: (len(t.split()), len(t)))

    # -- codes -------------------------------------------------------------------------------------

    def actor(self, cl: Cluster, day: date | None) -> Actor | None:
        """The cluster's actor, with PETRARCH's legislators (GOVLEG) as CAMEO codes them (LEG)."""
        actor = self._actor(cl, day)
        if actor is None or tenure_code(actor.code) == actor.code:
            return actor
        code = tenure_code(actor.code)
        return Actor(code, actor.country, code[3:], actor.name, actor.basis)

    def _actor(self, cl: Cluster, day: date | None) -> Actor | None:
        basis = cl.basis or "dictionary"
        if cl.kind == "person":
            cl = _as_held(cl)
            term = self._term(cl, day)
            if term is not None and _namesake(cl, term):
                term = None
            titled = cl.sector if cl.role_phrases else self._title_sector(cl)
            if term and not cl.former and term.country and titled and _title_beats_term(titled, term) \
                    and (cl.basis not in TEXT_BASES or cl.country in {None, term.country}):
                # "Vice President Bush" in 1987: the title the text gives on the article's day beats the
                # table's "out of office" for that day; "Sen. Marco Rubio" beats his later cabinet post
                return Actor(term.country + titled, term.country, titled, term.name, "title")
            if term and term.office == NONSTATE_LEADER:
                # "former Gulf boss Osiel Cardenas": a cartel or rebel leader the tables know stays of the
                # group's code, whatever rank or "former" the text gives (a former boss is no businessman)
                return Actor(term.code, term.country, term.code[3:] or None, term.name, "dictionary")
            if term and not cl.former:
                code = tenure_code(term.code)
                return Actor(code, term.country, code[3:] or None if term.country else "IGO",
                             term.name, "dictionary" if term.country else None)
            ended = self._ended_country(cl, day) if term is None and not cl.sector else None
            if ended is not None:
                # "John Poindexter" in 1987, after his only office ended in 1986: a former office holder is
                # one of the country's elites (ELI), not its government
                return self._coded(ended, "ELI", self.name(cl, day), "dictionary")
            home = self._table_country(cl) if (term is None or cl.former) and cl.sector and (
                cl.country is None or (cl.basis not in TEXT_BASES and self._table_office(cl))) else None
            if home is not None:
                # "Finance Minister Mark Eyskens" on a day the tables give him no office, "former President
                # Otto Perez Molina" in an undated story: a known politician's country with the title the
                # text gives
                sector = former_sector(cl.sector) if cl.former else cl.sector
                return self._coded(home, sector, self.name(cl, day), "dictionary")
            if cl.code and not cl.former:  # described as speaking for a known body (an IGO's rapporteur)
                return Actor(cl.code, cl.country, cl.sector, self.name(cl, day),
                             basis if cl.country else None)
            sector = former_sector(cl.sector) if cl.former else cl.sector
            return self._coded(cl.country, sector, self.name(cl, day), basis)
        if cl.kind == "role":
            country, sector = cl.country, cl.sector
            if cl.owner is not None:
                owner_actor = self.actor(cl.owner, day)
                if country is None and owner_actor and owner_actor.country:
                    country, basis = owner_actor.country, "context"
                if not (sector == "JUD" and cl.owner.kind == "person"):
                    # a body's counsel acts for the body; a person's counsel stays a lawyer (JUD), never
                    # the sector of the client ("his counsel" of a drug lord is no criminal)
                    sector = (owner_actor.sector if owner_actor and owner_actor.sector else sector)
            if cl.term and not cl.former:
                code = tenure_code(cl.term.code)
                return Actor(code, cl.term.country, code[3:] or None, cl.term.name, basis)
            sector = former_sector(sector) if cl.former else sector
            return self._coded(country, sector, self.name(cl, day), basis)
        if cl.code:
            return Actor(cl.code, cl.country, cl.sector, self.name(cl, day), basis if cl.country else None)
        if cl.kind == "place":
            # A capital used as an actor is its government ("Kyiv asked ..."); other places code to country.
            return self._coded(cl.country, cl.sector, self.name(cl, day), basis) if cl.country else None
        if cl.kind == "body" and cl.former and cl.members[0].role is not None:
            # "two former police officers": people who left a state body are elites (ELI), not the body
            return self._coded(cl.country, former_sector(cl.sector), self.name(cl, day), basis)
        if cl.kind in {"country", "metonym", "body", "norp", "org"}:
            return self._coded(cl.country, self._group_sector(cl), self.name(cl, day), basis)
        return None

    def _group_sector(self, cl: Cluster) -> str | None:
        """A group noun's sector in the group's country where that country's groups so called are of another
        sector (national_bodies.csv `group` rows: Brazil's "militias" CRM, not REB); else the cluster's."""
        if cl.kind != "body" or cl.country is None:
            return cl.sector
        for phrase in cl.role_phrases:
            sector = self.national_groups.get((phrase, cl.country))
            if sector is not None:
                return sector
        return cl.sector

    def _term(self, cl: Cluster, day: date | None) -> OfficeTerm | None:
        """The office the person holds on `day`: the cluster's identity's, unless that is only "out of
        office" (ELI) while a name the article writes is an office holder's that day ("George Bush", the
        father, when the merge took the son's identity)."""
        kb = self.kb
        people = [m for m in cl.members if m.kind == "person"]
        if people and all(m.extras.get("identified") for m in people):
            return None  # "the driver, identified as Abdul Ali": a private person of a minister's name
        term = kb.term_on(cl.identity, day) if cl.identity else None
        if day is None and term is not None and cl.sector and term.code[3:6] != cl.sector:
            term = _titled_term(kb.terms_for(cl.identity or ""), cl.sector, term) or term
        if term is not None and term.code[3:] != "ELI":
            return term
        for m in cl.members:
            words = m.key.split()
            if m.kind != "person":
                continue
            for i in range(len(words) - 1):  # "president george bush": the name after a title the NER kept
                if i and " ".join(words[:i]) not in kb.roles:
                    continue
                other = kb.term_on(" ".join(words[i:]), day)
                if other is not None and other.code[3:] not in {"", "ELI"} and other.country == (
                        term.country if term else other.country):
                    return other
        return term

    def _known_terms(self, cl: Cluster) -> list[OfficeTerm]:
        """Every tenure the tables know of the person (none for a person they do not name)."""
        return self.kb.terms_for(cl.identity) if cl.identity else []

    def _table_country(self, cl: Cluster) -> str | None:
        """The one country every tenure the tables know of the person is in (None for IGO officials or
        people the tables place in several countries)."""
        countries = {t.country for t in self._known_terms(cl)}
        return next(iter(countries)) if len(countries) == 1 and None not in countries else None

    def _table_office(self, cl: Cluster) -> bool:
        """Whether the text's description fits the person the tables know: a former office holder, or a
        sector one of the tables' tenures has ("Police Constable Mohammad Yaqoob" is no namesake
        minister's)."""
        # a legislator's title on a minister the tables know is his office before or after the cabinet
        return cl.former or any(t.code[3:6] == cl.sector
                                or (cl.sector == LEGISLATOR and tenure_code(t.code)[3:] == GOVERNMENT)
                                for t in self._known_terms(cl))

    def _ended_country(self, cl: Cluster, day: date | None) -> str | None:
        """The one country of a person all of whose known tenures ended before `day` (no later one begins:
        a gap between two terms is no retirement); None otherwise."""
        country = self._table_country(cl)
        if country is None or day is None or cl.identity is None or cl.country not in {None, country}:
            return None  # the text placing the person elsewhere: a namesake, not the office holder
        terms = self._known_terms(cl)
        if not terms or any(t.end is None or t.end > day for t in terms):
            return None
        return country

    def _title_sector(self, cl: Cluster) -> str | None:
        """The sector of a one-person title the NER kept inside a person's name ("President George Bush")."""
        for m in cl.members:
            words = m.key.split()
            for i in range(len(words) - 1, 0, -1):
                role = self.kb.roles.get(" ".join(words[:i]))
                if role is not None and role.person:
                    return role.sector
        return None

    def _coded(self, country: str | None, sector: str | None, name: str, basis: str) -> Actor | None:
        return coded_actor(country, sector, name, basis)


def coded_actor(country: str | None, sector: str | None, name: str, basis: str) -> Actor | None:
    """The actor of a country and a sector, either of which may be missing. With no country, a code of
    several sectors keeps only its first: a reader takes a code's first three letters for its country, and
    "GOVBUS" (an industry ministry's, PETRARCH's sub-sector) would read as a country "GOV"; codes that stand
    first themselves (NGO, IGO, MNC, religions: "NGODEV", "CHRCTH") keep theirs (`DOMESTIC_ROLE_CODES`)."""
    if not country and not sector:
        return None
    if not country and sector and len(sector) > 3 and sector[:3] in DOMESTIC_ROLE_CODES:
        sector = sector[:3]  # why: see above; a bare sector is CAMEO's agent code of no known country
    return Actor((country or "") + (sector or ""), country, sector, name, basis if country else None)


def _titled_term(terms: list[OfficeTerm], sector: str, latest: OfficeTerm) -> OfficeTerm | None:
    """With no date to choose a tenure by, the latest of the person's tenures in the sector the text's title
    gives ("Union Home Minister Rajnath Singh" in an undated report: his interior ministry, GOV, not the later
    defence ministry, MIL); None when no tenure is of that sector. Only a tenure of the latest one's country
    or body: a government title on a UN or OAS chief ("Secretary General") names no earlier national
    office."""
    titled = [t for t in terms if t.code[3:6] == sector and t.code[:3] == latest.code[:3]]
    return max(titled, key=lambda t: t.start or date.min) if titled else None


def _clean_name(text: str) -> str:
    """A name as written, less honorifics and possessive: "Mr. Bennett’s" -> "Bennett"."""
    keep = set(name_tokens(text))
    words = text.replace("’s", "").replace("'s", "").split()
    return " ".join(w for w in words if normalize(w) in keep) or text


def _unbracketed(text: str) -> str:
    """A name less a short form the NER took in with its opening bracket only: "Center for Policy Research
    (CPR" -> "Center for Policy Research", and less the angle brackets a news wire wraps firms and tickers in
    (`_unwired`)."""
    head, bracket, tail = text.partition(" (")
    return _unwired(head if bracket and head and ")" not in tail else text)


WIRE_BRACKETS = re.compile(r"\s*[<>]\s*")


def _unwired(text: str) -> str:
    """A name less the angle brackets Reuters wraps firms and tickers in, which the NER takes into its span:
    "Anschutz Corp>" -> "Anschutz Corp", "TEX> NWA Inc" -> "NWA Inc" (a ticker, then the name), "Pioneer
    Savings> of" -> "Pioneer Savings": of the parts between brackets, the one with the most capitalised
    words."""
    if "<" not in text and ">" not in text:
        return text
    parts = [p for p in WIRE_BRACKETS.split(text) if p]
    if not parts:
        return text
    return max(parts, key=lambda p: (sum(1 for w in p.split() if w[:1].isupper()), len(p)))


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words) or text
