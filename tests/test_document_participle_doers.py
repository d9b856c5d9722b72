"""A verbal act told by a participle on a document ("a White House memo criticizing X") is said by the
document's author (events/sources.py `_document_act_doer`): the body its own phrase names, else the doer of
the verb that issued, signed or published it. Never the doer of a verb that only came upon it. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2015-06-01"


def test_a_memo_a_coded_building_modifies_criticizes_as_that_body(analyse: Analyse) -> None:
    result = analyse("A Kremlin memorandum criticizing Norway's fishing policy was made public on Tuesday.", DAY)
    found = readings(result, "criticizing")
    assert any(s and s.startswith("RUSGOV") and t == "NORGOV" for s, t in found), found


def test_a_statement_an_agency_modifies_condemns_as_that_agency(analyse: Analyse) -> None:
    result = analyse("A Pentagon statement condemning Iran's missile test was released on Friday.", DAY)
    found = readings(result, "condemning")
    assert any(s and s.startswith("USA") and t and t.startswith("IRN") for s, t in found), found


def test_a_report_published_by_a_group_accuses_as_the_group(analyse: Analyse) -> None:
    result = analyse("Amnesty International published a report accusing Mexican soldiers of torturing "
                     "prisoners in Chihuahua.", DAY)
    found = readings(result, "accusing")
    assert any(s and s.startswith("NGO") and t and t.startswith("MEX") for s, t in found), found


def test_a_document_named_by_no_author_has_no_source(analyse: Analyse) -> None:
    result = analyse("A memorandum criticizing Norway's fishing policy was made public on Tuesday.", DAY)
    found = readings(result, "criticizing")
    assert not any(s for s, _ in found), found


def test_a_letter_found_by_police_is_not_the_police_s_statement(analyse: Analyse) -> None:
    result = analyse("Police in Acapulco said on Monday that a note praising the Zetas was left on a bridge.",
                     DAY)
    found = readings(result, "praising")
    assert not any(s and s.endswith("COP") for s, _ in found), found


def test_a_report_issued_by_a_ministry_criticizes_in_its_relative_clause(analyse: Analyse) -> None:
    result = analyse("The Foreign Ministry of Peru issued a report that criticizes Chile for its fishing "
                     "policy.", DAY)
    found = readings(result, "criticizes")
    assert any(s and s.startswith("PER") and t and t.startswith("CHL") for s, t in found), found


def test_a_body_modifying_a_report_accuses_in_its_relative_clause(analyse: Analyse) -> None:
    result = analyse("A Pentagon report, which accuses Iran of arming the rebels, was published on Monday.", DAY)
    found = readings(result, "accuses")
    assert any(s and s.startswith("USA") and t and t.startswith("IRN") for s, t in found), found
