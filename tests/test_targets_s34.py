"""Targets of a first shot answered by the other side (events/targets.py `_answering_side`): "X opened fire and
Y retaliated" - X fired at Y. Sentences written for these tests in the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-02-10"


def targets(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def test_fire_answered_in_a_coordinated_clause_was_aimed_at_the_answerers(analyse: Analyse) -> None:
    result = analyse("While the force was combing a forest in Sukma District, the Maoists opened fire and the "
                     "police returned fire.", DAY)
    assert "INDCOP" in targets(result, "opened"), readings(result, "opened")


def test_fire_of_a_when_clause_was_aimed_at_those_who_retaliated(analyse: Analyse) -> None:
    result = analyse("On Sunday, when the Maoists opened fire near Dantewada, the Army retaliated and the rebels "
                     "fled into the forest.", DAY)
    assert "INDMIL" in targets(result, "opened"), readings(result, "opened")


def test_fire_answered_in_the_next_sentence_was_aimed_at_the_answerers(analyse: Analyse) -> None:
    result = analyse("Suspected militants opened fire near a village in Kupwara District on Sunday. The Army "
                     "retaliated.", DAY)
    assert "INDMIL" in targets(result, "opened"), readings(result, "opened")


def test_fire_at_a_named_thing_keeps_it_whoever_answers(analyse: Analyse) -> None:
    result = analyse("Militants opened fire on a bus near Kupwara on Sunday and the Army retaliated.", DAY)
    assert "INDMIL" not in targets(result, "opened"), readings(result, "opened")
