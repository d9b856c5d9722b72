"""Modality taken from the event's own clause (session 43, audits of 2026-11-30): a past act in a before-clause
under "would", a nominal event that enables another under a hedge, a "was to" after a noun of practice, a
belief's content and a violent ultimatum passed on by someone other than its maker; each with a sentence the rule
must leave alone."""

from __future__ import annotations

from conftest import event_codes, trigger_modality


def events_of(result, trigger: str):
    found = [e for e in result.events if any(m.trigger == trigger for m in e.mentions)]
    assert found, f"no event on {trigger!r}: {[(e.cameo, [m.trigger for m in e.mentions]) for e in result.events]}"
    return found


def test_a_past_act_before_which_time_would_pass_was_done(analyse) -> None:
    result = analyse("Guatemala's former president was acquitted in 2011. It would be two more years before "
                     "he was finally extradited to the United States.", "2014-03-20")
    assert trigger_modality(result, "extradited") == "asserted"


def test_an_act_told_with_could_in_a_before_clause_is_not_done(analyse) -> None:
    result = analyse("Gunmen shot the mayor of Apatzingan before police could arrest them.", "2014-03-20")
    arrests = [m for e in result.events for m in e.mentions if m.trigger == "arrest"]
    assert all(m.modality != "asserted" for m in arrests)
    assert "shot" in [m.trigger for e in result.events for m in e.mentions]


def test_an_arrest_that_could_open_the_way_for_a_rival_happened(analyse) -> None:
    result = analyse("The arrest of a former paramilitary commander on the Caribbean coast could open the way "
                     "for the Urabenos to expand their control of the region.", "2014-03-20")
    assert events_of(result, "arrest")[0].modality == "asserted"


def test_talks_that_could_begin_stay_hypothetical(analyse) -> None:
    result = analyse("Talks between Israel and Syria could begin next month.", "2014-03-20")
    assert events_of(result, "Talks")[0].modality == "hypothetical"


def test_a_belief_that_migrants_were_kidnapped_is_not_the_writers_fact(analyse) -> None:
    result = analyse("The short delivery gave rise to their belief that the migrants were kidnapped by the "
                     "traffickers.", "2019-05-02")
    assert trigger_modality(result, "kidnapped") != "asserted"


def test_a_kidnapping_the_writer_tells_stays_asserted(analyse) -> None:
    result = analyse("The migrants were kidnapped by the traffickers near the coast.", "2019-05-02")
    assert trigger_modality(result, "kidnapped") == "asserted"


def test_a_relayed_ultimatum_of_violence_is_the_gangs_threat(analyse) -> None:
    result = analyse("According to a neighbour, the two women told residents that if neither demand was met, "
                     "the gang would kill several people in the village.", "2015-01-20")
    kill = events_of(result, "kill")[0]
    assert kill.cameo == "138"
    assert kill.modality == "reported"
    assert kill.source is not None and kill.source.code.endswith("CRM")


def test_a_forecast_of_violence_without_a_demand_is_no_threat(analyse) -> None:
    result = analyse("Police said the gang would kill again if the army withdrew from the town.", "2015-01-20")
    assert "138" not in event_codes(result)


def test_a_forecast_of_violence_unless_the_state_acts_told_to_no_one_is_no_threat(analyse) -> None:
    result = analyse("Analysts said the cartel would kill more people unless the government acted.", "2015-01-20")
    assert "138" not in event_codes(result)


def test_a_practice_that_was_to_kidnap_tells_kidnappings_done(analyse) -> None:
    result = analyse("The gang's modus operandi was to kidnap businessmen in Guayaquil.", "2014-02-11")
    assert trigger_modality(result, "kidnap") == "asserted"


def test_a_mission_that_was_to_kidnap_stays_intended(analyse) -> None:
    result = analyse("The gang's mission was to kidnap businessmen in Guayaquil.", "2014-02-11")
    assert trigger_modality(result, "kidnap") == "intended"


def test_a_blast_triggered_to_target_a_convoy_is_the_attack(analyse) -> None:
    result = analyse("Police said Maoists triggered a powerful blast to target the convoy of the legislator.",
                     "2014-02-11")
    assert trigger_modality(result, "target") == "reported"


def test_talks_to_be_held_before_a_decision_under_would_are_still_to_come(analyse) -> None:
    result = analyse("Brazilian Coffee Institute president Jorio Dauster said no decisions would be made on quotas "
                     "before he had held talks with exporters.", "1987-03-12")
    talks = [m for e in result.events for m in e.mentions if m.trigger == "talks"]
    assert talks and all(m.modality != "asserted" for m in talks)


def test_a_defence_tried_in_the_past_was_made(analyse) -> None:
    result = analyse("Mexican President Ernesto Zedillo has tried to defend his government's record against "
                     "criticism from the opposition PAN.", "1995-01-10")
    assert trigger_modality(result, "defend") == "asserted"


def test_a_defence_to_be_tried_is_still_intended(analyse) -> None:
    result = analyse("Mexican President Ernesto Zedillo will try to defend his government's record against "
                     "criticism from the opposition PAN.", "1995-01-10")
    assert trigger_modality(result, "defend") == "intended"


def test_an_agreement_a_party_tried_to_persuade_others_to_reach_is_still_intended(analyse) -> None:
    result = analyse("Baldrige told a Senate panel that the Treasury was attempting to persuade Taiwan and South "
                     "Korea to reach agreement with the United States on exchange rates.", "1987-03-24")
    reach = [m for e in result.events for m in e.mentions if m.trigger == "reach"]
    assert reach and all(m.modality == "intended" for m in reach)
