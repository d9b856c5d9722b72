"""Security personnel named by a South Asian rank's initials or a force's own word for its men (session 43,
audits 2026-11-30 satp events seed 8018 and recall seed 8020; roles.csv `si`, organizations_security_forces.csv
Levies aliases, knowledge.py `written_as_rank`): "a Sub Inspector SI identified as X", "the Sub Inspector (SI)
of X Police", "SI X" name a policeman, "a Levies trooper" one of Balochistan's Levies (police, COP). A role
of two letters is read only in capitals: "Si" opening a Spanish name is no police rank. All sentences written
for these tests, after SATP and InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2016-05-10"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Swabi\nSeparately a Sub Inspector SI identified as Sher Zaman was shot dead when unidentified militants "
     "attacked a Police van within the jurisdiction of Shewa Police Station in Swabi District on June 4 reports "
     "The Express Tribune",
     "shot", "PAKCOP"),
    ("Separately, a Sub Inspector (SI) of Hayatabad Police was injured in a remote controlled bomb blast on "
     "Jamrud Road in Peshawar (Peshawar District), the provincial capital of KP, on June 4, reports Dawn.",
     "injured", "PAKCOP"),
    ("The bomb wounded SI Namadar Khan in Bannu District of Khyber Pakhtunkhwa on May 3.", "wounded", "PAKCOP"),
    ("A Levies trooper was shot dead by unidentified gunmen in Turbat, Balochistan, on May 3.", "shot", "PAKCOP"),
])
def test_a_sub_inspector_or_levies_trooper_is_police(analyse: Analyse, text: str, trigger: str,
                                                     target: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert found and all(t == target for _, t in found), found


def test_spanish_si_opening_a_name_is_no_police_rank(analyse: Analyse) -> None:
    text = ("In Colombia, the Si Se Puede program answered a request from the leaders of Las Varas. Police "
            "arrested Si Se Puede members in Tumaco.")
    result = analyse(text, DAY)
    assert not any(e.actor is not None and e.actor.sector == "COP" and "Puede" in e.name
                   for e in result.entities)
