"""Armed men told again by a bare noun are the group named just before (session 43, audits of 2026-11-29:
"the gunmen", "the fighters" after "Zetas gunmen", "Taliban fighters" were left an unidentified armed force, UAF;
actors/merge.py `_named_group`, `party_words.csv` armed_men_noun): "the gunmen", "the attackers", "the fighters",
"the terrorists" are the one armed or criminal group named in their sentence or the two before, else the one band
of no name ("militants") told there; never a group acted on there ("a grenade attack on a JuD madrassa ... the
assailants"), nor when unnamed armed men are told after the group, nor when two groups compete. All sentences
written for these tests, after SATP and InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of, readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2011-05-04"


@pytest.mark.parametrize(("text", "trigger", "mention", "code"), [
    ("Taliban fighters stormed a checkpoint in Kandahar province on Sunday. The fighters killed three policemen.",
     "killed", "The fighters", "AFGREB"),
    ("Zetas gunmen attacked a police station in Nuevo Laredo on Monday. The gunmen later kidnapped a local businessman.",
     "kidnapped", "The gunmen", "MEXCRM"),
    ("Three Lashkar-e-Toiba militants were shot dead in a raid in Sopore on Friday. Police said the terrorists "
     "opened fire on the raiding party.", "opened", "the terrorists", "PAKREB"),
])
def test_armed_men_told_again_are_the_group_named_before(analyse: Analyse, text: str, trigger: str,
                                                         mention: str, code: str) -> None:
    result = analyse(text, DAY)
    assert code_of(result, mention) == code
    assert code in {source for source, _ in readings(result, trigger)}


def test_armed_men_told_again_are_the_band_of_no_name_before(analyse: Analyse) -> None:
    result = analyse("Militants attacked a police camp in Sukma district on Friday. The attackers fled into "
                     "the forest after they torched two vehicles.", DAY)
    assert code_of(result, "The attackers") == code_of(result, "Militants")
    assert (code_of(result, "The attackers") or "")[3:] == "REB"


def test_the_armed_men_are_the_band_told_before_but_not_the_unidentified_ones(analyse: Analyse) -> None:
    told = analyse("Two teachers were injured when armed militants opened fire on their car in Kharan on Monday. "
                   "The armed men fled towards the hills.", DAY)
    assert (code_of(told, "The armed men") or "")[3:] == "REB"
    unknown = analyse("Two teachers were injured when armed militants opened fire on their car in Kharan on "
                      "Monday. The unidentified armed men fled towards the hills.", DAY)
    assert (code_of(unknown, "The unidentified armed men") or "")[3:] == "UAF"


@pytest.mark.parametrize(("text", "mention"), [
    # the group is the one attacked, not the attackers' own
    ("Fifteen people were injured in a grenade attack on a Jamaat-ud-Dawa madrassa in Peshawar on Monday. "
     "Police said the assailants fled on a motorcycle.", "the assailants"),
    # the gunmen of no name told after the group are the ones told again
    ("Gunmen shot dead a Zetas leader in Monterrey on Monday. The attackers fled in a truck.", "The attackers"),
    # two groups compete
    ("The Sinaloa Cartel and the Zetas are fighting for the port of Manzanillo. The gunmen killed four people "
     "on Monday.", "The gunmen"),
])
def test_armed_men_are_no_group_acted_on_nor_one_of_two(analyse: Analyse, text: str, mention: str) -> None:
    assert (code_of(analyse(text, DAY), mention) or "")[3:] == "UAF"
