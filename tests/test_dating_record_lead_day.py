"""Dates: in a record with no publication date, the later acts of the item its lead dates take the lead's day.

- a gerund with no tense of its own ("retaliated by firing", "opened fire, killing two") is told at its
  governing verb's time: under a simple past it goes on with the lead's incident like that verb;
- the act a group claims responsibility for ("has claimed responsibility of grenade attack") is the act the
  story has told, whatever the claim's tense and with or without "the";
- a done act reported "on <day>" by a paper or speaker ("X reports on August 3 that a cadre ... was
  arrested") takes the report's day when the record has no publication date and the sentence no other time;
- a four-digit number that cannot be a year (a vehicle's number "JK05 9135", a train's "5657") names no
  time: it neither dates an act nor stops the lead's day from going on.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, trigger: str, published: str | None = None) -> list[str | None]:
    """The date phrases of the event mentions on `trigger` in the last sentence that has one."""
    result = analyse(text, published)
    found = [m for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    last = max(m.sentence_index for m in found)
    return [m.date_text for m in found if m.sentence_index == last]


RAID = ("The Counter Terrorism Department (CTD) of Punjab Police killed three suspects in an encounter in "
        "Multan District on August 14 night, reports Dawn. The CTD had raided a house in Multan after a tip. "
        "Upon seeing the Police, the suspects opened fire on the raiding team. ")

GRENADE = ("Three Policemen were injured in a grenade attack on a Police post in Sopore town of Baramulla "
           "District on May 9, reports Greater Kashmir. Police said that militants hurled a grenade at the post "
           "and fled. ")

PLATE = ("Militants on July 17 attacked a Sarpanch, injuring him and two others at Tral in Pulwama District, "
         "reports Daily Excelsior. Police said that gunmen opened fire on a taxi (JK13 4471) near the bridge. ")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (RAID + "Police retaliated by firing upon the suspects.", "firing", "August 14 night"),
    (GRENADE + "Lashkar-e-Toiba has claimed the responsibility of grenade attack on the post.", "attack",
     "May 9"),
    (PLATE + "Two persons were injured in the attack, sources said.", "attack", "July 17"),
])
def test_later_acts_of_a_dated_item_take_its_day(analyse, text: str, trigger: str, day: str) -> None:
    assert _dates(analyse, text, trigger) == [day]


@pytest.mark.parametrize(("text", "trigger"), [
    # another time told before the act: the lead's day stops
    (RAID + "On August 16, Police retaliated by firing upon the suspects.", "firing"),
    # a gerund under a future has no time of the lead
    (RAID + "Police will retaliate by firing upon the suspects.", "firing"),
])
def test_the_lead_day_stops_where_the_story_moves(analyse, text: str, trigger: str) -> None:
    assert "August 14 night" not in _dates(analyse, text, trigger)


def test_a_plate_number_dates_nothing(analyse) -> None:
    text = "Gunmen opened fire on a taxi (JK13 4471) near the bridge in Tral, police said."
    assert _dates(analyse, text, "opened", "2016-07-18") == [None]


REPORT = ("Kangla Online reports on August 3 that a cadre of the People's Liberation Army (PLA), identified as "
          "Thokchom Ibomcha, was arrested by Security Forces (SFs) from Thoubal District")


@pytest.mark.parametrize(("text", "day"), [
    (REPORT + ".", "August 3"),
    (REPORT + " on August 1.", "August 1"),  # the act's own day
])
def test_a_dateless_report_dates_the_act_it_tells(analyse, text: str, day: str) -> None:
    assert _dates(analyse, text, "arrested") == [day]
