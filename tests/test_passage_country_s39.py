"""The country of an unqualified group in a story filed from nowhere (actors/home.py `_discourse_country`):
a group with no country of its own words in a piece about several countries is of the one country its
sentence names before it ("In Guatemala, ... gunmen massacred eight police officers": GTMCOP), not of the
country the piece names most."""

from __future__ import annotations

from newsevents import ArticleResult

VENEZUELA_THEN_GUATEMALA = (
    "Security forces across the region steal from traffickers. In Venezuela, soldiers in Caracas extort "
    "vendors, and Venezuelan officials rarely punish them. In Peru, anti-drug agents resold seized coca base. "
    "In Guatemala, a week after a drug shipment went missing, a dozen gunmen stormed the local station and "
    "massacred eight police officers. Guatemala has since purged its force.")

HONDURAS_PASSAGE = (
    "The United States has blamed the leaders of Guatemala and Honduras for the migrant crisis, and US "
    "officials say the US will cut aid. The US Congress agreed. In Honduras, prosecutors are so poor that "
    "they often borrow paper from the Attorney General's Office. Guatemala and Honduras have promised more "
    "money.")


def codes(result: ArticleResult, root: str, role: str) -> list[str | None]:
    """The codes of one role (source or target) of the events of one code prefix."""
    return [getattr(e, role).code if getattr(e, role) else None for e in result.events if e.cameo.startswith(root)]


def test_police_massacred_in_a_passage_about_another_country_are_of_it(analyse) -> None:
    result = analyse(VENEZUELA_THEN_GUATEMALA, "2015-03-10")
    assert "GTMCOP" in codes(result, "20", "target")


def test_a_body_in_a_sentence_about_another_country_is_of_it(analyse) -> None:
    result = analyse(HONDURAS_PASSAGE, "2014-07-20")
    office = [e for e in result.entities if e.name == "Attorney General's Office"]
    assert office and office[0].actor is not None and office[0].actor.code == "HNDJUD"
