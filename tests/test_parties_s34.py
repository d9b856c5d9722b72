"""A word saying only which kind of member one is ("a woman Maoist cadre", `party_words.csv` member_kind) makes
no civilian of the member (events/parties.py `_member_of_kind`, `_bare_role`). Sentences written for these
tests in the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-05-12"


def targets(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def test_a_woman_cadre_of_a_named_group_killed_is_the_groups_member(analyse: Analyse) -> None:
    result = analyse("A woman Communist Party of India Maoist (CPI Maoist) cadre was shot dead by Police in "
                     "Gumla District on May 10.", DAY)
    found = targets(result, "shot")
    assert found and not any(t and t.endswith("CVL") for t in found), found
    assert any(t and t.endswith("REB") for t in found), found


def test_a_woman_maoist_cadre_killed_in_an_encounter_is_a_rebel(analyse: Analyse) -> None:
    result = analyse("A woman Maoist cadre was killed in an encounter with the Police in Gadchiroli District "
                     "on May 10.", DAY)
    found = targets(result, "killed")
    assert any(t and t.endswith("REB") for t in found), found


def test_a_woman_of_a_private_calling_stays_a_civilian(analyse: Analyse) -> None:
    result = analyse("A woman shopkeeper was shot dead by militants in Pulwama District on May 10.", DAY)
    found = targets(result, "shot")
    assert any(t and t.endswith("CVL") for t in found), found
