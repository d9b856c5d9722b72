"""Senses and modality of the sixth round (events/senses.py, sense_rules.csv): a pledge to fight a plan is no
threat of force while a vow to fight an army is a planned fight, "promises" said of a thing means "portends", a
term of a deal worded as an act not to happen is no act; each with a sentence the rule must leave alone."""

from __future__ import annotations

from conftest import event_codes as codes
from conftest import modality_of


def test_a_vow_to_fight_a_plan_threatens_no_force(analyse) -> None:
    found = codes(analyse("The opposition leader vowed to fight the government's plan to raise fuel taxes."))
    assert "138" not in found
    assert "120" in found


def test_a_vow_to_fight_an_army_is_a_threat_and_a_planned_fight(analyse) -> None:
    result = analyse("The rebels vowed to fight the army until the last man.")
    assert "138" in codes(result)
    assert modality_of(result, "190") == "intended"


def test_a_thing_that_promises_portends(analyse) -> None:
    result = analyse("The collapse of the old leadership promises a violent reorganisation of the Juarez "
                     "Cartel, according to analysts.")
    assert not any(e.cameo.startswith("03") for e in result.events)


def test_an_actor_that_promises_pledges(analyse) -> None:
    result = analyse("Mexico promised aid to Guatemala after the floods.")
    assert any(e.cameo.startswith("03") for e in result.events)


def test_a_term_of_a_deal_not_to_happen_is_no_act(analyse) -> None:
    result = analyse("The bank will pay a fine of 90 million dollars in exchange for not having its managers "
                     "prosecuted.")
    assert not any(e.cameo.startswith("17") for e in result.events)


def test_an_exchange_that_happened_stays(analyse) -> None:
    result = analyse("The rebels freed two soldiers in exchange for the release of 20 prisoners.")
    assert result.events


def test_a_headline_infinitive_is_a_plan(analyse) -> None:
    assert modality_of(analyse("Japan To Resume Talks With U.S. On Rice Imports"), "040") == "intended"


def test_a_headline_in_the_present_stays_asserted(analyse) -> None:
    assert modality_of(analyse("Japan Resumes Talks With U.S. On Rice Imports"), "040") == "asserted"


def test_would_of_a_past_habit_a_report_tells_is_reported(analyse) -> None:
    result = analyse("A ring of 14 Hondurans would extort bus drivers through phone calls, the police report "
                     "says.")
    assert {e.modality for e in result.events} == {"reported"}


def test_would_after_a_past_speech_verb_is_a_future(analyse) -> None:
    result = analyse("Police said the rebels would attack the town if the talks failed.")
    assert {e.modality for e in result.events} <= {"intended", "hypothetical"}
    assert result.events


def test_a_militant_killed_with_no_forces_told_is_no_fight(analyse) -> None:
    result = analyse("A Lashkar-e-Toiba militant was killed in Baramulla District on June 4.")
    assert not any(e.cameo.startswith("19") for e in result.events)


def test_a_militant_killed_in_an_encounter_is_a_fight(analyse) -> None:
    result = analyse("A Lashkar-e-Toiba militant was killed in an encounter in Baramulla District on June 4.")
    assert any(e.cameo.startswith("19") for e in result.events)


def test_a_yearly_total_is_no_act(analyse) -> None:
    result = analyse("Honduran police arrested 1,400 gang members last year, the security ministry said.")
    assert not any(e.cameo.startswith("17") for e in result.events)


def test_a_count_placed_on_a_day_is_one_act(analyse) -> None:
    result = analyse("Honduran police arrested 40 gang members in San Pedro Sula on Tuesday.")
    assert any(e.cameo.startswith("17") for e in result.events)
