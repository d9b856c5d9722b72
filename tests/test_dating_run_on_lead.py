"""Dates: a record told as one run-on sentence is dated by its lead's day; a participle's "earlier" turns to
no other incident.

- a record with no publication date whose first sentence has no final stop but is too long for a headline
  (`LEAD_MIN_WORDS`) is a report told without stops: its one day is the lead's, and the acts told after it
  in the simple past with no time of their own take it, unless another time, "later" or another incident
  comes between the day and the act;
- a short first line with no stop is still a headline: no lead;
- "to collect their earlier demanded ransom": "earlier" on a participle that describes a thing does not
  open another incident, so the lead's day goes on to the next acts.
"""

from __future__ import annotations


def _dates(analyse, text: str, trigger: str, published: str | None = None) -> list[str | None]:
    """The date phrases of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = [m.date_text for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


RUN_ON = ("Three persons including a shopkeeper and a constable were killed in a militant attack in Anantnag "
          "District on June 12 night reports Kashmir Observer Militants travelling in a car attacked a police "
          "party which had gone to the bus stand of Bijbehara town Police also retaliated and the militants "
          "fled towards the orchards")


def test_acts_of_a_run_on_record_take_its_day(analyse) -> None:
    assert _dates(analyse, RUN_ON, "attacked") == ["June 12 night"]


def test_a_later_time_in_the_run_on_record_stops_the_day(analyse) -> None:
    text = RUN_ON + " On June 14 Police arrested two youth from Bijbehara for sheltering the militants"
    assert _dates(analyse, text, "arrested") != ["June 12 night"]
    text = RUN_ON + " Police later arrested two youth from Bijbehara for sheltering the militants"
    assert _dates(analyse, text, "arrested") != ["June 12 night"]


def test_a_short_first_line_without_stop_is_a_headline(analyse) -> None:
    text = "Militants kill two civilians in Anantnag on June 12\nPolice arrested two youth in Bijbehara town."
    assert _dates(analyse, text, "arrested") == [None]


EARLIER_DEMANDED = (
    "Two Bodo militants were caught and beaten by villagers at Kharupetia village in Darrang District on "
    "March 3 afternoon when they came to collect ransom from a shopkeeper, reports The Sentinel. Sources said "
    "the militants came to the village to collect their earlier demanded ransom of INR 50,000 from Rajen Kalita. "
    "When Kalita refused to pay the ransom, the militants attacked him with a knife.")


def test_an_earlier_participle_opens_no_other_incident(analyse) -> None:
    assert _dates(analyse, EARLIER_DEMANDED, "attacked") == ["March 3 afternoon"]


def test_an_earlier_clause_still_opens_another_incident(analyse) -> None:
    text = EARLIER_DEMANDED.replace("When Kalita refused to pay the ransom, the militants attacked",
                                    "Earlier, the militants attacked")
    assert _dates(analyse, text, "attacked") != ["March 3 afternoon"]
