"""Session 43: actor codes with the right country and a missing or wrong sector. A company's name the NER took
for a person's ("Kinder Pipeline", "Trunkline Partners") is a company (BUS), not a bare country; a one-person
title's portfolio ("British Trade and Industry Secretary X") is no body of its own; the head of a named place of
worship ("the chairman of the Shiva temple") is a religious figure (REL). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of, entity_with
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-02"


# -- 1. a name ending in a word that ends companies' names and no person's: a company ----------------------------

def test_pipeline_company_taken_for_a_person_is_business(analyse: Analyse) -> None:
    result = analyse("HOUSTON, April 2 - Texas Eastern Pipeline and Trunkline Partners signed an agreement "
                     "with Coastal. Kinder Pipeline said it would sue Enron.", DAY)
    assert code_of(result, "Kinder Pipeline") == "USABUS"


def test_partnership_name_is_business(analyse: Analyse) -> None:
    result = analyse("NEW YORK, April 2 - Citicorp said it signed a long-term agreement with Mortgage "
                     "Funding Partnership of Boston to market its loans.", DAY)
    assert code_of(result, "Mortgage Funding Partnership of Boston") == "USABUS"


def test_person_named_like_a_trade_word_stays_a_person(analyse: Analyse) -> None:
    # "Mills" ends surnames as well as companies: no company_end word, the person stays
    result = analyse("WASHINGTON, April 2 - Senator Wilbur Mills said he would oppose the tax bill.", DAY)
    assert code_of(result, "Wilbur Mills") == "USALEG"


# -- 2. a portfolio before "Secretary"/"Minister" and a name: part of the title -------------------------------

def test_portfolio_before_minister_is_no_body(analyse: Analyse) -> None:
    result = analyse("JAKARTA, April 2 - Indonesia's Mining and Energy Minister Subroto said the country "
                     "would cut tin exports.", DAY)
    assert code_of(result, "Subroto") == "IDNGOV"
    assert not [e for e in result.entities if e.name == "Mining and Energy"]


def test_armed_group_before_secretary_stays_a_body(analyse: Analyse) -> None:
    # a body's own secretary: a name the tables know (or whose words say a group) is no portfolio
    result = analyse("NEW DELHI, April 2 - Kashmir Liberation Front Secretary Amanullah Khan said the group "
                     "would fight on.", DAY)
    front = entity_with(result, "Kashmir Liberation Front")
    assert front.actor is not None and front.actor.code == "IMGKASMUS"


# -- 3. the head of a named place of worship: REL ----------------------------------------------------------------

def test_chairman_of_a_named_temple_is_religious(analyse: Analyse) -> None:
    result = analyse("The chairman of the Kali Mata temple, Pandit Mohan Lal, was abducted by unidentified "
                     "gunmen from Sukkur District on April 6, reports Dawn.", "2016-04-08")
    assert code_of(result, "Mohan Lal") == "PAKREL"


def test_chairman_of_a_named_company_stays_business(analyse: Analyse) -> None:
    result = analyse("The chairman of the Karachi Cotton company, Mohammad Iqbal, was abducted by unidentified "
                     "gunmen from Sukkur District on April 6, reports Dawn.", "2016-04-08")
    assert code_of(result, "Mohammad Iqbal") == "PAKBUS"


# -- 4. a US member of Congress by the wires' party-and-state marks: USALEG ---------------------------------------

def test_state_and_party_before_a_name_is_a_legislator(analyse: Analyse) -> None:
    result = analyse("WASHINGTON, April 2 - \"The agency's record has been dismal,\" Iowa Democrat Thomas "
                     "Harwell said in a statement.", DAY)
    assert code_of(result, "Thomas Harwell") == "USALEG"


def test_party_and_state_in_brackets_after_a_name_is_a_legislator(analyse: Analyse) -> None:
    result = analyse("WASHINGTON, April 2 - Daniel Hopper (R-Kan.) said the farm bill would pass the Senate "
                     "next week.", DAY)
    assert code_of(result, "Daniel Hopper") == "USALEG"


def test_a_company_in_brackets_after_a_name_says_no_legislator(analyse: Analyse) -> None:
    result = analyse("WASHINGTON, April 2 - Daniel Hopper (Dow Chemical) said the farm bill would hurt "
                     "exporters.", DAY)
    assert code_of(result, "Daniel Hopper") != "USALEG"


# -- 5. a name before the noun of a force's post is the post's place, no party -----------------------------------

def test_name_before_a_checkpost_is_no_party(analyse: Analyse) -> None:
    result = analyse("Suspected militants attacked the Kotkai security checkpost in Bannu District on "
                     "July 3, reports Dawn.", "2016-07-04")
    assert not [e for e in result.entities if e.name == "Kotkai"]
    assert all(m.target is None or m.target.code is not None
               for e in result.events for m in e.mentions if m.trigger == "attacked")


def test_a_force_before_a_camp_stays_the_force(analyse: Analyse) -> None:
    result = analyse("Militants attacked a Border Security Force camp in Kupwara District on July 3, reports "
                     "Daily Excelsior.", "2016-07-04")
    assert code_of(result, "Border Security Force") == "INDMIL"
