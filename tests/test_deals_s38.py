"""Company deals a coder codes that were missed (session 38, Reuters recall audit 7958): a merger completed or
approved by a side's shareholders, told as done (event_triggers.csv `merger`, `approve`, `done:*`; a company's
shareholders or board deciding a deal are the company, source_words.csv company_organ, organ_verb), a
speaker named before a wire ticker read as the "it" of his clause (actors/pronouns.py `ticker_company`), and a
Reuters paragraph after a line ending on an abbreviation's period started as a sentence (lines.py). All
sentences written for these tests, after 1987 wire wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult
from newsevents.actors.pronouns import _speaker, ticker_company
from newsevents.lines import mark_line_breaks

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-01"


# -- 1. a merger with a named company, completed or approved ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Arrow Tools Inc of Boston said it completed its merger with Halden Systems Inc of Dallas.",
    "Brookfield Savings Corp of Ohio said it has completed a merger with Lakeside Bancorp of Chicago.",
])
def test_a_completed_merger_with_a_company_is_economic_cooperation(analyse: Analyse, text: str) -> None:
    assert_mention(analyse(text, DAY), "061", "USABUS", "USABUS")


@pytest.mark.parametrize("text", [
    "Carter Lanes Inc of Baltimore said its shareholders approved the previously announced merger with "
    "Morland Corp of Dallas.",
    "Delmont Funding Corp of New York said its stockholders approved its merger into Maxwell Corp of Chicago.",
])
def test_a_merger_approved_by_a_sides_shareholders_is_an_agreement_ratified(analyse: Analyse, text: str) -> None:
    assert_mention(analyse(text, DAY), "057", "USABUS", "USABUS")


@pytest.mark.parametrize("text", [
    # a regulator approving a merger of two others is no party to it
    "The Commerce Commission has approved a proposed merger between Ardent Enterprises Ltd and Birchwood "
    "Corp Ltd.",
    # approved with no partner named: no dyad
    "Carter Lanes Inc of Baltimore said its board approved the merger.",
])
def test_a_merger_approved_with_no_partner_or_by_a_third_body_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not {c for c, _, _ in mention_codes(analyse(text, DAY))} & {"057", "061"}


@pytest.mark.parametrize("text", [
    "Lane Furniture Co of Virginia said its stockholders will be asked to approve a merger with Newton Co of "
    "Illinois at the annual meeting.",
    "Banner Industries Inc of Ohio said it expects to complete the merger with Rexford Inc of Milwaukee "
    "within 60 days.",
    "Harlan Tool Co of Houston named a committee in case it does not complete its merger with Becker Corp of "
    "Dallas.",
])
def test_a_merger_only_planned_or_in_a_condition_is_no_deal(analyse: Analyse, text: str) -> None:
    assert not {c for c, _, _ in mention_codes(analyse(text, DAY))} & {"057", "061"}


def test_a_board_rejecting_an_offer_rejects_it_for_its_company(analyse: Analyse) -> None:
    result = analyse("Conway Corp of Ohio said its board has rejected Marlin Industries Inc's tender offer "
                     "for all Conway shares at 25 dlrs each.", DAY)
    assert_mention(result, "120", "USABUS", "USABUS")


def test_a_board_running_its_own_business_is_not_the_company_acting(analyse: Analyse) -> None:
    result = analyse("Telford Corp of Minnesota said its board has directed management and its financial "
                     "adviser Drexel Burnham Lambert Inc to study alternatives to the offer.", DAY)
    assert not any(s == "USABUS" for _, s, _ in mention_codes(result))


# -- 2. "X Corp <TICK> said it ...": the name before the ticker is the speaker ---------------------------

def test_the_name_before_a_wire_ticker_heading_it_is_the_speaker() -> None:
    # the parse the small model gives "Maryland National Corp <MDNT> said it ...": the ticker heads the name
    words = ["Marlowe", "National", "Corp", "<", "MRLN", ">", "said", "it", "agreed", "."]
    heads = [2, 2, 4, 4, 6, 4, 6, 8, 6, 6]
    deps = ["compound", "compound", "nmod", "nmod", "nsubj", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    lemmas = [w.lower() for w in words[:6]] + ["say", "it", "agree", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert ticker_company(doc[4]).i == 2
    assert _speaker(doc[7], {0: "e1", 1: "e1", 2: "e1"}, {"e1": "ORG"}) == "e1"


def test_the_company_before_a_wire_ticker_is_the_it_of_its_clause(analyse: Analyse) -> None:
    text = ("Gresham Security Buyout Completed\n\n"
            "Marlowe National Corp <MRLN> said it\nhas completed the acquisition of Gresham Security Corp of "
            "Baltimore in an\nexchange of shares.\n")
    assert_mention(analyse(text, DAY), "061", "USABUS", "USABUS")


# -- 3. a Reuters paragraph after "Corp." at a line's end starts a sentence --------------------------------

def test_an_indented_line_after_an_abbreviation_starts_a_sentence() -> None:
    nlp = spacy.blank("en")
    doc = mark_line_breaks(nlp("Title line\n\nHalcyon AG said it has bought Corbel Corp.\n    Halcyon "
                               "bought a majority of the shares.\n"))
    start = next(t for t in doc if t.text == "Halcyon" and t.i > 5)
    assert start.is_sent_start


def test_a_wrapped_line_after_an_abbreviation_starts_no_sentence() -> None:
    nlp = spacy.blank("en")
    doc = mark_line_breaks(nlp("Title line\n\nThe deal with Corbel Corp.\nHalcyon said was done.\n"))
    start = next(t for t in doc if t.text == "Halcyon")
    assert not start.is_sent_start


def test_a_deal_told_before_a_paragraph_after_corp_is_kept(analyse: Analyse) -> None:
    text = ("Siemens Completes Celanese Purchase\n\n"
            "Siemens AG of West Germany said\nit has completed the acquisition of Celanese Corp.\n"
            "    Siemens acquired a majority of Celanese shares in a recent\ntender offer at 45 dlrs a share.\n")
    assert_mention(analyse(text, DAY), "061", "DEUBUS", "")
