"""One the article tells a crime of in one arrest, extradition or verdict is a suspect (CRM) in the others
too, though their own sentences name no crime (events/implied.py suspects_throughout); a victim, an official
and anyone a description codes stay what they are."""

from __future__ import annotations

from newsevents import ArticleResult


def targets(result: ArticleResult, root: str) -> list[str | None]:
    """The target codes of the events of one code prefix."""
    return [e.target.code if e.target else None for e in result.events if e.cameo.startswith(root)]


def test_one_arrested_then_convicted_of_laundering_is_a_suspect_in_the_arrest(analyse) -> None:
    result = analyse("BOGOTA, May 3 - Colombian police detained Andres Pardo at the airport in Cali last week. "
                     "He was later convicted of money laundering.", "2013-05-03")
    assert "COLCRM" in targets(result, "173")
    assert "COL" not in targets(result, "173")


def test_one_charged_with_smuggling_after_his_capture_is_a_suspect_in_the_capture(analyse) -> None:
    result = analyse("LIMA, May 3 - Peruvian police captured Luis Quispe in Callao on Sunday. He was charged "
                     "with drug trafficking on Monday.", "2013-05-03")
    assert "PERCRM" in targets(result, "173")
    assert "PER" not in targets(result, "173")


def test_an_official_arrested_then_convicted_keeps_his_office(analyse) -> None:
    result = analyse("BOGOTA, May 3 - Colombian police arrested the mayor of Cali, Jorge Ruiz, on Monday. He "
                     "was later convicted of money laundering.", "2013-05-03")
    assert "COLGOV" in targets(result, "173")
    assert "COLCRM" not in targets(result, "173")
