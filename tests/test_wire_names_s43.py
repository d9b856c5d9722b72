"""Session 43: what a news wire's conventions are, not names of bodies. A US state's wire abbreviation after a
town ("TAMPA, Fla.", "of Paramus, N.J.") is a place, never the armed group whose acronym has the
same letters (FLA, the Azawad Liberation Front); an acronym written in capitals still names its body. The
angle brackets Reuters wraps firms and tickers in ("<Anschutz Corp>", "<TEX>") are not part of a name.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-04"


def codes(result: ArticleResult) -> set[str]:
    return {e.actor.code for e in result.entities if e.actor is not None}


def test_state_abbreviation_after_a_town_is_a_us_place(analyse: Analyse) -> None:
    result = analyse("TAMPA, Fla., March 4 - Jim Walter Corp said it agreed to sell its building materials "
                     "unit to Hillsborough Holdings Inc for 120 mln dlrs.", DAY)
    assert not any(code.startswith("MLI") for code in codes(result))
    assert code_of(result, "Jim Walter Corp") == "USABUS"


def test_company_of_a_town_and_state_abbreviation_is_no_armed_group(analyse: Analyse) -> None:
    result = analyse("Anschutz Corp said it agreed to buy Pioneer Federal Savings Bank of Clearwater, Fla., "
                     "for 45 mln dlrs in cash.", DAY)
    assert not any(code.startswith("MLI") for code in codes(result))
    assert code_of(result, "Anschutz Corp") in {"BUS", "USABUS"}


def test_acronym_in_capitals_still_names_its_body(analyse: Analyse) -> None:
    result = analyse("The FLA said its fighters attacked a Malian army post near Kidal on Tuesday.", "2013-05-02")
    assert "MLIREB" in codes(result)


def test_wire_brackets_are_not_part_of_a_firm_name(analyse: Analyse) -> None:
    result = analyse("<Anschutz Corp> said it agreed to acquire <Rio Grande Industries Inc> for 270 mln "
                     "dlrs. Shares of <TEX> Northwest Oil Co rose.", DAY)
    names = {e.name for e in result.entities}
    assert not any("<" in name or ">" in name for name in names), names
    assert "Anschutz Corp" in names
