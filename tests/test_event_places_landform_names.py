"""Event places named by a landform or battle site the gazetteer lacks ("the Qarnain Gas Fields", "the Al-Mouz
Checkpoint", "the Jabr Mountains"): a name ending with such a word is a place's whatever the NER typed it, even
as the act's object, but not a person's name ("Anita Hill")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Islamic State militants attacked the Syrian army defenses at the Shaer Gas Fields on Friday.", "attacked",
     "Shaer Gas Fields"),
    ("Islamic State militants stormed the Al-Mouz Checkpoint on Monday, killing four Syrian soldiers.",
     "killing", "Al-Mouz Checkpoint"),
    ("Syrian jets bombed the Al-Qadisiya Roundabout on Friday.", "bombed", "Al-Qadisiya Roundabout"),
])
def test_a_landform_name_is_where(analyse: Analyse, text: str, trigger: str, name: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name == name


def test_a_person_named_like_a_landform_is_no_place(analyse: Analyse) -> None:
    text = "Chicago police arrested Anita Hill on Monday."
    loc = event_on(analyse(text, "2021-05-02"), "arrested").location
    assert loc is None or loc.name != "Anita Hill"
