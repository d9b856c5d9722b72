"""A bomb that harmed someone, with no doer named, was set by unidentified attackers of the country it went
off in (implied_doers.csv, CAMEO 183); a blast told with its doer keeps that doer, and no other act of
violence takes an inferred doer."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_a_bomb_with_no_doer_named_was_set_by_unidentified_attackers(analyse: Analyse) -> None:
    result = analyse("Two soldiers were injured when an improvised explosive device exploded near their vehicle "
                     "in Bajaur Agency on May 9.", "2012-05-10")
    [bombing] = [e for e in result.events if e.cameo == "183"]
    assert bombing.source is not None and bombing.source.code == "PAKUAF"
    assert bombing.source.basis == "implied"


def test_a_bomb_planted_by_a_named_group_keeps_that_group(analyse: Analyse) -> None:
    result = analyse("Militants of the Tehreek-e-Taliban Pakistan planted a bomb that injured two soldiers in "
                     "Bajaur Agency on May 9.", "2012-05-10")
    assert all(e.source is None or e.source.code != "PAKUAF" for e in result.events)


def test_a_shooting_with_no_doer_named_takes_none(analyse: Analyse) -> None:
    result = analyse("Two soldiers were shot dead in Bajaur Agency on May 9.", "2012-05-10")
    assert all(e.source is None or e.source.basis != "implied" for e in result.events)


def test_a_setter_the_next_sentence_names_beats_the_inferred_one(analyse: Analyse) -> None:
    result = analyse("Four security personnel sustained injuries in a roadside explosion in Bannu District on "
                     "Monday. The landmine planted by suspected militants exploded when a vehicle of the "
                     "security personnel passed.", "2012-05-10")
    bombings = [e for e in result.events if e.cameo == "183"]
    assert bombings and all(e.source is not None and e.source.code == "PAKREB" for e in bombings)


def test_a_blast_as_the_verbs_subject_names_no_setter(analyse: Analyse) -> None:
    result = analyse("A landmine blast injured five Frontier Corps personnel in Bolan District on Monday.",
                     "2012-05-10")
    [bombing] = [e for e in result.events if e.cameo == "183"]
    assert bombing.source is not None and bombing.source.code == "PAKUAF"
