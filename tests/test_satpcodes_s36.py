"""Actor codes of the parties of South Asia Terrorism Portal style reports (issue 9, session 36): armed men
"of" an armed group the tables code are that group's, not the story's country's rebels; state armed police
battalions are police (COP); a division's name or a newspaper's one-word name the NER took for a person's
still places the story, so its unnamed parties are not left with a bare sector. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2017-05-22"


def codes(result: ArticleResult) -> set[str | None]:
    """Every source and target code of the article's events."""
    return {c for e in result.events for m in e.mentions
            for c in (m.source.code if m.source else None, m.target.code if m.target else None)}


# -- 1. armed men of an armed group are the group's -----------------------------------------------------------

def test_militants_of_a_pakistani_group_are_pakreb(analyse: Analyse) -> None:
    result = analyse("Four militants of Jaish-e-Mohammad (JeM) were killed by the Army in a gun battle in "
                     "Kupwara District of Jammu and Kashmir on May 21, reports Daily Excelsior.", DAY)
    assert ("INDMIL", "PAKREB") in readings(result, "killed")


def test_militants_of_an_indian_group_stay_indreb(analyse: Analyse) -> None:
    result = analyse("Two militants of Hizbul Mujahideen were killed by the Army in an encounter in Shopian "
                     "District of Jammu and Kashmir on May 21, reports Daily Excelsior.", DAY)
    assert ("INDMIL", "INDREB") in readings(result, "killed")


# -- 2. state armed police battalions are police ---------------------------------------------------------------

def test_chhattisgarh_armed_force_is_police(analyse: Analyse) -> None:
    result = analyse("Maoists shot dead a trooper of the Chhattisgarh Armed Force in Sukma District of "
                     "Chhattisgarh on June 2, reports The Hindu.", DAY)
    entity = next(e for e in result.entities if e.name == "Chhattisgarh Armed Force")
    assert entity.actor is not None and entity.actor.code == "INDCOP"


# -- 3. a division or an outlet the NER took for a person still places the story -------------------------------

def test_a_district_typed_as_a_person_places_the_story(analyse: Analyse) -> None:
    result = analyse("Unidentified assailants shot dead two persons near a mosque in Rahim Yar Khan District "
                     "on December 30.", DAY)
    assert "PAKCVL" in codes(result) and "CVL" not in codes(result)


def test_an_outlet_named_as_the_source_places_the_story(analyse: Analyse) -> None:
    result = analyse("Unidentified assailants shot dead a shopkeeper in Shafi Town on December 30, reports "
                     "Dawn.", DAY)
    dawn = next(e for e in result.entities if e.name == "Dawn")
    assert dawn.actor is not None and dawn.actor.code == "PAKMED"
