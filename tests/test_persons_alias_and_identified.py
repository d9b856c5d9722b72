"""South Asian wire shapes of who a named person is: a rank after a named armed group and its bracketed short form
("Hizbul Mujahideen (HM) top commander, X alias Y") is held in that group, also when the parser hangs the name on
the nickname after "alias"; a name given by "the <noun> was identified as X" is that noun ("The arrested militant
was identified as X": a militant, not a criminal by the alias alone)."""

from __future__ import annotations


def _actor(result, name: str):
    for e in result.entities:
        if name in e.name:
            return e.actor
    raise AssertionError(f"no entity {name!r}: {[e.name for e in result.entities]}")


def test_a_rank_after_a_group_and_its_short_form_is_the_groups(analyse) -> None:
    result = analyse("Hizbul Mujahideen (HM) top commander, Farooq Ahmad Mir alias Tiger, was killed in an "
                     "encounter at Trenz village in Shopian District on March 4.", "2016-03-05")
    actor = _actor(result, "Farooq Ahmad Mir")
    assert actor is not None and actor.sector == "REB" and actor.country == "IND"
    assert not any(e.name == "Tiger" for e in result.entities)  # the nickname stays the same person


def test_the_subject_of_identified_as_describes_the_name(analyse) -> None:
    result = analyse("Two militants were arrested in Poonch District on June 3. The arrested militant was "
                     "identified as Abdul Rauf alias Qari, a resident of Multan in Pakistan.", "2016-06-04")
    actor = _actor(result, "Abdul Rauf")
    assert actor is not None and actor.sector != "CRM"
