"""Session 22 sense and modality rules (events/senses.py, data/sense_rules.csv, events/modality.py): habits told
in the simple present, totals counted over a span of months, acts named only as a condition and attacks one
comes under for something assert no act of force; prosecutors' raids and protests are no force or dissent; an
act whose doer alone is believed happened. The particular acts told beside them stay."""

from __future__ import annotations

from conftest import event_codes, modality_of


def test_a_habit_in_the_simple_present_is_no_killing(analyse) -> None:
    result = analyse("Gangs recruit teenagers in Cali. \"The teenagers who are recruited must be able to denounce "
                     "it, they must learn to protect themselves -- because they kill them,\" the priest said.",
                     "2016-06-01")
    assert not event_codes(result) & {"180", "190"}


def test_a_union_that_strikes_people_it_dislikes_is_no_strike(analyse) -> None:
    result = analyse("The talks stalled on Monday. \"It has been my experience the Teamsters strikes people "
                     "they don't like,\" an analyst said.", "1987-03-12")
    assert not any(code.startswith(("14", "18", "19")) for code in event_codes(result))


def test_cases_that_demonstrate_something_are_no_demonstration(analyse) -> None:
    result = analyse("The mission was praised. The UN mission has been backing Honduras's drive against graft "
                     "with success, as Los Zetas and several other notorious cases demonstrate.", "2016-06-01")
    assert not any(code.startswith("14") for code in event_codes(result))


def test_a_killing_told_in_the_past_beside_a_habit_stays(analyse) -> None:
    result = analyse("The women are afraid. Gunmen of the Barrio 18 gang killed two bus drivers in Guatemala "
                     "City on Monday.", "2016-06-01")
    assert "180" in event_codes(result)


def test_a_headline_present_with_a_count_stays(analyse) -> None:
    result = analyse("Violence in Kashmir. Hizbul Mujahideen militants kill two policemen in Sopore town.",
                     "2016-06-01")
    assert event_codes(result) & {"180", "190"}


def test_seizures_over_months_are_a_total(analyse) -> None:
    result = analyse("Cocaine flows have grown. Between February and June 2016, Colombian police seized 41 tons "
                     "of cocaine in the port of Tumaco, according to official figures.", "2016-07-01")
    assert "171" not in event_codes(result)


def test_a_seizure_between_two_days_stays(analyse) -> None:
    result = analyse("Cocaine flows have grown. Between June 3 and June 5, Colombian police seized 41 tons of "
                     "cocaine in the port of Tumaco.", "2016-07-01")
    assert "171" in event_codes(result)


def test_war_in_the_case_of_war_is_no_war(analyse) -> None:
    result = analyse("The minister spoke on Tuesday. He said that in the case of war with Bulgaria it would not "
                     "be possible for Greece to keep the bases.", "1987-03-12")
    assert not any(code.startswith("19") for code in event_codes(result))


def test_an_attack_in_the_event_of_an_attack_is_no_attack(analyse) -> None:
    result = analyse("NATO met on Tuesday. In the event of an attack on Norway, the alliance would respond, "
                     "the minister said.", "1987-03-12")
    assert not event_codes(result) & {"180", "190"}


def test_in_the_case_of_a_killing_that_happened_the_killing_stays(analyse) -> None:
    result = analyse("The inquiry is slow. In the case of the killing of Mario Alvarez, Mexican police "
                     "arrested two gunmen of the Gulf Cartel.", "2016-06-01")
    assert "180" in event_codes(result)


def test_coming_under_attack_for_a_policy_is_criticism(analyse) -> None:
    result = analyse("The farm budget grew again. The EC has come under prolonged attack from the Cairns "
                     "Group for its continued dumping of surplus sugar on world markets.", "1987-03-12")
    codes = event_codes(result)
    assert not codes & {"180", "190"}
    assert "111" in codes


def test_a_patrol_coming_under_attack_from_rebels_stays_force(analyse) -> None:
    result = analyse("Violence rose in Bastar. An Indian army patrol came under attack from Maoists near "
                     "Sukma on Monday.", "2016-06-01")
    assert event_codes(result) & {"180", "190"}


def test_prosecutors_raiding_a_police_unit_seize(analyse) -> None:
    result = analyse("The case grew. Honduran prosecutors raided a police unit in Tegucigalpa and took "
                     "files.", "2016-06-01")
    codes = event_codes(result)
    assert "171" in codes
    assert not any(code.startswith("19") for code in codes)


def test_prosecutors_protesting_a_ruling_criticise_it(analyse) -> None:
    result = analyse("The judge freed the colonel. Guatemala's Attorney General's Office protested the "
                     "decision, but to little avail.", "2016-06-01")
    codes = event_codes(result)
    assert "111" in codes
    assert not any(code.startswith("14") for code in codes)


def test_an_abduction_whose_doer_is_believed_happened(analyse) -> None:
    result = analyse("A trader was abducted in Tura. Police believe the abduction was carried out by Garo "
                     "National Liberation Army cadres.", "2013-01-10")
    assert modality_of(result, "181") != "hypothetical"


def test_an_attack_feared_to_be_carried_out_stays_hypothetical(analyse) -> None:
    result = analyse("Security was raised in Tura. Police fear that an attack could be carried out by Garo "
                     "National Liberation Army cadres.", "2013-01-10")
    assert modality_of(result, "180") == "hypothetical"


def test_teams_supported_by_companies_in_the_present_are_no_endorsement(analyse) -> None:
    result = analyse("Football is popular in Guatemala. Most teams in Guatemala are supported by large Guatemalan "
                     "companies whose owners want to advertise.", "2016-06-01")
    assert not any(code.startswith("05") for code in event_codes(result))


def test_a_plan_endorsed_in_the_past_stays(analyse) -> None:
    result = analyse("The plan was debated for weeks. The Honduran plan was endorsed by the United States.",
                     "2016-06-01")
    assert "051" in event_codes(result)
