"""Trigger words read in a sense that is no event (session 35, issue 10): "invite" with a reaction as its object
provokes it ("might invite retaliation"), a vehicle striking an IED is its victim, and a thing or a process that
"threatens" (unrest, trade friction) makes no threat; invitations to a party and threats by a group or carried by
their pamphlets stay events."""

from __future__ import annotations


def _codes(result, root: str) -> list[str]:
    return [e.cameo for e in result.events if e.cameo.startswith(root)]


def test_a_reaction_invited_is_no_appeal(analyse) -> None:
    result = analyse("The Fed chairman told the panel that a plan to deny dealer status to firms from such "
                     "countries might invite retaliation against U.S. firms abroad.", "1987-03-17")
    assert _codes(result, "02") == [] and _codes(result, "03") == []


def test_criticism_invited_is_no_appeal(analyse) -> None:
    result = analyse("Analysts said the Japanese tax would invite criticism from the United States.", "1987-03-17")
    assert _codes(result, "02") == []


def test_a_party_invited_to_talks_stays_an_event(analyse) -> None:
    result = analyse("The Zetas invited the Gulf Cartel to talks in Monterrey.", "1987-03-17")
    assert _codes(result, "03") == ["036"]


def test_a_vehicle_striking_an_ied_is_no_force_by_it(analyse) -> None:
    result = analyse("The vehicle of the security forces struck the IED planted beside a road in Kurram Agency.",
                     "1987-03-17")
    assert _codes(result, "19") == [] and _codes(result, "18") == []


def test_unrest_threatening_a_party_is_no_threat(analyse) -> None:
    result = analyse("The unrest threatened the ruling Communist Party.", "1987-03-17")
    assert _codes(result, "13") == []


def test_trade_friction_threatening_is_no_threat(analyse) -> None:
    result = analyse("Trade friction threatens to topple Nakasone.", "1987-03-17")
    assert _codes(result, "13") == []


def test_a_pamphlet_threatening_people_stays_a_threat(analyse) -> None:
    result = analyse("A pamphlet signed by the gang appeared threatening members of the victims committee.",
                     "1987-03-17")
    assert _codes(result, "13") != []


def test_a_gang_threatening_to_kill_stays_a_threat(analyse) -> None:
    result = analyse("The gang threatened to kill the mayor if he did not pay.", "1987-03-17")
    assert _codes(result, "13") != []
