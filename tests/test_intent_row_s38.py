"""A pledge's act is read by the trigger row that matched, not by every sense of its word
(events/modality.py `read_modality`'s `cameo`): "said it will seek an injunction" is a suit to come (intended),
though other rows of "seek" name acts a pledge codes as the pledge itself (03x, asserted when spoken).
Sentences written for these tests after Reuters-21578 wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-02"


@pytest.mark.parametrize(("text", "cameo"), [
    ("Texaco Inc said it will seek an injunction against Pennzoil Co in federal court.", "115"),
    ("The government said it would seek the extradition of the two men from Colombia.", "021"),
])
def test_an_act_said_to_come_is_intended(analyse: Analyse, text: str, cameo: str) -> None:
    result = analyse(text, DAY)
    assert {(e.cameo, e.modality) for e in result.events} == {(cameo, "intended")}


def test_a_pledge_coded_as_the_pledge_is_asserted_when_spoken(analyse: Analyse) -> None:
    # "would cooperate" is coded as the pledge itself (031), made when it is said
    result = analyse("Iran said it would cooperate with the inspectors.", DAY)
    assert {(e.cameo, e.modality) for e in result.events} == {("031", "asserted")}
