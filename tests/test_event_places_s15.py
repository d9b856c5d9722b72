"""Event places, session 15: "the outskirts of X" (a plural-only area noun the tagger lemmatizes to
"outskirt"), a town's or province's name the tagger took for an adjective before an area word ("the Dara'a
countryside"), and a division's kind word that never makes a town's alternate name ("Tirah District")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult
from newsevents.where import default_gazetteer

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Troops killed five militants on the outskirts of Peshawar on Sunday.", "killed", "Peshawar"),
    ("Government forces shelled the outskirts of Homs on Monday, killing five civilians.", "shelled", "Homs"),
    ("Two policemen were shot dead on the outskirts of Quetta on Sunday.", "shot", "Quetta"),
])
def test_outskirts_of_a_town_are_where(analyse: Analyse, text: str, trigger: str, name: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name == name


def test_name_tagged_as_adjective_before_countryside(analyse: Analyse) -> None:
    # the offensive's own phrase names the province; the town is only what its target was near
    text = ("Syrian troops launched an offensive in the Dara'a countryside on Sunday, targeting a military "
            "camp near the town of Inkhil.")
    loc = event_on(analyse(text, "2021-05-02"), "launched").location
    assert loc is not None and loc.name == "Daraa" and loc.country == "SYR"


def test_common_word_before_district_is_no_place(analyse: Analyse) -> None:
    # a lower-case or sentence-start word before "district" names no place the gazetteer should guess
    text = "A roadside bomb killed two soldiers in the border district on Friday."
    result = analyse(text, "2021-05-02")
    for event in result.events:
        assert event.location is None or event.location.name.lower() != "border"


def test_division_kind_word_is_no_alternate_city_name() -> None:
    gaz = default_gazetteer()
    place = gaz.geocode("Tirah District")
    assert place is None or place.country == "PAK"
    kurram = gaz.geocode("Kurram District")
    assert kurram is not None and kurram.country == "PAK" and kurram.feature == "admin2"
