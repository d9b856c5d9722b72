"""Category and modality of acts whose sense hangs on what governs them (events/senses.py, data/sense_rules.csv,
noun_classes.csv, modality_rules.csv; session 24): a party's own stated aim to meet is its intent to meet (036),
told when said, while a meeting others expect stays a forecast; declining to indicate is declining comment (011);
armed men "asking" people to leave or shut are making a demand (100); an assailant "meeting" his victim is no
consultation; an armed group backing another gives material aid (070); an act inside a dismissed claim or a theory
is hypothetical."""

from __future__ import annotations

import pytest

from conftest import event_codes, modality_of, trigger_modality


@pytest.mark.parametrize(("text", "modality"), [
    ("Chairman Robert Havel said he hopes to meet Brazilian finance officials in Brasilia.", "reported"),
    ("Northgate Holdings told the SEC it expects to meet with Crestwood Stores representatives soon.", "reported"),
    ("Finance Minister Carlos Mendes hopes to visit Canada and Japan before the talks with the banks.", "asserted"),
])
def test_a_stated_aim_to_meet_is_an_intent_to_meet(analyse, text: str, modality: str) -> None:
    result = analyse(text, "1987-03-12")
    codes = event_codes(result)
    assert "036" in codes and not codes & {"040", "042"}, codes
    assert modality_of(result, "036") == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Peruvian energy minister Julio Arana is expected to meet soon with his Chilean counterpart, Raul Ossandon.",
     "meet", "hypothetical"),
    ("Chilean President Raul Ossandon plans to visit Bolivia next month.", "visit", "intended"),
])
def test_a_forecast_or_a_scheduled_visit_stays_the_act_foretold(analyse, text: str, trigger: str,
                                                                 modality: str) -> None:
    result = analyse(text, "1987-03-12")
    assert {e.cameo for e in result.events for m in e.mentions if m.trigger == trigger} & {"040", "042"}
    assert trigger_modality(result, trigger) == modality


def test_refusing_to_indicate_is_declining_comment(analyse) -> None:
    result = analyse("The U.S. Forest Service refused to indicate whether it would reopen the logging roads in Oregon.",
                     "1987-03-12")
    codes = event_codes(result)
    assert "011" in codes and not any(c.startswith("12") for c in codes), codes


@pytest.mark.parametrize("text", [
    "About 20 armed Maoist cadres reached the site and asked the workers to leave the camp.",
    "The militants asked traders in Baramulla to shut their shops.",
])
def test_armed_men_asking_people_to_leave_make_a_demand(analyse, text: str) -> None:
    codes = event_codes(analyse(text, "2011-05-04"))
    assert "100" in codes and not any(c.startswith("02") for c in codes), codes


def test_an_armed_group_asking_the_government_to_release_appeals(analyse) -> None:
    codes = event_codes(analyse("The Maoists asked the Government to release their jailed leaders.", "2011-05-04"))
    assert "025" in codes and "100" not in codes, codes


def test_an_assailant_meeting_his_victim_is_no_consultation(analyse) -> None:
    result = analyse("One of the gunmen met the shopkeeper at the gate and the other opened fire, killing him on "
                     "the spot.", "2011-05-04")
    codes = event_codes(result)
    assert not any(c.startswith("04") for c in codes), codes
    assert any(c.startswith("18") for c in codes), codes


def test_an_armed_group_backing_insurgents_gives_aid(analyse) -> None:
    codes = event_codes(analyse("The ELN has been supporting Venezuelan insurgents along the border.", "2012-06-01"))
    assert "070" in codes and "051" not in codes, codes


def test_an_agreement_inside_a_dismissed_theory_is_hypothetical(analyse) -> None:
    result = analyse("Analysts dismissed a theory, that by raising rates Chancellor Edwin Harrow had tried to put "
                     "pressure on Prime Minister Helen Crane to agree to British membership of the European "
                     "Monetary System, as implausible.", "1987-03-12")
    assert trigger_modality(result, "agree") == "hypothetical"


def test_a_security_offensive_against_crime_with_no_adversary_shows_police_power(analyse) -> None:
    codes = event_codes(analyse("Last year the Honduran government launched a large security offensive called "
                                "Operation Shield to combat crime in the country.", "2016-03-12"))
    assert "150" in codes and not any(c.startswith("19") for c in codes), codes


def test_an_offensive_against_a_named_group_stays_force(analyse) -> None:
    codes = event_codes(analyse("The Honduran army launched an offensive against the rebels in the north to end "
                                "insecurity.", "2016-03-12"))
    assert "190" in codes and "150" not in codes, codes


def test_targeting_people_for_extortion_threatens_them(analyse) -> None:
    codes = event_codes(analyse("Los Rastrojos targeted cattle ranchers for extortion.", "2014-08-20"))
    assert "130" in codes and not any(c.startswith(("18", "19")) for c in codes), codes


def test_a_source_asking_to_remain_anonymous_makes_no_appeal(analyse) -> None:
    codes = event_codes(analyse("One diplomat, who asked to remain anonymous, told Reuters the talks would resume "
                                "in May.", "1987-03-12"))
    assert not any(c.startswith("02") for c in codes), codes


def test_a_company_charging_a_rival_in_a_lawsuit_accuses_it(analyse) -> None:
    result = analyse("General Motors Corp said it filed suit against Ford Motor Co in federal court, charging it "
                     "with making a false and misleading offer.", "1987-03-12")
    codes = event_codes(result)
    assert "112" in codes and "173" not in codes, codes


def test_talks_suspended_with_a_party_are_negotiations_halted(analyse) -> None:
    codes = event_codes(analyse("The Philippine government suspended peace talks with the communist rebels on "
                                "Friday.", "1987-03-12"))
    assert "164" in codes and "160" not in codes, codes


@pytest.mark.parametrize(("text", "offered"), [
    ("Chrysler Corp's finance arm said it plans to offer 10 billion dlrs in pre-approved credit to more than "
     "one mln preferred customers in a direct mail campaign.", False),
    ("Japan offered 500 mln dlrs in credit to Mexico.", True),
])
def test_a_sales_offer_to_customers_is_no_pledge(analyse, text: str, offered: bool) -> None:
    codes = event_codes(analyse(text, "1987-03-12"))
    assert any(c.startswith("03") for c in codes) == offered, codes


@pytest.mark.parametrize(("text", "threat"), [
    ("The widening scandal over the highway contracts threatens to tarnish the legacy of former President Carlos "
     "Mendes.", False),
    ("Senator Alan Brook backed a bill to force the president to act on steel imports if they threaten to top 30 "
     "pct of U.S. consumption.", False),
    ("The union threatened to cause chaos at the ports.", True),
])
def test_a_thing_threatening_to_top_a_level_is_no_threat(analyse, text: str, threat: bool) -> None:
    codes = event_codes(analyse(text, "1987-03-12"))
    assert any(c.startswith("13") for c in codes) == threat, codes
