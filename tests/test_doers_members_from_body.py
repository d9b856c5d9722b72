"""Doers named as members "from" a body (events/parties.py `_owner_of`, `source_words.csv` body_member): "agents
from the ATIC arrested", "members from the ELN attacked" act for that body, as a role noun's from-phrase does; a
from-phrase naming a place is where they come from, no body. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-03-20"


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Agents from Honduras' Technical Criminal Investigation Agency arrested the three suspects during a raid in "
     "the department of Olancho.", "arrested", "HNDCOP"),
    ("Members from the ELN attacked a police post in Arauca department on Tuesday.", "attacked", "COLREB"),
    ("Investigators from the US Drug Enforcement Administration arrested a Guatemalan trafficker in Peten.",
     "arrested", "USA"),
])
def test_member_from_a_body_acts_for_it(analyse: Analyse, text: str, trigger: str, source: str) -> None:
    assert any((s or "").startswith(source) for s, _ in readings(analyse(text, DAY), trigger))


def test_members_from_a_place_are_no_body(analyse: Analyse) -> None:
    result = analyse("Workers from India protested outside the embassy in Doha on Tuesday.", DAY)
    assert all((s or "") != "IND" and not (s or "").endswith("GOV") for s, _ in readings(result, "protested"))
