"""An act's noun told with "the" and no target of its own, going on with the lead's incident ("The militants
fled after carrying out the attack", "X claimed responsibility for the attack"), was done to the one party the
lead's violent acts were done to; the claim of responsibility for it too, whatever group claims it. Not when
a sentence between opens another incident, nor when the lead's acts hit several parties."""

from __future__ import annotations

from conftest import readings

LEAD = "Militants ambushed an army convoy near Handwara in Kupwara District of Jammu and Kashmir on May 3. "


def test_the_attack_claimed_is_the_leads(analyse) -> None:
    result = analyse(LEAD + "Two soldiers were injured. The Lashkar-e-Toiba claimed responsibility for the "
                     "attack.", "2016-05-04")
    assert any(t == "INDMIL" for _, t in readings(result, "claimed")), readings(result, "claimed")
    assert any(t == "INDMIL" for _, t in readings(result, "attack")), readings(result, "attack")


def test_the_attack_carried_out_is_the_leads(analyse) -> None:
    result = analyse("Maoists attacked a police station in Gaya District of Bihar on May 3. The Maoists fled "
                     "into the forest after carrying out the attack.", "2016-05-04")
    assert any(t == "INDCOP" for _, t in readings(result, "attack")), readings(result, "attack")


def test_another_incident_between_keeps_the_claim_apart(analyse) -> None:
    result = analyse(LEAD + "In another incident, gunmen shot dead a shopkeeper in Sopore town. The "
                     "Lashkar-e-Toiba claimed responsibility for the attack.", "2016-05-04")
    assert all(t != "INDMIL" for _, t in readings(result, "claimed")), readings(result, "claimed")


def test_no_claim_by_no_one(analyse) -> None:
    # "no outfit claimed": no claim is made, so none is done to the lead's victims
    result = analyse(LEAD + "Two soldiers were injured. No outfit has claimed responsibility for the attack.",
                     "2016-05-04")
    assert all(t is None for _, t in readings(result, "claimed")), readings(result, "claimed")
