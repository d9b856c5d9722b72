"""Senses that must not drop real events, nor keep false ones (round 11): counts of people, supplies cut to a
party, a citizen's protest, reactions one is met with, prices one charges."""

from __future__ import annotations

import datetime

import pytest

from newsevents.model import Article
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.analyse(Article(id="s11", text=text, published=datetime.date(2019, 5, 3)))
    out = []
    for event in result.events:
        d = event.as_dict()
        out.append((d["cameo"], (d.get("source") or {}).get("code"), (d.get("target") or {}).get("code")))
    return out


def test_dozens_of_people_released(pipeline: Pipeline) -> None:
    assert any(c.startswith("084") for c, _, _ in _codes(pipeline, "Iran released dozens of political activists."))


def test_dozens_of_reports_released_is_no_release(pipeline: Pipeline) -> None:
    assert not any(c.startswith("08") for c, _, _ in _codes(pipeline, "Iran released dozens of reports."))


def test_supplies_suspended_to_a_party(pipeline: Pipeline) -> None:
    assert ("162", "AZEGOV", "ARMGOV") in _codes(pipeline, "Azerbaijan suspended food supplies to Armenia on Tuesday.")


def test_supplies_cut_to_a_party(pipeline: Pipeline) -> None:
    assert ("162", "RUSGOV", "UKRGOV") in _codes(pipeline, "Russia cut gas supplies to Ukraine.")


def test_supplies_to_the_market_are_no_aid(pipeline: Pipeline) -> None:
    assert not _codes(pipeline, "The refinery suspended supplies to the market.")


def test_citizen_protest_is_a_protest(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Mexican poet Javier Sicilia led protests against the government.")
    assert codes and all(c.startswith("14") for c, _, _ in codes)


def test_state_protest_is_criticism(pipeline: Pipeline) -> None:
    assert any(c == "111" for c, _, _ in _codes(pipeline, "Mexico protested the decision."))


@pytest.mark.parametrize("text", ["The Mexican president was met with criticism from Colombia.",
                                  "Obama was met with applause by Mexican lawmakers.",
                                  "Protesters in Caracas were met with tear gas by police."])
def test_met_with_a_reaction_is_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert not any(c.startswith("04") for c, _, _ in _codes(pipeline, text))


def test_met_with_lawmakers_is_a_meeting(pipeline: Pipeline) -> None:
    assert ("040", "USAELI", "MEXLEG") in _codes(pipeline, "Obama met with Mexican lawmakers.")


@pytest.mark.parametrize("text", ["The SEC cut the fees it charges companies.",
                                  "The bank raised the interest it charged Brazil."])
def test_price_charged_is_no_legal_charge(pipeline: Pipeline, text: str) -> None:
    assert not any(c in {"112", "173"} for c, _, _ in _codes(pipeline, text))


def test_accusation_charged_stays(pipeline: Pipeline) -> None:
    assert ("112", "COLGOV", "VENGOV") in _codes(pipeline, "Colombia charged that Venezuela had armed the rebels.")
