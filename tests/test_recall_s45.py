"""A fine imposed on a party is an administrative sanction (session 45, event_triggers.csv `fine`/`fin`,
`impose`, `levy` rows: CAMEO 172): "the SEC fined X", "the exchange fined four firms a total of N dlrs",
"imposed a fine on X". spaCy's lemmatizer reads "fined" as "fin", so the row stands under that lemma too. Both
parties must be read: an agentless "was fined" and a fine that may be imposed are no coded act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on, triggers
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The Securities and Exchange Commission fined Drexel Burnham Lambert two mln dlrs on Tuesday for "
     "violating net capital rules.", "fined", "USAGOV", "USABUS"),
    ("The Federal Aviation Administration fines Pan Am 1.5 mln dlrs for maintenance violations, a "
     "spokesman said.", "fines", "USAGOV", "USABUS"),
    ("The Illinois Insurance Department imposed a fine of 300,000 dlrs on Kemper Corp last week.", "imposed",
     "USAGOV", "USABUS"),
])
def test_fine_on_a_party_is_172(analyse: Analyse, text: str, trigger: str, source: str, target: str) -> None:
    event = event_on(analyse(text, "1987-04-08"), trigger)
    assert event.cameo == "172"
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.code == target


@pytest.mark.parametrize("text", [
    # no one who fined is named
    "Kemper Corp was fined 300,000 dlrs for late filings, the company said.",
    # a fine that may come, not one imposed
    "If convicted, the broker could be fined up to 500,000 dlrs, prosecutors said.",
    # "fine" as an adjective or noun of quality is no sanction
    "The Federal Reserve said the economy was doing fine in the first quarter.",
])
def test_no_fine_without_a_finer(analyse: Analyse, text: str) -> None:
    result = analyse(text, "1987-04-08")
    assert not {"fined", "fine"} & triggers(result), [e.cameo for e in result.events]
