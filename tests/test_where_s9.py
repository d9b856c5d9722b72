"""Event places, session 9: towns the NER typed as products or languages ("on the outskirts of Manbij city"),
a happening's finest place across its mentions, a place after another's "in" phrase as its container, and the
seat of an office ("the group's commander in Mosul") as no place of an act on its holder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult, Place
from newsevents.where import unresolved_name

Analyse = Callable[[str, str | None], ArticleResult]


def _place(result: ArticleResult, trigger: str) -> Place | None:
    return event_on(result, trigger).location


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a town the NER typed as a product (or a language) is still where, when the gazetteer knows it
    ("Kurdish militias of the YPG attacked Islamic State positions on the outskirts of Manbij city on Friday.",
     "attacked", "Manbij"),
    ("Masked gunmen in Quetta shot and killed a shopkeeper on Tuesday.", "shot", "Quetta"),
    # a happening's finest place its mentions give: the village an offensive in a region targeted
    ("Syrian government troops launched a new offensive in the Hama countryside on Monday, targeting the "
     "rebel-held village of Kafr Nabudah.", "launched", "Kafr Nabudah"),
    # a place phrase right after another place's own "in" phrase is where that place lies
    ("A suicide bomber in Hotan Prefecture in the restive Chinese region of Xinjiang killed six people on "
     "Friday.", "killed", "CHN:not Xinjiang"),
    # ... unless it is the finer of the two
    ("Two policemen were killed in fighting in eastern Ukraine in the area of Luhansk on Tuesday.", "killed",
     "Luhansk"),
    # "head" as a body part is no office
    ("Israeli troops shot a Palestinian teenager in the head in Gaza on Friday.", "shot", "Gaza"),
])
def test_event_place(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    if place.startswith("CHN:not "):  # the gazetteer names Hotan by another name: only which it is not
        assert loc is not None and loc.country == "CHN" and place[8:] not in loc.name, loc
        return
    assert loc is not None and place.lower() in loc.name.lower(), loc


@pytest.mark.parametrize(("text", "trigger", "not_place"), [
    # a language is never a place, whatever the NER typed it
    ("Taliban gunmen killed two policemen and later announced in English that they had done it.", "killed",
     "English"),
    # the seat of somebody's office is not where an act on them happened
    ("Abu Omar, the militant group's commander in Mosul, was killed in an airstrike on Friday.", "killed",
     "Mosul"),
])
def test_not_the_place(analyse: Analyse, text: str, trigger: str, not_place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    assert loc is None or not_place.lower() not in loc.name.lower(), loc


def test_story_country_outweighs_lone_namesake(analyse: Analyse) -> None:
    """Hangu is a district of Pakistan and a larger town in China: in a Pakistani story it is the former."""
    loc = _place(analyse("Militants attacked a police checkpoint in Hangu on Sunday, killing two policemen, "
                         "officials in Khyber Pakhtunkhwa said.", None), "attacked")
    assert loc is not None and loc.country == "PAK", loc


@pytest.mark.parametrize(("text", "name"), [
    ("Palmyra (Tadmur", "Palmyra"),
    ("Qamishli [Qamishlo]", "Qamishli"),
    ("Maru LGA", "Maru"),
])
def test_unresolved_name_without_other_names(text: str, name: str) -> None:
    assert unresolved_name(text) == name
