"""Session-15 trigger rows (event_triggers.csv): acts a coder codes that were missed — comment declined (011),
talks and negotiations resumed with a party (040/046), takeover offers told as nouns (031) — each only with the
parties it names."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_triples
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]




def test_declining_to_comment_is_decline_comment(analyse: Analyse) -> None:
    result = analyse("The Japanese Finance Ministry declined to comment on the reports.", "1987-03-05")
    assert [c for c in event_triples(result) if c[0] == "011" and c[1] == "JPNGOV"]


def test_refusing_to_say_is_decline_comment_not_a_rejection(analyse: Analyse) -> None:
    result = analyse("Brazil's finance minister refused to say how much the country would pay.", "1987-03-05")
    codes = [c[0] for c in event_triples(result)]
    assert "011" in codes and not [c for c in codes if c.startswith("12")]


def test_refusing_to_release_stays_a_refusal(analyse: Analyse) -> None:
    result = analyse("Iran refused to release the prisoners.", "1987-03-05")
    assert "011" not in [c[0] for c in event_triples(result)]


def test_resumed_talks_with_a_party_are_a_consultation(analyse: Analyse) -> None:
    result = analyse("Mexico resumed talks with the United States on Monday.", "1987-03-05")
    assert ("040", "MEXGOV", "USAGOV") in event_triples(result)


def test_resumed_negotiations_with_a_party_are_negotiation(analyse: Analyse) -> None:
    result = analyse("Argentina resumed negotiations with Britain last week.", "1987-03-05")
    assert ("046", "ARGGOV", "GBRGOV") in event_triples(result)


def test_a_resumed_job_is_no_event(analyse: Analyse) -> None:
    result = analyse("Production resumed at the refinery on Monday.", "1987-03-05")
    assert not result.events


def test_a_tender_offer_for_a_company_is_intent_to_cooperate(analyse: Analyse) -> None:
    result = analyse("Chrysler made a tender offer for American Motors on Monday.", "1987-03-05")
    assert ("031", "USABUS", "USABUS") in event_triples(result)


def test_an_offer_for_shares_is_no_event(analyse: Analyse) -> None:
    result = analyse("The company made an offer for the remaining shares on Monday.", "1987-03-05")
    assert "031" not in [c[0] for c in event_triples(result)]


def test_congratulating_a_president_is_praise(analyse: Analyse) -> None:
    result = analyse("Colombian President Juan Manuel Santos congratulated Venezuela's new president on Monday.",
                     "2013-04-16")
    assert [c for c in event_triples(result) if c[0] == "051" and c[1] == "COLGOV" and (c[2] or "").startswith("VEN")]


def test_a_unit_sold_to_a_company_is_economic_cooperation(analyse: Analyse) -> None:
    result = analyse("Texaco Inc sold its Canadian refining unit to Imperial Oil Ltd.", "1987-03-05")
    assert [c for c in event_triples(result) if c[0] == "061" and c[2] == "CANBUS"]


def test_shares_or_goods_sold_are_no_transaction(analyse: Analyse) -> None:
    result = analyse("Texaco sold 500,000 shares to Imperial Oil. Mexico sold oil to the United States.",
                     "1987-03-05")
    assert "061" not in [c[0] for c in event_triples(result)]


def test_a_loan_approved_by_a_lender_is_economic_aid(analyse: Analyse) -> None:
    result = analyse("The World Bank approved a 300 mln dlr loan to Argentina on Tuesday.", "1987-03-05")
    assert [c for c in event_triples(result) if c[0] == "071" and c[2] == "ARGGOV"]


def test_declining_comment_on_a_proposal_names_no_target(analyse: Analyse) -> None:
    result = analyse("The Mexican finance minister declined to comment on the proposal.", "1987-03-05")
    declined = [c for c in event_triples(result) if c[0] == "011"]
    assert declined and all(c[2] is None for c in declined)


def test_a_denial_targets_the_named_maker_of_the_allegations(analyse: Analyse) -> None:
    result = analyse("The mayor denied the allegations made by Bolivian prosecutors.", "2014-03-05")
    denials = [c for c in event_triples(result) if c[0] == "016"]
    assert denials and denials[0][2] == "BOLJUD"


def test_a_summit_held_with_a_leader_is_a_consultation(analyse: Analyse) -> None:
    result = analyse("Colombian President Juan Manuel Santos held a summit with Ecuador's Rafael Correa in Quito.",
                     "2014-03-05")
    assert ("040", "COLGOV", "ECUGOV") in event_triples(result)


def test_attending_a_body_s_summit_is_meeting_at_a_third_location(analyse: Analyse) -> None:
    result = analyse("Colombian President Juan Manuel Santos attended a summit of the Pacific Alliance in Cali.",
                     "2014-03-05")
    assert [c for c in event_triples(result) if c[0] == "044" and c[1] == "COLGOV" and (c[2] or "").startswith("IGO")]


def test_attending_a_meeting_in_a_city_names_no_party(analyse: Analyse) -> None:
    result = analyse("The Mexican foreign minister attended a conference on drug policy in Vienna.", "2014-03-05")
    assert "044" not in [c[0] for c in event_triples(result)]
