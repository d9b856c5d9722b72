"""Engineer D3, session 16: a named party the actor stage left with a sector and no country takes the
country its sentence places it in."""

from __future__ import annotations

from collections.abc import Callable

from conftest import mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_checkpoints_captured_in_a_named_province_are_that_countrys_police(analyse: Analyse) -> None:
    text = ("Taliban militants captured several Police Checkpoints in the Khwaja Ghar District of Takhar "
            "Province on May 27.")
    result = analyse(text, "2019-05-30")
    targets = {t for c, _, t in mention_codes(result)}
    assert "COP" not in targets, targets
    assert "AFGCOP" in targets, targets
