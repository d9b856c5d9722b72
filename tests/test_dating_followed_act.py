"""Dates: a happening named as what another one followed ("The move followed an attack on a tanker") came
before it, at a time the clause does not give: no publication day (data/date_cues.csv `follows_verb`)."""

from __future__ import annotations

from conftest import event_on


def test_the_object_of_followed_is_undated(analyse) -> None:
    text = "The embargo followed an attack on a Greek freighter by Libyan patrol boats."
    assert event_on(analyse(text, "1986-06-10"), "attack").date is None


def test_following_a_ship_is_no_earlier_act(analyse) -> None:
    text = "Libyan patrol boats followed the Greek freighter and attacked it yesterday."
    assert event_on(analyse(text, "1986-06-10"), "attacked").date == "1986-06-09"
