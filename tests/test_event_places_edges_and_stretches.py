"""Event places read through the way into a place ("at the entrance to X", "on the approaches to the city of
X": at X) and through a stretch of land between places ("in the area between X and Y", "on the road between X
and Y": among them), where a country only names a side and a border's sides are no place of the act; and a part
of a town named after "of" ("in Mosul's neighbourhood of Zanjili") before the town that owns it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Hundreds of farmers demonstrated at the entrance to Nablus against the new checkpoint.",
     "demonstrated", "Nablus"),
    ("Government jets bombed rebel positions on the approaches to the town of Idlib on Sunday.",
     "bombed", "Idlib"),
    ("Gunmen shot dead two policemen near the main gates to Kandahar on Friday.", "shot", "Kandahar"),
])
def test_the_way_into_a_place_is_there(analyse: Analyse, text: str, trigger: str, name: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name.startswith(name[:4])


def test_a_road_to_a_place_is_not_there(analyse: Analyse) -> None:
    # a road leads to a town from elsewhere: the act on it was not in the town
    text = "Gunmen ambushed a police convoy on the road to Kaduna on Monday."
    loc = event_on(analyse(text, "2021-05-02"), "ambushed").location
    assert loc is None or loc.name != "Kaduna"


@pytest.mark.parametrize(("text", "trigger", "names"), [
    ("Militiamen attacked villages in the area between Nyala and El Fasher on Tuesday.", "attacked",
     {"Nyala", "El Fasher"}),
    ("Maoists killed four policemen on the road between Sukma and Dantewada on Monday.", "killed",
     {"Sukma", "Dantewada", "Dantewāda"}),
])
def test_a_stretch_between_towns_is_among_them(analyse: Analyse, text: str, trigger: str,
                                               names: set[str]) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name in names


def test_a_country_between_names_only_a_side(analyse: Analyse) -> None:
    # "the area between Syria and Israel" is in neither country as far as the sentence says
    text = "Israeli troops shot dead a gunman in the area between Syria and Israel on Monday."
    loc = event_on(analyse(text, "2021-05-02"), "shot").location
    assert loc is None or loc.feature != "country"


def test_a_border_between_towns_is_neither_town(analyse: Analyse) -> None:
    # the act happened on one side of the border, and the sentence does not say which
    text = "Police seized two tons of cocaine in a tunnel on the border between Nogales and Tucson on Sunday."
    loc = event_on(analyse(text, "2021-05-02"), "seized").location
    assert loc is None or loc.name not in {"Nogales", "Tucson"}


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("A shopkeeper was shot dead on Sunday in Mosul's mainly Sunni neighbourhood of Zanjili.", "shot", "Zanjili"),
    ("Two policemen were killed in Karachi's crowded district of Lyari on Friday.", "killed", "Lyari"),
])
def test_a_named_part_after_of_is_finer_than_its_owner(analyse: Analyse, text: str, trigger: str,
                                                       name: str) -> None:
    # "X's neighbourhood of Y": the possessive names where the part lies, Y where it happened
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name == name
