"""A killing, injury or arrest with no doer told in a fight the story has told ("in the ensuing gunfight",
"during the encounter") was done by the fight's other side, when the sentence and the one before name
exactly one party of the other kind than the harmed (sources._encounter_sides, `source_words.csv`
told_fight_word); none when the harmed are civilians or the other side is not clear."""

from __future__ import annotations

import pytest

from conftest import event_triples


def triples(text: str, analyse) -> set[tuple[str, str | None, str | None]]:
    result = analyse(text, "2016-08-02")
    return {(code, source, target) for code, source, target in event_triples(result) if code.startswith("19")}


@pytest.mark.parametrize(("text", "triple"), [
    # troops challenged the militants, then militants killed in the shootout that followed: the troops did it
    ("Troops challenged a group of Lashkar-e-Toiba militants in Kupwara District of Jammu and Kashmir on "
     "August 1. Two militants were killed in the ensuing shootout.", ("190", "INDMIL", "INDREB")),
    # the Maoists' ambush, then constables injured in the exchange of fire that followed: the Maoists did it
    ("Maoists ambushed a Police team in Sukma District of Chhattisgarh on August 1. Two constables were "
     "injured in the subsequent exchange of fire.", ("190", "INDREB", "INDCOP")),
])
def test_harmed_in_a_told_fight_were_harmed_by_its_other_side(analyse, text: str,
                                                               triple: tuple[str, str, str]) -> None:
    assert triple in triples(text, analyse)


@pytest.mark.parametrize("text", [
    # a civilian in crossfire: neither side's act
    "Troops cordoned off Dragad village in Shopian District. A civilian was injured in the ensuing exchange of "
    "fire.",
    # two forces named before: which one fought is not told
    "The Police and the Army launched a joint operation in Dragad village on August 1. In the ensuing "
    "gunfight, a Police constable was killed.",
])
def test_no_side_when_the_harmed_are_civilians_or_the_other_side_is_unclear(analyse, text: str) -> None:
    assert all(source is None for _, source, _ in triples(text, analyse))
