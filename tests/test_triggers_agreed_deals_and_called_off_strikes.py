"""Event triggers, twenty-third round: a deal agreed between two parties ("agreed to acquire X", "agreed to
sell its unit to X", "agreed to merge with X") is an agreement concluded with the other side (057), not an
intent (031), when both sides are read; a strike or protest called off by those holding it eases dissent
(082), while a search, a meeting or a merger called off is none; a contract one side received or was awarded,
told by the state body that gave it (", the Navy said"), is that body's agreement with it (057), never by the
receiver's own spokesman. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents.errors import DataError
from newsevents.events.lexicon import _our_conditions
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-12"


def codes_of(result: ArticleResult) -> set[str]:
    """The CAMEO codes of every event mention of an article."""
    return {code for code, _, _ in mention_codes(result)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Brennan Foods Corp said it agreed to acquire Halvorsen Dairy Inc for 32 mln dlrs.", "BUS", "BUS"),
    ("Ostrander Chemical Corp said it has agreed in principle to buy Pellworth Plastics Inc.", "BUS", "BUS"),
    ("Kestrel Industries Inc said it agreed to sell its Marlow Valve Co subsidiary to Tandridge Corp for "
     "60 mln dlrs in cash.", "BUS", "BUS"),
    ("Fenwick Corp said it agreed to merge with Ashgrove Financial Corp.", "BUS", "BUS"),
])
def test_a_deal_agreed_between_two_companies_is_an_agreement(analyse: Analyse, text: str, source: str,
                                                             target: str) -> None:
    result = analyse(text, DAY)
    assert_mention(result, "057", source, target)
    assert "031" not in codes_of(result)


def test_shares_agreed_to_be_sold_make_no_deal_between_parties(analyse: Analyse) -> None:
    result = analyse("Brennan Foods Corp chairman Walter Brennan said he agreed to sell 250,000 shares of "
                     "common stock.", DAY)
    assert not codes_of(result) & {"057", "031", "030"}


@pytest.mark.parametrize(("text", "source"), [
    ("Chilean copper miners called off their ten-day strike against Codelco on Monday.", "CHL"),
    ("The Peruvian teachers' union called off the strike after the government agreed to a pay rise.", "PER"),
    ("Striking dockers in Valencia called off a stoppage at the port, the union said.", ""),
])
def test_a_strike_called_off_by_its_holders_eases_dissent(analyse: Analyse, text: str, source: str) -> None:
    result = analyse(text, "2019-03-12")
    assert_mention(result, "082", source)
    assert "143" not in codes_of(result)


@pytest.mark.parametrize("text", [
    "Chilean police called off the search for the missing fishermen on Monday.",
    "The Peruvian teachers' union called off its meeting with the education minister.",
    "Brennan Foods Corp called off its merger with Halvorsen Dairy Inc.",
])
def test_other_things_called_off_are_no_easing_of_dissent(analyse: Analyse, text: str) -> None:
    result = analyse(text, "2019-03-12")
    assert "082" not in codes_of(result)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("WASHINGTON, March 12 - Northwind Aerospace Corp has received a 74.5 mln dlr contract for work on radar systems for fighter "
     "aircraft, the Air Force said.", "USAMIL", "USABUS"),
    ("WASHINGTON, March 12 - Calder Shipbuilding Inc has been awarded a 212 mln dlr contract for two supply "
     "ships, the Navy said.", "USAMIL", "USABUS"),
])
def test_a_contract_told_by_the_body_that_gave_it_is_an_agreement_with_it(analyse: Analyse, text: str,
                                                                          source: str, target: str) -> None:
    result = analyse(text, DAY)
    assert_mention(result, "057", source, target)


def test_a_contract_told_by_the_receivers_own_spokesman_names_no_giver(analyse: Analyse) -> None:
    result = analyse("WASHINGTON, March 12 - Calder Shipbuilding Inc has been awarded a contract worth 40 mln "
                     "dlrs for a ferry, a spokesman for the company said.", DAY)
    assert "057" not in codes_of(result)


def test_a_contract_received_from_a_named_party_keeps_it(analyse: Analyse) -> None:
    result = analyse("Northwind Aerospace Corp said it received a 30 mln dlr order from the Indonesian "
                     "government for transport planes.", DAY)
    assert_mention(result, "057", "IDNGOV")  # the party it came from gave it: its source


def test_a_giver_condition_names_sectors() -> None:
    assert _our_conditions("party:target|source;giver:GOV|MIL|STATE", "t")
    with pytest.raises(DataError):
        _our_conditions("giver:speaker", "t")
