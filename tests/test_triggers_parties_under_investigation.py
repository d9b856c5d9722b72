"""Event triggers: a party told as being, coming or remaining under investigation (or an inquiry, a probe) is
investigated (090), the investigated being the subject of the verb the "under" phrase hangs on and the
investigator the noun's by-phrase or the authorities a coder infers; a noun's own phrase ("the officials under
investigation resigned") and a sentence naming no party give none. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-05-02"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Colombian Senator Ramiro Quintero came under investigation for links to the Urabenos.", "COL", "COL"),
    ("The Sinaloa Cartel is under investigation by Mexican prosecutors.", "MEX", "MEXCRM"),
    ("Colombia's Attorney General's Office said Senator Ramiro Quintero is under investigation for links to "
     "the Urabenos.", "COL", "COL"),
    ("Hernan Salcedo, a Colombian businessman, is under investigation by Costa Rican authorities for money "
     "laundering.", "CRI", "COL"),
])
def test_a_party_under_investigation_is_investigated(analyse: Analyse, text: str, source: str,
                                                     target: str) -> None:
    assert_mention(analyse(text, DAY), "090", source, target)


def test_a_party_under_a_probe_is_investigated(analyse: Analyse) -> None:
    result = analyse("The Gulf Cartel came under a federal probe in 2012.", DAY)
    assert_mention(result, "090", "", "MEXCRM")


@pytest.mark.parametrize("text", [
    "The Mexican officials under investigation resigned on Monday.",
    "It came under investigation last year.",
])
def test_no_investigated_party_gives_no_investigation(analyse: Analyse, text: str) -> None:
    assert not any(code == "090" and target for code, _, target in mention_codes(analyse(text, DAY)))
