"""What an organisation's own name says about it when no table knows the name: its CAMEO sector from
the words it is made of ("Cooper Industries Inc" -> BUS, "Agriculture Department" -> GOV, "National Union of
Mineworkers" -> LAB), read from `data/org_words.csv`; and the sector of a body the tables know only by a name
that is also a word, surname or place ("Shell", "Dome": the `typed` column of organizations*.csv), which a
mention the parser typed an organisation has.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import Code, DataError
from ..resources import load_table, split_list, table_names
from .knowledge import normalize

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "LAB", "EDU", "REL", "HLH", "NGO", "REB", "PTY",
           "SPY", "CRM", "IGO"}


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
        for n, row in enumerate(load_table("org_words", ("phrase", "sector", "where")), 1):
            sector, where = row["sector"].upper(), row["where"]
            if sector not in SECTORS or where not in {"last", "any", "igo", "igo_head"} \
                    or row.get("legal", "") not in {"", "1"}:
                raise DataError(Code.E010, f"newsevents/data/org_words.csv row {n}",
                                f"unknown sector {sector!r}, where {where!r} or legal {row.get('legal')!r}")
            if where == "igo_head":
                self.igo_heads.add(tuple(row["phrase"].split()))
            else:
                self.rows.append(OrgWord(tuple(row["phrase"].split()), sector, where))
        self.typed: dict[str, str] = typed_sectors()

    def sector(self, name: str) -> str | None:
        """The sector the name's own words give, else None. A name the tables know only where the parser
        typed it an organisation ("Shell", "Apple") has its table sector: the caller asks about a name it
        holds for an organisation's."""
        key = normalize(name)
        key = key[4:] if key.startswith("the ") else key
        if key in self.typed:
            return self.typed[key]
        words = normalize(name).replace("-", " - ").split()
        words = [w.strip(".") for w in words if w not in {"&", "-"}]
        if not words:
            return None
        head = name_head(words)
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


def typed_sectors() -> dict[str, str]:
    """The `typed` names of the organizations*.csv tables (ordinary words, surnames, places that news uses for
    a company or union: "Shell", "Dome", "Solidarity") with their rows' sectors."""
    out: dict[str, str] = {}
    for table in table_names("organizations*"):
        for row in load_table(table, ("name", "code")):
            sector = row.get("sector") or row["code"][3:6]
            for name in split_list(row.get("typed", "")):
                out[normalize(name)] = sector
    return out


@cache
def default_org_names() -> OrgNameReader:
    return OrgNameReader()
