"""Senses and modality of session 17 (events/senses.py, events/modality.py, sense_rules.csv): business routine
is no political act (a rating agency affirming a rating, a company filing its tariffs with a regulator); a past
attempt to kill a figure is an attempted assassination (185) that happened, a future one stays intended."""

from __future__ import annotations

from conftest import event_codes as codes
from conftest import modality_of


def test_a_rating_affirmed_is_no_praise(analyse) -> None:
    result = analyse("Standard and Poor's Corp said it affirmed the ratings of General Motors Corp's "
                     "senior debt on Tuesday.", "1987-03-04")
    assert "051" not in codes(result)


def test_a_company_filing_tariffs_is_no_embargo(analyse) -> None:
    result = analyse("The telephone company filed new tariffs with the Federal Communications Commission "
                     "on Monday.", "1987-03-04")
    assert not {c for c in codes(result) if c.startswith("16")}


def test_tariffs_a_state_imposes_stay_sanctions(analyse) -> None:
    result = analyse("The United States imposed tariffs on Japanese semiconductors on Friday.", "1987-03-04")
    assert "163" in codes(result)


def test_a_past_attempt_to_kill_a_mayor_is_an_asserted_attempt(analyse) -> None:
    result = analyse("Gunmen tried to kill the mayor of the town on Monday, firing eleven shots at his car.",
                     "2013-05-08")
    assert "186" not in codes(result)
    assert modality_of(result, "185") == "asserted"


def test_a_future_attempt_to_kill_stays_intended(analyse) -> None:
    result = analyse("Gunmen will try to kill the mayor of the town, the police chief warned.", "2013-05-08")
    assert "asserted" not in {e.modality for e in result.events if e.cameo.startswith("18")}


def test_a_killing_that_happened_stays_an_assassination(analyse) -> None:
    result = analyse("Gunmen killed the mayor of the town on Monday.", "2013-05-08")
    assert "186" in codes(result)


def test_an_assault_on_a_value_is_figurative(analyse) -> None:
    result = analyse("The rights group condemned the president's assault on press freedom in a statement "
                     "on Monday.", "2013-05-08")
    assert not {c for c in codes(result) if c[:2] in {"18", "19"}}


def test_an_attack_on_a_town_stays_violence(analyse) -> None:
    result = analyse("Rebels launched an attack on the town of Saravena on Monday.", "2013-05-08")
    assert {c for c in codes(result) if c[:2] in {"18", "19"}}


def test_a_political_war_is_no_fighting(analyse) -> None:
    result = analyse("The killing has become the centre of a political war between the government and the "
                     "opposition party.", "2013-05-08")
    assert "190" not in codes(result)


def test_a_link_established_is_no_intent(analyse) -> None:
    result = analyse("Prosecutors established a link between the businessman and the FARC rebels, based on "
                     "bank records.", "2013-05-08")
    assert not {c for c in codes(result) if c.startswith("03")}


def test_a_survey_released_is_no_release(analyse) -> None:
    result = analyse("The government's annual survey on drug use, released in September, found that use of "
                     "cocaine had fallen.", "2013-05-08")
    assert "084" not in codes(result)


def test_hostages_released_stay_a_release(analyse) -> None:
    result = analyse("The rebels released two Colombian soldiers they had held for a year on Monday.",
                     "2013-05-08")
    assert "084" in codes(result)


def test_a_total_over_a_span_of_years_is_no_event(analyse) -> None:
    result = analyse("Colombian police arrested 1,200 members of the Urabenos between 2010 and 2014, the "
                     "report found.", "2015-05-08")
    assert "173" not in codes(result)


def test_arrests_between_two_days_stay_events(analyse) -> None:
    result = analyse("Colombian police arrested 25 members of the Urabenos between Monday and Wednesday.",
                     "2015-05-08")
    assert "173" in codes(result)


def test_a_seizure_from_a_gang_stays_an_event(analyse) -> None:
    result = analyse("Colombian police seized 40 tons of cocaine from the Urabenos on Monday.", "2015-05-08")
    assert "171" in codes(result)


def test_what_the_writer_says_should_be_welcomed_is_no_praise(analyse) -> None:
    result = analyse("Any efforts by Honduras to reform its police should therefore be welcomed.", "2015-05-08")
    assert "051" not in codes(result)


def test_a_welcome_by_a_named_party_stays(analyse) -> None:
    result = analyse("The decision was welcomed by Mexico's foreign ministry on Monday.", "2015-05-08")
    assert "051" in codes(result)


def test_an_act_rather_than_which_another_was_done_is_no_event(analyse) -> None:
    result = analyse("The Guatemalan government has focused on capturing drug lords rather than attacking the "
                     "finances of the cartels.", "2015-05-08")
    assert not {c for c in codes(result) if c.startswith("18")}


def test_instead_of_negotiating_is_no_consultation(analyse) -> None:
    result = analyse("Instead of negotiating with the Zetas, the Mexican army launched an offensive against "
                     "them on Monday.", "2015-05-08")
    assert not {c for c in codes(result) if c.startswith("04")}
    assert {c for c in codes(result) if c[:2] in {"17", "18", "19"}}


