"""A company's no-comment addressed to no one is its word about its own business, no CAMEO event (sense_rules.csv,
session 35; docs/audits/README.md): on rumours, its stock, buyers and sellers, an offer. A no-comment by a state
body, or by a company on another party's charge, suit, inquiry or talks, stays 011 (sentences we wrote)."""

from __future__ import annotations

import pytest

DAY = "1987-04-08"


def declined(analyse, text: str) -> list[str | None]:
    """The source code of every 011 event of `text`."""
    return [e.source.code if e.source else None for e in analyse(text, DAY).events if e.cameo == "011"]


@pytest.mark.parametrize("text", [
    "Halvorsen Industries Inc would not comment on the unusual activity in its stock.",
    "Tarrant Securities declined to comment on the buyers or sellers of the block.",
    "A Halvorsen Industries spokesman said the company had no comment on market rumours of a bid.",
    "Halvorsen Industries Inc declined to comment on when the new shares would be offered.",
])
def test_a_company_no_comment_on_its_own_business_is_no_event(analyse, text: str) -> None:
    assert declined(analyse, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("Halvorsen Industries Inc declined to comment on the charges filed by the Justice Department.", "USABUS"),
    ("Halvorsen Industries Inc had no comment on the lawsuit filed by the state of Ohio.", "USABUS"),
    ("A U.S. Treasury spokesman declined to comment on the rumours.", "USAGOV"),
])
def test_a_state_or_another_partys_matter_keeps_the_declined_comment(analyse, text: str, source: str) -> None:
    assert declined(analyse, text) == [source]


@pytest.mark.parametrize(("text", "code"), [
    ("Washington has called Tokyo's rice policy an extreme example of protectionism.", "111"),
    ("French Trade Minister Michel Noir called the quota a clear case of unilateralism.", "111"),
    ("French Trade Minister Michel Noir called the accord a fine example of cooperation.", "051"),
])
def test_an_instance_complement_takes_its_of_phrase_polarity(analyse, text: str, code: str) -> None:
    codes = [e.cameo for e in analyse(text, DAY).events]
    assert code in codes and {"051", "111"} - {code} & set(codes) == set(), codes
