"""Lead's session-10 rules: line wraps read as spaces."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.lines import unwrapped
from newsevents.model import ArticleResult
from newsevents.pipeline import Pipeline

Analyse = Callable[..., ArticleResult]


def test_a_wrap_is_a_space_of_the_same_length() -> None:
    text = "Reagan to veto bill\nPresident Reagan said he would veto a\nHouse-passed trade bill.\n    The bill..."
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert "would veto a House-passed" in flat
    # the title line, paragraph indents and blank lines keep their breaks
    assert flat.startswith("Reagan to veto bill\n")
    assert "bill.\n    The" in flat
    assert unwrapped("Title\n\nBody line one\nline two") == "Title\n\nBody line one line two"


def test_text_without_line_breaks_is_unchanged() -> None:
    assert unwrapped("Militants opened fire on a police party.") == "Militants opened fire on a police party."


def test_a_wrapped_clause_is_parsed_as_one(analyse: Analyse) -> None:
    text = ("Unions plan strikes\nUnions are planning a week of state-wide\nstrikes in New South Wales, starting "
            "next Tuesday, to\nprotest against a state move to cut workers' compensation.")
    result = analyse(text, "1987-04-03")
    protests = [e for e in result.events if e.cameo.startswith("14")]
    assert protests and all(e.modality == "intended" for e in protests)
    # evidence offsets and texts are the article's own, line breaks included
    mention = protests[0].mentions[0]
    assert mention.text == text[mention.start:mention.end]
    assert "state-wide\nstrikes" in mention.text
    assert text[mention.trigger_start:mention.trigger_end] == mention.trigger


def _dyads(analyse: Analyse, sentence: str) -> set[tuple[str, str | None, str | None]]:
    """(code, source code, target code) of every event of the sentence, parties as merged."""
    result = analyse(sentence, "1987-03-02")
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events}


def test_co_lenders_are_partners_not_each_others_target(analyse: Analyse) -> None:
    # (session 28) financing with no borrower named is no event at all (sense_rules.csv); either way the
    # co-lenders are never each other's target
    dyads = _dyads(analyse, "Chemical Bank and Salomon Brothers agreed to provide financing for the tender offer.")
    assert all(target is None for _, _, target in dyads)


def test_two_states_agreeing_still_act_on_each_other(analyse: Analyse) -> None:
    dyads = _dyads(analyse, "Egypt and Israel agreed to resume talks.")
    assert {(s, t) for _, s, t in dyads} == {("EGYGOV", "ISRGOV"), ("ISRGOV", "EGYGOV")}


def test_a_bracket_glued_to_a_name_opens_its_abbreviation(pipeline: Pipeline) -> None:
    words = [t.text for t in pipeline.nlp.make_doc("Communist Party of India Maoist(CPI Maoist) cadres fled.")]
    assert words[4:9] == ["Maoist", "(", "CPI", "Maoist", ")"]
    assert [t.text for t in pipeline.nlp.make_doc("unidentified person(s)")] == ["unidentified", "person", "(",
                                                                                   "s", ")"]
    assert [t.text for t in pipeline.nlp.make_doc("3.5% (up)")] == ["3.5", "%", "(", "up", ")"]


def test_a_surname_is_not_the_common_noun_it_spells(analyse: Analyse) -> None:
    assert {c[:2] for c, _, _ in _dyads(analyse, "Bertie Rice, 63, was shot dead by gunmen in Belfast.")} == {"18"}
    assert not _dyads(analyse, "The army shelled peanuts.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Texaco Inc said it formed a joint venture with Chevron Corp to make chemicals.", ("057", "USABUS", "USABUS")),
    ("Japan concluded an agreement with China on fishing.", ("057", "JPNGOV", "CHNGOV")),
    ("Iran broke off its talks with Iraq.", ("164", "IRNGOV", "IRQGOV")),
])
def test_agreements_concluded_and_talks_broken_off_with_a_party(analyse: Analyse, sentence: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(analyse, sentence)


@pytest.mark.parametrize("sentence", ["The students formed a human chain.",
                                      "Hoechst concluded that the market was weak."])
def test_forming_and_concluding_without_a_partner_are_no_agreement(analyse: Analyse, sentence: str) -> None:
    assert not {c for c, _, _ in _dyads(analyse, sentence)} & {"057", "164"}
