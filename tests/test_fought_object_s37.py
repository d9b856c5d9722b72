"""Conjoined doers of a use of force with an object of its own fight that object together, not each other
(issue 10, targets): "Mexico and Colombia are battling the fragments of the cartels" codes no Mexico-Colombia
fight, while "India and Pakistan fought each other" still does. And a prison that "held 16,500 prisoners" is
a count of inmates, no arrest (sense_rules.csv). Sentences we wrote."""

from __future__ import annotations


def pairs(result, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)}


def test_two_states_battling_a_third_party_do_not_fight_each_other(analyse) -> None:
    found = pairs(analyse("Mexico and Colombia are battling the fragments of once-united drug trafficking "
                          "cartels.", "2015-03-10"), "19")
    assert ("MEX", "COL") not in found and ("COL", "MEX") not in found


def test_two_states_fighting_each_other_still_do(analyse) -> None:
    found = pairs(analyse("India and Pakistan fought each other along the border in 1971.", "1987-03-10"), "19")
    assert ("IND", "PAK") in found and ("PAK", "IND") in found


def test_a_prison_holding_inmates_is_no_arrest(analyse) -> None:
    result = analyse("Brazil's state prisons held about 16,500 prisoners in July, despite a capacity of 9,000.",
                     "2019-08-01")
    assert not [e for e in result.events if e.cameo == "173"]


def test_police_holding_a_suspect_still_detain_him(analyse) -> None:
    result = analyse("Police held the suspect in custody in Belem after the raid.", "2019-08-01")
    assert [e for e in result.events if e.cameo == "173"]
