"""Dates: the day a digest's lead tells reaches the acts the lead and the next sentences tell with it.

- a present participle joined to the lead's act ("killed a villager ... on March 4 suspecting him to be an
  informer") is how the act was done, no clause with a time of its own, whatever subject the parser gives it;
- a happening noun on "in"/"during" under a dated act of force or harm ("was killed during an encounter
  ... on June 10") is the act's setting and takes its day;
- a "when"/"while" clause ("was attacked ... when he was on way to X with his vehicle on July 13
  evening") tells the time of the clause it hangs on;
- a participle that tells what a thing is for ("machinery used in road work") has no act of its own;
- in a record with no publication date, "also" adds an act to the digest's day, and "in separate attacks"
  splits the lead's toll rather than opening another incident;
- with no publication date, a day told with its weekday ("Saturday, June 4") falls in the year near the
  latest the story names in which that day is that weekday;
- a past act in a relative clause "in which" on a dated accord ("a February 22 agreement in which X
  agreed") was done on the accord's day.
"""

from __future__ import annotations

import pytest

from newsevents.when import yearless_date


def _event_dates(analyse, text: str, trigger: str, published: str | None = None) -> set[tuple[str | None,
                                                                                                  str | None]]:
    """The (date, date phrase) readings of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = {(m.date, m.date_text) for e in result.events for m in e.mentions if m.trigger == trigger}
    assert found, f"no event on {trigger!r}"
    return found


@pytest.mark.parametrize(("text", "trigger", "phrase"), [
    ("Cadres of the Communist Party of India Maoist (CPI Maoist) killed one person, identified as Prakash "
     "Majhi of Bargarh District, in Tarbod village in Kalahandi District on July 14 suspecting him to be a "
     "Police informer, reports Times of India.", "killed", "July 14"),
    ("A villager, identified as Anand Kujur (35), was killed during an encounter between the Security Forces "
     "(SFs) and the Communist Party of India Maoist (CPI Maoist) cadres at Saraidih forest under Bishunpur "
     "block of Gumla District on June 10, reports The Times of India.", "encounter", "June 10"),
    ("Bodoland People's Front leader, Ranjit Narzary was attacked by unidentified gunmen at Bhogpur in "
     "Baksa District when he was on way to Mushalpur with his own vehicle on June 2 evening, reports The "
     "Sentinel.", "attacked", "June 2 evening"),
    ("The Communist Party of India Maoist (CPI Maoist) cadres set ablaze six vehicles used in road "
     "construction work at Kotmeta in Bijapur District on February 11, reports The Times of India.", "set",
     "February 11"),
    ("Dawn reports that five people including two traders were gunned down in Quetta on March 9. Two "
     "traders were shot dead in separate attacks of targeted killings.", "attacks", "March 9"),
    ("Militants attacked a Police post in Kupwara District on August 3, reports Daily Excelsior. They also "
     "abducted two constables from the post.", "abducted", "August 3"),
])
def test_digest_lead_day_reaches_its_acts(analyse, text: str, trigger: str, phrase: str) -> None:
    # a record with no publication date and no year told: the lead's month-day, yearless (XXXX-MM-DD)
    assert (yearless_date(phrase), phrase) in _event_dates(analyse, text, trigger)


def test_separate_attack_in_the_singular_still_opens_another_incident(analyse) -> None:
    text = ("Dawn reports that five people were gunned down in Quetta on March 9. In a separate attack, a "
            "trader was shot dead in Sibi.")
    assert _event_dates(analyse, text, "shot") == {(None, None)}


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Homicides of soldiers rose in the first five months of 2016. On Saturday, June 4, a group of "
     "assailants shot and killed a soldier in Miranda.", "shot", "2016-06-04"),
    ("Extortion grew in 2013 and 2014. On Friday, May 8, gang members killed a bus driver in San Salvador.",
     "killed", "2015-05-08"),  # the year after the latest named, when that one has no such Friday
    # no year near the latest named has a Saturday January 17: left open
    ("Gang violence grew in 2010 and 2013. Last Saturday, January 17, police arrested two gang leaders in "
     "Soyapango.", "arrested", None),
])
def test_weekday_pins_the_year_of_a_dateless_record(analyse, text: str, trigger: str, value: str | None) -> None:
    assert {date for date, _ in _event_dates(analyse, text, trigger)} == {value}


def test_act_in_a_dated_accord_takes_its_day(analyse) -> None:
    text = ("Last week's statement from the ministers reaffirmed a March 4 agreement in Geneva in which the "
            "Japanese government agreed to cut its trade surplus with Washington.")
    assert ("1987-03-04", None) in {(d, None) for d, _ in _event_dates(analyse, text, "agreed", "1987-04-20")}
