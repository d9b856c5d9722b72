"""Requests, offers and their rejections with the other party named elsewhere in the sentence (session 37):
leave to act ("received Federal Reserve approval to acquire X") is the permitted one's act, not the body's
that gives it; a rejection of "this" or "the request" answers the appeal told just before it, whose maker is
its target, and that appeal was made to the one who rejects it. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-06-18"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Pacific Savings Bank said it has received Federal Home Loan Bank Board approval to acquire "
     "Harbor Federal Savings.", "061", "USABUS", "USABUS"),
    ("Midland Bancorp said it won Federal Reserve Board approval to acquire First Commerce Bank.",
     "061", "USABUS", "USABUS"),
    ("Eastern Air Lines will file an application with the Department of Transportation for approval "
     "to acquire Piedmont Aviation.", "061", "USABUS", "USABUS"),
])
def test_leave_to_act_is_the_permitted_ones_act(analyse: Analyse, text: str, code: str, source: str,
                                                target: str) -> None:
    assert (code, source, target) in mention_codes(analyse(text, DAY))


def test_leave_giver_is_not_the_doer(analyse: Analyse) -> None:
    found = mention_codes(analyse("Pacific Savings Bank said it has received Federal Home Loan Bank Board "
                                  "approval to acquire Harbor Federal Savings.", DAY))
    assert not any(c == "061" and s == "USAGOV" for c, s, _ in found), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # the rejection of "this" answers the call told before it in its sentence
    ("Sugar growers had also called for the full forecast price to be paid in cash on delivery, but this "
     "has been rejected by the state-owned Fiji Sugar Corp, the governor said.", "120", "FJIBUS", "FJIAGR"),
    # ... and the call was made to the one who rejected it
    ("Sugar growers had also called for the full forecast price to be paid in cash on delivery, but this "
     "has been rejected by the state-owned Fiji Sugar Corp, the governor said.", "020", "FJIAGR", "FJIBUS"),
    # "this request" in the next sentence answers the request of the sentence before
    ("Fijian farmers asked the Fiji Development Bank for a freeze on loan repayments. The bank rejected "
     "this request.", "120", "", "FJIAGR"),
])
def test_rejection_answers_the_appeal_before_it(analyse: Analyse, text: str, code: str, source: str,
                                                target: str) -> None:
    found = mention_codes(analyse(text, DAY))
    assert any(c == code and (s or "").startswith(source) and t == target for c, s, t in found), found


def test_rejection_with_its_own_maker_keeps_it(analyse: Analyse) -> None:
    found = mention_codes(analyse("The union demanded a ten percent raise. The union rejected "
                                  "Cominco's contract offer.", DAY))
    assert any(c == "120" and t == "CANBUS" for c, _, t in found), found


def test_them_is_the_group_the_same_doer_asked_before(analyse: Analyse) -> None:
    text = ("The Ministry of Finance has asked about 20 Japanese life insurance companies to limit their "
            "purchases of foreign bonds, industry sources said. A ministry official said the ministry often "
            "surveys the market. The sources said the Ministry of Finance had asked them to report their "
            "holdings every week.")
    result = analyse(text, DAY)
    last = [m for e in result.events for m in e.mentions if m.sentence_index == 2 and e.cameo.startswith("02")]
    assert last and all(m.target is not None and m.target.code == "JPNBUS" for m in last), \
        [(e.cameo, e.mentions) for e in result.events]
