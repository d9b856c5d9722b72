"""Session 35: a gunfight is coded both ways. A force firing back ("retaliated", "returned fire") uses force on
the side that fired first, and sides that exchanged fire, or fought a gunfight between them, each fired on the
other."""

from __future__ import annotations


def _dyads(result) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events}


def test_troopers_retaliating_fire_on_the_maoists(analyse):
    result = analyse("RAIPUR, India\nMaoist cadres opened fire on a patrol in Sukma District of Chhattisgarh "
                     "on Tuesday and the Special Operations Group troopers retaliated.", "2014-05-07")
    assert ("19", "INDCOP", "INDREB") in _dyads(result)


def test_fire_returned_after_the_militants_fled(analyse):
    result = analyse("SRINAGAR, India\nThe militants fled into the forest of Kupwara District in Jammu and "
                     "Kashmir after the policemen returned fire on Sunday.", "2014-05-07")
    assert ("19", "INDCOP", "INDREB") in _dyads(result)


def test_a_trade_retaliation_is_no_gunfight(analyse):
    result = analyse("China retaliated against the United States on Monday by raising tariffs on soybeans.",
                     "2018-07-10")
    assert not any(e.cameo.startswith("19") for e in result.events)


def test_exchanged_fire_with_is_both_ways(analyse):
    result = analyse("RAIPUR, India\nPolice exchanged fire with Maoist cadres in Gadchiroli District of "
                     "Maharashtra on Friday.", "2014-05-07")
    dyads = _dyads(result)
    assert ("19", "INDCOP", "INDREB") in dyads
    assert ("19", "INDREB", "INDCOP") in dyads


def test_a_gunfight_between_two_sides_is_both_ways(analyse):
    result = analyse("SRINAGAR, India\nTwo militants and a soldier were killed in a gunfight between the "
                     "security forces and militants in Shopian District of Jammu and Kashmir on Monday.",
                     "2014-05-07")
    dyads = _dyads(result)
    assert ("19", "INDMIL", "INDREB") in dyads
    assert {("19", "INDREB", "INDMIL"), ("18", "INDREB", "INDMIL")} & dyads
