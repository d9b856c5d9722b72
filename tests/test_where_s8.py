"""Event places, session 8: a place inside what an act is about is not where it happened, the named part of a
place before the place it lies in ("Mogadishu's Huriwa district"), sites ("the steps of her Madrid
apartment", "a Lahore court", "Highland Hospital in Oakland"), a country's embassy, and a lone name as what
was shot (a person, not a town)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult, Place

Analyse = Callable[[str, str | None], ArticleResult]


def _place(result: ArticleResult, trigger: str) -> Place | None:
    return event_on(result, trigger).location


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the named part of a city before the city its possessive names
    ("Gunmen shot dead a shopkeeper near his home in Nairobi's Eastleigh district on Tuesday.", "shot",
     "Eastleigh"),
    # past a part of a site the town modifies
    ("Two men on a motorbike shot a banker on the steps of her Madrid apartment building on Friday.", "shot",
     "Madrid"),
    # a site taken whole as an organisation still names its town
    ("Taliban gunmen shot and killed a witness in the fraud case outside a Karachi court last month.", "killed",
     "Karachi"),
    # a site "in X" stands in X, not in a namesake of its name
    ("Police shot a robbery suspect in the chest at Highland Hospital in Oakland on Monday.", "shot", "Oakland"),
    # the settlements an act on places names, as its object
    ("Syrian army artillery shelled the settlement of Maharda on Sunday.", "shelled", "Maharda"),
])
def test_event_place(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    assert loc is not None and place.lower() in loc.name.lower(), loc


@pytest.mark.parametrize(("text", "trigger", "not_place"), [
    # a place inside what the act is about or a time before it is another happening's
    ("Students protested against the new tuition fees, a day after police clashed with farmers in Lyon.",
     "protested", "Lyon"),
    ("Students protested against the new tuition fees, a week after a large rally in Lyon.", "protested",
     "Lyon"),
    # a lone name as who was shot is a person, not a town of that name
    ("Molina was shot in the leg on Saturday night.", "shot", "Molina"),
])
def test_not_the_place(analyse: Analyse, text: str, trigger: str, not_place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    assert loc is None or not_place.lower() not in loc.name.lower(), loc


def test_embassy_country_is_its_owner(analyse: Analyse) -> None:
    """Outside the United States embassy is in the host city, not in the United States."""
    loc = _place(analyse("In Canberra, about 400 demonstrators protested outside the United States embassy "
                         "against the bombing.", None), "protested")
    assert loc is None or loc.country != "USA", loc
