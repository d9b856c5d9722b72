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
from .knowledge import normalize

CONTEXT_KINDS = {"owned", "deal", "deal_object"}  # org_words rows read around a name, not in it
CRIME_UNIT_KINDS = {"fought", "unit"}  # org_words rows of state units named after the crime they fight
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl"}  # "X said it agreed to acquire": verbs X is the subject of
SECTORS = {"AGR", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "LAB", "EDU", "REL", "HLH", "NGO", "REB",
           "PTY", "SPY", "CRM", "IGO"}


@dataclass(frozen=True)
class OrgWord:
    """One row of org_words.csv: `words` give `sector` anywhere in a name, or only at the end of its head."""

    words: tuple[str, ...]
    sector: str
    where: str  # last | any | igo (see org_words.csv)


def name_head(words: list[str]) -> list[str]:
    """The words before an "of ..." tail: "bank of japan" -> ["bank"]; a name starting with "of" is whole."""
    if "of" in words[1:]:
        return words[:words.index("of", 1)]
    return words


class OrgNameReader:
    """Sector words of organisation names, tried in table order (specific phrases first)."""

    def __init__(self) -> None:
        self.rows: list[OrgWord] = []
        self.igo_heads: set[tuple[str, ...]] = set()
        self.context: dict[str, dict[str, str]] = {kind: {} for kind in CONTEXT_KINDS}
        self.fought: set[tuple[str, ...]] = set()
        self.units: set[tuple[str, ...]] = set()
        for n, row in enumerate(load_table("org_words", ("phrase", "sector", "where")), 1):
            sector, where = row["sector"].upper(), row["where"]
            if sector not in SECTORS or where not in {"last", "any", "igo", "igo_head", *CONTEXT_KINDS,
                                                                 *CRIME_UNIT_KINDS} \
                    or row.get("legal", "") not in {"", "1", "2"}:
                raise DataError(Code.E010, f"newsevents/data/org_words.csv row {n}",
                                f"unknown sector {sector!r}, where {where!r} or legal {row.get('legal')!r}")
            if where == "igo_head":
                self.igo_heads.add(tuple(row["phrase"].split()))
            elif where in CRIME_UNIT_KINDS:
                (self.fought if where == "fought" else self.units).add(tuple(row["phrase"].split()))
            elif where in CONTEXT_KINDS:
                self.context[where][row["phrase"]] = sector
            else:
                self.rows.append(OrgWord(tuple(row["phrase"].split()), sector, where))

    def sector(self, name: str) -> str | None:
        """The sector the name's own words give, else None."""
        words = normalize(name).replace("-", " - ").split()
        words = [w.strip(".") for w in words if w not in {"&", "-"}]
        if not words:
            return None
        head = name_head(words)
        crime_unit = self._crime_unit(words, head)
        if crime_unit is not None:
            return crime_unit
        for row in self.rows:
            n = len(row.words)
            if row.where == "last":
                if tuple(head[-n:]) == row.words:
                    return row.sector
                continue
            if row.where == "igo" and not any(tuple(head[-len(h):]) == h for h in self.igo_heads):
                continue
            if any(tuple(words[i:i + n]) == row.words for i in range(len(words) - n + 1)):
                return row.sector
        return None

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

    def context_sector(self, span: Span) -> str | None:
        """The sector the sentence gives a name that says nothing of itself: "shares of Telcom", "Telcom's
        shareholders", "Telcom said it agreed to acquire the company" -> BUS (org_words.csv `owned`, `deal`,
        `deal_object` rows). The caller knows the span names an organisation."""
        root = span.root
        owned = self.context["owned"]
        owner_of = None
        if root.dep_ in {"poss", "compound"} and root.head.i >= span.end:
            owner_of = root.head  # "Telcom's shareholders", "Telcom shares"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < span.start:
            owner_of = root.head.head  # "shares of Telcom"
        for word in (owner_of.lower_, owner_of.lemma_.lower()) if owner_of is not None else ():
            if word in owned:
                return owned[word]
        if root.dep_ == "nsubj":
            return self._deal_sector(root.head, depth=3)
        return None

    def _deal_sector(self, verb: Token, depth: int) -> str | None:
        """A deal verb with a deal object among `verb` and the clauses it governs whose subject is the same
        body (none of their own, or a pronoun: "said it agreed to acquire")."""
        sector = self.context["deal"].get(verb.lemma_.lower())
        if sector is not None and any(self._deal_object(child) for child in verb.children
                                      if child.dep_ in {"dobj", "obj"}):
            return sector
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

    def _deal_object(self, tok: Token) -> bool:
        """"the company", "a 20 pct stake", "Telcom International Group": what a business buys or sells."""
        objects = self.context["deal_object"]
        return tok.lemma_.lower() in objects or tok.lower_ in objects or tok.ent_type_ == "ORG"


@cache
def default_org_names() -> OrgNameReader:
    return OrgNameReader()
