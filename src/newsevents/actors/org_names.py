"""What an organisation's own name says about it when no table knows the name: its CAMEO sector from
the words it is made of ("Cooper Industries Inc" -> BUS, "Agriculture Department" -> GOV, "National Union of
Mineworkers" -> LAB), read from `data/org_words.csv`; and what the sentence around a name that says nothing of
itself gives ("shares of Telcom", "Telcom said it agreed to acquire the company" -> BUS).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..errors import Code, DataError
from ..resources import load_table
from .knowledge import legal_forms, normalize

# org_words rows read around a name, not in it
CONTEXT_KINDS = {"owned", "deal", "deal_object", "reporting", "described", "told_to"}
CRIME_UNIT_KINDS = {"fought", "unit", "crime_group"}  # org_words rows of names after a crime fought or done
LEGAL_SPAN = 4  # a legal form stands among the last words of a name ("Boral Pty Ltd", "Acme SA de CV")
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl"}  # "X said it agreed to acquire": verbs X is the subject of
SECTORS = {"AGR", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "LAB", "EDU", "REL", "HLH", "NGO", "REB",
           "PTY", "SPY", "CRM", "IGO", "CVL"}


@dataclass(frozen=True)
class OrgWord:
    """One row of org_words.csv: `words` give `sector` anywhere in a name, or only at the end of its head."""

    words: tuple[str, ...]
    sector: str
    where: str  # last | any | igo (see org_words.csv)


@dataclass(frozen=True)
class LegalHome:
    """The countries whose company law has a legal form ("plc": GBR, IRL ...), and the one a company with it
    is of when the story's own country is none of them (`default`, None where the form is too widely
    shared: AG, SA)."""

    form: str
    countries: frozenset[str]
    default: str | None

    def country(self, *story: str | None) -> tuple[str | None, int]:
        """The company's country: the first of the story's countries (dateline, main country) the form
        allows, else the default; with the index of the story country used (len(story) for the default)."""
        for n, iso in enumerate(story):
            if iso in self.countries:
                return iso, n
        return self.default, len(story)


def collapse_initials(words: list[str]) -> list[str]:
    """"s p a" -> "spa", "n v" -> "nv", "s a de c v" -> "sa de cv": a legal form written with dots
    ("S.p.A.", "N.V.") is normalised into single letters; join each run of them back into one word."""
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def name_head(words: list[str]) -> list[str]:
    """The words before an "of ..." tail: "bank of japan" -> ["bank"]; a name starting with "of" is whole."""
    if "of" in words[1:]:
        return words[:words.index("of", 1)]
    return words


def appositive_nouns(span: Span) -> list[Token]:
    """The nouns of appositives describing a name: "Colorocs, a maker of copiers", "the retailer,
    Quintrex"."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    return nouns


