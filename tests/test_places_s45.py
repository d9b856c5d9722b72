"""Event places, session 45: an act of force whose sentence names no place is the incident the sentence before
placed (`where._told_before`, `basis: story`), never across another place, a new paragraph, an opener of
another incident, another day or an act not told as happening."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def test_the_next_sentence_of_an_incident_takes_its_place(analyse: Analyse) -> None:
    text = ("Militants abducted a contractor from Tamenglong District on May 5. The militants also fired at a "
            "patrol before fleeing into the forest.")
    result = analyse(text, "2021-05-06")
    first = event_on(result, "abducted").location
    fired = event_on(result, "fired").location
    assert first is not None and first.basis is None and first.country == "IND"
    assert fired is not None and fired.basis == "story" and fired.name == first.name


def test_an_act_told_after_the_attack_is_where_the_attack_was(analyse: Analyse) -> None:
    text = ("Gunmen ambushed a bus in Kurram Agency on Sunday. The gunmen then abducted four passengers, "
            "officials said.")
    abducted = event_on(analyse(text, "2021-06-07"), "abducted").location
    assert abducted is not None and abducted.basis == "story" and abducted.country == "PAK"


def test_another_incident_keeps_no_place(analyse: Analyse) -> None:
    text = ("Militants abducted a contractor from Tamenglong District on May 5. Separately, two militants were "
            "arrested by the Police.")
    assert event_on(analyse(text, "2021-05-06"), "arrested").location is None


def test_an_act_of_another_day_keeps_no_place(analyse: Analyse) -> None:
    text = ("Maoists killed a villager in Gaya District on June 2. Maoists had attacked his house in "
            "2015.")
    loc = event_on(analyse(text, "2021-06-03"), "attacked").location
    assert loc is None or loc.basis != "story"


def test_a_new_paragraph_or_a_sentence_naming_another_place_stops_it(analyse: Analyse) -> None:
    text = ("Militants abducted a contractor from Tamenglong District on May 5.\n\nThe militants fired at a "
            "patrol before fleeing into the forest.")
    assert event_on(analyse(text, "2021-05-06"), "fired").location is None
    text = ("Militants abducted a contractor from Tamenglong District on May 5. Leaders met in Delhi to "
            "discuss the talks. The militants fired at a patrol before fleeing into the forest.")
    loc = event_on(analyse(text, "2021-05-06"), "fired").location
    assert loc is None or loc.basis != "story"


def test_a_statement_is_not_placed_by_the_incident(analyse: Analyse) -> None:
    text = ("Militants attacked a police post in Gaya District on June 2. The group later said it had "
            "attacked the post to punish informers, and threatened more attacks.")
    result = analyse(text, "2021-06-03")
    for e in result.events:
        if not e.cameo.startswith(("17", "18", "19", "20")):
            assert e.location is None or e.location.basis != "story"
