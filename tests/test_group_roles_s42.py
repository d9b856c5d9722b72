"""A role word takes the sector of the body it belongs to (issue 9): workers of a party told by its kind are
its members, not labour (role_phrases); names listed after a party's counted workers are its workers
(titles._describe); a rank set after a person's nicknames in a named armed group is that group's
(titles._rank_after_aliases), the group found by the short form its writer brackets (_bracketed_acronyms); a
head-of-body rank after a members' body whose words tell its sector is of that sector; "general manager" and
"general director" are executives' ranks, not the military rank "general" (roles.csv)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _target_codes(result: ArticleResult, cameo_prefix: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in result.events if e.cameo.startswith(cameo_prefix)}


def test_workers_of_a_political_party_are_the_partys(analyse: Analyse) -> None:
    result = analyse("Four people including two workers of a political party were shot dead in Karachi on "
                     "Monday.", "2014-04-22")
    assert _target_codes(result, "18") == {"PAKPTY"}


def test_workers_of_a_company_stay_labour(analyse: Analyse) -> None:
    result = analyse("Five workers of the construction company were abducted by militants in Sukma District on "
                     "Monday.", "2014-04-22")
    assert _target_codes(result, "18") == {"INDLAB"}


def test_names_listed_after_a_partys_workers_are_its_workers(analyse: Analyse) -> None:
    result = analyse("Two Indigenous Peoples Front of Tripura (IPFT) workers, Ratan Jamatia and Sukhen "
                     "Debbarma abducted a CPI M worker from Khowai on March 3.", "2017-03-04")
    assert code_of(result, "Ratan Jamatia") == "INDPTY"


def test_a_rank_after_nicknames_is_held_in_the_bracketed_group(analyse: Analyse) -> None:
    result = analyse("Police arrested Rahim Uddin alias Babu alias Rony, area commander of Jama atul Mujahideen "
                     "Bangladesh (JMB), in Bogra on May 2.", "2016-05-03")
    assert code_of(result, "Rahim Uddin") == "BGDREB"


def test_an_associations_president_is_of_its_sector(analyse: Analyse) -> None:
    result = analyse("John Miller, National Corn Growers Association president, said the loan rate should be "
                     "raised.", "1987-03-19")
    assert (code_of(result, "John Miller") or "").endswith("AGR")


def test_a_banks_general_director_is_no_general(analyse: Analyse) -> None:
    result = analyse("Franz Huber, General Director of the Zentralsparkasse und Kommerzialbank, Wien, called "
                     "today for a cut in interest rates.", "1987-04-01")
    assert (code_of(result, "Franz Huber") or "").endswith("BUS")


def test_a_general_manager_is_no_general(analyse: Analyse) -> None:
    result = analyse("Acme Corp general manager John Smith said the company would expand.", "1987-04-01")
    assert not (code_of(result, "John Smith") or "").endswith("MIL")


def test_an_army_general_stays_military(analyse: Analyse) -> None:
    result = analyse("Army commander General Ahmed Khan visited the troops in North Waziristan on Monday.",
                     "2014-04-22")
    assert (code_of(result, "Ahmed Khan") or "").endswith("MIL")
