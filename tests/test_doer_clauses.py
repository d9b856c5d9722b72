"""Doers the parse hangs away from the act: a raised subject ("X are believed to have ambushed") and a
when-clause the parser took for a complement or conjunct ("when suspected X militants attacked")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-07-05"


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("On July 4, alleged members of the National Liberation Army (ELN) are believed to have ambushed a group of "
     "soldiers in the town of Tame in Arauca.", "ambushed", "COLREB"),
    ("Members of the Gulf Clan are thought to have killed the two farmers in Antioquia, police said.", "killed",
     "COLCRM"),
])
def test_a_raised_subject_is_read_as_a_subject(analyse: Analyse, text: str, trigger: str, source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert source in {s for s, _ in found}, found


@pytest.mark.parametrize(("text", "trigger"), [
    ("One of Honduras' most-wanted men has been captured in Guatemala and deported, officials said on Monday.",
     "deported"),
    # a raised subject of a passive complement suffered the act
    ("A militant was also reported killed in the encounter in Sopore town of Baramulla District.", "killed"),
])
def test_the_one_who_suffered_is_no_doer(analyse: Analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert all(s is None or s[-3:] not in {"CVL", "REB"} for s, _ in found), found


def test_a_when_clause_hung_on_the_subjects_word_names_the_doer(analyse: Analyse) -> None:
    found = readings(analyse("At least three civilians were killed and 30 others were injured when suspected "
                             "Lashkar e Toiba LeT militants attacked the convoy of a Minister in Sopore town of "
                             "Baramulla District on July 4.", DAY), "killed")
    assert {s for s, _ in found} == {"PAKREB"}, found
