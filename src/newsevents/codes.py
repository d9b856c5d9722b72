"""The parts of a CAMEO-style actor code: a country (ISO 3166 alpha-3, current or historical: "SUN" of
"SUNGOV", "YUG") followed by a sector ("GOV", "CRM"), or a code with no country ("CVL", "IGOUNO")."""

from __future__ import annotations

from functools import cache

import pycountry

# CAMEO's domestic role codes (its agent codebook, ch. 3), which follow a country in a code ("MEXCOP")
DOMESTIC_ROLE_CODES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "INS", "UAF", "SEP", "RAD", "CRM",
    "BUS", "CVL", "MED", "EDU", "LAB", "AGR", "HLH", "REF", "ELI", "DEV", "ENV", "HRI", "MOD"})
# ...and its other and international types, which may stand first in a code ("IGOUNO", "NGODEV")
INTERNATIONAL_TYPE_CODES = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET", "UIS"})
TYPE_CODES = DOMESTIC_ROLE_CODES | INTERNATIONAL_TYPE_CODES


@cache
def is_country(code: str) -> bool:
    """Whether a 3-letter code is a country's (ISO 3166 alpha-3, current or historical: SUN, YUG)."""
    return (pycountry.countries.get(alpha_3=code) is not None
            or pycountry.historic_countries.get(alpha_3=code) is not None)


def country_of(code: str | None) -> str | None:
    """The country an actor code opens with ("PANCOP" -> "PAN", "SUN" -> "SUN"); None for a code without one
    ("CVL", "IGOUNO") or no code."""
    if not code or len(code) < 3:
        return None
    return code[:3] if is_country(code[:3]) else None


def sector_of(code: str | None) -> str:
    """The sector of an actor code ("MEXCRM" -> "CRM", "CVL" -> "CVL", "IGOUNO" -> "IGO", "COL" -> "")."""
    if not code:
        return ""
    return code[3:6] if country_of(code) is not None else code[:3]
