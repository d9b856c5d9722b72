"""People named by a common noun of their trade, stake or standing (data/roles.csv: suitors, noteholders,
bankworkers, farm workers, farmhands, planters, hackers, fugitives, ...) are parties
of the act, as a CAMEO coder codes them: the sector their noun gives, of the story's country unless their own
words say whose; a company's suitors are of no country the company gives them."""

from __future__ import annotations

from newsevents import ArticleResult


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_talks_with_unnamed_suitors_have_a_business_partner(analyse) -> None:
    result = analyse("DALLAS, March 20 - Lawnco Inc said it was negotiating with other possible suitors for its "
                     "lawn care unit, which it did not identify.", "1987-03-20")
    assert ("USABUS", "BUS") in parties(result, "04")


def test_a_countrys_bankworkers_on_strike_are_labour(analyse) -> None:
    result = analyse("RIO DE JANEIRO, April 7 - Most of Brazil's 500,000 bankworkers started a national strike "
                     "on Tuesday, union leaders said.", "1987-04-07")
    assert any(source == "BRALAB" for source, _ in parties(result, "14"))


def test_striking_farm_workers_are_agriculture_not_labour(analyse) -> None:
    result = analyse("MANILA, May 5 - Striking farm workers blocked roads in the sugar province of Negros on "
                     "Monday, police said.", "1987-05-05")
    assert any(source == "PHLAGR" for source, _ in parties(result, "14"))


def test_hackers_arrested_by_the_police_are_criminals(analyse) -> None:
    result = analyse("BOGOTA, June 17 - Colombian police arrested 12 hackers accused of stealing the bank details "
                     "of thousands of people.", "2013-06-17")
    assert any(target == "COLCRM" for _, target in parties(result, "17"))


def test_farmhands_massacred_by_a_cartel_are_agriculture(analyse) -> None:
    result = analyse("GUATEMALA CITY, May 16 - Members of the Zetas massacred 27 farmhands on a ranch in Peten "
                     "department, police said.", "2011-05-16")
    assert any(target is not None and target.endswith("AGR") for _, target in parties(result, "20"))
