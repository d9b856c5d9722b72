"""An act a noun says was not done is told as negated, not planned (session 45, audit 2026-11-30; events/modality.py
`_undone_noun`, modality_rules.csv `content` rows with modality negated: failure, inability, refusal,
unwillingness): "the continued failure by authorities to investigate" reports no investigation, as "failed to
investigate" does, whether the parser hangs the infinitive on the noun or on its by / of party. Nouns of trying or
planning keep their own modality. All sentences written for these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2013-09-18"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Activists condemned the continued failure by Mexican authorities to investigate the murders of reporters.",
     "investigate"),
    ("Colombia's refusal to extradite the drug lord angered Washington.", "extradite"),
])
def test_the_act_a_failure_or_refusal_is_about_is_negated(analyse: Analyse, text: str, trigger: str) -> None:
    event = event_on(analyse(text, DAY), trigger)
    assert event.negated
    assert event.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Mexican authorities announced plans to investigate the murders of reporters.", "investigate", "intended"),
    ("Honduran police made an attempt to arrest the gang leader.", "arrest", "intended"),
])
def test_a_plan_or_attempt_is_not_negated(analyse: Analyse, text: str, trigger: str, modality: str) -> None:
    event = event_on(analyse(text, DAY), trigger)
    assert not event.negated
    assert event.modality == modality


def test_an_act_told_beside_a_failure_stays_asserted(analyse: Analyse) -> None:
    event = event_on(analyse("Honduran police arrested the gang leader after the failure of the talks.", DAY),
                     "arrested")
    assert not event.negated
    assert event.modality == "asserted"
