"""Session-16 trigger rows (event_triggers.csv): codes and senses — posts and checkpoints a force takes are
occupied territory (192), a warning about a danger is a pessimistic comment (012) and no threat, a government
revoking its own measure yields (080), a board agreeing to put a motion pledges nothing (no 030), and helping
authorities with investigations shares information (064)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_triples
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]




def test_checkpoints_captured_by_rebels_are_occupied_territory(analyse: Analyse) -> None:
    result = analyse("Taliban fighters captured 12 police checkpoints in Helmand province.", "2019-05-03")
    cameos = [c[0] for c in event_triples(result)]
    assert "192" in cameos and "171" not in cameos


def test_an_army_post_overrun_is_occupied_territory(analyse: Analyse) -> None:
    result = analyse("Taliban rebels overran an army post near the Pakistani border.", "2019-05-03")
    assert "192" in [c[0] for c in event_triples(result)]


def test_drugs_seized_from_a_cartel_stay_seized_property(analyse: Analyse) -> None:
    result = analyse("Mexican police seized two tons of cocaine from the Sinaloa Cartel.", "2019-05-03")
    assert "171" in [c[0] for c in event_triples(result)]


def test_a_warning_about_a_danger_is_a_comment_not_a_threat(analyse: Analyse) -> None:
    result = analyse("A US general warned that Central America could become a haven for terrorists.", "2015-03-12")
    cameos = [c[0] for c in event_triples(result)]
    assert not [c for c in cameos if c.startswith("13")]


def test_a_warning_of_retaliation_stays_a_threat(analyse: Analyse) -> None:
    result = analyse("Iran warned the United States that it would retaliate against any attack.", "1987-03-05")
    assert [c for c in event_triples(result) if c[0].startswith("13") and c[1] == "IRNGOV" and c[2] == "USAGOV"]


def test_a_government_revoking_a_price_increase_yields(analyse: Analyse) -> None:
    result = analyse("Zambian President Kenneth Kaunda revoked the maize price increase after riots.", "1987-03-05")
    cameos = [c[0] for c in event_triples(result)]
    assert "080" in cameos and not [c for c in cameos if c.startswith("16")]


def test_a_board_agreeing_to_put_a_motion_pledges_nothing(analyse: Analyse) -> None:
    result = analyse(
        "The board of Guinness Plc agreed to put a motion to remove John Smith as a director.", "1987-03-05"
    )
    assert "030" not in [c[0] for c in event_triples(result)]


def test_two_countries_agreeing_still_intend_to_cooperate(analyse: Analyse) -> None:
    result = analyse("Brazil and Argentina agreed to cut tariffs on steel.", "1987-03-05")
    assert ("030", "BRAGOV", "ARGGOV") in event_triples(result)


def test_helping_authorities_with_investigations_shares_information(analyse: Analyse) -> None:
    result = analyse("Colombian officials helped the FBI in its investigation of the cartel.", "2019-05-03")
    assert [c for c in event_triples(result) if c[0] == "064" and c[2] == "USACOP"]


def test_a_request_filed_with_a_regulator_is_an_appeal(analyse: Analyse) -> None:
    result = analyse("Texaco Inc filed a request with the Securities and Exchange Commission for an extension.", "1987-04-01")
    assert ("020", "USABUS", "USAGOV") in event_triples(result)


def test_an_application_filed_with_a_state_body_is_an_appeal(analyse: Analyse) -> None:
    result = analyse("Texaco Inc filed an application with the Securities and Exchange Commission.", "1987-04-01")
    assert ("020", "USABUS", "USAGOV") in event_triples(result)


def test_a_request_of_an_uncoded_party_is_no_event(analyse: Analyse) -> None:
    result = analyse("The company made a request for more time.", "1987-04-01")
    assert "020" not in [c[0] for c in event_triples(result)]


def test_a_district_rebels_take_control_of_is_occupied_territory(analyse: Analyse) -> None:
    result = analyse("Taliban fighters took control of the district after heavy fighting.", "2019-05-03")
    assert "192" in [c[0] for c in event_triples(result)]


def test_a_company_taking_control_of_a_company_acquires_it(analyse: Analyse) -> None:
    result = analyse("Texaco Inc gained control of Getty Oil Co in 1984.", "1987-03-05")
    cameos = [c[0] for c in event_triples(result)]
    assert "061" in cameos and "192" not in cameos


def test_an_order_received_from_an_airline_is_a_supply_contract(analyse: Analyse) -> None:
    result = analyse("Boeing Co received a 500 mln dlr order from Japan Air Lines for 747 jets.", "1987-03-05")
    assert ("057", "JPNBUS", "USABUS") in event_triples(result)  # the airline that placed it gave it


def test_a_contract_awarded_to_a_company_is_concluded_with_it(analyse: Analyse) -> None:
    result = analyse("The Pentagon awarded a contract to Boeing Co for new tankers.", "1987-03-05")
    assert [c for c in event_triples(result) if c[0] == "057" and c[2] == "USABUS"]


def test_an_order_with_no_party_named_is_no_event(analyse: Analyse) -> None:
    result = analyse("The company received an order for 20 engines.", "1987-03-05")
    assert "057" not in [c[0] for c in event_triples(result)]


def test_a_host_receiving_a_delegation_still_meets_it(analyse: Analyse) -> None:
    result = analyse("China received the Japanese delegation in Beijing.", "1987-03-05")
    assert "043" in [c[0] for c in event_triples(result)]
