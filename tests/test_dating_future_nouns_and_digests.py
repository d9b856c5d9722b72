"""Dates: an event noun told ahead has no day; each section of a news digest is a lede of the day.

- an event noun on a verb told ahead ("will push for reform at the Venice meeting", "will hold talks") is an
  act still to come with no time of its own, as a verb told ahead is: no date, not the publication day;
- in a digest of stories, each under its own dateline ("    BAHRAIN - Iranian forces have renewed ..."), the
  sentence that opens a section is that story's lede: its news is of the digest's day, as a lede's is.
"""

from __future__ import annotations

import pytest


def _dates(analyse, text: str, trigger: str, published: str = "1991-05-14") -> list[str | None]:
    """The dates of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = [e.date for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


@pytest.mark.parametrize(("text", "trigger"), [
    ("Canadian officials will push for farm reform at the Lisbon meeting, officials said.", "meeting"),
    ("Danvers Industries Inc will hold talks with its creditor banks, a spokesman said.", "talks"),
])
def test_an_event_noun_told_ahead_has_no_day(analyse, text: str, trigger: str) -> None:
    assert _dates(analyse, text, trigger) == [None]


def test_an_event_noun_told_ahead_keeps_its_own_day(analyse) -> None:
    text = "Danvers Industries Inc will hold talks with its creditor banks on Friday, a spokesman said."
    assert _dates(analyse, text, "talks") == ["1991-05-17"]


DIGEST = ("World News Highlights\n"
          "The Prime Minister ordered a review of embassy security after a spy scandal.\n"
          "    AMMAN - Syria intervened to halt weeks of fighting around the refugee camps.\n"
          "    BAHRAIN - Iraqi forces have renewed their assault on Iranian lines defending the port of Fao.\n"
          " REUTER\n")


def test_a_digest_section_opens_a_lede_of_the_day(analyse) -> None:
    assert _dates(analyse, DIGEST, "assault") == ["1991-05-14"]
