"""The other side of a deal named in a prepositional phrase the parser hangs off its usual place (session 39,
audits 7962/7964: targets left empty though the counterpart is named). A company named with the wire's ticker
after it, "an agreement with Halden Systems Inc <HLDN>", whose phrase the parser heads with the ticker
(events/parties.py `_refs_of` reads the name before the bracket, as the subject reader does with
`ticker_company`); and a partner phrase on the object's own of-phrase, "signed a memorandum of understanding
with X", "a letter of intent with X" (targets.py `_of_complements`). All sentences written for these tests,
after 1987 wire wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-01"


@pytest.mark.parametrize("text", [
    "Bellant Computer Systems Corp <BLNT> said that it has signed an agreement with MacNeil-Schwartz Corp <MSC> "
    "where MacNeil will port its software.",
    "Marlin Data Inc said it has signed a supply agreement with Tandem Graphics Corp <TGC> to provide terminals.",
])
def test_a_partner_named_with_its_ticker_is_the_deals_other_side(analyse: Analyse, text: str) -> None:
    assert "USABUS" in {target for _, target in readings(analyse(text, DAY), "signed")}


@pytest.mark.parametrize("text, partner", [
    ("Sealed Motor Corp said its Dover Group has signed a memorandum of understanding with General Dynamics "
     "Corp to supply equipment.", "USABUS"),
    ("Harbor Telecom said it signed a memorandum of understanding with Telefonica to establish a joint "
     "venture.", "ESPBUS"),
])
def test_a_partner_on_the_objects_of_phrase_is_the_deals_other_side(analyse: Analyse, text: str,
                                                                      partner: str) -> None:
    assert partner in {target for _, target in readings(analyse(text, DAY), "signed")}
