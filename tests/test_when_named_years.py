"""Dates: a phrase that names its year is read by that year.

- two months running in one year ("from May to June 2016", "in April and May of 2010") date the month they
  begin, as a short range of days dates its first day (a longer run stays a quarter, a half or nothing);
- a time counted from another that then names itself with a year ("ten years later in 2013", "two months
  earlier, in March 1998") is that year, not a count from a time the phrase does not give;
- a month the NER split from the year after its comma ("arrested in June, 2014 from his house") keeps that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.when import resolve_event_date

PUB = date(2019, 10, 30)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("from May to June 2016", "2016-05"),
    ("in May and June 2016", "2016-05"),
    ("between April and May of 2010", "2010-04"),
    ("ten years later in 2013", "2013"),
    ("two months earlier, in March 1998", "1998-03"),
])
@pytest.mark.parametrize("published", [PUB, None])
def test_a_named_year_dates_the_phrase(phrase: str, expected: str, published: date | None) -> None:
    assert resolve_event_date(phrase, published, past=True).date == expected


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("June to May 2016", PUB, None),  # months out of order: no one month begins it
    ("between May and September 2016", PUB, None),  # five months: no one time
    ("ten years later", None, None),  # no year named: counted from a time the phrase does not give
    ("in May and June", None, None),  # no year and no publication date
])
def test_without_a_named_year_nothing_is_guessed(phrase: str, published: date | None,
                                                 expected: str | None) -> None:
    assert resolve_event_date(phrase, published, past=True).date == expected


@pytest.mark.parametrize(("published", "expected"), [(None, "2014-06"), ("2017-02-10", "2014-06")])
def test_a_month_split_from_its_year_by_a_comma_keeps_it(analyse, published: str | None,
                                                          expected: str) -> None:
    text = "Police arrested the militant commander in June, 2014 from his hideout in Sopore."
    result = analyse(text, published)
    found = [e.date for e in result.events for m in e.mentions if m.trigger == "arrested"]
    assert found == [expected]