def test_appealing_a_ruling_is_no_request(analyse) -> None:
    result = analyse("Guatemala's Attorney General's Office said the sentence was too lenient and that it "
                     "would appeal it.", "2015-05-08")
    assert not {c for c in codes(result) if c.startswith("02")}


def test_an_appeal_to_a_party_stays_a_request(analyse) -> None:
    result = analyse("The Honduran president appealed to the United States for aid on Monday.", "2015-05-08")
    assert {c for c in codes(result) if c.startswith("02")}


def test_sanctions_a_group_said_should_be_imposed_stay_its_demand(analyse) -> None:
    result = analyse("In a letter to the Treasury Secretary, the industry group said sanctions should be imposed "
                     "against Japanese chipmakers.", "1987-03-04")
    assert "163" in codes(result)


def test_a_writers_yes_no_question_asserts_no_act(analyse) -> None:
    result = analyse("Has Iran boycotted the truce with Iraq?", "1987-03-04")
    assert all(e.modality == "hypothetical" for e in result.events if e.cameo.startswith("14"))


def test_a_question_about_the_future_is_no_plan_asserted(analyse) -> None:
    result = analyse("Will Israel withdraw its troops from Lebanon?", "1987-03-04")
    assert all(e.modality == "hypothetical" for e in result.events)


def test_the_same_act_stated_stays_asserted(analyse) -> None:
    result = analyse("The FARC attacked Colombian soldiers in Cauca on Monday.", "2019-05-03")
    assert "asserted" in {e.modality for e in result.events if e.cameo.startswith("19")}


def test_an_attempt_to_kill_denied_is_a_negated_attempt_not_a_plan(analyse) -> None:
    result = analyse("Police said the gunmen did not try to kill the judge.", "2019-05-03")
    attempts = [e for e in result.events if e.cameo == "185"]
    assert attempts and all(e.modality != "intended" and e.negated for e in attempts)


def test_a_company_freed_to_offer_services_is_deregulated_not_released(analyse) -> None:
    result = analyse("The court freed Telmex to offer long-distance services in Mexico.", "1987-03-04")
    assert not {c for c in codes(result) if c.startswith("08")}


def test_a_businessman_freed_by_kidnappers_stays_released(analyse) -> None:
    result = analyse("Kidnappers freed a Mexican businessman on Monday.", "2019-05-03")
    assert "084" in codes(result)


def test_an_opinion_given_every_fortnight_is_a_standing_procedure(analyse) -> None:
    result = analyse("The Monetary Council gives its opinion to the government every 14 days.", "1987-03-04")
    assert not {c for c in codes(result) if c.startswith("1")}


def test_a_deadline_of_days_stays_an_ultimatum(analyse) -> None:
    result = analyse("Iran gave Iraq 14 days to withdraw its troops.", "1987-03-04")
    assert "139" in codes(result)


def test_a_total_charged_over_years_on_the_charge_is_no_event(analyse) -> None:
    result = analyse("A total of 1,200 Mexican police agents had been charged with corruption between 2004 and "
                     "2014, the report said.", "2019-05-03")
    assert not {c for c in codes(result) if c.startswith("17")}


def test_a_total_arrested_in_a_period_of_years_is_no_event(analyse) -> None:
    result = analyse("Some 300 Honduran soldiers were arrested for drug trafficking in the period between 2010 "
                     "and 2015.", "2019-05-03")
    assert not {c for c in codes(result) if c.startswith("17")}


def test_arrests_in_a_period_of_days_stay_events(analyse) -> None:
    result = analyse("Honduran police arrested 300 soldiers for drug trafficking in the period between May 3 "
                     "and May 5.", "2019-05-03")
    assert "173" in codes(result)


def test_the_number_of_people_imprisoned_is_a_statistic(analyse) -> None:
    result = analyse("The sharp increase in the number of Mexicans imprisoned in Peru in recent years worries "
                     "officials.", "2019-05-03")
    assert not {c for c in codes(result) if c.startswith("17")}


def test_numbers_of_people_killed_are_a_statistic(analyse) -> None:
    result = analyse("The ministry did not give numbers of gangsters killed by soldiers.", "2019-05-03")
    assert not {c for c in codes(result) if c.startswith(("18", "19"))}


def test_the_toll_of_one_definite_attack_keeps_its_killing(analyse) -> None:
    result = analyse("The number of people killed in the attack on the Kabul market rose to 40.", "2019-05-03")
    assert {c for c in codes(result) if c.startswith(("18", "19"))}


def test_a_tally_over_the_first_months_is_a_statistic(analyse) -> None:
    result = analyse("The tally of 26 Caracas police officers killed in the first two months of 2012 alarmed the "
                     "mayor.", "2012-03-20")
    assert not {c for c in codes(result) if c.startswith(("18", "19"))}


def test_recognizing_a_fact_is_no_diplomatic_recognition(analyse) -> None:
    result = analyse("The Colombian government now recognizes the existence of three criminal bands.", "2012-03-20")
    assert "054" not in codes(result)


def test_recognizing_a_government_stays_recognition(analyse) -> None:
    result = analyse("Spain recognized the new government of Bolivia on Monday.", "2019-11-20")
    assert "054" in codes(result)
