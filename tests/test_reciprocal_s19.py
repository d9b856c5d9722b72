"""Sides that 'reached an agreement' reached it with each other (event_cues.csv `reach,reciprocal`)."""

from __future__ import annotations

from conftest import party_code


def test_conjoined_subjects_of_reached_an_agreement_are_each_others_target(analyse) -> None:
    result = analyse("Ameritech and Siemens reached an agreement on a joint venture, the companies said.",
                     "1987-03-12")
    pairs = {(party_code(e, "source"), party_code(e, "target")) for e in result.events if e.cameo == "057"}
    assert pairs == {("USABUS", "DEUBUS"), ("DEUBUS", "USABUS")}


def test_reaching_a_figure_is_no_agreement(analyse) -> None:
    result = analyse("Ameritech and Siemens reached record sales last year.", "1987-03-12")
    assert not result.events
