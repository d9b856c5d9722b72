"""Event parties the sentence names (events/arguments.py, actors/pronouns.py): unnamed groups as sources, the
dateline never a party, doers of passives and of the events they happened in, definite descriptions of
organisations, owners of what was attacked, the police of agentless arrests, purposes and one's own acts.
Each rule has a sentence it applies to and, where a wrong reading is near, one it must not; all written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
Pair = tuple[str | None, str | None]
DAY = "2011-03-05"


def names(result: ArticleResult, trigger: str, role: str) -> set[str | None]:
    """The entity names of the `role` party ("source"/"target") of the trigger's mentions."""
    by_id = {e.id: e.name for e in result.entities}
    out: set[str | None] = set()
    for event in result.events:
        for m in event.mentions:
            ref = getattr(m, role)
            if m.trigger.lower() == trigger.lower():
                out.add(by_id.get(ref.entity_id) if ref is not None and ref.entity_id else None)
    return out


# -- 1. unnamed groups act --------------------------------------------------------------------------------

ARMED_GROUPS = {"UAF", "REB", "INS", "CRM"}  # how the role tables may code militants, rebels, gunmen


@pytest.mark.parametrize(("text", "trigger"), [
    ("Armed militants attacked a village in the north of the country on Sunday.", "attacked"),
    ("Rebels ambushed an army patrol near the border on Tuesday.", "ambushed"),
    ("Two shopkeepers were shot dead by unidentified gunmen on Monday night.", "shot"),
])
def test_an_unnamed_armed_group_is_a_source_without_a_country(analyse: Analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, DAY), trigger)
    assert any(s and s[-3:] in ARMED_GROUPS for s, _ in found), found


def test_an_unnamed_state_body_of_no_country_is_still_no_source(analyse: Analyse) -> None:
    found = readings(analyse("Officials criticised the decision of the council on Monday.", DAY), "criticised")
    assert all(s is None or s[:3] != "GOV" for s, _ in found), found


def test_members_named_by_their_coded_organisation_act_for_it(analyse: Analyse) -> None:
    result = analyse("Suspected Islamic State militants attacked a village in the north on Friday.", DAY)
    found = readings(result, "attacked")
    assert any(s and s[-3:] not in ARMED_GROUPS for s, _ in found), found  # the organisation's code


# -- 2. the dateline ---------------------------------------------------------------------------------------

def test_the_dateline_is_never_the_source(analyse: Analyse) -> None:
    result = analyse("KARACHI, March 3 -- Unidentified gunmen shot dead a shopkeeper, Rashid Ali, in a market "
                     "on Monday.", DAY)
    assert not any(n and "karachi" in n.lower() for n in names(result, "shot", "source"))
    assert any(s and s[-3:] in ARMED_GROUPS for s, _ in readings(result, "shot")), readings(result, "shot")
    assert "Rashid Ali" in names(result, "shot", "target")


# -- 3. passives and the events they happened in -----------------------------------------------------------

def test_killed_in_an_encounter_with_the_police_has_the_police_as_source(analyse: Analyse) -> None:
    result = analyse("A rebel commander was killed in an encounter with police in the district on Friday.", DAY)
    assert any(s and s.endswith("COP") for s, _ in readings(result, "killed")), readings(result, "killed")


def test_killed_with_no_doer_anywhere_has_no_source(analyse: Analyse) -> None:
    result = analyse("Two policemen were killed in the district on Friday.", DAY)
    assert all(s is None for s, _ in readings(result, "killed"))


# -- 4. definite descriptions ------------------------------------------------------------------------------

def test_the_company_as_object_is_the_other_company_named_before(analyse: Analyse) -> None:
    result = analyse("Halvorsen Industries Inc said it sued Brattle Systems Corp. It also accused the company "
                     "of fraud.", DAY)
    found = names(result, "accused", "target")
    assert any(n and n.startswith("Brattle Systems") for n in found), found


def test_the_company_is_no_government_named_before(analyse: Analyse) -> None:
    result = analyse("The World Bank criticised Brazil on Monday. The company agreed to buy a small "
                     "software maker.", DAY)
    assert "World Bank" not in {n for n in names(result, "agreed", "source") if n}


# -- 5. targets --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Militants attacked the residence of former senator Rahim Baloch in the city on Sunday.",
    "Gunmen ambushed the convoy of governor Rahim Baloch on Sunday.",
])
def test_the_owner_of_a_house_or_convoy_is_the_target(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    trigger = "attacked" if "attacked" in text else "ambushed"
    assert "Rahim Baloch" in names(result, trigger, "target"), names(result, trigger, "target")


def test_a_police_station_attacked_is_the_police(analyse: Analyse) -> None:
    result = analyse("Militants attacked a police station in the town on Sunday.", DAY)
    assert any(t and t.endswith("COP") for _, t in readings(result, "attacked")), readings(result, "attacked")


def test_the_destination_of_an_extradition_is_no_target(analyse: Analyse) -> None:
    result = analyse("Colombia extradited the drug trafficker Carlos Mendoza to the United States.", DAY)
    assert "United States" not in names(result, "extradited", "target")


def test_an_act_for_a_purpose_is_done_to_the_one_summoned(analyse: Analyse) -> None:
    result = analyse("Iran summoned the UK envoy on Sunday to complain about his attendance at a rally.", DAY)
    found = readings(result, "complain")
    assert any(t and t.startswith("GBR") for _, t in found), found


def test_one_persuaded_to_act_is_not_the_target_of_the_act(analyse: Analyse) -> None:
    result = analyse("Japan will persuade President Joe Biden to lift sanctions on Iran.", DAY)
    assert "Joe Biden" not in names(result, "lift", "target")


def test_lifting_ones_own_blockade_is_done_to_the_blockaded(analyse: Analyse) -> None:
    result = analyse("Saudi Arabia lifted its blockade of Yemen on Tuesday.", DAY)
    assert ("SAUGOV", "YEMGOV") in readings(result, "lifted"), readings(result, "lifted")


# -- 6. agentless arrests ----------------------------------------------------------------------------------

def test_an_arrest_with_no_doer_is_the_police_of_the_place(analyse: Analyse) -> None:
    result = analyse("Juan Carlos Ortega was arrested in Lima on Friday, police said.", DAY)
    assert ("PERCOP" in {s for s, _ in readings(result, "arrested")}), readings(result, "arrested")


def test_a_release_after_an_arrest_is_not_given_the_guessed_police(analyse: Analyse) -> None:
    result = analyse("Juan Carlos Ortega was arrested in Lima in 2005 and later released.", DAY)
    assert all(s is None for s, _ in readings(result, "released")), readings(result, "released")


def test_a_killing_with_no_doer_gets_no_police(analyse: Analyse) -> None:
    result = analyse("Juan Carlos Ortega was killed in Lima on Friday.", DAY)
    assert all(s is None for s, _ in readings(result, "killed")), readings(result, "killed")


def test_a_sentence_with_no_doer_gets_no_police(analyse: Analyse) -> None:
    result = analyse("Juan Carlos Ortega was sentenced to five years in prison in Lima on Friday.", DAY)
    assert all(s is None or not s.endswith("COP") for s, _ in readings(result, "sentenced"))


def test_the_group_is_not_the_company_that_lets_it_act(analyse: Analyse) -> None:
    result = analyse("Halvorsen Industries Inc said it would sell a unit. The company agreed to permit the "
                     "group to review its books.", DAY)
    assert all(t is None or s != t for s, t in readings(result, "agreed"))
    assert "Halvorsen Industries Inc" not in names(result, "agreed", "target")
