"""Doers named in the sentence but lost: the one who "has no plans to meet" (an intent noun under "have"), and
uncoded names beside a coded doer (its members, initials or name words) taken as doers of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-08-17"


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Prime Minister Nawaz Sharif said he had no plans to meet Indian Prime Minister Narendra Modi during the "
     "summit in Ufa.", "meet", "PAKGOV"),
    ("Prime Minister Narendra Modi has plans to visit Kabul next month to meet President Ashraf Ghani, his "
     "office said.", "meet", "INDGOV"),
])
def test_one_who_has_plans_to_act_is_the_doer(analyse: Analyse, text: str, trigger: str, source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(s == source for s, _ in found), found


def test_a_capability_one_has_is_still_no_act(analyse: Analyse) -> None:
    found = readings(analyse("The commission had the power to arrest the leaders of the gang, the report said.",
                             DAY), "arrest")
    assert not found, found


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Also, the National Democratic Front of Bodoland (NDFB) cadres, Rujen and Bidai were involved in the "
     "abduction of a police head constable Ram Das in Kokrajhar District, a police source said.", "abduction",
     "INDREB"),
    ("Union Finance Minister (UFM) Arun Jaitley on May 3 held a review meeting with bank chiefs in New Delhi.",
     "meeting", "INDGOV"),
])
def test_uncoded_names_beside_a_coded_doer_are_no_doers(analyse: Analyse, text: str, trigger: str,
                                                       source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(s == source for s, _ in found), found
