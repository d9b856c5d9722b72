"""Event triggers, twentieth round: ties ended with a party (160, talks 164), forces training another's soldiers
or police (062), a group taking up arms (154), peace and trade talks as negotiation (046), and warnings
against a course with no one warned (no threat)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def assert_between_companies(result: ArticleResult, code: str) -> None:
    """Some event mention has `code` between two business actors (any country: the text names none)."""
    found = mention_codes(result)
    assert any(c == code and (s or "").endswith("BUS") and (t or "").endswith("BUS") for c, s, t in found), found


def codes_of(result: ArticleResult) -> set[str]:
    """The CAMEO codes of every event mention of an article."""
    return {code for code, _, _ in mention_codes(result)}


def test_a_terminated_agreement_with_a_company_reduces_relations(analyse: Analyse) -> None:
    result = analyse("Halvorsen Industries Inc said it terminated its supply agreement with Corwell Chemical Corp.",
                     "1987-04-02")
    assert_between_companies(result, "160")


def test_terminated_or_called_off_talks_halt_negotiations(analyse: Analyse) -> None:
    terminated = analyse("Brandt Foods Inc said it terminated merger talks with Pellman Dairy Co.", "1987-04-02")
    assert_between_companies(terminated, "164")
    called_off = analyse("Brandt Foods Inc said it called off its merger talks with Pellman Dairy Co.", "1987-04-02")
    assert_between_companies(called_off, "164")
    assert "026" not in codes_of(called_off)  # calling talks off is no appeal to negotiate


def test_an_ended_agreement_between_states_reduces_relations(analyse: Analyse) -> None:
    result = analyse("Japan will end its fishing agreement with the Soviet Union next month, officials said.",
                     "1987-04-02")
    assert_mention(result, "160", "JPN", "SUN")


def test_something_called_off_is_no_telephone_call(analyse: Analyse) -> None:
    result = analyse("The Ohio coal miners' union called off the strike on Monday.", "1987-04-02")
    assert not {"041", "026", "020"} & codes_of(result)


def test_a_terminated_employment_agreement_is_no_tie_between_parties(analyse: Analyse) -> None:
    result = analyse("Kestrel Mining Corp said it terminated its employment agreement with chairman Walter Brill.",
                     "1987-04-02")
    assert "160" not in codes_of(result)


def test_forces_training_another_states_soldiers_cooperate_militarily(analyse: Analyse) -> None:
    result = analyse("U.S. Army special forces are training Peruvian soldiers in counternarcotics "
                     "operations.", "2014-06-03")
    assert_mention(result, "062", "USA", "PERMIL")


def test_a_joint_training_exercise_with_forces_is_military_cooperation(analyse: Analyse) -> None:
    result = analyse("The U.S. Army held a joint training exercise with the Peruvian Armed Forces in Texas "
                     "last April.", "2014-06-03")
    assert_mention(result, "062", "USA", "PERMIL")


def test_the_military_training_police_cooperates_militarily(analyse: Analyse) -> None:
    result = analyse("The Honduran military is training state police in tactics and the use of rifles.",
                     "2014-06-03")
    assert_mention(result, "062", "HNDMIL", "HNDCOP")


def test_training_ones_own_men_or_staff_is_no_cooperation(analyse: Analyse) -> None:
    own = analyse("The Peruvian army trained its soldiers in jungle warfare.", "2014-06-03")
    assert "062" not in codes_of(own)
    staff = analyse("Kestrel Mining Corp trained 300 employees last year.", "2014-06-03")
    assert "062" not in codes_of(staff)


def test_taking_up_arms_against_a_group_mobilizes_armed_force(analyse: Analyse) -> None:
    result = analyse("Mexican vigilante groups took up arms against the Knights Templar in Michoacan.",
                     "2014-06-03")
    assert_mention(result, "154", "MEX", "MEXCRM")


def test_peace_talks_are_negotiation_other_talks_consultation(analyse: Analyse) -> None:
    peace = analyse("Peace talks between the Colombian government and the ELN formally began in Quito in "
                    "February.", "2016-03-10")
    assert_mention(peace, "046", "COLGOV", "COLREB")
    plain = analyse("Secretary of State George Shultz held talks with Soviet Foreign Minister Eduard Shevardnadze "
                    "in Geneva.", "1987-04-02")
    assert_mention(plain, "040", "USAGOV", "SUNGOV")


def test_warning_against_a_course_with_no_one_warned_is_no_threat(analyse: Analyse) -> None:
    advice = analyse("West German officials warned against eating the imported hazelnuts.", "1987-04-02")
    assert "130" not in codes_of(advice)
    warned = analyse("Treasury Secretary James Baker warned Japan against retaliating against U.S. chipmakers.",
                     "1987-04-02")
    assert_mention(warned, "130", "USAGOV", "JPN")


def test_an_armed_group_pledging_to_cease_kidnapping_expresses_intent_to_yield(analyse: Analyse) -> None:
    result = analyse("In March 2014, the ELN announced they would cease kidnapping civilians.", "2014-06-03")
    assert_mention(result, "035", "COLREB")
    assert "181" not in codes_of(result)  # the kidnapping the group gives up is no kidnapping


def test_an_armed_group_suspending_its_attacks_de_escalates(analyse: Analyse) -> None:
    result = analyse("The ELN suspended attacks against the army during the elections.", "2014-06-03")
    assert_mention(result, "087", "COLREB", "COLMIL")
    assert "160" not in codes_of(result)


def test_stopping_others_attacks_or_a_company_ceasing_operations_is_no_de_escalation(analyse: Analyse) -> None:
    police = analyse("Police and troops were deployed at railway stations to stop attacks on trains.", "1987-04-02")
    assert "087" not in codes_of(police)
    company = analyse("Kestrel Mining Corp said it will cease operations and liquidate its assets.", "1987-04-02")
    assert not codes_of(company) & {"087", "035"}
