"""Event triggers, twenty-first round: consultation told as a noun held with a party ("held discussions with",
"is in discussions with", "continuing a dialogue with": 040), never a procedure ("after consultation with its
advisers") nor talks only sought ("efforts aimed at starting discussions")."""

from __future__ import annotations

from collections.abc import Callable

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def codes_of(result: ArticleResult) -> set[str]:
    """The CAMEO codes of every event mention of an article."""
    return {code for code, _, _ in mention_codes(result)}


def test_discussions_held_with_a_party_are_a_consultation(analyse: Analyse) -> None:
    result = analyse("Kenyan President Uhuru Kenyatta held discussions with the Ugandan President on Tuesday.",
                     "2019-03-12")
    assert_mention(result, "040", "KEN", "UGA")


def test_a_company_in_discussions_with_another_consults_it(analyse: Analyse) -> None:
    result = analyse("Norwest Instruments Inc said it is in preliminary discussions with Tarrant Electronics Corp "
                     "about a possible merger.", "1987-04-02")
    found = mention_codes(result)
    assert any(c == "040" and (s or "").endswith("BUS") and (t or "").endswith("BUS") for c, s, t in found), found


def test_a_dialogue_continued_with_the_fund_is_a_consultation(analyse: Analyse) -> None:
    result = analyse("Hungary is continuing a dialogue with the International Monetary Fund, a ministry "
                     "official said.", "1987-04-02")
    assert_mention(result, "040", "HUN", "IGOUNOIMF")


def test_consultations_held_with_a_government_are_a_consultation(analyse: Analyse) -> None:
    result = analyse("Japan held consultations with Indonesia on the fishing dispute on Monday.", "1987-04-02")
    assert_mention(result, "040", "JPN", "IDN")


def test_a_step_taken_after_consultation_with_advisers_is_no_consultation(analyse: Analyse) -> None:
    result = analyse("Harwick Printing said it filed the lawsuit after consultation with its advisers.",
                     "1987-04-02")
    assert "040" not in codes_of(result)


def test_efforts_aimed_at_starting_discussions_hold_none(analyse: Analyse) -> None:
    result = analyse("The envoy briefed the cabinet on efforts aimed at starting discussions between Peru and "
                     "Ecuador.", "1995-02-10")
    assert "040" not in codes_of(result)


def test_a_discussion_of_a_subject_with_no_party_is_no_event(analyse: Analyse) -> None:
    result = analyse("The Chilean Senate held a long discussion of the budget on Wednesday.", "2019-03-12")
    assert "040" not in codes_of(result)


def test_troops_sent_to_a_peacekeeping_force_are_peacekeeping(analyse: Analyse) -> None:
    result = analyse("Ghana is sending 400 soldiers to the United Nations peacekeeping force in Mali.", "2019-03-12")
    assert_mention(result, "074", "GHA")
    assert "033" not in codes_of(result)  # troops on their way are sent, not only promised


def test_troops_deployed_to_a_peacekeeping_mission_are_no_mobilisation(analyse: Analyse) -> None:
    result = analyse("Sweden is deploying 250 troops to the UN peacekeeping mission in Chad, the defence ministry "
                     "said.", "2019-03-12")
    assert_mention(result, "074", "SWE")
    assert "154" not in codes_of(result)


def test_troops_sent_where_peacekeepers_once_served_are_not_peacekeeping(analyse: Analyse) -> None:
    result = analyse("Ghana sent 500 soldiers to Togo, where a peacekeeping force had been stationed in 1994.",
                     "2019-03-12")
    assert "074" not in codes_of(result)


def test_officers_sent_to_study_a_peacekeeping_force_are_no_peacekeepers(analyse: Analyse) -> None:
    result = analyse("The United Nations sent 30 military officers to Angola on Monday to study the feasibility "
                     "of a peacekeeping force.", "1995-02-10")
    assert "074" not in codes_of(result)


def test_a_government_increasing_its_forces_presence_mobilises_them(analyse: Analyse) -> None:
    result = analyse("The Peruvian government has increased the presence of security forces in the coca-growing "
                     "valleys of the south.", "2014-06-03")
    assert_mention(result, "154", "PER")


def test_the_military_increasing_its_presence_mobilises_forces(analyse: Analyse) -> None:
    result = analyse("The Honduran army has increased its presence in the border department of Gracias a Dios.",
                     "2014-06-03")
    assert_mention(result, "154", "HNDMIL")


def test_a_police_presence_reinforced_is_police_power(analyse: Analyse) -> None:
    result = analyse("Ecuador's government reinforced the police presence in the port city of Esmeraldas on "
                     "Monday.", "2014-06-03")
    assert_mention(result, "153", "ECU")


def test_gangs_increasing_their_presence_mobilise_no_forces(analyse: Analyse) -> None:
    result = analyse("The Sinaloa Cartel has increased its presence in northern Honduras, officials said.",
                     "2014-06-03")
    assert not {"153", "154"} & codes_of(result)


def test_more_security_spending_or_cooperation_mobilises_no_forces(analyse: Analyse) -> None:
    spending = analyse("The Chilean government increased security spending by 5 percent last year.", "2014-06-03")
    cooperation = analyse("Panama and Colombia agreed to strengthen security cooperation along their border.",
                          "2014-06-03")
    assert not {"153", "154"} & (codes_of(spending) | codes_of(cooperation))

