"""Trigger words read in a sense that is no visit (session 35, issue 10): a "trip" made by a vehicle, its cargo or
its passengers, or an outing of a kind (a field, return or shopping trip, regular trips) is travel, no visit by an
actor (CAMEO 042); and a thing "received" (it, a share, a proposal received by a body) is no guest hosted (043).
An official's trip to a capital and a delegation received stay visits."""

from __future__ import annotations


def _codes(result, root: str) -> list[str]:
    return [e.cameo for e in result.events if e.cameo.startswith(root)]


def test_a_vessel_making_a_trip_is_no_visit(analyse) -> None:
    result = analyse("The Panamanian freighter was completing a trip from Montreal to Hamburg when it ran aground.",
                     "1987-03-25")
    assert _codes(result, "04") == []


def test_a_ships_return_trip_is_no_visit(analyse) -> None:
    result = analyse("The Liberian tanker's return trip to Japan was delayed by the strike.", "1987-03-25")
    assert _codes(result, "04") == []


def test_travellers_completing_the_trip_are_no_visit(analyse) -> None:
    result = analyse("About 30 pct of London-bound travelers are expected to switch to a British carrier to "
                     "complete the trip to Spain, the airline said.", "1987-04-09")
    assert _codes(result, "04") == []


def test_a_field_trip_is_no_visit(analyse) -> None:
    result = analyse("The report said all corn farmers contacted during the field trip to Kansas were optimistic.",
                     "1987-03-03")
    assert _codes(result, "04") == []


def test_shopping_trips_are_no_visit(analyse) -> None:
    result = analyse("The Dutch government plans tax changes to discourage Dutch people making shopping trips to "
                     "Belgium.", "1987-04-07")
    assert _codes(result, "04") == []


def test_an_officials_trip_stays_a_visit(analyse) -> None:
    result = analyse("Russian Foreign Minister Sergei Lavrov made a two-day trip to Beijing last week.", "2015-03-04")
    assert _codes(result, "04") == ["042"]


def test_a_proposal_received_by_the_participants_is_no_hosting(analyse) -> None:
    result = analyse("The proposal of the Venezuelan attorney protected naturalized citizens, and was received by "
                     "the other participants of the assembly without discussion.", "2017-08-01")
    assert _codes(result, "04") == []


def test_money_received_as_it_is_is_no_hosting(analyse) -> None:
    result = analyse("Chase Manhattan said it will record interest income from the Brazilian loans only as it is "
                     "received in cash.", "1987-04-08")
    assert _codes(result, "04") == []


def test_a_share_received_is_no_hosting(analyse) -> None:
    result = analyse("The Honduran Security Ministry has received 36 percent of the security tax.", "2016-05-02")
    assert _codes(result, "04") == []


def test_a_delegation_received_stays_hosting(analyse) -> None:
    result = analyse("Chinese President Xi Jinping received the Russian delegation in Beijing on Monday.",
                     "2015-03-04")
    assert _codes(result, "04") == ["043"]
