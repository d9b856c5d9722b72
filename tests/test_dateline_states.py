"""A dateline's capital is the capital of the state that held it on the story's day (historical_states.csv)."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline


def _codes(pipeline: Pipeline, text: str, day: date) -> dict[str, str | None]:
    result = pipeline.analyse(Article(id="dateline", text=text, published=day))
    return {e.name: e.actor.code if e.actor else None for e in result.entities}


def test_moscow_in_1987_is_the_soviet_union(pipeline: Pipeline) -> None:
    text = "MOSCOW, Oct 5 - Finance Minister Pavel Orlovsky told deputies the budget deficit would fall."
    assert _codes(pipeline, text, date(1987, 10, 5))["Pavel Orlovsky"] == "SUNGOV"
    assert _codes(pipeline, text, date(2015, 10, 5))["Pavel Orlovsky"] == "RUSGOV"


def test_east_berlin_is_east_germany_not_pennsylvania(pipeline: Pipeline) -> None:
    text = "EAST BERLIN, Oct 5 - The foreign minister told deputies the budget deficit would fall."
    assert _codes(pipeline, text, date(1987, 10, 5))["foreign minister"] == "DDRGOV"


def test_a_russian_body_of_the_tables_was_soviet_before_1992(pipeline: Pipeline) -> None:
    text = "The Kremlin said Aeroflot would resume flights to Kabul, Tass reported."
    assert _codes(pipeline, text, date(1987, 3, 5))["Kremlin"] == "SUNGOV"
    assert _codes(pipeline, text, date(1987, 3, 5))["Aeroflot"] == "SUNBUS"
    assert _codes(pipeline, text, date(2015, 3, 5))["Kremlin"] == "RUSGOV"
