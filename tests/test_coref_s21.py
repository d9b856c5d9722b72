"""Parties named in an earlier sentence, and the one rule for the country a story is mainly about
(`actors/story_country.py`, shared by the merge of mentions and the story's home)."""

from __future__ import annotations

from collections import Counter

from conftest import party_code
from newsevents import ArticleResult
from newsevents.actors.story_country import main_country


def _event(result: ArticleResult, trigger: str, nth: int = 0):
    """The `nth` event told by `trigger`."""
    return [e for e in result.events if e.mentions[0].trigger == trigger][nth]


def test_places_outweigh_the_country_named_most() -> None:
    # a Kashmir story: Pakistan named as often as India, but every place it happens in is Indian
    counts = Counter({"PAK": 6, "IND": 6})
    assert main_country(counts, Counter({"IND": 4})) == "IND"
    assert main_country(counts) is None


def test_places_do_not_outweigh_a_country_named_three_times_as_often() -> None:
    # a Honduran scandal told from a New York court: the places are American, the story Honduras's
    assert main_country(Counter({"HND": 12, "USA": 3}), Counter({"USA": 3})) == "HND"


def test_a_lone_country_named_once_needs_to_be_named_unmistakably() -> None:
    assert main_country(Counter({"PAK": 1}), strong={"IND"}) is None
    assert main_country(Counter({"PAK": 1}), strong={"PAK"}) == "PAK"


KASHMIR = ("The Indian army killed two militants of the Pakistan-based Lashkar-e-Toiba in Anantnag "
           "District of Jammu and Kashmir on Monday. Pakistan denied any role, and the Pakistani army said "
           "Pakistan had no link to the group. Police in Srinagar and Baramulla arrested a suspect on "
           "Tuesday. Two civilians were injured in Kupwara and Sopore. The army later arrested two militants "
           "in Pulwama.")


def test_bare_army_in_a_kashmir_story_is_the_army_of_where_it_happens(analyse) -> None:
    # two armies named before; the story names Pakistan as often as India, but it happens in Kashmir's
    # towns: the bare "the army" three sentences after the Pakistani army's denial is India's
    result = analyse(KASHMIR, "2026-01-05")
    assert party_code(_event(result, "arrested", 1), "source") == "INDMIL"

