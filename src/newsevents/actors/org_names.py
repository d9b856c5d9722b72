"""What an organisation's own name says about it when no table knows the name: its CAMEO sector from
the words it is made of ("Cooper Industries Inc" -> BUS, "Agriculture Department" -> GOV, "National Union of
Mineworkers" -> LAB), read from `data/org_words.csv`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import load_table
from .knowledge import normalize

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "LAB", "EDU", "REL", "HLH", "NGO", "REB", "PTY",
           "SPY", "CRM"}


@dataclass(frozen=True)
class OrgWord:
    """One row of org_words.csv: `words` give `sector` anywhere in a name, or only at the end of its head."""

    words: tuple[str, ...]
    sector: str
    last: bool


def name_head(words: list[str]) -> list[str]:
    """The words before an "of ..." tail: "bank of japan" -> ["bank"]; a name starting with "of" is whole."""
    if "of" in words[1:]:
        return words[:words.index("of", 1)]
    return words


class OrgNameReader:
    """Sector words of organisation names, tried in table order (specific phrases first)."""

    def __init__(self) -> None:
        self.rows: list[OrgWord] = []
        for row in load_table("org_words", ("phrase", "sector", "where")):
            sector = row["sector"].upper()
            if sector not in SECTORS:
                raise ValueError(f"newsevents/data/org_words.csv: unknown sector {sector!r}")
            self.rows.append(OrgWord(tuple(row["phrase"].split()), sector, row["where"] == "last"))

    def sector(self, name: str) -> str | None:
        """The sector the name's own words give, else None."""
        words = normalize(name).replace("-", " - ").split()
        words = [w.strip(".") for w in words if w not in {"&", "-"}]
        if not words:
            return None
        head = name_head(words)
        for row in self.rows:
            n = len(row.words)
            if row.last:
                if tuple(head[-n:]) == row.words:
                    return row.sector
            elif any(tuple(words[i:i + n]) == row.words for i in range(len(words) - n + 1)):
                return row.sector
        return None


@cache
def default_org_names() -> OrgNameReader:
    return OrgNameReader()
