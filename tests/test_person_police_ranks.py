"""A rank written as "Deputy <Title> of Police" is a title, not a person named "<Title>" (whom the word
"Deputy" would make a legislator)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two policemen were injured on Monday, Deputy Superintendent of Police (DSP city) Aslam Noor said.",
    "Gunmen shot dead a Deputy Superintendent of Police, Karim Dad, in the town on May 3.",
    "Rampur Deputy Commissioner of Police (DCP) Arun Mehta said that four men were arrested.",
])
def test_a_police_rank_is_no_legislator(analyse, text: str) -> None:
    result = analyse(text, "2016-05-10")
    assert not [e.name for e in result.entities if e.actor and e.actor.sector == "LEG"]

