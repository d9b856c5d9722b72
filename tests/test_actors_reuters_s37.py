"""Reuters business parties coded by their name and title (actors/org_mentions.py, mentions.py, home.py,
roles.csv): a company's unit named after a country, a central bank's officer placed as a minister is, and a
party's members in a legislative committee. All sentences written for these tests, after 1987 wire wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of, readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-01"


# -- 1. a company of the tables followed by a country's name is its unit there ----------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    # the NER's one span, the parent named short ("GM") or in two words
    ("OTTAWA, April 1 - A company official said GM Canada asked for federal loans to rebuild the plant.",
     "GM Canada", "CANBUS"),
    ("TORONTO, April 1 - Merrill Lynch Canada said it hired twenty brokers last month.",
     "Merrill Lynch Canada", "CANBUS"),
    # the country in brackets after the parent, which the NER reads apart
    ("LONDON, April 1 - The trading house Cargill (U.K.) Ltd said it sold a cargo of white sugar to Egypt.",
     "Cargill (U.K.) Ltd", "GBRBUS"),
    ("TOKYO, April 1 - Goldman Sachs (Japan) Corp said it had opened a new branch in Osaka.",
     "Goldman Sachs (Japan) Corp", "JPNBUS"),
])
def test_a_company_unit_named_after_a_country_is_of_that_country(
        analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_the_unit_in_brackets_is_the_doer_not_the_country(analyse: Analyse) -> None:
    result = analyse("LONDON, April 1 - The trading house Cargill (U.K.) Ltd said it sold a cargo of white "
                     "sugar to Egypt.", DAY)
    # the buyer named by its state's name is that state, its government in a state's act (implied.py state_party)
    assert any(source == "GBRBUS" and (target or "")[:3] == "EGY" for source, target in readings(result, "sold"))


def test_a_news_agency_before_a_country_subject_is_no_unit(analyse: Analyse) -> None:
    # "told Reuters Taiwan would ...": the agency, then the subject of what it was told
    result = analyse("TAIPEI, April 1 - A senior official told Reuters Taiwan would cut import tariffs on "
                     "farm goods next month.", DAY)
    assert all((e.actor.code if e.actor else None) != "TWNMED" for e in result.entities)


# -- 2. a central bank's officer named bare is of the story's country ------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("TAIPEI, March 3 - The island's reserves rose again. Central Bank Governor Chang Chi-cheng told "
     "reporters the reserves would keep rising.", "Chang Chi-cheng", "TWNGOVBUS"),
    ("MADRID, April 3 - Rates fell after comments yesterday by central bank governor Mariano Rubio, who "
     "criticised the banks.", "Mariano Rubio", "ESPGOVBUS"),
])
def test_a_central_bank_officer_takes_the_dateline_country(
        analyse: Analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, DAY), mention) == code


def test_a_central_bank_officer_in_a_us_filed_story_is_not_american(analyse: Analyse) -> None:
    # the US central bank's head is the Fed chairman: a "central bank governor" in Washington is a visitor
    result = analyse("WASHINGTON, April 8 - Central bank governor Mariano Rubio told reporters the rates "
                     "would fall.", DAY)
    assert not (code_of(result, "Mariano Rubio") or "").startswith("USA")


# -- 3. a party's members in a legislative committee act as legislators ----------------------------------------

@pytest.mark.parametrize(("text", "mention"), [
    ("WASHINGTON, March 5 - The committee's report warned of a slowdown. Committee Republicans released a "
     "separate report predicting steady growth.", "Committee Republicans"),
    ("WASHINGTON, March 5 - After the session ended, panel Democrats criticised the administration's budget.",
     "panel Democrats"),
])
def test_committee_party_members_are_legislators(analyse: Analyse, text: str, mention: str) -> None:
    assert code_of(analyse(text, DAY), mention) == "USALEG"
