"""Event triggers, twenty-second round: relief goods (equipment, ambulances, tents, food) given by a state, its
forces or an aid body to a party are aid (070), never a company's sale nor an idiom; a strike or protest
cancelled by those holding it eases dissent (082)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def codes_of(result: ArticleResult) -> set[str]:
    """The CAMEO codes of every event mention of an article."""
    return {code for code, _, _ in mention_codes(result)}


def test_ambulances_handed_over_by_an_army_are_aid(analyse: Analyse) -> None:
    result = analyse("The Kenyan army handed over 20 ambulances to the Somali government on Monday.",
                     "2019-03-12")
    assert_mention(result, "070", "KENMIL", "SOMGOV")


def test_medical_equipment_given_by_a_state_is_aid(analyse: Analyse) -> None:
    result = analyse("Japan gave medical equipment to Honduras.", "2019-03-12")
    assert_mention(result, "070", "JPN", "HND")


def test_tents_and_blankets_sent_by_a_government_are_aid(analyse: Analyse) -> None:
    result = analyse("The Indian government sent 10 tonnes of tents and blankets to Nepal.", "2019-03-12")
    assert_mention(result, "070", "IND", "NPL")


def test_trucks_delivered_by_a_company_are_a_sale_not_aid(analyse: Analyse) -> None:
    result = analyse("Siemens delivered 20 trucks to the Egyptian army.", "2019-03-12")
    assert "070" not in codes_of(result)


def test_a_taste_of_its_own_medicine_is_no_aid(analyse: Analyse) -> None:
    result = analyse("In Rome, the trade minister said Italy has decided to give Canada a taste of its own "
                     "medicine.", "1987-04-02")
    assert "070" not in codes_of(result)


def test_a_protest_march_cancelled_by_truckers_eases_dissent(analyse: Analyse) -> None:
    result = analyse("Colombian truckers cancelled their protest march on Monday.", "2019-03-12")
    assert_mention(result, "082", "COL")
    assert "141" not in codes_of(result)


def test_a_cancelled_purchase_is_no_easing_of_dissent(analyse: Analyse) -> None:
    result = analyse("Colombian truckers cancelled their purchase of Brazilian tyres on Monday.", "2019-03-12")
    assert "082" not in codes_of(result)


def test_an_arrangement_agreed_with_a_named_party_is_an_agreement(analyse: Analyse) -> None:
    result = analyse("France had formally agreed with Senegal to reschedule bilateral unpaid debt of about "
                     "300 mln francs.", "1987-04-02")
    assert_mention(result, "057", "FRA", "SEN")
    assert "030" not in codes_of(result)


def test_companies_agreeing_to_form_a_venture_conclude_an_agreement(analyse: Analyse) -> None:
    result = analyse("Chrysler Corp said it agreed with Toyota Motor Corp to form a company that would make "
                     "engines in Ohio.", "1987-04-02")
    assert_mention(result, "057", "USABUS", "JPNBUS")


def test_agreeing_with_a_party_to_halt_talks_is_no_agreement(analyse: Analyse) -> None:
    result = analyse("Deere and Co said it agreed with General Motors Corp to discontinue negotiations on a "
                     "joint venture.", "1987-04-02")
    assert "057" not in codes_of(result)


def test_agreeing_with_a_view_is_no_agreement(analyse: Analyse) -> None:
    result = analyse("Prime Minister Yasuhiro Nakasone agreed with the central bank governor that a further cut "
                     "in the discount rate was not appropriate.", "1987-04-02")
    assert "057" not in codes_of(result)
