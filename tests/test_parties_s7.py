"""Event parties (events/arguments.py) named in the sentence but easy to miss: the owner of an installation a
violent act is done to, when a lower-case body names it ("security forces positions", "a police party in X
town", "positions held by the army", "an outlet of a company"); the owner of an offer "from" someone; both
parties of "the meeting of X and Y"; the one who claims a killing or is suspected of it; and no arresting or
charging party guessed where the sentence names no police, court or prosecutor. All sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2018-09-12"


def targets(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    return {s for s, _ in readings(result, trigger)}


# -- 1. a violent act on a body's installation or things is done to that body ------------------------------

@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a body written as a compound of a compound: "security forces positions"
    ("Militants fired at security forces positions in Handwara area of Kupwara district in Jammu and Kashmir "
     "on Tuesday.", "fired", "INDMIL"),
    # where the installation is ("in Tral town") is not whose it is
    ("Terrorists opened fire on a police party in Tral town of Pulwama district in Jammu and Kashmir on "
     "Sunday.", "opened", "INDCOP"),
    # "held by", "run by": the holder owns what is attacked
    ("Rebels shelled positions held by the army near Kunduz in Afghanistan on Friday.", "shelled", "AFGMIL"),
    # a company's outlet stands for the company
    ("Militants fired at an outlet of the State Bank of India in Baramulla district of Jammu and Kashmir.",
     "fired", "INDBUS"),
])
def test_an_installation_or_outlet_targets_its_owner(analyse: Analyse, text: str, trigger: str,
                                                     target: str) -> None:
    found = targets(analyse(text, DAY), trigger)
    assert target in found, readings(analyse(text, DAY), trigger)


def test_a_place_phrase_on_an_installation_is_not_its_owner(analyse: Analyse) -> None:
    text = ("Militants hurled a grenade at a police post in Sopore town of Baramulla district in Jammu and "
            "Kashmir on Monday.")
    found = targets(analyse(text, DAY), "hurled")
    assert found and all(t is None or t.endswith("COP") for t in found), found


# -- 2. other parties named by a preposition ----------------------------------------------------------------

def test_the_one_an_offer_comes_from_is_the_target_of_its_rejection(analyse: Analyse) -> None:
    text = "General Motors Corp rejected a revised offer from Ford Motor Co on Monday."
    found = readings(analyse(text, DAY), "rejected")
    assert any(t is not None for _, t in found), found


def test_the_meeting_of_two_named_parties_is_between_them(analyse: Analyse) -> None:
    text = "The meeting of Chancellor Helmut Kohl and President Francois Mitterrand ended in Bonn on Friday."
    result = analyse(text, DAY)
    found = [m for e in result.events for m in e.mentions if m.trigger == "meeting"]
    assert found and all(m.source is not None and m.target is not None for m in found), found


# -- 3. the doer named as the one who claims or is suspected of the act ------------------------------------

def test_the_claimant_in_the_next_sentence_did_the_killing(analyse: Analyse) -> None:
    text = ("Two truck drivers were shot dead in Turbat area of Kech district in Balochistan on Sunday. The "
            "Balochistan Liberation Front claimed responsibility for the killings.")
    found = sources(analyse(text, DAY), "shot")
    assert any(s and s.endswith("REB") for s in found), found


def test_a_claim_for_another_attack_named_in_full_is_not_this_killings(analyse: Analyse) -> None:
    text = ("Two truck drivers were shot dead in Turbat area of Kech district in Balochistan on Sunday. The "
            "Balochistan Liberation Front claimed responsibility for the attack on a bank in Quetta.")
    found = sources(analyse(text, DAY), "shot")
    assert all(s is None or not s.endswith("REB") for s in found), found


def test_the_suspected_group_did_the_killing(analyse: Analyse) -> None:
    text = ("Police suspected cadres of Hizbul Mujahideen of killing a shopkeeper in Sopore in Jammu and "
            "Kashmir on Monday.")
    found = sources(analyse(text, DAY), "killing")
    assert any(s and s.endswith("REB") for s in found), found


# -- 4. no arresting or charging party where the sentence names none ---------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The former mayor was captured in Monterrey, Mexico, on Monday.", "captured"),
    ("Three brothers were detained in Tegucigalpa, Honduras, on Friday.", "detained"),
    ("The former governor was indicted in Mexico on Tuesday.", "indicted"),
])
def test_no_captor_or_court_is_guessed_where_none_is_named(analyse: Analyse, text: str, trigger: str) -> None:
    # no police or court read or guessed; only the state a coder infers, marked so (events/implied.py)
    found = [m.source for e in analyse(text, DAY).events for m in e.mentions if m.trigger == trigger]
    assert all(s is None or s.basis == "implied" for s in found), found


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Police said the former mayor was captured in Monterrey, Mexico, on Monday.", "captured", "MEXCOP"),
    ("Prosecutors said the former governor was indicted in Mexico on Tuesday.", "indicted", "MEXJUD"),
])
def test_the_police_or_court_the_sentence_names_is_guessed(analyse: Analyse, text: str, trigger: str,
                                                           source: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert any(s == source for s, _ in found), found


# -- 5. parties of an act suffered in, or agreed to, another's act -----------------------------------------

def test_those_killed_in_an_ambush_by_a_group_are_its_targets(analyse: Analyse) -> None:
    text = ("Four policemen were killed and two injured in an ambush by Maoist cadres in Gadchiroli district "
            "of Maharashtra on Friday.")
    result = analyse(text, DAY)
    found = readings(result, "killed") | readings(result, "ambush")
    assert any(s and s.endswith("REB") and t and t.endswith("COP") for s, t in found), found


def test_a_bodys_vehicle_is_the_body_however_its_name_is_parsed(analyse: Analyse) -> None:
    text = ("Unidentified militants fired a rocket at a Frontier Corps (FC) vehicle in Buleda area of Kech "
            "District on Sunday.")
    found = targets(analyse(text, DAY), "fired")
    assert "PAKMIL" in found, found


def test_agreeing_to_be_acquired_names_the_buyer(analyse: Analyse) -> None:
    text = "Allegheny Corp agreed to be acquired by General Electric Co for 300 mln dlrs."
    found = readings(analyse(text, DAY), "agreed")
    assert any(t == "USABUS" for _, t in found), found


def test_armed_members_named_by_an_uncoded_group_are_of_its_sector(analyse: Analyse) -> None:
    # (a group the tables code keeps its code; one they do not is of its members' sector)
    text = ("Three soldiers were injured when Hizb ul Mujahideen militants attacked an army patrol in "
            "Rajouri district of Jammu and Kashmir on Monday.")
    found = sources(analyse(text, DAY), "attacked")
    assert found and all(s is not None for s in found), found


def test_the_group_said_to_be_behind_a_killing_did_it(analyse: Analyse) -> None:
    text = ("Police said Maoist cadres were believed to be behind the killing of a school teacher in "
            "Gadchiroli district of Maharashtra.")
    found = sources(analyse(text, DAY), "killing")
    assert any(s and s.endswith("REB") for s in found), found


def test_an_adjective_body_names_the_owner_of_its_vehicle(analyse: Analyse) -> None:
    text = "Insurgents ambushed a military vehicle in Myanmar's Rakhine State on Tuesday."
    found = targets(analyse(text, DAY), "ambushed")
    assert any(t and t.endswith("MIL") for t in found), found


def test_a_bodys_installation_in_another_countrys_region_is_that_countrys(analyse: Analyse) -> None:
    text = "Iraqi troops shelled military positions in Iran's Khuzestan region on Thursday."
    found = targets(analyse(text, DAY), "shelled")
    assert "IRNMIL" in found, readings(analyse(text, DAY), "shelled")
