"""Event places: a scene the sentence opens with ("In Kandahar, ...") gives way to a place as fine that the act
itself names later ("... killed in Panjwai district"); a lone name as what an arrest was done to, which the
gazetteer reads as a province of another country than the act's own places ("Tucuman was arrested ... outside
Cali"), is a person's surname, not where it happened."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("In Kandahar, four policemen were killed by a roadside bomb on Sunday in Panjwai district.", "killed",
     "Panjwai"),
    ("In Baghdad, gunmen killed nine shoppers on Monday in the Karrada district.", "killed", "Karrada"),
])
def test_an_opening_scene_gives_way_to_the_acts_own_place(analyse: Analyse, text: str, trigger: str,
                                                           place: str) -> None:
    loc = event_on(analyse(text, "2012-06-04"), trigger).location
    assert loc is not None and place in loc.name


def test_an_opening_scene_alone_is_the_place(analyse: Analyse) -> None:
    loc = event_on(analyse("In Kandahar, four policemen were killed by a roadside bomb on Sunday.",
                           "2012-06-04"), "killed").location
    assert loc is not None and loc.name.startswith("Kandah")


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Tucuman was arrested on Friday as he left a bar in the north of Cali.", "arrested", "Cali"),
])
def test_a_surname_read_as_a_foreign_province_is_no_place(analyse: Analyse, text: str, trigger: str,
                                                         town: str) -> None:
    loc = event_on(analyse(text, "2012-06-04"), trigger).location
    assert loc is None or (loc.country == "COL" and loc.name.startswith(town))
