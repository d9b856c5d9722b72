"""When an event happened: a date phrase resolved against the article's publication date.

dateparser does the calendar work; this module is the glue news needs on top of it:
- a bare weekday means the most recent such day, the publication day included ("on Saturday" in a paper of
  Saturday is that Saturday; dateparser would go back a week), or the next one for intended events;
- modifiers that do not move the date are dropped ("early Saturday morning", "late on Tuesday");
- "last June" means the most recent June before publication;
- a phrase that counts from another event ("a day earlier", "the following week") stays unresolved;
- the answer keeps the phrase's precision: a day (2022-03-05), an ISO week (2022-W08, "last week"),
  a month (2022-03) or a year (2014), never a made-up day.

`date_basis` says where the date came from: `explicit` (the phrase names a calendar date, month or year),
`relative` (it counts from publication: weekday, yesterday, last week, two days ago), or `publication`
(no phrase: the event is dated by the article, and says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from dateparser.date import DateDataParser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# Words around a date that do not change which day it is.
FILLER = {"on", "the", "early", "late", "morning", "afternoon", "evening", "night",
          "overnight", "of", "at", "in", "during", "dawn", "midday", "noon", "mid", "this", "past"}
WHEN_WORDS = {"yesterday", "today", "tomorrow", "tonight", "ago", "last", "next", "this", "weekend", "coming",
              "past", *WEEKDAYS}
# Words that count from another event, not from publication ("a day earlier", "the following week").
ANCHORED = {"earlier", "later", "before", "after", "previous", "following", "prior"}
RELATIVE_WORDS = {"yesterday", "today", "tomorrow", "ago", "last", "next", "this", "past", "coming",
                  "week", "weekend", "tonight"} | set(WEEKDAYS)


@dataclass(frozen=True)
class EventDate:
    """A resolved event date: `date` is ISO at the phrase's precision, or None when it cannot be resolved."""

    date: str | None
    date_text: str | None
    date_basis: str  # explicit | relative | publication


@lru_cache(maxsize=50_000)  # dateparser takes milliseconds a phrase; news repeats "on Monday"
def resolve_event_date(phrase: str | None, published: date | None, future: bool = False) -> EventDate:
    """Resolve `phrase` ("on Saturday", "last week", "February 24", "in 2014") against `published`.

    `future` prefers the coming date for an ambiguous phrase (an intended event: "will visit on Tuesday").
    No phrase: the publication date with basis `publication`. No publication date: relative phrases stay
    unresolved (date None, the phrase kept); explicit ones with a year still resolve.
    """
    if not phrase:
        return EventDate(published.isoformat() if published else None, None, "publication")
    words = _words(phrase)
    basis = "relative" if RELATIVE_WORDS & set(words) and not _has_year(words) else "explicit"
    if published is None and (basis == "relative" or not _has_year(words)):
        return EventDate(None, phrase, basis)
    if ANCHORED & set(words) and not _has_year(words):
        return EventDate(None, phrase, "relative")  # its anchor is another event: we do not guess it
    base = published or date(1970, 1, 1)
    weekday = _weekday_only(words)
    if weekday is not None:
        return EventDate(_nearest_weekday(weekday, base, words, future).isoformat(), phrase, "relative")
    cleaned = " ".join(w for w in words if w not in FILLER or (w in {"this", "past"} and "week" in words))
    if words and words[0] == "last" and len(words) == 2 and words[1] in MONTHS:
        cleaned = words[1]  # "last June": dateparser does not read it; the most recent June is meant
    data = _parser(base, future).get_date_data(cleaned)
    if data.date_obj is None:
        return EventDate(None, phrase, basis)
    return EventDate(_iso(data.date_obj.date(), data.period or "day"), phrase, basis)


def names_a_time(phrase: str) -> bool:
    """Does a DATE phrase say when ("on Saturday", "last week", "in 2014"), not how long ("two hours")?"""
    words = _words(phrase)
    return bool(WHEN_WORDS & set(words)) or _has_year(words) or any(w in MONTHS for w in words)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Could two resolved dates be the same day? Unknown is compatible; "2022-03" contains "2022-03-05"."""
    if a is None or b is None:
        return True
    if "W" in a or "W" in b:
        return _week_of(a) == _week_of(b) if len(a) >= 8 and len(b) >= 8 else a[:4] == b[:4]
    return a.startswith(b) or b.startswith(a)


def date_span(iso: str | None) -> tuple[date, date] | None:
    """The first and last day a resolved date covers: a day, an ISO week, a month or a year."""
    if not iso:
        return None
    try:
        if "W" in iso:
            first = date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1)
            return first, first + timedelta(days=6)
        if len(iso) == 4:
            return date(int(iso), 1, 1), date(int(iso), 12, 31)
        if len(iso) == 7:
            first = date(int(iso[:4]), int(iso[5:7]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(iso)
    except ValueError:
        return None
    return day, day


def _week_of(iso: str) -> str:
    if "W" in iso:
        return iso
    if len(iso) != 10:
        return iso
    year, week, _ = date.fromisoformat(iso).isocalendar()
    return f"{year}-W{week:02d}"


def _words(phrase: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", phrase.lower())


def _has_year(words: list[str]) -> bool:
    return any(len(w) == 4 and w.isdigit() for w in words)


def _weekday_only(words: list[str]) -> int | None:
    """The weekday of a phrase that names nothing but a weekday ("early Saturday morning", "next Tuesday")."""
    days = [WEEKDAYS.index(w) for w in words if w in WEEKDAYS]
    rest = [w for w in words if w not in WEEKDAYS and w not in FILLER and w not in {"last", "next", "coming"}]
    return days[0] if len(days) == 1 and not rest else None


def _nearest_weekday(weekday: int, base: date, words: list[str], future: bool) -> date:
    if "next" in words or "coming" in words or (future and "last" not in words):
        ahead = (weekday - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead)
    back = (base.weekday() - weekday) % 7
    if "last" in words and back == 0:
        back = 7
    return base - timedelta(days=back)


def _iso(day: date, period: str) -> str:
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


@cache
def _parser(base: date, future: bool) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": True,
                "RELATIVE_BASE": datetime(base.year, base.month, base.day), "STRICT_PARSING": False}
    return DateDataParser(languages=["en"], settings=settings)