def _told_by_person(verb: Token, context: dict[str, dict[str, str]]) -> bool:
    """Whether a `told_to` verb's subject is a named person or "he"/"she" ("Ortiz told", "he told"): not a
    company telling another of a bid ("Acme told Widget Corp it would bid"), nor a body telling a person
    ("the authorities told Elena")."""
    if verb.lemma_.lower() not in context["told_to"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    # a proper name the NER left untyped is as a rule a person's ("Ana Ruiz"): bodies and places it types
    return subj.ent_type_ == "PERSON" or subj.lower_ in {"he", "she"} or (
        subj.pos_ == "PROPN" and not subj.ent_type_)


SECTOR_MEMO_SIZE = 50_000


class OrgNameReader:
    """Sector words of organisation names, tried in table order (specific phrases first)."""

    def __init__(self) -> None:
        self.rows: list[OrgWord] = []
        self._row_index: dict[str, list[int]] = {}  # a row's first word -> its positions in `rows`
        self._indexed_rows = 0
        # names recur in every article ("the Bank", "Reuters"): the reader never changes once loaded
        self._sectors: dict[str, str | None] = {}
        self.igo_heads: set[tuple[str, ...]] = set()
        self.context: dict[str, dict[str, str]] = {kind: {} for kind in CONTEXT_KINDS}
        self.fought: set[tuple[str, ...]] = set()
        self.units: set[tuple[str, ...]] = set()
        self.crime_groups: set[tuple[str, ...]] = set()
        self.legal_homes: dict[tuple[str, ...], LegalHome] = {}
        self.tickers: dict[str, str] = {}
        self.outlets: dict[str, str] = {}  # a news agency's short name -> its country (org_words `outlet`)
        self.workers: set[tuple[str, ...]] = set()
        self.workers_heads: set[str] = set()
        self.instruments: set[str] = set()
        self.figures: set[str] = set()
        self.local_words: set[str] = set()
        self.people_words: set[str] = set()  # org_words `people`: "the Nasa indigenous community"
        self.generic_words: set[str] = set()  # org_words `generic`: "First" of "First Boston Corp"
        self.group_ends: set[str] = set()  # org_words `group_end`: "Bahini" of "Alfu Bahini"
        self.company_ends: set[str] = set()  # org_words `company_end`: "Pipeline" of "ANR Pipeline"
        self.chambers: dict[str, str] = {}  # org_words `chamber`: "House" of "House Budget Committee"
        self.chamber_units: set[str] = set()  # org_words `chamber_unit`: "Committee" of it
        self.kinds_after: dict[tuple[str, ...], str] = {}  # org_words `kind_after`: "the Tepalcate gang"
        for n, row in enumerate(load_table("org_words", ("phrase", "sector", "where")), 1):
            sector, where = row["sector"].upper(), row["where"]
            countries = frozenset(c for c in (row.get("countries") or "").split("|") if c)
            # why: a comma inside an unquoted source spills its words into the countries column
            if sector not in SECTORS or any(len(c) != 3 or not c.isupper() for c in countries) \
                    or where not in {"last", "first", "any", "igo", "igo_head", "ticker",
                                                      "workers", "workers_head", "instrument", "figure",
                                                      "local", "outlet", "people", "generic", "group_end",
                                                      "company_end", "chamber", "chamber_unit", "kind_after",
                                                      *CONTEXT_KINDS, *CRIME_UNIT_KINDS} \
                    or row.get("legal", "") not in {"", "1", "2"}:
                raise DataError(Code.E010, f"newsevents/data/org_words.csv row {n}",
                                f"unknown sector {sector!r}, where {where!r}, legal {row.get('legal')!r} "
                                f"or countries {sorted(countries)!r}")
            if where == "outlet":
                self.outlets[row["phrase"]] = next(iter(countries))
                continue
            if where == "ticker":
                self.tickers[row["phrase"]] = next(iter(countries))
                continue
            if countries:
                words = tuple(collapse_initials(row["phrase"].split()))
                self.legal_homes[words] = LegalHome(" ".join(words), countries, row.get("default") or None)
            if where == "workers":
                self.workers.add(tuple(row["phrase"].split()))
                continue
            if where == "workers_head":
                self.workers_heads.add(row["phrase"])
                continue
            if where == "local":
                self.local_words.add(row["phrase"])
                continue
            if where == "people":
                self.people_words.add(row["phrase"])
                continue
            if where == "generic":
                self.generic_words.add(row["phrase"])
                continue
            if where == "group_end":
                self.group_ends.add(row["phrase"])
                continue
            if where == "company_end":
                self.company_ends.add(row["phrase"])
                continue
            if where == "kind_after":
                self.kinds_after[tuple(row["phrase"].split())] = sector
                continue
            if where in {"chamber", "chamber_unit"}:
                if where == "chamber":
                    self.chambers[row["phrase"]] = sector
                else:
                    self.chamber_units.add(row["phrase"])
                continue
            if where in {"instrument", "figure"}:
                (self.instruments if where == "instrument" else self.figures).add(row["phrase"])
                continue
            if where == "igo_head":
                self.igo_heads.add(tuple(row["phrase"].split()))
            elif where in CRIME_UNIT_KINDS:
                kind = {"fought": self.fought, "unit": self.units, "crime_group": self.crime_groups}[where]
                kind.add(tuple(row["phrase"].split()))
            elif where in CONTEXT_KINDS:
                self.context[where][row["phrase"]] = sector
            else:
                self.rows.append(OrgWord(tuple(row["phrase"].split()), sector, where))

    def sector(self, name: str) -> str | None:
        """The sector the name's own words give, else None."""
        if name not in self._sectors:
            if len(self._sectors) >= SECTOR_MEMO_SIZE:
                self._sectors.clear()  # a long corpus run keeps memory flat
            self._sectors[name] = self._read_sector(name)
        return self._sectors[name]

    def _rows_with_words(self, words: list[str]) -> list[OrgWord]:
        """The rows whose first word is among `words`, in table order: no other row can match them (a row
        matches a run of the name's words, or of its head, a prefix of them), so a name's reading need not
        walk the whole table. The index is built on first use and again if rows were added since."""
        if self._indexed_rows != len(self.rows):
            self._row_index = {}
            for n, row in enumerate(self.rows):
                self._row_index.setdefault(row.words[0] if row.words else "", []).append(n)
            self._indexed_rows = len(self.rows)
        found = sorted({n for w in {*words, ""} for n in self._row_index.get(w, ())})
        return [self.rows[n] for n in found]

    def _read_sector(self, name: str) -> str | None:
        """The sector the name's own words give, read afresh (see `sector`)."""
        words = normalize(name).replace("-", " - ").split()
        # a plural possessive is the plain noun: "Federation of Employers' Associations"
        words = [w.strip(".").rstrip("'’") for w in words if w not in {"&", "-"}]
        if not words:
            return None
        if self._company_form_ends(words):
            return "BUS"  # "Professor Enterprises Inc", "Police Supply Corp": a company, whatever it holds
        head = name_head(words)
        crime_unit = self._crime_unit(words, head)
        if crime_unit is not None:
            return crime_unit
        if self._crime_group(words, head):
            return "CRM"
        if head[-1] in self.workers_heads and any(tuple(words[i:i + len(w)]) == w for w in self.workers
                                                  for i in range(len(words) - len(w) + 1)):
            return "LAB"  # "Air Line Pilots Association", "Association of Flight Attendants"
        chamber = self._chamber_opening(words[1:] if words[0] == "the" else words)
        if chamber is not None and head[-1] in self.chamber_units:
            return chamber  # "House Budget Committee", "Lower House Steering Committee"
        for row in self._rows_with_words(words):
            n = len(row.words)
            if row.where == "last":
                if tuple(head[-n:]) == row.words:
                    return row.sector
                continue
            if row.where == "first":  # "Statistics Canada": the phrase opens a longer name
                if len(words) > n and tuple(words[:n]) == row.words:
                    return row.sector
                continue
            if row.where == "igo" and not any(tuple(head[-len(h):]) == h for h in self.igo_heads):
                continue
            if any(tuple(words[i:i + n]) == row.words for i in range(len(words) - n + 1)):
                return row.sector
        if len(head) >= 2 and head[-1] in self.company_ends:
            return "BUS"  # "Ozark Airlines", "Kinder Pipeline": a word that ends companies' names
        return None

    def _chamber_opening(self, words: list[str]) -> str | None:
        """The sector of the chamber whose word opens a name with more words after it than a unit's ("House
        Budget Committee", "Lower House Steering Committee"; not "House Committee" alone), else None."""
        for n in (2, 1):
            chamber = self.chambers.get(" ".join(words[:n]))
            if chamber is not None and len(words) > n + 1:
                return chamber
        return None

    @staticmethod
    def _company_form_ends(words: list[str]) -> bool:
        """Whether a name of two words or more ends with a company's legal form that is no English word
        ("inc", "corp", "co ltd", "plc") or with "holdings"."""
        return any(len(words) > len(form) and tuple(words[-len(form):]) == form for form in _company_forms())

    def instrument(self, name: str) -> bool:
        """Whether a name is a financial instrument's or a figure's, no body's ("Philippine Investment
        Notes", "Treasury Bills", "cts", "Revs 516.4"): its head ends with an org_words.csv `instrument`
        word, or it opens with a `figure` word."""
        words = [w.strip(".") for w in normalize(name).replace("-", " ").split()]
        head = name_head(words) if words else []
        if not head or self.legal_home(name) is not None:
            return False  # "Refco Futures Inc" is a company
        return head[-1] in self.instruments or head[0] in self.figures

    def local_company(self, name: str) -> bool:
        """Whether a name holds a Spanish or Portuguese company or foundation word ("Constructora
        Internacional del Sur", "Inversiones Montes", "Fundacion Paz Urbana"): org_words.csv `local` rows."""
        return bool(self.local_words.intersection(normalize(name).split()))

    def legal_home(self, name: str) -> LegalHome | None:
        """The legal form among the last words of a company's name that says which countries it may be of
        ("Redland Plc", "Boral Pty Ltd", "NV Philips Gloeilampenfabrieken", "Acme SA de CV"): the
        rightmost (longest there) form of org_words.csv with `countries`, or one opening the name (Dutch
        and Swedish write "NV X", "AB X")."""
        words = collapse_initials([w.strip(".") for w in normalize(name).replace("-", " ").split()
                                   if w.strip(".") not in {"&", "(", ")"}])
        if len(words) < 2:
            return None
        for end in range(len(words), max(1, len(words) - LEGAL_SPAN), -1):
            for n in (3, 2, 1):
                form = tuple(words[end - n:end])
                if end - n >= 1 and form in self.legal_homes:
                    return self.legal_homes[form]
        return self.legal_homes.get((words[0],)) if words[0] in {"nv", "ab", "bv"} else None

    def ticker_country(self, code: str) -> str | None:
        """"RDLD.L" -> GBR, "NKKT.T" -> JPN: the country of a Reuters instrument code's exchange suffix."""
        if "." not in code:
            return None
        stem, suffix = code.rsplit(".", 1)
        if not stem or not stem.replace("-", "").isalnum() or stem.upper() != stem:
            return None
        return self.tickers.get(suffix.lower())

    def _crime_unit(self, words: list[str], head: list[str]) -> str | None:
        """"Organized Crime Special Unit", "Anti-Narcotics Division", "Anti-Kidnapping Prosecutor's Office":
        a state unit named after the crime it fights is police (COP), or judiciary (JUD) when its name says
        prosecutors or an attorney general; never the criminals (CRM)."""
        if not any(tuple(head[-len(u):]) == u for u in self.units):
            return None
        if not any(tuple(words[i:i + len(f)]) == f for f in self.fought
                   for i in range(len(words) - len(f) + 1)):
            return None
        return "JUD" if any(w.startswith(("prosecut", "attorney", "fiscal")) for w in words) else "COP"

    def _crime_group(self, words: list[str], head: list[str]) -> bool:
        """"Revolutionary Movement of Organized Crime", "Front of Organized Crime": a group (its head ends
        with a `crime_group` word, no state unit's) whose "of ..." tail is a crime is the criminals' own."""
        if len(head) == len(words) or not any(tuple(head[-len(g):]) == g for g in self.crime_groups):
            return False
        tail = words[len(head) + 1:]
        return any(tuple(tail[:len(f)]) == f for f in self.fought)

    def context_sector(self, span: Span) -> str | None:
        """The sector the sentence gives a name that says nothing of itself: "shares of Telcom", "Telcom's
        shareholders", "Telcom said it agreed to acquire the company" -> BUS (org_words.csv `owned`, `deal`,
        `deal_object` rows). The caller knows the span names an organisation."""
        root = span.root
        described = self._described_sector(span)
        if described is not None:
            return described
        owned = self.context["owned"]
        owner_of = None
        if root.dep_ in {"poss", "compound"} and root.head.i >= span.end:
            owner_of = root.head  # "Telcom's shareholders", "Telcom shares"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < span.start:
            owner_of = root.head.head  # "shares of Telcom"
        for word in (owner_of.lower_, owner_of.lemma_.lower()) if owner_of is not None else ():
            if word in owned:
                return owned[word]
        if root.dep_ in {"dobj", "dative"} and root.head.pos_ == "VERB" \
                and _told_by_person(root.head, self.context):
            # "Ortiz told La Voz Andina", "he told El Diario del Sur": the outlet he spoke to
            return self.context["told_to"].get(root.head.lemma_.lower())
        if root.dep_ == "nsubj":
            reporting = self.context["reporting"].get(root.head.lemma_.lower())
            if reporting is not None and root.head.pos_ == "VERB":
                return reporting  # "El Ciudadano reported", "Prensa Libre published": a news outlet
            return self._deal_sector(root.head, depth=3)
        return None

    def _described_sector(self, span: Span) -> str | None:
        """"Colorocs, a maker of color copiers", "the Dallas-based retailer, Quintrex": the sector the noun of
        an appositive describing the name gives (org_words.csv `described` rows)."""
        for noun in appositive_nouns(span):
            sector = self.context["described"].get(noun.lemma_.lower()) or self.context["described"].get(
                noun.lower_)
            if sector is not None:
                return sector
        return None

    def media_before(self, span: Span) -> bool:
        """"the Tijuana weekly Zeta", "the newspaper El Universal": a media noun (org_words.csv `described`
        MED rows) written right before the name makes it a news outlet, whatever body the name also is."""
        root = span.root
        if span.start == 0 or (root.dep_ in {"compound", "amod", "nmod", "poss"} and root.head.i >= span.end):
            return False  # "the daily FARC attacks": the name modifies a noun after it; the outlet is none
        word = span.doc[span.start - 1]
        described = self.context["described"]
        return "MED" in {described.get(word.lower_), described.get(word.lemma_.lower())}

    def group_name(self, span: Span) -> bool:
        """"Alfu Bahini", "Teofilo Forero Column": a capitalised name of two words or more ending in a word
        that ends armed or criminal groups' names and no one's (org_words.csv `group_end`) — a body, whatever
        the NER typed it."""
        last = span[-1]
        return len(span) >= 2 and last.is_title and last.lower_ in self.group_ends

    def company_name(self, span: Span) -> bool:
        """"ANR Pipeline", "Trunkline Partners": a capitalised name of two words or more ending in a word that
        ends companies' names and no person's (org_words.csv `company_end`) — a company, whatever the NER
        typed it."""
        last = span[-1]
        return len(span) >= 2 and last.is_title and last.lower_ in self.company_ends

    def kind_after(self, span: Span) -> str | None:
        """"the Tepalcate gang", "the Teofilo Forero mobile column", "the Cachiros drug trafficking
        organization": the sector of a group's kind noun written in lower case right after a name that
        modifies it (org_words.csv `kind_after`), else None."""
        doc = span.doc
        if span.end >= len(doc) or not doc[span.end].is_lower:
            return None  # every kind noun is written in lower case: most names are followed by none
        for words, sector in self.kinds_after.items():
            end = span.end + len(words)
            if end <= len(doc) and all(t.is_lower for t in doc[span.end:end]) \
                    and tuple(t.lower_ for t in doc[span.end:end]) == words \
                    and span.root.head.i == end - 1 and span.root.dep_ in {"compound", "nmod"} \
                    and doc[end - 1].dep_ != "compound":  # "British Columbia gang members": a place's gangs
                return sector
        return None

    def people_after(self, span: Span) -> bool:
        """"the Nasa indigenous community", "the Wayuu people": a people word (org_words.csv `people`) right
        after a one-word name makes it that people's name, not a body's."""
        doc = span.doc
        return len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in self.people_words

    def _deal_sector(self, verb: Token, depth: int) -> str | None:
        """A deal verb with a deal object among `verb` and the clauses it governs whose subject is the same
        body (none of their own, or a pronoun: "said it agreed to acquire")."""
        sector = self.context["deal"].get(verb.lemma_.lower())
        objects = [child for child in verb.children if child.dep_ in {"dobj", "obj"}]
        if sector is not None and any(self._deal_object(child) for child in objects):
            return sector
        for obj in objects:  # "X has 9.9 mln shares outstanding", "X exchanged 10 mln of its shares"
            owned = self._owned_object(obj)
            if owned is not None:
                return owned
        if depth == 0:
            return None
        for child in verb.children:
            if child.dep_ not in CLAUSE_LINKS or child.pos_ not in {"VERB", "AUX"}:
                continue
            subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if all(s.pos_ == "PRON" for s in subjects):
                found = self._deal_sector(child, depth - 1)
                if found is not None:
                    return found
        return None

    def _owned_object(self, obj: Token) -> str | None:
        """The sector of a body owning what a verb's object names: its shares, stock or dividend ("has 9.9
        mln shares", "exchanged 10 mln of its shares", "paid a dividend"): org_words.csv `owned` rows."""
        owned = self.context["owned"]
        # with an of-phrase the owned thing is in it ("10 mln of its shares"; "a stock of arms" is none)
        heads = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"] or [obj]
        for tok in heads:
            sector = owned.get(tok.lower_) or owned.get(tok.lemma_.lower())
            if sector is not None:
                return sector
        return None

    def _deal_object(self, tok: Token) -> bool:
        """"the company", "a 20 pct stake", "Telcom International Group": what a business buys or sells."""
        objects = self.context["deal_object"]
        return tok.lemma_.lower() in objects or tok.lower_ in objects or tok.ent_type_ == "ORG"


@cache
def _company_forms() -> tuple[tuple[str, ...], ...]:
    """The legal forms that make any name a company's (org_words.csv `legal`): those no English word, and
    "holdings" ("group", "company", "corporation" also end bodies of states and armed groups: "Contact
    Group", "Delta Company"; "ag" is also an attorney general)."""
    return tuple(tuple(form.split()) for form, word in legal_forms()
                 if (not word or form.startswith("holdings") or form.split()[-1] in {"plc", "ltd", "inc"})
                 and form != "ag")


@cache
def default_org_names() -> OrgNameReader:
    return OrgNameReader()
