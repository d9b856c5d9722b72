"""A town's name the NER ends before the street word after it ("the Kasi road area") names the street, not
the town: the street is in the town the text puts it in, or in no place, and the parties of a story placed by
it alone get no country from the town it is named after."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_on
from newsevents.model import ArticleResult
from newsevents.where import Toponym, with_street_word

Analyse = Callable[[str, str | None], ArticleResult]


def test_the_street_word_is_taken_into_the_name() -> None:
    top = with_street_word(Toponym("Kasi", "in the city's ", " road area on Monday", 10))
    assert top.text == "Kasi road" and top.after == " area on Monday"


def test_a_market_keeps_its_town() -> None:
    top = with_street_word(Toponym("Kabul", "in a ", " market on Monday", 10))
    assert top.text == "Kabul"


def test_a_road_named_after_a_town_is_not_in_it(analyse: Analyse) -> None:
    text = ("Two people died in a shooting in the citys Kasi road area. Gunmen opened fire at a house in Kasi "
            "road area and killed both, including a girl of 14.")
    ev = event_on(analyse(text, "2015-03-12"), "opened")
    assert ev.location is None or ev.location.country is None
    assert ev.source is not None and not (ev.source.code or "").startswith("IND")


def test_a_country_before_a_street_word_stays_the_country(analyse: Analyse) -> None:
    result = analyse("Police seized cocaine with a US street value of $2 million in Honduras on Monday.",
                     "2015-03-12")
    us = next(e for e in result.entities if e.name == "United States")
    assert us.place is not None and us.place.country == "USA"
