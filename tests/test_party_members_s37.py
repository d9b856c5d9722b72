"""Session 37: party workers. "Workers" of a political party the tables code, named with the party's
abbreviation in brackets before the noun or as of the party, are the party's members (its code: PTY or OPP),
not labour; a company's workers stay labour. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult
from newsevents.actors.role_phrases import member_role

Analyse = Callable[..., ArticleResult]
DAY = "2017-05-22"


def test_bracketed_pakistani_party_workers_are_the_party(analyse: Analyse) -> None:
    result = analyse("Two Pakistan Peoples Party (PPP) workers were gunned down by unknown attackers in "
                     "Lyari town of Karachi on May 4.", DAY)
    assert {t for _, t in readings(result, "gunned")} == {"PAKPTY"}


def test_bracketed_opposition_party_workers_take_its_code(analyse: Analyse) -> None:
    result = analyse("Unknown gunmen on May 4 shot dead two Awami National Party (ANP) workers near "
                     "Charsadda, reports Dawn.", DAY)
    assert {t for _, t in readings(result, "shot")} == {"PAKOPP"}


def test_bracketed_indian_party_workers(analyse: Analyse) -> None:
    result = analyse("Maoists killed two Bharatiya Janata Party (BJP) workers in Gaya District on May 4.", DAY)
    assert {t for _, t in readings(result, "killed")} == {"INDPTY"}


def test_party_listed_with_its_abbreviation(analyse: Analyse) -> None:
    result = analyse("Militants shot dead a National Conference (NC) worker at his home in Kulgam District "
                     "on May 4, reports Daily Excelsior.", DAY)
    coded = {e.actor.code for e in result.entities if e.actor is not None}
    assert "INDOPP" in coded and "INDLAB" not in coded


def test_company_workers_stay_labour(analyse: Analyse) -> None:
    result = analyse("Unknown gunmen shot dead two Pakistan International Airlines (PIA) workers in "
                     "Karachi on May 4.", DAY)
    assert {t for _, t in readings(result, "shot")} == {"PAKLAB"}


def test_member_role_sectors() -> None:
    assert member_role("LAB", "OPP") and member_role("LAB", "PTY") and member_role("CVL", "NGO")
    assert not member_role("LAB", "BUS") and not member_role("REB", "PTY") and member_role("REB", "REB")
