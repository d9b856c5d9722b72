"""A demand or appeal told as a noun is made to the active subject of its content clause ("its demand that
Japan end quotas": Japan), as the verb's is; not a passive's subject nor a clause with no such mark."""

from __future__ import annotations

from conftest import readings


def test_a_demand_that_a_country_act_is_made_to_it(analyse) -> None:
    result = analyse("Canada repeated its demand that Brazil end its subsidies on aircraft.", "1987-04-02")
    assert ("CANGOV", "BRAGOV") in readings(result, "demand"), readings(result, "demand")


def test_a_demand_that_one_be_handed_over_is_not_made_to_him(analyse) -> None:
    result = analyse("Peru repeated its demand that the banker be extradited to Lima.", "1987-04-02")
    assert all(t is None for _, t in readings(result, "demand")), readings(result, "demand")
