"""Event places the parser hangs oddly: "in neighboring X" parsed as the participle "neighboring" with X its
object is still the "in" phrase of the act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Police arrested three men in neighboring Colombia on Friday.", "arrested", "COL"),
    ("Soldiers detained two smugglers in neighbouring Bolivia last week.", "detained", "BOL"),
])
def test_in_neighbouring_country_is_where(analyse: Analyse, text: str, trigger: str, country: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.country == country


def test_from_neighbouring_country_is_no_place(analyse: Analyse) -> None:
    # only the adjective after a preposition of place is read so; "from neighboring X" is where they came from
    text = "Police arrested three men from neighboring Colombia on Friday."
    loc = event_on(analyse(text, "2021-05-02"), "arrested").location
    assert loc is None or loc.country != "COL"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Islamist rebels launched a powerful assault to conquer Kafr Nabl town on Sunday.", "launched", "Kafr Nabl"),
    ("The army launched a fresh attack to retake Ramadi on Monday.", "launched", "Ramadi"),
])
def test_what_an_offensive_was_launched_to_take_is_where(analyse: Analyse, text: str, trigger: str,
                                                          name: str) -> None:
    loc = event_on(analyse(text, "2021-05-02"), trigger).location
    assert loc is not None and loc.name.startswith(name[:4])


def test_a_person_an_operation_was_launched_to_capture_is_no_place(analyse: Analyse) -> None:
    # a lone name the NER calls a person is who they went after, not where
    text = "Special forces launched an assault to capture Ahmed Rashid on Monday."
    for event in analyse(text, "2021-05-02").events:
        assert event.location is None or not event.location.name.startswith("Ahmed")
