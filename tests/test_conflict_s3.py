"""Conflict-news parties (actors/pronouns.py, events/arguments.py): a news credit ("..., reports The Times of
India") names who told the story, never a party of it nor the one a later pronoun stands for. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult
from newsevents.actors.pronouns import news_credits

Analyse = Callable[..., ArticleResult]
DAY = "2011-03-05"


def party_names(result: ArticleResult, role: str) -> set[str]:
    """Entity names of every event mention's `role` party ("source"/"target")."""
    by_id = {e.id: e.name for e in result.entities}
    out: set[str] = set()
    for event in result.events:
        for m in event.mentions:
            ref = getattr(m, role)
            if ref is not None and ref.entity_id in by_id:
                out.add(by_id[ref.entity_id])
    return out


@pytest.mark.parametrize(("text", "credit"), [
    ("A shopkeeper was shot dead in the market on July 17, reports Dawn.", "Dawn"),
    ("Two traders were abducted from the village on March 15 reports The Sentinel Herald.", "The Sentinel Herald"),
    ("Two soldiers were injured in the blast, reported The Morning Telegraph.", "The Morning Telegraph"),
])
def test_a_news_credit_is_found(pipeline, text: str, credit: str) -> None:
    doc = pipeline.nlp(text)
    assert " ".join(doc[i].text for i in sorted(news_credits(doc))) == credit


@pytest.mark.parametrize("text", [
    "Police reported that the militants attacked a camp on Monday.",
    "Intelligence reports said the rebels were regrouping in the hills.",
])
def test_a_subject_who_reports_is_no_credit(pipeline, text: str) -> None:
    assert not news_credits(pipeline.nlp(text))


def test_a_pronoun_does_not_stand_for_the_newspaper(analyse: Analyse) -> None:
    text = ("A shopkeeper was shot dead in the market on July 17, reports Dawn. He was on his way home when "
            "unidentified gunmen opened fire and killed him.")
    result = analyse(text, DAY)
    assert "Dawn" not in party_names(result, "source") | party_names(result, "target")


def test_an_unpunctuated_next_sentence_keeps_its_subject(pipeline) -> None:
    doc = pipeline.nlp("A mob stormed the camp on July 17 reports Daily Excelsior Protesters attacked the gate")
    assert "Protesters" not in {doc[i].text for i in news_credits(doc)}


@pytest.mark.parametrize(("text", "place"), [
    ("Unidentified gunmen shot dead a transporter at Teen Hatti Chowk in Karachi on July 6.", "Teen Hatti Chowk"),
    ("Militants attacked a police van on the Airport Road in Quetta on June 24.", "the Airport Road"),
])
def test_a_named_road_or_square_is_where_not_whom(analyse: Analyse, text: str, place: str) -> None:
    result = analyse(text, DAY)
    assert place.removeprefix("the ") not in {n.removeprefix("the ") for n in party_names(result, "target")}


def test_the_party_beside_a_named_road_is_still_a_target(analyse: Analyse) -> None:
    result = analyse("Gunmen opened fire at a police checkpost on the Ring Road in Peshawar on Monday.", DAY)
    codes = {m.target.code for e in result.events for m in e.mentions if m.target is not None}
    assert any(c and c.endswith("COP") for c in codes), codes


def codes_of(result: ArticleResult, trigger: str) -> set[str]:
    return {e.cameo for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


def test_civilians_who_catch_a_suspect_make_no_arrest(analyse: Analyse) -> None:
    result = analyse("Angry villagers detained two suspected thieves in Bihar on Monday.", DAY)
    assert "173" not in codes_of(result, "detained")


def test_an_armed_group_that_detains_people_abducts_them(analyse: Analyse) -> None:
    result = analyse("Maoists detained three villagers in Dantewada District on Monday.", DAY)
    assert codes_of(result, "detained") == {"181"}


def test_the_police_still_arrest(analyse: Analyse) -> None:
    result = analyse("Indian police arrested two Maoists in Chhattisgarh on Monday.", DAY)
    assert codes_of(result, "arrested") == {"173"}


def test_the_one_seen_killed_is_the_victim(analyse: Analyse) -> None:
    result = analyse("The raid in North Waziristan saw senior Taliban commander Qari Hamid killed.", DAY)
    assert "Qari Hamid" not in party_names(result, "source")


def test_a_finite_clause_after_found_keeps_its_doer(analyse: Analyse) -> None:
    result = analyse("The inquiry found that militants killed two traders in Quetta.", DAY)
    sources = {m.source.code for e in result.events for m in e.mentions if m.source is not None}
    assert any(c and c.endswith("REB") for c in sources), sources


def test_a_town_naming_an_attack_is_not_its_doer(analyse: Analyse) -> None:
    result = analyse("Seven Maoists involved in the Dantewada landmine attack were arrested by Indian police.", DAY)
    assert "Dantewada" not in party_names(result, "source")


def test_a_country_naming_an_attack_is_its_doer(analyse: Analyse) -> None:
    result = analyse("The Pakistan attack on Indian posts was condemned.", DAY)
    # a state using force is its armed forces (implied_sectors.csv state_force, session 41): PAKMIL
    assert ("attack", "PAKMIL") in {(m.trigger, m.source.code) for e in result.events for m in e.mentions
                                    if m.source is not None}
