"""Two parties acting on each other told with a coordinated subject (session 21): ties restored, renewed,
normalised, established, severed or broken, and talks resumed by "A and B" are each side's act on the other
(`mutual:subjects` rows of event_triggers.csv), as "A and B signed an agreement" is; ties restored with one
party are diplomatic cooperation (050), never intelligence sharing (064)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mention_codes
from newsevents.events.lexicon import EventLexicon
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def mutual(result: ArticleResult, code: str, a: str, b: str) -> bool:
    """Whether the article has `code` from `a` to `b` and from `b` to `a`."""
    found = mention_codes(result)
    return (code, a, b) in found and (code, b, a) in found


@pytest.mark.parametrize(("text", "code", "a", "b"), [
    ("Kenya and Somalia restored diplomatic relations on Tuesday after a year-long rift.", "050", "KENGOV", "SOMGOV"),
    ("Chile and Bolivia have renewed diplomatic ties, the two foreign ministries said.", "050", "CHLGOV", "BOLGOV"),
    ("Morocco and Algeria normalized relations in 1988.", "050", "MARGOV", "DZAGOV"),
    ("Ghana and Togo severed diplomatic ties on Friday.", "161", "GHAGOV", "TGOGOV"),
    ("Peru and Ecuador broke off diplomatic relations after the border incident.", "161", "PERGOV", "ECUGOV"),
    ("Portugal and Angola established diplomatic relations in 1976.", "054", "PRTGOV", "AGOGOV"),
])
def test_conjoined_sides_act_on_each_other(analyse: Analyse, text: str, code: str, a: str, b: str) -> None:
    result = analyse(text, "1990-05-04")
    assert mutual(result, code, a, b), mention_codes(result)


def test_ties_restored_with_a_party_are_diplomatic_cooperation(analyse: Analyse) -> None:
    result = analyse("Senegal restored diplomatic ties with Mauritania on Monday.", "1992-04-24")
    found = mention_codes(result)
    assert ("050", "SENGOV", "MRTGOV") in found, found
    assert not any(c == "064" for c, _, _ in found), found


def test_talks_resumed_by_two_sides_are_one_consultation(analyse: Analyse) -> None:
    """Talks are symmetric (merge.py SYMMETRIC_ROOTS): one event, as "A and B met" is."""
    result = analyse("Sudan and South Sudan resumed talks in Addis Ababa on Thursday.", "2013-05-10")
    consults = [e for e in result.events if e.cameo == "040"]
    assert len(consults) == 1, [(e.cameo, e.source, e.target) for e in result.events]
    sides = {consults[0].source.code if consults[0].source else None,
             consults[0].target.code if consults[0].target else None}
    assert sides == {"SDNGOV", "SSDGOV"}, sides


def test_restored_order_is_no_tie(analyse: Analyse) -> None:
    result = analyse("Lebanon and Syria restored order in the border villages.", "1990-05-04")
    assert not any(c == "050" for c, _, _ in mention_codes(result)), mention_codes(result)


def test_ties_a_noun_asks_for_are_not_restored(analyse: Analyse) -> None:
    """"an ultimatum to X to normalize relations": the noun's infinitive is what is asked, no act of the one
    asking (and its doer is X, not the subject)."""
    result = analyse("Washington gave an ultimatum to Panama to normalize relations with Cuba within a week.",
                     "1990-05-04")
    assert not any(c == "050" for c, _, _ in mention_codes(result)), mention_codes(result)


def test_one_side_and_its_allies_are_not_two_sides(analyse: Analyse) -> None:
    result = analyse("Argentina and its allies severed diplomatic ties.", "1990-05-04")
    found = mention_codes(result)
    assert not any(t is not None and t.startswith("ARG") for _, _, t in found), found


def test_a_leader_and_his_government_are_one_side(analyse: Analyse) -> None:
    result = analyse("President Yoweri Museveni and the Ugandan government restored diplomatic ties.", "2005-05-04")
    assert not any(c == "050" for c, _, _ in mention_codes(result)), mention_codes(result)


def test_a_mutual_mark_is_read_from_the_row() -> None:
    lexicon = EventLexicon(dictionary=False)
    restore = [r for r in lexicon.rules[("restore", "VERB")] if r.cameo == "050"]
    assert restore and all(r.mutual for r in restore)
    assert not any(r.mutual for r in lexicon.rules[("expel", "VERB")])
