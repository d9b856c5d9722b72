"""Recall of crime and conflict happenings, and words read in another sense (events/detect.py, senses.py and
their tables): captures, shootouts, ultimatums, shots fired at someone; 'calling it X' is a description, not a
phone call; a deal struck is no blow; a tally is no one event. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2011-03-05"


def pairs(result: ArticleResult) -> set[tuple[str, str | None, str | None]]:
    """(code, source name, target name) for every event mention."""
    by_id = {e.id: e.name for e in result.entities}
    out = set()
    for event in result.events:
        for m in event.mentions:
            src = by_id.get(m.source.entity_id) if m.source and m.source.entity_id else None
            tgt = by_id.get(m.target.entity_id) if m.target and m.target.entity_id else None
            out.add((event.cameo, src, tgt))
    return out


@pytest.mark.parametrize(("text", "code"), [
    ("Police captured four members of the Sinaloa Cartel in Culiacan.", "173"),
    ("FARC rebels captured two soldiers in Cauca.", "181"),  # captured by rebels: taken hostage
    ("A shootout between the Sinaloa Cartel and the Gulf Cartel left 14 dead.", "190"),
    ("The Gulf Cartel gave rival groups 48 hours to leave the city.", "139"),
    ("Rebels fired at the army near the border on Sunday.", "190"),
    ("Minister Carlos Ruiz has denied the claims.", "016"),
    ("Exxon and Mobil struck an agreement on Tuesday.", "057"),
    ("Protesters clashed with riot police in Caracas.", "145"),
])
def test_happening_is_found(analyse: Analyse, text: str, code: str) -> None:
    assert code in event_codes(analyse(text, DAY))


def test_guns_turned_on_each_other_is_fighting_both_ways(analyse: Analyse) -> None:
    found = pairs(analyse("The Sinaloa Cartel and the Gulf Cartel turned their guns on each other.", DAY))
    assert {(c, s, t) for c, s, t in found if c[:2] in {"18", "19"} and s and t}
    assert len({s for _, s, _ in found}) == 2


@pytest.mark.parametrize("text", [
    "Interior Minister Juan Perez criticised the Sinaloa Cartel, calling them one of the main enemies of Mexico.",
    "Senator Ana Diaz called the decision by Brazil unjustified.",
])
def test_calling_it_something_is_no_phone_call(analyse: Analyse, text: str) -> None:
    assert "041" not in event_codes(analyse(text, DAY))


def test_a_participle_description_is_by_the_main_subject(analyse: Analyse) -> None:
    found = pairs(analyse("Interior Minister Juan Perez criticised the Sinaloa Cartel, calling them one of the "
                          "main enemies of Mexico.", DAY))
    assert all(s != "Sinaloa Cartel" for _, s, _ in found)


@pytest.mark.parametrize(("text", "absent"), [
    ("The two companies struck an agreement with Chrysler on Monday.", "190"),
    ("Sixteen police officers have been killed by the Taliban so far this year.", "180"),
    ("Sixteen police officers have been killed by the Taliban so far this year.", "190"),
    ("The Obama administration is fighting a Texas law in court.", "190"),
    ("The Mexican army captured the town of Reynosa.", "173"),
])
def test_no_such_event(analyse: Analyse, text: str, absent: str) -> None:
    assert absent not in event_codes(analyse(text, DAY))


def test_only_the_protesters_protest_in_a_clash(analyse: Analyse) -> None:
    found = pairs(analyse("Police and protesters clashed in Caracas.", DAY))
    assert found and all(code != "145" for code, source, _ in found if source and "police" in source.lower())
    assert any(code == "145" for code, source, _ in found if source and "protesters" in source.lower())


def test_a_letter_demanding_is_a_demand_of_its_writer_to_its_addressee(analyse: Analyse) -> None:
    found = pairs(analyse("Israel sent Hamas a letter demanding the release of the hostages.", DAY))
    assert ("105", "Israel", "Hamas") in found  # 1053: demand the release of persons
