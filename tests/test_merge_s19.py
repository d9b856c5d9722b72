"""A root's generic code tells the same happening as a specific code of that root only when both are the same
kind of act (the same PLOVER category): fighting told again as shelling is one event, fighting and posts captured
after it are two."""

from __future__ import annotations

from conftest import event_codes, party_code
from newsevents.events.lexicon import default_lexicon
from newsevents.merge import codes_compatible

FIGHTING = ("Eleven militants of the Ansar Front were killed in fresh clashes between the Ansar Front and the army "
            "in Kidal district.")


def test_generic_fighting_and_occupied_posts_are_two_events(analyse) -> None:
    result = analyse(FIGHTING + " Meanwhile, several Ansar Front posts were captured by the army.", "2013-02-10")
    assert {"190", "192"} <= event_codes(result)


def test_generic_fighting_told_again_as_shelling_is_one_event(analyse) -> None:
    result = analyse(FIGHTING + " Meanwhile, the army shelled Ansar Front positions near Kidal.", "2013-02-10")
    # the army's side of the clashes told again as shelling is one event (the Front's fire on the army, a clash
    # between the two, is the other side's act: session 35)
    army = [e for e in result.events if e.cameo.startswith("19") and party_code(e, "source") == "MLIMIL"]
    assert len(army) == 1


def test_codes_compatible_follows_the_plover_category() -> None:
    lexicon = default_lexicon()
    assert codes_compatible("190", "195", lexicon)       # both ASSAULT
    assert not codes_compatible("190", "192", lexicon)   # occupying territory is COERCE
    assert not codes_compatible("190", "191", lexicon)   # a blockade is COERCE
    assert codes_compatible("042", "043", lexicon)       # one visit from both sides
    assert not codes_compatible("190", "180", lexicon)   # another root
