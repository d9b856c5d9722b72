"""Senses (round 12): a rescue from a hideout or captors is no humanitarian aid; an act named as an issue or a
problem is a kind of act, not one act."""

from __future__ import annotations

import datetime

import pytest

from newsevents.model import Article
from newsevents.pipeline import Pipeline


def _cameos(pipeline: Pipeline, text: str) -> list[str]:
    """The CAMEO codes of the events the pipeline codes in `text`."""
    result = pipeline.analyse(Article(id="s12", text=text, published=datetime.date(2019, 5, 3)))
    return [event.cameo for event in result.events]


def test_rescue_from_hideout_is_no_aid(pipeline: Pipeline) -> None:
    text = ("Soldiers and police rescued a trader, who was abducted by gunmen on March 2, "
            "from a rebel hideout in the district on March 5.")
    cameos = _cameos(pipeline, text)
    assert not any(c.startswith("07") for c in cameos)
    assert any(c.startswith("18") for c in cameos)  # the seizure itself stays


def test_rescue_from_captors_is_no_aid(pipeline: Pipeline) -> None:
    cameos = _cameos(pipeline, "The army rescued two engineers from their captors in the hills on Sunday.")
    assert not any(c.startswith("07") for c in cameos)


@pytest.mark.parametrize("text", [
    "What we see is the neglect of the authorities on the issue of kidnapping of migrants, the priest said.",
    "The mayor spoke about the problem of extortion of bus drivers in the capital.",
])
def test_issue_of_an_act_is_no_event(pipeline: Pipeline, text: str) -> None:
    cameos = _cameos(pipeline, text)
    assert not any(c.startswith("18") for c in cameos)


def test_specific_kidnapping_still_coded(pipeline: Pipeline) -> None:
    cameos = _cameos(pipeline, "Gunmen kidnapped three migrants in Tamaulipas on Monday.")
    assert "181" in cameos


@pytest.mark.parametrize("verb", ["failed", "neglected"])
def test_failed_or_neglected_act_is_negated(pipeline: Pipeline, verb: str) -> None:
    text = f"Federal agents repeatedly {verb} to arrest the Sinaloa cartel leaders."
    result = pipeline.analyse(Article(id="s12", text=text, published=datetime.date(2019, 5, 3)))
    arrests = [e for e in result.events if e.cameo.startswith("17")]
    assert arrests and all(e.as_dict()["negated"] for e in arrests)
