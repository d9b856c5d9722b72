"""A republic of the Soviet Union or Yugoslavia before its independence (historical_states.csv): its name codes
the state it was part of, and "Georgia" before 1991 names no country (in 1987 news, the US state)."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline
from newsevents.actors.knowledge import default_knowledge, on_day


def _codes(pipeline: Pipeline, text: str, day: date) -> dict[str, str | None]:
    result = pipeline.analyse(Article(id="republic", text=text, published=day))
    return {e.name: e.actor.code if e.actor else None for e in result.entities}


def test_georgia_in_1987_is_the_us_state_and_in_2008_the_country(pipeline: Pipeline) -> None:
    text = "The Georgia Public Service Commission approved the utility's rate increase on Tuesday."
    assert _codes(pipeline, text, date(1987, 6, 2))["Georgia Public Service Commission"] == "USAGOV"
    war = "Russian troops attacked Georgia on Friday, the defence ministry said."
    assert _codes(pipeline, war, date(2008, 8, 9))["Georgia"] == "GEO"


def test_a_republics_people_word_before_independence_is_the_union_s(pipeline: Pipeline) -> None:
    text = "A Ukrainian official said towns near the river would be evacuated before the spring floods."
    assert _codes(pipeline, text, date(1987, 3, 20))["Ukrainian"] == "SUN"
    assert _codes(pipeline, text, date(2015, 3, 20))["Ukrainian"] == "UKR"


def test_republic_names_follow_their_states_by_date() -> None:
    kb = default_knowledge()
    with on_day(date(1987, 5, 1)):
        assert kb.countries.get("croatia") == "YUG" and kb.countries.get("kazakhstan") == "SUN"
        assert kb.countries.get("georgia") is None and "georgia" not in kb.countries
        assert kb.demonyms.get("armenian") is None  # a people abroad more than a Soviet body
    with on_day(date(1999, 5, 1)):
        assert kb.countries.get("serbia") == "SCG" and kb.countries.get("croatia") == "HRV"
    with on_day(date(2010, 5, 1)):
        assert kb.countries.get("serbia") == "SRB" and kb.countries.get("georgia") == "GEO"
