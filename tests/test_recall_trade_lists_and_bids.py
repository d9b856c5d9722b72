"""Acts a coder codes that the recall audits found missed (session 26), as trigger rows: drugs traded between
criminal or armed groups (061), a rate rise or licence denied a party (120), a party put on (163) or taken off
(085) a state's drugs, terror or sanctions list, takeover bids received from companies (031, the bidders the
source), a party's consent or approval sought (020); on sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def triples(analyse: Analyse, text: str) -> set[tuple[str, str | None, str | None]]:
    result = analyse(text, "2012-09-10")
    return {(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in result.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zetas sold marijuana to the MS13 in Guatemala.", {("061", "MEXCRM", "SLVCRM")}),
    ("The Gulf Cartel bought cocaine from the FARC.", {("061", "MEXCRM", "COLREB")}),
    ("The Kentucky Public Service Commission denied a rate increase to Kentucky Utilities Co.",
     {("120", "USAGOV", "USABUS")}),
    ("In 2009 the U.S. government dropped Bolivia from the list of major drug-producing countries.",
     {("085", "USAGOV", "BOLGOV")}),
    ("In October the United States placed Barrio 18 on a list of transnational drug trafficking organizations.",
     {("163", "USAGOV", "SLVCRM")}),
    ("TWA has received competing bids from Texas Air Corp and Pan Am Corp.",
     {("031", "USABUS", "USABUS")}),
    ("Gencorp Inc said it will seek the approval of the Securities and Exchange Commission for the sale.",
     {("020", "USABUS", "USAGOV")}),
])
def test_a_missed_act_is_coded_with_its_parties(analyse: Analyse, text: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(analyse, text)


def test_each_bidder_is_the_source_of_its_own_bid(analyse: Analyse) -> None:
    result = analyse("TWA has received competing bids from Texas Air Corp and Pan Am Corp.", "1987-03-12")
    bidders = {e.source.entity_id for e in result.events if e.cameo == "031" and e.source}
    assert len(bidders) == 2


@pytest.mark.parametrize(("text", "code"), [
    ("Colombia supplies most of the cocaine sold in the United States.", "061"),  # no two groups trade
    ("The Liberal Party dropped Juan Perez from its list of candidates for the Senate.", "085"),  # no sanction
    ("Police must seek approval from a judge before tapping phones.", "020"),  # a rule, no one asks
    ("Egypt received an offer of aid from Japan.", "031"),  # no takeover bid between companies
])
def test_the_same_words_without_the_act_code_nothing(analyse: Analyse, text: str, code: str) -> None:
    assert not any(c == code for c, _, _ in triples(analyse, text))
