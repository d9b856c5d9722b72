"""A fight told as a happening: "an encounter took place between X and Y", "fighting erupted between X and Y".
The parser hangs the between-phrase on the verb that only says the fight happened (`occurrence_verb` in
data/party_words.csv), so its sides are the fight's: each side fought the other (events/noun_arguments.py
`_between`, patterns.py for rows that ask for the phrase). Sentences written for these tests after SATP and
InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-05-22"


@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("An encounter broke out between Security Forces and Maoists in Bijapur District of Chhattisgarh on May 21, "
     "reports The Hindu.", "encounter", {("INDMIL", "INDREB"), ("INDREB", "INDMIL")}),
    ("A heavy exchange of fire took place between the Police and Lashkar-e-Taiba militants in Karachi on May 21.",
     "exchange", {("PAKCOP", "PAKREB"), ("PAKREB", "PAKCOP")}),
    # a row that asks for the between-phrase ("fighting" alone names no fight of two named sides)
    ("Fighting erupted between the Sinaloa Cartel and the Zetas in Nuevo Laredo on Monday.", "Fighting",
     {("MEXCRM", "MEXCRM")}),
])
def test_the_sides_of_a_fight_that_took_place_fought_each_other(
        analyse: Analyse, text: str, trigger: str, sides: set[tuple[str, str]]) -> None:
    assert readings(analyse(text, DAY), trigger) == sides


def test_a_fight_with_one_side_read_is_not_coded_with_no_doer(analyse: Analyse) -> None:
    # "a joint team" names no actor: one side alone would make a fight with no one fighting
    result = analyse("An exchange of fire took place between a joint team and the rebels in Bijapur on May 21.", DAY)
    assert readings(result, "exchange") == set()



# -- a force's party, patrol or squad is the force -----------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "reading"), [
    ("The BSF parties had an exchange of fire with the militants near the border in Kupwara District on May 21.",
     "exchange", ("INDMIL", "INDREB")),
    ("A CRPF squad retaliated and killed two Maoists in Bijapur District on May 21.", "killed",
     ("INDCOP", "INDREB")),
    ("A CRPF patrol killed two Maoists in Bijapur District on May 21.", "killed", ("INDCOP", "INDREB")),
])
def test_a_party_or_patrol_a_force_names_acts_for_the_force(
        analyse: Analyse, text: str, trigger: str, reading: tuple[str, str]) -> None:
    assert reading in readings(analyse(text, DAY), trigger)
