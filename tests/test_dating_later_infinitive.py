"""A date inside a to-infinitive the event governs, telling an act still to come — what the event asks,
orders, plans or promises (data/date_cues.csv `directive`, `commitment`) or its purpose — is that later act's
time, not the event's; so is a date on a conjunct told ahead with "would" beside an event told now."""

from __future__ import annotations

import pytest

from conftest import mention_dates


@pytest.mark.parametrize(("text", "trigger"), [
    ("The finance ministry urged Brazilian exporters to cut their coffee shipments in the third quarter, "
     "officials said.", "urged"),
    ("The trade ministry will ask Korean steel makers to reduce exports in the third quarter, ministry "
     "officials said.", "ask"),
    ("The Bank of Japan said it will cooperate with the Bundesbank on a payments system to come "
     "into force by November this year.", "cooperate"),
])
def test_a_date_of_the_later_act_does_not_date_the_event(analyse, text: str, trigger: str) -> None:
    dates = mention_dates(analyse(text, "1988-04-01"), trigger)
    assert not {d for d in dates if d and d[:7] in {"1988-07", "1988-08", "1988-09", "1988-11", "1988-Q3"}}, dates


def test_a_later_conjunct_with_its_own_future_keeps_its_date(analyse) -> None:
    text = ("The union said its members were currently meeting with Alcan Aluminium about the wage offer and "
            "would probably vote next week.")
    assert mention_dates(analyse(text, "1988-04-01"), "meeting") == {"1988-04-01"}
