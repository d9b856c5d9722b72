"""An act told inside a concession phrase ("despite his criticism", "in spite of protests") is background the
clause's act goes against: no day of its own, not the publication day, unless its own phrase dates it."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause


def test_criticism_under_despite_is_undated(nlp: Language) -> None:
    text = "Stoltenberg is respected in Bonn despite his criticism of German monetary policies."
    assert date_in_clause(nlp, text, "criticism") == (None, "unknown")


def test_attempted_veto_under_despite_is_undated(nlp: Language) -> None:
    text = "The House passed the farm bill despite the governor's attempts to veto it."
    assert date_in_clause(nlp, text, "veto") == (None, "unknown")


def test_protests_in_spite_of_are_undated(nlp: Language) -> None:
    text = "In spite of protests by Athens, Ankara sent a survey ship to the Aegean."
    assert date_in_clause(nlp, text, "protests") == (None, "unknown")


def test_conceded_act_keeps_its_own_day(nlp: Language) -> None:
    text = "Despite the talks held on Monday, the two governments failed to settle the dispute."
    value, basis = date_in_clause(nlp, text, "talks")
    assert basis != "publication" and value is not None


def test_main_act_beside_a_concession_keeps_the_story_day(nlp: Language) -> None:
    text = "Despite the protests, Ankara sent a survey ship to the Aegean."
    assert date_in_clause(nlp, text, "sent")[1] == "publication"
