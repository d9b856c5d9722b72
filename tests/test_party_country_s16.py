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


def test_ministers_named_by_the_communitys_word_are_the_community(analyse: Analyse) -> None:
    text = ("BRUSSELS, April 7 - EC farm ministers agreed on Monday to cut milk output, the European Community "
            "said. Community farm ministers also criticised the United States.")
    result = analyse(text, "1987-04-07")
    sources = {s for _, s, _ in mention_codes(result)}
    assert not any((s or "").startswith("BEL") for s in sources), sources
    assert "IGOEUREEC" in sources, sources


def test_union_leaders_in_a_story_naming_a_union_once_stay_local(analyse: Analyse) -> None:
    text = ("NAIROBI - The African Union said on Monday it would send troops. Union leaders at the plant "
            "criticised the government.")
    result = analyse(text, "2019-05-03")
    # the union is named once: "Union leaders at the plant" are no members of it
    assert not any(c.startswith("11") and (s or "").startswith("IGO") for c, s, _ in mention_codes(result))
