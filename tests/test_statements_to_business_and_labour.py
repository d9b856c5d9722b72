"""A statement told to a company, a union or a farmers' body is a statement to a party (CAMEO 010 has no
sector limit): the `tell` row's target sectors include BUS, LAB and AGR; reporters and crowds stay no party."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Secretary of State George Shultz told Toyota that the trade surplus must fall.", "USAGOV", "JPNBUS"),
    ("Kidder Peabody and Co, Hartmarx's financial adviser, has told the company it is confident it can raise "
     "the financing needed for the buyback.", "USABUS", "USABUS"),
    ("Brazilian Planning Minister Joao Sayad said he told the creditor banks about Brazil's need to keep "
     "growing at six pct a year.", "BRAGOV", "BUS"),
    ("Energy Secretary Peter Walker told the National Union of Mineworkers that the pits would stay open until "
     "June.", "GBRGOV", "GBRLAB"),
])
def test_telling_a_business_or_union_is_a_statement_to_it(analyse: Analyse, text: str, source: str,
                                                           target: str) -> None:
    assert_mention(analyse(text, "1987-04-02"), "010", source, target)


def test_telling_reporters_at_a_company_meeting_stays_no_party(analyse: Analyse) -> None:
    result = analyse("Hartmarx chairman John Wright told reporters the company would cut 500 jobs.", "1987-04-02")
    assert not [e for e in result.events if e.cameo == "010"]
