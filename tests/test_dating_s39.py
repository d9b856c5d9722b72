"""Dates: in a record with no publication date, the acts of a stopped lead take the one day it gives them.

- an act of the lead sentence itself with no time of its own ("were injured in a pipe bomb blast, triggered
  by Maoists, ... on June 12": the parser hangs the day on the participle) takes the lead's day when the
  lead names that one time, the day is no telling's ("..., Police said on October 12") and no clause
  telling an act of another noun ("arrested a man who shot a trader on April 3") stands between them;
- a "later" counted in minutes or an hour ("about half an hour later") does not move the story off the
  lead's day; "hours later" still does;
- a name told in the plural ("the Maoists") names the group of the singular ("CPI Maoist"): no other doers.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, trigger: str, index: int | None = None) -> list[str | None]:
    """The date phrases of the event mentions on `trigger` (in sentence `index`, else the last one with one)."""
    result = analyse(text, None)
    found = [m for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    at = max(m.sentence_index for m in found) if index is None else index
    return [m.date_text for m in found if m.sentence_index == at]


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Two policemen were injured in a pipe bomb blast, triggered by Maoist cadres, in Dantewada District on "
     "June 12, reports The Hindu. The incident took place near a police camp.", "injured", "June 12"),
    ("Unknown gunmen fired at the gate of former Member of Legislative Assembly (MLA) and secretary of the "
     "District Congress Committee (DCC), Ratan Gogoi's residence at Kakopathar in Tinsukia District on March "
     "4, reports The Sentinel. Nobody was hurt.", "fired", "March 4"),
    ("At least two Army personnel, including a captain; three Central Reserve Police Force (CRPF) troopers "
     "and a cook were killed and nine CRPF personnel, including an officer, were injured in the Tral area of "
     "Pulwama District in a militant attack which commence on February 9, reports Daily Excelsior. A militant "
     "was also killed.", "killed", "February 9"),
])
def test_a_stopped_leads_acts_take_its_one_day(analyse, text: str, trigger: str, day: str) -> None:
    assert _dates(analyse, text, trigger, 0) == [day] * len(_dates(analyse, text, trigger, 0))


def test_a_telling_day_is_not_the_acts(analyse) -> None:
    # the day is the telling's: the act may be of the night before
    text = "Maoists set ablaze a truck in Narayanpur District, Police said on October 12. The driver fled."
    assert "October 12" not in _dates(analyse, text, "set", 0)


BLASTS = ("Six persons, among them two soldiers, were killed in two back to back bomb explosions in Mamund "
          "area, some 20 kilometres from Khar town on May 8, reports Dawn. Sources said that a shepherd and his "
          "son were killed when they stepped on a bomb planted by terrorists in Mamund area. ")
SECOND = ("Two Frontier Corps (FC) personnel, identified as Ali Khan and Gul Zaman, and Havaldar Noor Ali of "
          "Levies Force were killed and another was injured in the second explosion.")


def test_a_later_counted_in_minutes_keeps_the_lead_day(analyse) -> None:
    text = BLASTS + "The second bomb went off after troops reached the site about half an hour later. " + SECOND
    assert _dates(analyse, text, "killed") == ["May 8"]


def test_hours_later_moves_the_story_off_the_lead_day(analyse) -> None:
    text = BLASTS + "The second bomb went off after troops reached the site several hours later. " + SECOND
    assert "May 8" not in _dates(analyse, text, "killed")



@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Times of India reports that the Communist Party of India Maoist (CPI Maoist) cadres set ablaze four "
     "trucks of the forest department and damaged a panchayat building at Lakhanpur village in Jamui District "
     "on March 3. According to villagers, a group of about 80 armed cadres raided the village around 9pm. The "
     "Superintendent of Police said the Maoists set ablaze the four trucks, which were parked near the office.",
     "set", "March 3"),
    ("Militants of the Communist Party of India Maoist (CPI Maoist) attacked a police post in Gaya District on "
     "April 9, reports The Hindu. The Maoists fired at the post for an hour.", "fired", "April 9"),
])
def test_a_groups_members_named_in_the_plural_are_its_doers(analyse, text: str, trigger: str, day: str) -> None:
    # "the Maoists" are of "the Communist Party of India Maoist": no other doers, the lead's day goes on
    assert _dates(analyse, text, trigger) == [day]
