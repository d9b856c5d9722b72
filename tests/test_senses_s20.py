"""Acts the sentence does not tell and the wrong modality (session 20): amounts, shares and percentages of what
was seized or of those detained are statistics; an act told on the word of reports is reported, not inferred;
firing at a crowd to disperse it is the dispersal."""

from __future__ import annotations

from conftest import event_codes, modality_of


def test_the_amount_seized_over_years_is_no_seizure(analyse) -> None:
    result = analyse("The amount of heroin seized by Peruvian police peaked in 2014 at 30 tons, the report said.",
                     "2016-05-12")
    assert "171" not in event_codes(result)


def test_a_share_or_percentage_of_those_detained_is_no_arrest(analyse) -> None:
    share = analyse("The share of migrants detained by Mexican police in 2015 rose sharply.", "2016-05-12")
    percent = analyse("Police estimate that 80 percent of the weapons seized by Honduran soldiers came from "
                      "Nicaragua.", "2016-05-12")
    assert "173" not in event_codes(share)
    assert "171" not in event_codes(percent)


def test_a_percentage_counted_on_a_border_is_no_arrest(analyse) -> None:
    # the border places what was counted; it names no one act whose toll it is ("killed in the attack")
    result = analyse("Less than three percent of the migrants detained by Mexican police on the Guatemalan "
                     "border in the 2015 fiscal year were minors.", "2016-05-12")
    assert "173" not in event_codes(result)


def test_a_seizure_of_an_amount_stays_a_seizure(analyse) -> None:
    result = analyse("Peruvian police seized a large amount of heroin in Callao on Monday.", "2016-05-12")
    assert "171" in event_codes(result)


def test_a_detention_on_a_border_stays_an_arrest(analyse) -> None:
    result = analyse("Mexican police detained 40 migrants on the Guatemalan border on Tuesday.", "2016-05-12")
    assert "173" in event_codes(result)


def test_an_act_reports_suggest_is_reported(analyse) -> None:
    result = analyse("Witness accounts suggested that soldiers had shot dead three villagers in Kunduz.",
                     "2016-05-12")
    assert modality_of(result, "190") == "reported"


def test_an_act_analysts_suggest_stays_hypothetical(analyse) -> None:
    result = analyse("Analysts suggested that soldiers had shot dead three villagers in Kunduz.", "2016-05-12")
    assert modality_of(result, "190") == "hypothetical"


def test_firing_tear_gas_to_disperse_protesters_is_the_dispersal(analyse) -> None:
    result = analyse("Troops fired tear gas to disperse the protesters in Lahore on Monday.", "2016-05-12")
    assert modality_of(result, "175") == "asserted"


def test_a_dispersal_planned_stays_intended(analyse) -> None:
    result = analyse("Police will use tear gas to disperse the protesters in Lahore if they march.", "2016-05-12")
    assert modality_of(result, "175") == "intended"


def test_a_decline_arrested_is_halted_no_one_detained(analyse) -> None:
    result = analyse("Jones said the steady decline of Canada's banks in the world league tables would be arrested "
                     "by letting them compete.", "1987-03-20")
    assert "173" not in event_codes(result)


def test_a_commission_charged_with_a_task_is_no_legal_charge(analyse) -> None:
    result = analyse("The head of a Kenyan commission charged with recovering wealth amassed by former President "
                     "Moi said the funds were still abroad.", "1987-03-20")
    assert "173" not in event_codes(result)


def test_officials_charged_with_a_crime_stay_charged(analyse) -> None:
    result = analyse("Two Kenyan officials charged with stealing public funds were arrested in Nairobi on Monday.",
                     "1987-03-20")
    assert "173" in event_codes(result)


def test_a_country_hosting_traffickers_hosts_no_visit(analyse) -> None:
    result = analyse("The country reportedly hosts up to 2,000 Peruvian drug traffickers, officials said.",
                     "2014-06-02")
    assert "043" not in event_codes(result)


def test_a_seminar_hosted_by_a_society_is_no_visit(analyse) -> None:
    result = analyse("A recent seminar hosted by the Nairobi Law Society discussed the reasons for the rise in "
                     "crime.", "2014-06-02")
    assert "043" not in event_codes(result)


def test_a_president_hosted_stays_a_visit(analyse) -> None:
    result = analyse("Kenya hosted Ugandan President Yoweri Museveni for talks on Monday.", "2014-06-02")
    assert "043" in event_codes(result)


def test_a_practice_told_in_the_present_passive_is_no_demand(analyse) -> None:
    result = analyse("Gangs are a growing threat in Medellin. Extortion fees are demanded from bus drivers, street "
                     "vendors and even residents going to the market.", "2014-06-02")
    assert "100" not in event_codes(result)


def test_kidnappings_told_as_a_practice_of_gangs_are_no_kidnapping(analyse) -> None:
    result = analyse("The army chief spoke on Monday. Migrants are kidnapped by gangs along the route.",
                     "2014-06-02")
    assert "181" not in event_codes(result)


def test_a_kidnapping_by_a_named_gang_or_of_counted_people_stays(analyse) -> None:
    named = analyse("The army chief spoke on Monday. Migrants are kidnapped by the Zetas along the route, the "
                    "report said.", "2014-06-02")
    counted = analyse("The army chief spoke on Monday. Three migrants are kidnapped by gangs along the route.",
                      "2014-06-02")
    assert "181" in event_codes(named)
    assert "181" in event_codes(counted)


def test_an_appeal_in_general_judged_in_the_present_is_no_appeal(analyse) -> None:
    result = analyse("Analysts agree. Calling on Congress to pass the bill sounds serious.", "2014-06-02")
    assert "020" not in event_codes(result)


def test_an_appeal_made_stays_an_appeal(analyse) -> None:
    result = analyse("Analysts agree. The opposition called on Congress to pass the bill on Monday.", "2014-06-02")
    assert any(code.startswith("02") for code in event_codes(result))
