"""Trigger rows for acts a coder codes that no row read (event_triggers.csv, session 28 recall3): a vessel
sunk by a named party is military force on its owner (190); money or aid a state transfers to a party is
economic aid (071). Other senses of the words are no events. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-05-04"


def cameos(result: ArticleResult, trigger: str) -> set[str]:
    return {e.cameo for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


def test_warships_sinking_a_foreign_boat_use_force_on_its_country(analyse: Analyse) -> None:
    result = analyse("Greek warships sank two Turkish fishing boats near Lesbos on Sunday.", DAY)
    found = readings(result, "sank")
    assert "190" in cameos(result, "sank"), [e.cameo for e in result.events]
    assert any(s and s.startswith("GRC") and t and t.startswith("TUR") for s, t in found), found


def test_a_vessel_that_sank_by_itself_is_no_attack(analyse: Analyse) -> None:
    result = analyse("A Greek ferry sank off Crete on Sunday after hitting a reef.", DAY)
    assert not cameos(result, "sank"), [e.cameo for e in result.events]


def test_money_sunk_into_a_project_is_no_attack(analyse: Analyse) -> None:
    result = analyse("Norway has sunk 300 mln dlrs into the Arctic gas project.", DAY)
    assert not cameos(result, "sunk"), [e.cameo for e in result.events]


def test_aid_a_state_transfers_to_another_is_economic_aid(analyse: Analyse) -> None:
    result = analyse("Japan said it was transferring 40 mln dlrs in aid to Kenya to help its farmers.", DAY)
    found = readings(result, "transferring")
    assert "071" in cameos(result, "transferring"), [e.cameo for e in result.events]
    assert any(s == "JPNGOV" and t == "KENGOV" for s, t in found), found


def test_a_company_transferring_money_to_its_unit_gives_no_aid(analyse: Analyse) -> None:
    result = analyse("Unilever transferred 90 mln dlrs to its Brazilian unit last month.", DAY)
    assert not cameos(result, "transferred"), [e.cameo for e in result.events]


def test_a_prisoner_transferred_to_another_state_is_no_aid(analyse: Analyse) -> None:
    result = analyse("Peru transferred the prisoner to Bolivia on Monday.", DAY)
    assert "071" not in cameos(result, "transferred"), [e.cameo for e in result.events]
