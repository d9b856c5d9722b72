"""An organisation's name that several countries' groups share is the story's home country's group.

organizations.csv gives "People's Liberation Army" as China's army (CHNMIL); national_bodies.csv lists the
countries whose armed groups are also so called. In a story about Manipur it is India's rebels (INDREB), in one
about Colombia the EPL (COLREB); in a story about China it stays China's army.
"""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline


def _codes(pipeline: Pipeline, text: str, name: str) -> set[str | None]:
    result = pipeline.analyse(Article(id="shared", text=text, published=date(2016, 5, 4)))
    return {e.actor.code if e.actor else None for e in result.entities if name in e.name}


def test_the_manipur_group_is_indian_rebels(pipeline: Pipeline) -> None:
    text = ("Peoples Liberation Army (PLA) militants ambushed an Assam Rifles patrol near Moreh in Tengnoupal "
            "District of Manipur on May 3, the Imphal Free Press reports. Two troopers were injured. "
            "Police in Imphal said the PLA cadres fled towards the border after the attack.")
    assert _codes(pipeline, text, "Liberation Army") == {"INDREB"}


def test_the_colombian_group_is_colombian_rebels(pipeline: Pipeline) -> None:
    text = ("Colombian police killed the leader of the last faction of the People's Liberation Army (EPL) in "
            "Norte de Santander, President Juan Manuel Santos said. The EPL has trafficked cocaine along the "
            "Venezuelan border for a decade, according to Colombia's Defense Ministry.")
    assert _codes(pipeline, text, "Liberation Army") == {"COLREB"}


def test_china_army_stays_china_army(pipeline: Pipeline) -> None:
    text = ("BEIJING, May 4 - The People's Liberation Army held live-fire drills off Fujian province on "
            "Wednesday, China's Defence Ministry said. The PLA navy sent three destroyers.")
    assert _codes(pipeline, text, "Liberation Army") == {"CHNMIL"}


def test_a_common_noun_in_lower_case_is_no_place(pipeline: Pipeline) -> None:
    text = ("A driver of a pick up van was shot by unidentified assailants near Golaghat in Assam on April 9, "
            "reports The Sentinel. Police said the assailants demanded money.")
    result = pipeline.analyse(Article(id="van", text=text, published=date(2016, 4, 10)))
    assert not [e for e in result.entities if e.name.lower() == "van"]
    assert not [e for e in result.entities if e.actor and e.actor.country == "TUR"]


def test_a_makers_model_is_no_actor(pipeline: Pipeline) -> None:
    text = "The crash of a Garuda Indonesia Boeing 737 killed 104 people near Medan, officials said."
    result = pipeline.analyse(Article(id="model", text=text, published=date(1997, 9, 30)))
    assert "Boeing" not in {e.name for e in result.entities}
    assert not [e for e in result.events if e.cameo.startswith(("18", "19"))]
    company = pipeline.analyse(Article(id="maker", text="Boeing won an order for 20 jets from Garuda Indonesia.",
                                       published=date(1997, 9, 30)))
    assert "Boeing" in {e.name for e in company.entities}


def test_a_person_identified_by_name_is_no_minister_of_that_name(pipeline: Pipeline) -> None:
    text = ("A truck driver was shot by unidentified assailants near Golaghat in Assam on March 3, reports The "
            "Sentinel. The driver, identified as Abdul Ali, told the investigating officer that two men on a "
            "motorcycle had demanded money.")
    result = pipeline.analyse(Article(id="identified", text=text, published=date(2016, 3, 4)))
    codes = {e.name: e.actor.code if e.actor else None for e in result.entities}
    assert not (codes.get("Abdul Ali") or "").startswith("AFG")
