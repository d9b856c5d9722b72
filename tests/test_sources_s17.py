"""Event sources (events/sources.py, source_words.csv) named around the subject rather than as it, round s17:
a lawyer for a client acts for the client. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-05-03"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of the trigger's mentions."""
    return {s for s, _ in readings(result, trigger)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lawyers for Texaco asked the judge to dismiss the suit on Monday.", "asked"),
    ("An attorney for Texaco asked the court to delay the hearing.", "asked"),
])
def test_a_lawyer_for_a_company_acts_for_the_company(analyse: Analyse, text: str, trigger: str) -> None:
    result = analyse(text, DAY)
    found = sources(result, trigger)
    assert "USABUS" in found, readings(result, trigger)
    assert not any(s and s.endswith("JUD") for s in found), readings(result, trigger)
