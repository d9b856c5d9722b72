"""A story naming two countries, none of whose places lies in the one it names most, happens in the other."""

from collections import Counter

import pytest

from conftest import code_of
from newsevents.actors.story_country import main_country

KASHMIR = (
    "A Jaish e Mohammed (JeM) commander was killed in a gun battle with Security Forces in Tral area of "
    "Pulwama District on June 4, reports Daily Excelsior. Police said the JeM commander, identified as Abu "
    "Talha, was a Pakistani national. The JeM commander had infiltrated from Pakistan last year. He had fired "
    "upon a Police party in Awantipora area of Pulwama District in May. The JeM also claimed responsibility "
    "for an attack on an Army camp. The security forces recovered a rifle from the spot."
)


@pytest.mark.parametrize(("counts", "places", "expected"), [
    # Pakistan named by its militants and their origin, every place Indian: India's
    ({"PAK": 5, "IND": 4}, {"IND": 2}, "IND"),
    # one Indian place is not enough against a country named twice as often
    ({"PAK": 8, "IND": 3}, {"IND": 1}, "PAK"),
    # the most named country has a place of its own: three places of the other are needed
    ({"PAK": 5, "IND": 4}, {"IND": 2, "PAK": 1}, "PAK"),
    # a third country named: a Peruvian story whose timber went to Houston, Texas stays Peru's
    ({"PER": 7, "USA": 4, "MEX": 1}, {"USA": 2}, "PER"),
])
def test_places_outweigh_a_placeless_main_country(counts: dict[str, int], places: dict[str, int],
                                                   expected: str) -> None:
    assert main_country(Counter(counts), Counter(places), set(counts)) == expected


def test_kashmir_story_naming_pakistani_militants_is_indian(analyse) -> None:
    result = analyse(KASHMIR)
    assert code_of(result, "Security Forces") == "INDMIL"
    assert code_of(result, "Police") == "INDCOP"
