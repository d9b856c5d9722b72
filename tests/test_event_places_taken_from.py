"""An arrest or abduction happens where its captives were taken "from": an area or site hung on the act
("abducted four herders from Kolam area"), or the captive's own dwelling ("kidnapped a teacher from his
Shillong home"); not a bare name, which as often says where somebody comes from, and not a site whose own
phrase names the place ("from a relief camp at X village": X)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Two suspects were arrested from Ludhiana district on Sunday.", "arrested", "Ludhiana"),
    ("Gunmen kidnapped a teacher from his Shillong home on Friday.", "kidnapped", "Shillong"),
])
def test_where_the_captives_were_taken_from(analyse: Analyse, text: str, trigger: str, town: str) -> None:
    loc = event_on(analyse(text, "2015-03-12"), trigger).location
    assert loc is not None and town in loc.name


def test_a_site_names_its_own_place(analyse: Analyse) -> None:
    loc = event_on(analyse("Rebels abducted four officials from a relief camp at Kalimpong village on Friday.",
                           "2015-03-12"), "abducted").location
    assert loc is not None and loc.name == "Kalimpong"

