"""Event sources (events/sources.py) named around the subject rather than as it, round s16: the one who
planted, set off or fired the device that acted. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of the trigger's mentions."""
    return {s for s, _ in readings(result, trigger)}


# -- 1. the one who planted or set off a device did what it did --------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("A road bomb planted by the FARC killed one employee of the oil company in Arauca on Monday.", "killed",
     "COLREB"),
    ("A car bomb set off by the ELN killed three soldiers in Cucuta.", "killed", "COLREB"),
    ("An IED planted by Maoists exploded near a police vehicle in Sukma, killing two constables.", "killing",
     "INDREB"),
])
def test_the_planter_of_the_device_is_the_doer(analyse: Analyse, text: str, trigger: str, code: str) -> None:
    result = analyse(text, DAY)
    assert code in sources(result, trigger), readings(result, trigger)


def test_a_device_with_no_planter_named_has_no_doer(analyse: Analyse) -> None:
    result = analyse("A bomb planted on the road killed two soldiers in Kandahar.", DAY)
    # none read; at most the unidentified attackers a coder infers for a bombing (implied.py, session 41)
    assert sources(result, "killed") <= {None, "AFGUAF"}, readings(result, "killed")


# -- 2. a subject described rather than named --------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The occupants of the car opened fire on the police team in Sopore.", "opened", "INDUAF"),
    ("Armed Maoists abducted the guards of a mining company in Malkangiri district.", "abducted", "INDREB"),
])
def test_a_described_band_is_a_party(analyse: Analyse, text: str, trigger: str, code: str) -> None:
    result = analyse(text, DAY)
    assert code in sources(result, trigger), readings(result, trigger)


def test_passengers_harmed_are_no_doers(analyse: Analyse) -> None:
    result = analyse("The passengers of the bus were injured when it overturned in Sopore.", DAY)
    assert not any(e.source and e.source.code and e.source.code.endswith("UAF") for e in result.events)


# -- 3. "the outfit", "the group": the one armed group just named -------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The ELN has stepped up its campaign in Arauca. The group kidnapped two engineers on Monday.",
     "kidnapped", "COLREB"),
    ("Police said the Lashkar-e-Taiba was behind the plot. The outfit attacked a police post in Sopore.",
     "attacked", "REB"),
])
def test_the_outfit_is_the_armed_group_named_before(analyse: Analyse, text: str, trigger: str,
                                                    code: str) -> None:
    result = analyse(text, DAY)
    assert any((s or "").endswith(code) for s in sources(result, trigger)), readings(result, trigger)


def test_two_armed_groups_leave_the_group_unread(analyse: Analyse) -> None:
    result = analyse("The FARC and the ELN met in Havana. The group kidnapped two engineers on Monday.", DAY)
    assert sources(result, "kidnapped") <= {None}, readings(result, "kidnapped")


# -- 4. the force that launched an operation did the killing in it ---------------------------------------

def test_the_force_that_launched_the_operation_killed_in_it(analyse: Analyse) -> None:
    result = analyse("Police launched an operation in Kupwara on Sunday. A militant was killed in the encounter.",
                     DAY)
    assert "INDCOP" in sources(result, "killed"), readings(result, "killed")


def test_its_own_men_killed_in_the_operation_name_no_doer(analyse: Analyse) -> None:
    result = analyse("Police launched an operation in Kupwara on Sunday. A constable was killed in the "
                     "encounter.", DAY)
    assert "INDCOP" not in sources(result, "killed"), readings(result, "killed")


def test_another_organisation_named_leaves_the_organisation_unread(analyse: Analyse) -> None:
    text = ("Amnesty International said the ELN had stepped up its campaign in Arauca. The organisation "
            "accused the army of abuses on Monday.")
    result = analyse(text, DAY)
    assert not any((s or "").endswith("REB") for s in sources(result, "accused")), readings(result, "accused")


def test_a_cartel_person_is_no_group(analyse: Analyse) -> None:
    text = ("Police arrested Jose Perez, a former associate of drug lord Pablo Escobar. Prosecutors alleged that "
            "the group moved tons of cocaine.")
    result = analyse(text, DAY)
    assert not any(e.cameo.startswith("11") and e.target and (e.target.code or "").endswith("CRM")
                   for e in result.events), [(e.cameo, e.target) for e in result.events]
