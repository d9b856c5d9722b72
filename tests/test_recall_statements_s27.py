"""A political actor's public statement with no addressee is CAMEO 010 (make statement): an announcement, a
statement or report issued or released, a news conference; a speaker who would not say whether or disclose is
011 (decline comment). A company's word, and a statement whose that-clause or object tells an act a row codes
(the arrest announced, the attack stated), is no bare statement (sentences we wrote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def coded(analyse: Analyse, text: str, cameo: str) -> set[str | None]:
    """The source codes of every `cameo` event of `text`."""
    result = analyse(text, "2015-05-04")
    return {e.source.code if e.source else None for e in result.events if e.cameo == cameo}


@pytest.mark.parametrize(("text", "country"), [
    ("The Colombian vice-minister of defense announced that the government is building drones.", "COL"),
    ("Bolivian Interior Minister Juan Perez told a news conference that the drug trade was growing.", "BOL"),
    ("The Pentagon said in a statement that the carrier would remain in the Gulf.", "USA"),
    ("Human Rights Watch issued a report on prison conditions in Honduras.", "NGO"),
])
def test_a_political_actors_announcement_is_a_statement(analyse: Analyse, text: str, country: str) -> None:
    sources = coded(analyse, text, "010")
    assert sources and all(s and s.startswith(country) for s in sources)


@pytest.mark.parametrize("text", [
    "General Motors announced that it would close two plants in Michigan.",  # a company's word
    "An analyst at Morgan Stanley said in a statement that prices would fall.",  # an analyst's
    "The Mexican army announced the arrest of the mayor of Tumaco.",  # the arrest is the event
    "The Pentagon said in a statement that the navy had attacked an Iranian oil platform.",  # the attack is
    # a readiness to act is an intent, not a bare statement, also where the parser hangs the that-clause on
    # "statement"
    "The Indian Foreign Ministry said in a statement that New Delhi was ready to resume talks with Islamabad.",
])
def test_no_bare_statement_for_companies_or_told_acts(analyse: Analyse, text: str) -> None:
    assert coded(analyse, text, "010") == set()


@pytest.mark.parametrize(("text", "source"), [
    ("Mexican Interior Minister Osorio would not say whether the army was involved.", "MEXGOV"),
    ("A Mexican government spokesman said the ministry would not disclose the location of the base.", "MEXGOV"),
])
def test_would_not_say_whether_is_declined_comment(analyse: Analyse, text: str, source: str) -> None:
    assert coded(analyse, text, "011") == {source}


def test_an_opinion_hedged_with_would_not_say_is_no_declined_comment(analyse: Analyse) -> None:
    assert coded(analyse, "Mexican Interior Minister Osorio said he would not say it was a crisis.", "011") == set()
