"""Dates: an accord or a journey the story has dated, told again with "the" (or "this") in a later sentence.

- a verb that concludes an accord (data/date_cues.csv `accord_verb`: reach, sign, conclude) acting on an
  accord noun told with "the" takes the day an earlier sentence gives that accord ("the pact signed last
  week in Geneva ... since the ministers reached the accord"); an accord told with "a" may be another one;
- a journey noun told with "this" or "the" ("this trip to Asia") takes the day an earlier sentence gives the
  same journey told by its verb ("when he visited Japan last October").
"""

from __future__ import annotations

import pytest

from conftest import mention_dates


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Trade minister Alan Brooks said the pact signed last month in Geneva by four Asian exporters has "
     "calmed the rubber market. Prices have held steady since ministers of Malaysia, Thailand, Indonesia "
     "and Sri Lanka reached the accord.", "reached", {"1988-03"}),
    ("Minister Paul Kerr said the fisheries treaty concluded last week in Oslo has eased tension. Fishing "
     "boats have stayed in port since Norway and Iceland signed the agreement.", "signed", {"1988-W12"}),
    # "an accord" may be a new one: no day from the earlier pact
    ("Trade minister Alan Brooks said the pact signed last month in Geneva by four Asian exporters has "
     "calmed the rubber market. Prices have held steady since ministers of Malaysia and Thailand reached an "
     "accord.", "reached", {None}),
])
def test_an_accord_concluded_again_with_the_takes_its_day(analyse, text: str, trigger: str,
                                                          expected: set[str | None]) -> None:
    assert mention_dates(analyse(text, "1988-04-01"), trigger) == expected


def test_this_trip_takes_the_day_of_the_visit_told_before(analyse) -> None:
    text = ("Kenji Sato, head of a Japanese business federation, warned of the danger last October when he "
            "visited the United States. \"What alarmed me during this trip to America was the hope placed "
            "in the yen,\" he said.")
    assert mention_dates(analyse(text, "1988-04-01"), "trip") == {"1987-10"}
