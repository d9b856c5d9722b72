"""A currency's nationality or country word is whose money an amount is, no party to the act (issue 10,
targets): "agreed to purchase six aircraft for 1.6 billion Canadian dlrs" names no Canadian counterpart, "rose
against the U.S. dollar" no American one (noun_classes.csv currency_unit). Sentences we wrote."""

from __future__ import annotations

import pytest


def targets(result) -> list[str | None]:
    return [e.target.code if e.target else None for e in result.events]


@pytest.mark.parametrize("text", [
    "Elders IXL said it agreed to buy the brewing assets for 50 mln Australian dlrs.",
    "Nova Corp said it agreed to acquire the pipeline for 120 mln Canadian dlrs.",
    "Dome Petroleum agreed to sell the refinery for 300 mln Canadian dollars.",
])
def test_a_currency_word_is_no_counterpart(analyse, text: str) -> None:
    assert all(t is None or len(t) > 3 for t in targets(analyse(text, "1987-03-10")))


def test_the_maker_named_beside_the_price_stays_the_counterpart(analyse) -> None:
    text = ("Canadian Airlines International said it agreed to purchase six Boeing Co 767 aircraft for 1.6 "
            "billion Canadian dlrs.")
    assert targets(analyse(text, "1987-04-08")) == ["USABUS"]


def test_the_nationality_stays_an_entity_of_the_story(analyse) -> None:
    # the word still says which country's money it is: kept as an entity for the story's country
    result = analyse("Elders IXL said it agreed to buy the brewing assets for 50 mln Australian dlrs.", "1987-03-10")
    assert any(e.actor is not None and e.actor.code == "AUS" for e in result.entities)
