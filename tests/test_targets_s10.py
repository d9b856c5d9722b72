"""Targets (session 10): the party a sentence names is coded as the target: a body's unit, vehicle or post
as the object of force is the body; the victim of a passive with no doer is the target; the other side of a
meeting held in a verb's adjunct, and the party of an agreed act's from/for phrase; what is seized is never a
party, the one it was taken from is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult
from newsevents.events.party_words import words

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def readings(result: ArticleResult, cameo_root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events whose CAMEO code starts with `cameo_root`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(cameo_root)]


# -- 1. a body's unit, vehicle or post -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("QUETTA: Militants attacked a police van near the university on Monday.", "PAKCOP"),
    ("QUETTA: Gunmen opened fire on a police mobile van near the bypass on Monday.", "PAKCOP"),
    ("SRINAGAR: Militants fired at an army patrol vehicle in Kupwara district on Monday.", "INDMIL"),
])
def test_a_bodys_vehicle_attacked_is_the_body(analyse: Analyse, text: str, target: str) -> None:
    found = readings(analyse(text, DAY), "1")
    assert any(t == target for _, t in found), found


def test_it_fired_at_is_the_bodys_vehicle_named_before(analyse: Analyse) -> None:
    result = analyse("QUETTA: A police vehicle was on routine patrol when gunmen opened fire at it near the bypass "
                     "on Monday.", DAY)
    assert any(t == "PAKCOP" for _, t in readings(result, "18")), readings(result, "18")


def test_vehicles_and_units_are_installation_words() -> None:
    assert {"van", "jeep", "squad", "unit", "office", "helicopter"} <= words("installation")


# -- 2. the victim of a passive with no doer ---------------------------------------------------------------

def test_a_described_victim_shot_with_no_doer_is_the_target(analyse: Analyse) -> None:
    found = readings(analyse("A shopkeeper was shot dead near the main market in Peshawar, Pakistan, on "
                             "Sunday.", DAY), "18")
    assert found and all(s is None for s, _ in found), found
    assert ("PAKCVL" in {t for _, t in found}), found


def test_policemen_shot_with_no_doer_are_the_target(analyse: Analyse) -> None:
    found = readings(analyse("QUETTA: Two policemen were shot dead near the old bus stand on Monday.", DAY),
                     "18")
    assert any(t == "PAKCOP" for _, t in found), found


def test_injured_in_an_attack_with_no_doer_are_its_target(analyse: Analyse) -> None:
    found = readings(analyse("SRINAGAR: Three soldiers were injured in an attack in Pulwama district on "
                             "Tuesday.", DAY), "1")
    assert any(t == "INDMIL" for _, t in found), found


def test_killed_by_an_attack_with_no_doer_names_the_victim(analyse: Analyse) -> None:
    found = readings(analyse("QUETTA: The ambush killed a shopkeeper near the market on Monday.", DAY), "18")
    assert any(t == "PAKCVL" for _, t in found), found


def test_killed_in_a_road_accident_is_no_event(analyse: Analyse) -> None:
    result = analyse("KARACHI: Six people were killed in a road accident on the highway on Monday.", DAY)
    assert not readings(result, "1"), readings(result, "1")


def test_members_of_no_named_group_killed_with_no_doer_keep_the_groups_reading(analyse: Analyse) -> None:
    result = analyse("RANCHI: Two cadres were shot dead in a forest in Palamau District on Monday.", DAY)
    assert all(t != "IND" for _, t in readings(result, "18")), readings(result, "18")


def test_an_infinitive_with_no_object_names_no_for_party(analyse: Analyse) -> None:
    result = analyse("With Argentina set to vote for its next president in October, the campaign goes on.", DAY)
    assert all(t is None or not t.endswith("GOV") for _, t in readings(result, "")), readings(result, "")


def test_a_victim_with_no_country_is_no_event(analyse: Analyse) -> None:
    result = analyse("Two teachers were shot dead on Monday.", DAY)
    assert not readings(result, "18"), readings(result, "18")


@pytest.mark.parametrize(("text", "target"), [
    ("PESHAWAR: Gunmen fired on a musical event in Bannu district on Friday.", "PAKCVL"),
    ("PESHAWAR: Gunmen opened fire on a wedding party in Bannu district on Friday.", "PAKCVL"),
    ("PESHAWAR: Militants attacked a rally of the Awami National Party in Bannu on Friday.", "PAKOPP"),
])
def test_a_violent_act_on_a_gathering_is_done_to_those_at_it(analyse: Analyse, text: str,
                                                             target: str) -> None:
    found = readings(analyse(text, DAY), "18")
    assert any(t == target for _, t in found), found


# -- 3. partners ------------------------------------------------------------------------------------------

def test_the_one_told_at_talks_is_the_other_side(analyse: Analyse) -> None:
    result = analyse("Japan's Foreign Ministry will tell U.S. officials at talks later this month that the "
                     "quota must stay.", "1987-03-05")
    assert any(t == "USAGOV" for _, t in readings(result, "04")), readings(result, "04")


@pytest.mark.parametrize(("text", "target"), [
    ("The union criticised the plan announced by Chrysler.", "USABUS"),
    ("Britain welcomed the decision of the European Commission.", "IGOEUREEC"),
])
def test_the_maker_of_a_plan_or_decision_is_the_target(analyse: Analyse, text: str, target: str) -> None:
    found = readings(analyse(text, "1987-03-05"), "")
    assert any(t == target for _, t in found), found


def test_the_beneficiary_of_agreed_financing_is_the_target(analyse: Analyse) -> None:
    result = analyse("Chemical Bank and Salomon Brothers agreed to provide financing for Emery Air Freight.",
                     "1987-03-05")
    found = readings(result, "03")
    assert found and all(t == "USABUS" for _, t in found), found
    assert len(found) == 2  # each lender with Emery, not the lenders with each other


def test_the_seller_in_an_agreed_purchase_is_the_target(analyse: Analyse) -> None:
    result = analyse("Japan agreed to buy more rice from the United States.", "1987-03-05")
    # an agreed purchase is the deal concluded (057, session 23), no longer intent (03)
    assert ("JPNGOV", "USAGOV") in readings(result, "05"), readings(result, "05")


# -- 5. what is seized is no party -------------------------------------------------------------------------

def test_seized_weapons_name_the_ones_they_were_taken_from(analyse: Analyse) -> None:
    result = analyse("KARACHI: Police seized three grenades, a Kalashnikov and two pistols from the suspects "
                     "on Monday.", DAY)
    assert readings(result, "171") == [("PAKCOP", "PAKCRM")], readings(result, "171")


def test_a_seized_weapon_alone_is_no_target(analyse: Analyse) -> None:
    result = analyse("KARACHI: Police seized a Kalashnikov in Lyari on Monday.", DAY)
    assert all(t is None for _, t in readings(result, "171")), readings(result, "171")


def test_a_coded_owner_of_seized_assets_stays_the_target(analyse: Analyse) -> None:
    result = analyse("Venezuela seized Exxon's assets.", DAY)
    assert ("VEN", "USABUS") in readings(result, "171"), readings(result, "171")
