"""Session 45: a party's code with the wrong sector. "Its representatives" of a company or union act for it and
are of its sector (BUS, LAB), not legislators (PETRARCH's "representatives" LEG); owned by a country they are its
government's delegates. A legislature's members keep LEG. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-06-01"


def test_company_representatives_are_the_company_sector(analyse: Analyse) -> None:
    result = analyse("CHICAGO, June 1 - Harbor Holdings Inc said its representatives will attend the annual "
                     "meeting of Lakeside Foods Corp on Thursday.", DAY)
    assert code_of(result, "its representatives") == "USABUS"


def test_union_representatives_are_labour(analyse: Analyse) -> None:
    result = analyse("DETROIT, June 1 - The United Auto Workers union said its representatives would meet "
                     "Chrysler Corp officials on Friday.", DAY)
    assert code_of(result, "its representatives") == "USALAB"


def test_country_representatives_are_its_government(analyse: Analyse) -> None:
    # negative: owned by a country, the representatives stay a government's (no business sector)
    result = analyse("TOKYO, June 1 - Japan said its representatives would meet U.S. officials in "
                     "Washington next week.", DAY)
    assert code_of(result, "its representatives") == "JPNGOV"


def test_congressman_is_still_a_legislator(analyse: Analyse) -> None:
    # negative: a member of the House keeps LEG
    result = analyse("WASHINGTON, June 1 - Rep. John Dingell said he would oppose the trade bill.", DAY)
    assert code_of(result, "John Dingell") == "USALEG"


def test_a_bankers_representatives_are_business(analyse: Analyse) -> None:
    result = analyse("CLEVELAND, June 1 - Banker Alfred Stein, chairman of Lakeshore Bancorp Inc, said he may "
                     "seek to put his representatives on the board of Ohio Trust Co.", DAY)
    assert code_of(result, "his representatives") == "USABUS"


def test_delegates_of_countries_are_government_not_legislators(analyse: Analyse) -> None:
    result = analyse("VIENNA, June 1 - Representatives of Brazil and Colombia met on Tuesday to discuss "
                     "coffee prices.", DAY)
    codes = {ev.source.code for ev in result.events if ev.source is not None and ev.source.code}
    assert codes and all(c.endswith("GOV") for c in codes)


def test_congressional_representatives_stay_legislators(analyse: Analyse) -> None:
    # negative: a congress's members keep LEG
    result = analyse("MEXICO CITY, June 1 - Mexican congressional representatives criticized the interior "
                     "ministry over the disappearances.", DAY)
    assert code_of(result, "Mexican congressional representatives") == "MEXLEG"
