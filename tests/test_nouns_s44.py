"""Happenings told by nouns and their parties (session 44, recall audits of 2026-11-30): a denial of a part in
an act (016, the act not the denier's), an extradition's of-phrase hung on its to-place, a repulsed attack
fought back at the attackers, and a shutdown told as a protest; each with a sentence the rule must leave
alone."""

from __future__ import annotations

from conftest import event_codes


def events_of(result, trigger: str):
    return [e for e in result.events if any(m.trigger == trigger for m in e.mentions)]


def code_of(ref) -> str | None:
    return None if ref is None else ref.code


def test_denied_involvement_is_a_denial_of_responsibility(analyse) -> None:
    result = analyse("Unknown gunmen shot dead a trader in Kokrajhar District on May 4. The NDFB denied any "
                     "involvement in the killing.", "2012-05-05")
    denial = events_of(result, "denied")
    assert denial and denial[0].cameo == "016"
    assert code_of(denial[0].source) == "INDREB"


def test_not_involved_is_a_denial_and_no_killing_by_the_denier(analyse) -> None:
    result = analyse("Unknown gunmen shot dead a trader in Kokrajhar District on May 4. The NDFB said it was "
                     "not involved in the killing of the trader.", "2012-05-05")
    denial = events_of(result, "involved")
    assert denial and denial[0].cameo == "016"
    assert code_of(denial[0].source) == "INDREB"
    assert not any(code_of(e.source) == "INDREB" and e.cameo.startswith("18") for e in result.events)


def test_not_involved_in_an_effort_is_no_denial(analyse) -> None:
    result = analyse("The Fed governor said she was concerned that Japan was not involved in the U.S. effort to "
                     "draft new capital rules.", "1987-03-04")
    assert "016" not in event_codes(result)


def test_denying_a_third_countrys_involvement_is_no_own_denial(analyse) -> None:
    result = analyse("Reagan also denied any third country involvement in the Iran arms deal.", "1986-11-20")
    assert "016" not in event_codes(result)


def test_involved_without_negation_is_no_denial(analyse) -> None:
    result = analyse("Unknown gunmen shot dead a trader in Kokrajhar District on May 4. Police said NDFB "
                     "militants were involved in the killing.", "2012-05-05")
    assert "016" not in event_codes(result)


def test_an_extraditions_of_phrase_hung_on_its_place(analyse) -> None:
    result = analyse("The extradition to the United States of the leader of the Zetas marks the end of an "
                     "era.", "2015-02-10")
    found = events_of(result, "extradition")
    assert found and found[0].cameo == "174"
    assert code_of(found[0].target) == "MEXCRM"


def test_a_repulsed_attack_is_force_against_the_attackers(analyse) -> None:
    result = analyse("Maoists attacked a police station in Gadchiroli District on Monday night. The policemen "
                     "repulsed the attack.", "2011-06-01")
    repelled = events_of(result, "repulsed")
    assert repelled and repelled[0].cameo == "190"
    assert code_of(repelled[0].source) == "INDCOP"
    assert code_of(repelled[0].target) == "INDREB"


def test_a_repulsed_takeover_bid_is_no_fight(analyse) -> None:
    result = analyse("Smith Corp repulsed a takeover attempt by Jones Inc last week.", "1987-03-04")
    assert not any(e.cameo.startswith("19") for e in result.events)


def test_a_called_general_shutdown_is_a_strike(analyse) -> None:
    result = analyse("The Maoists called a 24 hour general shutdown in Gaya District on Monday.", "2011-06-01")
    found = events_of(result, "shutdown")
    assert found and found[0].cameo == "143"
    assert code_of(found[0].source) == "INDREB"


def test_a_plants_indefinite_shutdown_is_no_strike(analyse) -> None:
    result = analyse("The company announced the indefinite shutdown of its Ohio plant.", "1987-03-04")
    assert not events_of(result, "shutdown")
