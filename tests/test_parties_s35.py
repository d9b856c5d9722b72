"""A victim described as a member of a state's forces is no civilian (session 35): South Asian reports write
"two Policemen, X and Y, were killed" or "a CRPF Commando, identified as X" with the member's word capitalised,
which the tagger reads as a name; the named victims are the police (COP) or the military (MIL), the force
named before the word first. A former member, or a word naming no force, leaves the victim as before. A
currency code before an amount ("demanded INR 500,000") is no party."""

from __future__ import annotations


def _victims(result, name: str) -> list[str | None]:
    ids = {e.id for e in result.entities if name in e.name}
    return [e.target.code for e in result.events
            if e.cameo.startswith("18") and e.target is not None and e.target.entity_id in ids]


def test_names_listed_after_a_capitalised_force_word_are_its_members(analyse) -> None:
    result = analyse("Three Constables, Gul Zaman and Nasir Ahmed, were shot dead when unidentified gunmen fired "
                     "at a checkpost in Mardan District on August 19.", "2014-08-20")
    assert _victims(result, "Nasir Ahmed") and all(c == "PAKCOP" for c in _victims(result, "Nasir Ahmed"))


def test_a_member_named_by_identified_as_takes_the_force_named_before_his_word(analyse) -> None:
    result = analyse("A Central Reserve Police Force (CRPF) Commando, identified as R. Bora was killed in an IED "
                     "blast carried out by the Maoists in Gaya District on June 12.", "2014-06-13")
    assert _victims(result, "Bora") and all(c == "INDCOP" for c in _victims(result, "Bora"))


def test_a_former_member_is_not_read_as_a_member(analyse) -> None:
    result = analyse("A former Policeman, identified as Ghulam Rasool, was shot dead by militants in Sopore on "
                     "May 2.", "2014-05-03")
    assert "INDCOP" not in _victims(result, "Ghulam Rasool")


def test_a_trader_named_the_same_way_stays_a_civilian(analyse) -> None:
    result = analyse("Two traders, Gul Zaman and Nasir Ahmed, were shot dead by unidentified gunmen in Mardan "
                     "District on August 19.", "2014-08-20")
    assert not {"PAKCOP", "PAKMIL"} & set(_victims(result, "Nasir Ahmed"))


def test_a_currency_code_before_an_amount_is_no_party(analyse) -> None:
    result = analyse("The NSCN-IM cadres abducted a timber trader in Dimapur on March 3 and demanded INR 300,000 "
                     "for his release.", "2014-03-04")
    assert not [e for e in result.entities if e.name.startswith("INR")]
