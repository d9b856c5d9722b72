"""When an event happened: a date phrase resolved against the article's publication date.

dateparser does the calendar work; this module is the glue news needs on top of it:
- a bare weekday means the most recent such day, the publication day included ("on Saturday" in a paper of
  Saturday is that Saturday; dateparser would go back a week), or the next one for intended events;
- modifiers that do not move the date are dropped ("early Saturday morning", "late on Tuesday");
- "last June" means the most recent June before publication;
- a phrase that counts from another event ("a day earlier", "the following week", "later that year") stays
  unresolved by `resolve_event_date`; given the value of the time the text has just told, `anchored_date`
  reads it against that time ("the following year" after "May 22, 1995" is 1996);
- the answer keeps the phrase's precision: a day (2022-03-05), an ISO week (2022-W08, "last week"),
  a month (2022-03) or a year (2014), never a made-up day;
- a counted span up to publication ("the past six months") is how long, not when: no date; a short range of
  days dates the day it begins ("the intervening night of May 1 and 2"); a part of a month, year or decade
  takes the value TimeML gives it ("the first half of March" 2022-03, "the first six months of 1987"
  1987-H1, "the last half of the '80s" 198).

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
from dateutil.easter import easter

from .resources import load_table

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# A month or month-day with no year and no tense is read ahead of publication only within four months;
# news tells what happened more than what will: TimeBank's "March" in a paper of late October is the
# March past, its "Nov. 6" in one of Nov. 2 four days ahead.
NEAREST_AHEAD_DAYS = 120
# In a clause told in the past a month-day within two months ahead is still this year's: the date is one the
# act set or named, not the act's ("has set Nov. 10 as the deadline", "authorized a split payable Dec. 7" in
# a paper of Nov. 2); a whole month not yet begun is last year's ("signed in April" in a March paper).
PAST_AHEAD_DAYS = 60
# In a future clause a month-day a few weeks gone is this year's, not next year's: "must return him by
# Jan. 14" in a paper of Jan. 15 (a deadline just missed), "decided on Feb. 11" read in a plan's sentence.
FUTURE_BACK_DAYS = 30
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a month inside each season, to order them
# Phrases that point at the present, the past or the future without naming a date (TimeML's *_REF values).
REFERENCES = {
    "PRESENT_REF": {"now", "currently", "current", "presently", "nowadays", "present", "already", "yet",
                    "these days", "right now", "at present", "the present", "at the moment"},
    "PAST_REF": {"recently", "recent", "previously", "formerly", "the past", "in the past", "past",
                 "recent years", "in recent years", "lately", "once", "the recent past", "earlier",
                 "more recently", "then current", "at the time", "time"},
    "FUTURE_REF": {"future", "the future", "in the future", "soon", "someday", "one day", "eventually",
                   "the near future", "in the near future", "the coming years", "in coming years",
                   "near term", "the near term", "short term", "the short term", "later date", "a later date",
                   "as soon as possible", "from time to time"},
}
CURRENT = {"this", "current", "present", "same"}  # "this quarter", "the current year"
# How long, not when: "two and a half hours", "a quarter of an hour".
DURATION_UNITS = {"hour", "hours", "minute", "minutes", "seconds", "decade", "decades", "century",
                  "centuries"}
PREVIOUS = {"last", "previous", "past", "prior", "preceding", "latest", "recent"}
# Words around a date that do not change which day it is.
FILLER = {"on", "the", "early", "late", "morning", "afternoon", "evening", "night",
          "overnight", "of", "at", "in", "during", "dawn", "midday", "noon", "mid", "this", "past"}
WHEN_WORDS = {"yesterday", "today", "tomorrow", "tonight", "ago", "last", "next", "this", "weekend", "coming",
              "past", *WEEKDAYS}
# Words that count from another event, not from publication ("a day earlier", "the following week").
ANCHORED = {"earlier", "later", "before", "after", "previous", "following", "prior"}
# any day: a base for reading phrases where only their resolved shape matters, or two phrases are compared
# on one calendar ("May 23" against "June 3" with no publication date)
COMPARISON_DAY = date(2001, 12, 31)
RELATIVE_WORDS = {"yesterday", "today", "tomorrow", "ago", "last", "next", "this", "past", "coming",
                  "week", "weekend", "tonight"} | set(WEEKDAYS)
# "earlier" and "later" count from publication when they qualify a deictic day ("earlier this month",
# "later this year", "earlier on Sunday", "later yesterday"), from another event otherwise ("a day earlier").
DEICTIC = {"this", "today", "yesterday", "tomorrow", "tonight", "last", "next", "ago", *WEEKDAYS}
SOFT_ANCHORED = {"earlier", "later"}
# How much time, not when: "five years", "10 days", "a year" (without "ago", "last", "this" ...).
COUNT_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
               "decade", "decades"}
COUNT_WORDS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "several", "few", "many", "some", "the", "and", "or", "half"}
# Words that run a counted span up to or from publication: "the past six months", "the next two weeks".
SPAN_DIRECTIONS = {"past", "last", "next", "coming", "previous", "following", "first"}
# Words around a range of days that do not change the day it begins: "the intervening night of May 1 and 2".
RANGE_WORDS = {"the", "intervening", "night", "nights", "of", "and", "between", "from", "to", "on", "during",
               "through", "till", "until", "in", "early", "hours"}
# A range of days dates its first one when it is this short ("May 1-2"); a longer one in one month dates the
# month ("May 1-20"), one across months nothing ("between April 29 and June 26").
RANGE_DAYS = 7
# Two days from publication, counted from "yesterday" or "tomorrow".
# "the week of March 6", "the week ended March 13", "the week ending Friday", "the week to March 6"
WEEK_OF = (["of"], ["ended"], ["ending"], ["to"])
TWO_DAYS = {"day before yesterday": -2, "day after tomorrow": 2}
# Plural spans with a direction but no count name no date: "recent days", "the coming months".
PLURAL_UNITS = {"days", "weeks", "months", "years", "quarters", "decades", "times"}
PAST_CUES = {"recent", "recently", "past", "last", "previous", "prior", "ago", "earlier", "several"}
FUTURE_CUES = {"coming", "next", "future", "upcoming", "ahead", "following"}
# Spelled-out years ("nineteen ninety-six", "the year two thousand"), as broadcast transcripts write them.
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
CENTURIES = {"eighteen": 18, "nineteen": 19}
# Words around a numbered decade that keep it a decade: "the early 1980s", "the last half of the '80s".
DECADE_PARTS = {"the", "early", "mid", "late", "first", "second", "last", "latter", "half", "of", "part",
                "end", "beginning", "start", "middle", "much", "most", "all", "in", "during", "through",
                "throughout"}
CENTURY_WORDS = {"the", "century", "next"}  # "this century", "the next century", "last century"
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# A year phrase whose other words do not narrow it: "1990 and beyond", "a good part of 1990", "post-1959".
YEAR_ONLY_WORDS = {"the", "a", "an", "of", "and", "or", "beyond", "later", "post", "pre", "period", "good",
                   "part", "much", "most", "all", "whole", "full", "rest", "calendar", "in", "during",
                   "fiscal", "end", "year", "same"}


@cache
def cue_words(kind: str) -> frozenset[str]:
    """Words of one kind from data/date_cues.csv (schedule, hedge)."""
    return frozenset(row["word"] for row in load_table("date_cues", ("word", "kind"))
                     if row["kind"] == kind)


@dataclass(frozen=True)
class EventDate:
    """A resolved event date: `date` is ISO at the phrase's precision, or None when it cannot be resolved."""

    date: str | None
    date_text: str | None
    date_basis: str  # explicit | relative | publication


@lru_cache(maxsize=50_000)  # dateparser takes milliseconds a phrase; news repeats "on Monday"
def resolve_event_date(phrase: str | None, published: date | None, future: bool = False,
                       nearest: bool = False, past: bool = False, unit: str | None = None) -> EventDate:
    """Resolve `phrase` ("on Saturday", "last week", "February 24", "in 2014") against `published`.

    `future` prefers the coming date for an ambiguous phrase (an intended event: "will visit on Tuesday");
    `past`, for a phrase in a clause told in the past, reads a month-day within PAST_AHEAD_DAYS ahead as
    this year's (a date the act named); `nearest`, for a phrase read without its clause's tense, takes the
    month or month-day nearest
    publication (`unit` "Q": the sentence reports a quarter's figures, so "a year earlier" is that quarter a
    year back, see `reported_quarter`);
    publication; otherwise the past one (an event that happened).
    No phrase: the publication date with basis `publication`. No publication date: relative phrases stay
    unresolved (date None, the phrase kept); explicit ones with a year still resolve.
    """
    if not phrase:
        return EventDate(published.isoformat() if published else None, None, "publication")
    if slash_window(phrase):
        return EventDate(None, phrase, "explicit")  # "for April 15/May 15 shipment": a window, no one time
    bound = _bound(phrase)
    if bound is not None:  # "as early as Tuesday": the day, read ahead; "as recently as Friday": back
        rest, ahead = bound
        if ahead and past:
            ahead = None  # "officials knew as early as March": a past clause keeps its reading
        inner = resolve_event_date(rest, published, future=ahead if ahead is not None else future,
                                   nearest=nearest and ahead is None, past=past and ahead is None, unit=unit)
        return EventDate(inner.date, phrase, inner.date_basis)
    words = _words(phrase)
    named = _named_after_count(words)
    if named is not None:  # "ten years later in 2013": the year named, not a count from an unknown time
        inner = resolve_event_date(named, published, future=future, nearest=nearest, past=past, unit=unit)
        return EventDate(inner.date, phrase, inner.date_basis)
    basis = "relative" if RELATIVE_WORDS & set(words) and not _has_year(words) else "explicit"
    if published is None and (basis == "relative" or not _has_year(words)):
        return EventDate(None, phrase, basis)
    counted_back = bool(SOFT_ANCHORED & set(words))
    if SOFT_ANCHORED & set(words) and DEICTIC & set(words) and not ANCHORED - SOFT_ANCHORED & set(words):
        words = [w for w in words if w not in SOFT_ANCHORED]  # "earlier this month", "later on Sunday"
    two_days = TWO_DAYS.get(" ".join(w for w in words if w != "the"))
    if two_days is not None and published is not None:  # "the day before yesterday": anchored on publication
        return EventDate((published + timedelta(days=two_days)).isoformat(), phrase, "relative")
    if _part_of_the_week(phrase) and published is not None:
        return EventDate(_week_of_part(phrase.lower().split(), published, future), phrase, "relative")
    beside = _day_beside(phrase, words, published, future, nearest, past)
    if beside is not None:
        return beside
    if ANCHORED & set(words) and not _has_year(words):
        return EventDate(None, phrase, "relative")  # its anchor is another event: we do not guess it
    words = _within_month(_months_as_period(words))
    few = _few_days(words, published)
    if few is not None:
        return EventDate(few, phrase, "relative")
    if _counts_only(words) or _counted_span(words):
        return EventDate(None, phrase, basis)  # "five years", "the past six months": how long, not when
    quarter = reported_quarter(words, published) if unit == "Q" and published is not None else None
    if quarter is not None:
        return EventDate(quarter, phrase, "relative")
    base = published or date(1970, 1, 1)
    if future and base.weekday() == 6 and "this" in words and "week" in words and not counted_back:
        base += timedelta(days=1)  # "will meet this week" in a Sunday story: the week it opens
    at = words.index("week") if "week" in words else -1
    if at >= 0 and words[at + 1:at + 2] in WEEK_OF and set(words[:at]) <= {"the"}:
        inner = resolve_event_date(" ".join(words[at + 2:]), published, future, nearest, past)
        span = date_span(inner.date)
        if span is not None and span[0] == span[1]:  # "the week of March 6", "the week ended March 13"
            year, week, _ = span[0].isocalendar()
            return EventDate(f"{year}-W{week:02d}", phrase, inner.date_basis)
    nth = _week_of_month(words, published, future, nearest, past)
    if nth is not None:
        return EventDate(nth.date, phrase, nth.date_basis)
    ended = _year_ended(words, published, future, nearest, past)
    if ended is not None:
        return EventDate(ended.date, phrase, ended.date_basis)
    if _in_count(words) and not future:
        return EventDate(None, phrase, basis)  # "the first rise in two years": how long, not when
    holiday = _holiday(words, base, future)
    if holiday is not None:
        return EventDate(holiday, phrase, "explicit" if _has_year(words) else "relative")
    part_of_day = _part_of_day(words, base)
    if part_of_day is not None:
        return EventDate(part_of_day, phrase, "relative")
    seven_days = _past_seven_days(words, base)
    if seven_days is not None:
        return EventDate(seven_days, phrase, "relative")
    weekend = _weekend(words, base, future)
    if weekend is not None:
        return EventDate(weekend, phrase, "relative")
    named = _last_or_next_month(words, base)
    if named is not None:
        return EventDate(named, phrase, "relative")
    month_of_year = _month_of_year(words, base)
    if month_of_year is not None:
        return EventDate(month_of_year, phrase, basis)
    special = _calendar_value(words, base, future)
    if special is not None:
        if special == "PRESENT_REF":
            return EventDate(published.isoformat() if published else None, phrase, "relative")
        if special.endswith("_REF"):  # "recently", "in the future": no date to give
            return EventDate(None, phrase, "relative")
        return EventDate(special, phrase, basis)
    ordinal = _ordinal_day(words, base, future)
    if ordinal is not None:
        return EventDate(ordinal.isoformat(), phrase, "relative")
    weekday = _weekday_only(words)
    if weekday is not None and counted_back and weekday == base.weekday() and "next" not in words:
        return EventDate(base.isoformat(), phrase, "relative")  # "later Monday" in a Monday story: that day
    if weekday is not None:
        return EventDate(_nearest_weekday(weekday, base, words, future).isoformat(), phrase, "relative")
    cleaned = " ".join(w for w in words if w not in FILLER or (w in {"this", "past"} and "week" in words))
    if words and words[0] == "last" and len(words) == 2 and words[1] in MONTHS:
        cleaned = words[1]  # "last June": dateparser does not read it; the most recent June is meant
    if words[:1] == ["last"] and len(words) == 3 and words[1] in MONTHS and words[2].isdigit():
        # "last January 22": the most recent such day before the story
        last = _parser(base, False).get_date_data(" ".join(words[1:]))
        if last.date_obj is not None:
            found = last.date_obj.date()
            if found >= base:
                found = found.replace(year=found.year - 1)
            return EventDate(found.isoformat(), phrase, "relative")
    if set(words) & set(WEEKDAYS) and _names_month(words) and any(w.isdigit() and len(w) <= 2 for w in words):
        # "this coming Sunday, March 8": the month-day says which day; the weekday only repeats it
        cleaned = " ".join(w for w in cleaned.split() if w not in WEEKDAYS and w not in {"coming", "this"})
    data = _parser(base, future).get_date_data(cleaned)
    if data.date_obj is None:
        return EventDate(None, phrase, basis)
    day = data.date_obj.date()
    whole_month = (data.period or "day") == "month"
    undated_month = not _has_year(words) and _names_month(words) and published is not None
    if undated_month and (nearest or (past and not whole_month)) and not future and published is not None:
        day = _nearest_year(day, published, whole_month, NEAREST_AHEAD_DAYS if nearest else PAST_AHEAD_DAYS)
    elif undated_month and future and published is not None:
        back = _shift_year(day, -1)
        if back is not None and not whole_month and 0 <= (published - back).days <= FUTURE_BACK_DAYS:
            day = back  # "by Jan. 14" in a paper of Jan. 15; "on June 19" in a paper of June 19: that day
        elif back is not None and whole_month and back.replace(day=1) == published.replace(day=1):
            day = back  # "will meet in June" in a June paper: this June, not next year's
    return EventDate(_iso(day, data.period or "day"), phrase, basis)


WEEK_ORDINALS = {"first": 4, "second": 11, "third": 18, "fourth": 25}  # the middle day of each seven


def _week_of_month(words: list[str], published: date | None, future: bool, nearest: bool,
                   past: bool) -> EventDate | None:
    """"the first week of August", "the last week of March, 2009": the ISO week holding most of those seven
    days of the month."""
    at = 1 if words[:1] == ["the"] else 0
    if words[at + 1:at + 3] != ["week", "of"] or (words[at] not in WEEK_ORDINALS and words[at] != "last"):
        return None
    inner = resolve_event_date(" ".join(words[at + 3:]), published, future, nearest, past)
    if inner.date is None or not re.fullmatch(r"\d{4}-\d\d", inner.date):
        return None
    span = date_span(inner.date)
    if span is None:
        return None
    last = words[at] == "last"
    middle = span[1] - timedelta(days=3) if last else span[0].replace(day=WEEK_ORDINALS[words[at]])
    return EventDate(_iso(middle, "week"), None, inner.date_basis)


# Words before a date that bound when something happens without moving the date, and which way they point:
# "as early as Tuesday" and "as soon as next week" look ahead (unless the clause is told in the past:
# "officials knew as early as March"), "as recently as Friday" back; "as late as" goes with the clause.
BOUNDS = {("as", "early", "as"): True, ("as", "soon", "as"): True, ("no", "later", "than"): True,
          ("as", "recently", "as"): False, ("as", "late", "as"): None}


def _bound(phrase: str) -> tuple[str, bool | None] | None:
    """The rest of a phrase opening with a bound ("as early as Tuesday" -> ("Tuesday", True)), or None."""
    found = re.match(r"\s*(\w+)\s+(\w+)\s+(\w+)\s+(\S.*)$", phrase)
    if not found:
        return None
    key = (found.group(1).lower(), found.group(2).lower(), found.group(3).lower())
    if key not in BOUNDS:
        return None
    return found.group(4), BOUNDS[key]


def _year_ended(words: list[str], published: date | None, future: bool, nearest: bool,
                past: bool) -> EventDate | None:
    """"the year ended Dec. 31", "the fiscal year ending June 30", "the year to March 31": the year a day or
    month ends, named by the year it ends in (as "fiscal 1988" names the fiscal year ending in 1988)."""
    at = words.index("year") if "year" in words else -1
    if at < 0 or words[at + 1:at + 2] not in (["ended"], ["ending"], ["to"]) or not set(words[:at]) <= {
            "the", "fiscal", "financial", "a", "its", "their"}:
        return None
    done = words[at + 1] == "ended"  # "ended": a day gone, whatever the clause's tense
    inner = resolve_event_date(" ".join(words[at + 2:]), published, future and not done, nearest and not done,
                               past and not done)
    span = date_span(inner.date)
    if span is None or (span[1] - span[0]).days > 31:
        return None
    return EventDate(f"{span[1].year:04d}", None, inner.date_basis)


def _in_count(words: list[str]) -> bool:
    """"in two years", "in a week": a count after "in", which is a time ahead in a clause that looks ahead
    ("will decide in two weeks") and how long otherwise ("the first rise in two years")."""
    return words[:1] == ["in"] and _counts_only(words[1:])


def _day_beside(phrase: str, words: list[str], published: date | None, future: bool, nearest: bool,
                past: bool) -> EventDate | None:
    """"the day before last Tuesday", "the day after Christmas", "the day before March 5": the day next to a
    day the rest of the phrase names. None when the rest names no single day ("the day before the vote")."""
    at = 1 if words[:1] == ["the"] else 0
    if words[at:at + 1] != ["day"] or words[at + 1:at + 2] not in (["before"], ["after"]) or \
            len(words) < at + 3:
        return None
    inner = resolve_event_date(" ".join(words[at + 2:]), published, future, nearest, past)
    if inner.date is None or len(inner.date) != 10:
        return None
    step = -1 if words[at + 1] == "before" else 1
    day = date.fromisoformat(inner.date) + timedelta(days=step)
    return EventDate(day.isoformat(), phrase, inner.date_basis)


def _counted_span(words: list[str]) -> bool:
    """"the past six months", "the last two weeks", "the next 14 months": a span of counted units running up
    to (or from) publication, which TimeML reads as a duration (P6M), not a date."""
    units = [w for w in words if w in PLURAL_UNITS]
    counted = any(w.isdigit() and len(w) < 4 for w in words) or bool(
        set(words) & (UNITS.keys() | TEENS.keys() | TENS.keys() | {"several", "few"}))
    return bool(units) and counted and bool(set(words) & SPAN_DIRECTIONS) and "ago" not in words


def _months_as_period(words: list[str]) -> list[str]:
    """"the first six months of 1987" -> "the first half of 1987", "the last three months of the year" ->
    "the fourth quarter of the year", "the first two quarters of 1990" -> "the first half of 1990": leading
    or closing months of a year are its half or quarter (a span without "of" stays a span: "the last six
    months")."""
    for i in range(len(words) - 3):
        edge, number, unit, of = words[i:i + 4]
        size = {"three": 3, "3": 3, "six": 6, "6": 6}.get(number) if unit == "months" else \
            {"two": 6, "2": 6}.get(number) if unit == "quarters" else None
        if edge in {"first", "last", "final"} and size and of == "of" and not any(
                w in MONTHS or w in MONTH_ABBREVIATIONS for w in words[i + 4:]):
            part = ("first" if edge == "first" else "second" if size == 6 else "fourth",
                    "half" if size == 6 else "quarter")
            return words[:i] + list(part) + words[i + 3:]
    return words


def _within_month(words: list[str]) -> list[str]:
    """"the first half of March", "the month of February": a part of a named month is that month (TimeML
    has no finer value than the month); the words that name the part are dropped. So is the half of a month
    told by "month": "the first half of next month" is next month, not the year's first half."""
    if "half" in words and "month" in words and "year" not in words:
        at = words.index("half")  # only the ordinal of "half" goes: "second half of last month" is last
        return [w for i, w in enumerate(words) if i != at and not (
            i == at - 1 and w in {"first", "second", "last", "latter"})]
    if not any(w in MONTHS or w in MONTH_ABBREVIATIONS for w in words) or any(
            w.isdigit() and len(w) <= 2 for w in words):
        return words
    if "half" in words:
        return [w for w in words if w not in {"first", "second", "last", "latter", "half"}]
    if "month" in words:
        return [w for w in words if w != "month"]
    return words


def _counts_only(words: list[str]) -> bool:
    """"five years", "10 days", "a year", "several months": a count of units and nothing saying when."""
    units = [w for w in words if w in COUNT_UNITS]
    counted = any(w.isdigit() and len(w) < 4 for w in words) or bool(
        set(words) & (UNITS.keys() | TEENS.keys() | TENS.keys() | {"a", "an", "several", "few", "many"}))
    small_number = {w for w in words if w.isdigit() and len(w) < 4}
    return bool(units) and counted and all(w in COUNT_WORDS | COUNT_UNITS | small_number for w in words)


@cache
def _holidays() -> dict[str, tuple[str, int, int, int]]:
    """data/holidays.csv: name -> (rule, month, day, offset)."""
    rows = load_table("holidays", ("name", "rule"))
    return {row["name"]: (row["rule"], int(row["month"] or 0), int(row["day"] or 0), int(row["offset"] or 0))
            for row in rows}


def _holiday_in(year: int, rule: tuple[str, int, int, int]) -> date:
    kind, month, day, offset = rule
    if kind == "thanksgiving_us":
        first = date(year, 11, 1)
        found = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    elif kind == "easter":
        found = easter(year)
    else:
        found = date(year, month, day)
    return found + timedelta(days=offset)


def _holiday(words: list[str], base: date, future: bool) -> str | None:
    """"Christmas Day", "last Thanksgiving", "Easter Sunday 1998", "next New Year's Eve": the holiday's
    day in the year named, else the most recent one (the coming one for "next" and intended events);
    "Easter week", "Christmas week": the ISO week holding that day."""
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    key = " ".join(w for w in words if w not in {"the", "on", "last", "next", "this", "coming", "past"}
                   and w != str(year))
    if key.endswith(" week") and key[:-5] in _holidays():  # "Easter week", "Christmas week": its ISO week
        found = _holiday([w for w in words if w != "week"], base + timedelta(days=6), future)  # a week begun
        return _iso(date.fromisoformat(found), "week") if found is not None else None
    if key not in _holidays():
        return None
    rule = _holidays()[key]
    if year is not None:
        return _holiday_in(year, rule).isoformat()
    this_year = _holiday_in(base.year, rule)
    ahead = "next" in words or "coming" in words or (future and "last" not in words)
    if ahead:
        day = this_year if this_year > base else _holiday_in(base.year + 1, rule)
    else:
        day = this_year if this_year <= base and not ("last" in words and this_year == base) \
            else _holiday_in(base.year - 1, rule)
    return day.isoformat()


# "the next few days", "the coming days", "the past several days": a few days on either side of publication.
FEW_DAYS_AHEAD = {("next", "few"), ("next", "several"), ("coming", "few"), ("coming", "several"), ("coming",),
                  ("next", "couple", "of")}
FEW_DAYS_BACK = {("past", "few"), ("past", "several"), ("last", "few"), ("last", "several"), ("recent",),
                 ("past", "couple", "of"), ("last", "couple", "of")}
FEW_DAYS_OFFSET = 3  # the middle of "a few days"


def _few_days(words: list[str], published: date | None) -> str | None:
    """"in the next few days", "in the coming days" (ahead), "over the past few days", "in recent days"
    (back): a short span from publication, as the ISO week holding its middle day (three days on)."""
    rest = tuple(w for w in words if w not in {"in", "within", "over", "during", "the", "for"})
    if published is None or rest[-1:] != ("days",):
        return None
    if rest[:-1] in FEW_DAYS_AHEAD:
        return _iso(published + timedelta(days=FEW_DAYS_OFFSET), "week")
    if rest[:-1] in FEW_DAYS_BACK:
        return _iso(published - timedelta(days=FEW_DAYS_OFFSET), "week")
    return None


def _part_of_day(words: list[str], base: date) -> str | None:
    """"last night" is the day before publication; "this morning", "this evening" the publication day."""
    parts = {"morning", "afternoon", "evening", "night", "overnight"}
    if len(words) == 2 and words[1] in parts and words[0] in {"last", "this"}:
        return (base - timedelta(days=1) if words[0] == "last" else base).isoformat()
    return None


def _weekend(words: list[str], base: date, future: bool) -> str | None:
    """"the weekend", "this weekend", "over the weekend", "last weekend", "next weekend": the ISO week of
    that weekend's Saturday (the most recent one, or the coming one for "next" and intended events)."""
    if "weekend" not in words or not set(words) <= {"weekend", "this", "last", "next", "coming", "past",
                                                    "over", *FILLER}:
        return None
    saturday = 5
    if "next" in words or "coming" in words or (future and "last" not in words and "past" not in words):
        day = base + timedelta(days=(saturday - base.weekday()) % 7 or 7)
        if "this" in words and base.weekday() == 6:
            day = base - timedelta(days=1)
    else:
        day = base - timedelta(days=(base.weekday() - saturday) % 7)
        if "last" in words and base.weekday() in {5, 6}:
            day -= timedelta(days=7)
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _past_seven_days(words: list[str], base: date) -> str | None:
    """"the past week", "the last week", "this past week": the seven days up to publication, as the ISO week
    holding most of them (this week from Thursday on, the one before early in the week); a bare "last week"
    is the week before publication's."""
    rest = [w for w in words if w not in {"in", "during", "over", "for", "of"}]
    if rest not in (["the", "past", "week"], ["the", "last", "week"], ["this", "past", "week"]):
        return None
    return _iso(base - timedelta(days=3), "week")


def _last_or_next_month(words: list[str], base: date) -> str | None:
    """"last September", "in early next January", "this coming June": the most recent such month before the
    story's month, or the first after it, whatever the clause's tense ("will ask for the data it requested
    last September" is the September past). "last March" in a March story is a year back."""
    rest = [w for w in words if w not in FILLER - {"this", "past"}]
    if len(rest) != 2 and rest[:2] != ["this", "coming"]:
        return None
    direction, name = (rest[0], rest[1]) if len(rest) == 2 else ("next", rest[2] if len(rest) == 3 else "")
    if name not in MONTHS or direction not in {"last", "next", "past", "coming"}:
        return None
    month = MONTHS.index(name) + 1
    if direction in {"last", "past"}:
        year = base.year if month < base.month else base.year - 1
    else:
        year = base.year if month > base.month else base.year + 1
    return f"{year:04d}-{month:02d}"


def month_number(word: str) -> int | None:
    """The month a lower-case word names ("december", "dec", "sept" → 12, 12, 9), None for any other word."""
    return next((i + 1 for i, m in enumerate(MONTHS)
                 if word == m or (word in MONTH_ABBREVIATIONS and m.startswith(word))), None)


def _month_of_year(words: list[str], base: date) -> str | None:
    """"this September", "June last year", "March next year", "May 5 this year", "May a year ago": a month (or
    month-day) in the year the phrase names relative to publication."""
    month = next((n for n in map(month_number, words) if n is not None), None)
    if month is None or _has_year(words):
        return None
    rest = set(words) - set(MONTHS) - MONTH_ABBREVIATIONS - FILLER
    if "year" in words and rest <= {"year", "last", "next", "this", "s"} | {w for w in words if w.isdigit()}:
        year = base.year + (-1 if "last" in words else 1 if "next" in words else 0)
    elif words[0] == "this" and not rest - {w for w in words if w.isdigit()}:
        year = base.year
    elif rest in ({"a", "year", "ago"}, {"one", "year", "ago"}) and words[-2:] == ["year", "ago"]:
        # "May a year ago" in a report of May's figures: the most recent May, a year back
        year = (base.year if month <= base.month else base.year - 1) - 1
    else:
        return None
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if len(days) == 1:
        try:
            return date(year, month, days[0]).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}" if not days else None


def _names_month(words: list[str]) -> bool:
    return any(w in MONTHS or w in MONTH_ABBREVIATIONS for w in words) and not {"last", "next"} & set(words)


def _nearest_year(day: date, published: date, whole_month: bool = False,
                  ahead_days: int = NEAREST_AHEAD_DAYS) -> date:
    """A month or month-day without a year is the occurrence nearest publication: "Nov. 6" in a paper of
    Nov. 2 is four days ahead, not a year back; "Dec. 7" in March is last December. A whole month counts
    from its first day ("April" in a paper of Dec. 5 begins within four months). Ahead at most
    `ahead_days`."""
    ahead = _shift_year(day, 1)
    if ahead is None:
        return day
    start = ahead.replace(day=1) if whole_month else ahead
    if (published - day).days > 183 and (start - published).days <= ahead_days:
        return ahead
    return day


def _shift_year(day: date, years: int) -> date | None:
    """The same day `years` later (None for Feb. 29 in a year without it)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return None


# A day or month joined by a slash to a month ("April 15/May 15", "15/May 15" as the NER may cut it, "the
# July 1986/June 1987 marketing year"): a window of shipment or a season of trade, not one time.
SLASH_WINDOW = re.compile(r"[\w.]\s*/\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def slash_window(phrase: str) -> bool:
    """Is the phrase two times joined by a slash ("April 15/May 15", "15/May 15"): a window such as a
    shipment period, which dates no act (read as one date, the cut "15/May 15" was the year 1915)?"""
    return SLASH_WINDOW.search(phrase) is not None


def names_a_time(phrase: str) -> bool:
    """Does a DATE phrase say when ("on Saturday", "last week", "in 2014", or counted from a time the text
    has told: "the same day", "two days later", "later that year"), not how long ("two hours")? Not a window
    joined by a slash (`slash_window`)."""
    if slash_window(phrase):
        return False
    if is_anchored(phrase):
        return True
    words = _words(phrase)
    holiday = _holiday(words, date(2000, 1, 1), False) is not None
    return (bool(WHEN_WORDS & set(words)) or holiday or _has_year(words) or any(w in MONTHS for w in words)
            or any(w in MONTH_ABBREVIATIONS for w in words) or _names_period(words)
            or bool(SEASONS.keys() & set(words)) or _part_of_the_month(phrase) or _part_of_the_week(phrase))


# The parts of "the month" a story tells as its own month's: "at the end of the month", "by the middle of
# the month" ("the month" alone is as often a month the text has told, and stays unread).
MONTH_PARTS = {"end", "beginning", "start", "middle", "close"}


def _part_of_the_week(phrase: str) -> bool:
    """"the end of the week", "at the beginning of the week": a part of the story's week (news usage), as
    "the end of the month" is of its month."""
    words = phrase.lower().split()
    return len(words) >= 4 and words[-4] in MONTH_PARTS and words[-3:] == ["of", "the", "week"]


LATE_PARTS = {"end", "close", "middle"}  # parts of a week that a story early in the week has not reached


def _week_of_part(words: list[str], base: date, future: bool) -> str | None:
    """The ISO week "the end / beginning of the week" names: the story's own week when it is ahead ("will
    meet at the end of the week") or already reached; a coming beginning once the week is under way is the
    next week's. A late part told as done early in the week (on a Monday, "rose at the end of the week") may
    be last week's: unread (None) rather than guessed."""
    late = bool(LATE_PARTS & set(words))
    day = base
    if future and not late and base.weekday() >= 1:
        day = base + timedelta(days=7)  # "talks resume at the start of the week" told on a Thursday
    elif not future and late and base.weekday() < 3:
        return None
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def part_of_the_year(phrase: str) -> bool:
    """"the end of the year", "the middle of the year": a part of the story's year. Only a deadline on an act
    still to come reads it so ("will sign by the end of the year"): told of a past act early in a year it is
    as often the year before, so `names_a_time` leaves it unread."""
    words = phrase.lower().split()
    return len(words) >= 4 and words[-4] in MONTH_PARTS and words[-3:] == ["of", "the", "year"]


def _part_of_the_month(phrase: str) -> bool:
    """"the end of the month", "the middle of the month": the current month's part (news usage)."""
    words = phrase.lower().split()
    return len(words) >= 4 and words[-4] in MONTH_PARTS and words[-3:] == ["of", "the", "month"]


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Could two resolved dates be the same day? Unknown is compatible; "2022-03" contains "2022-03-05",
    "2022-Q1" contains "2022-02"."""
    if a is None or b is None:
        return True
    yearless_a, yearless_b = yearless_span(a) or _month_days(a), yearless_span(b) or _month_days(b)
    if yearless_a is not None and yearless_b is not None and YEARLESS in a + b:
        # "XXXX-03-11" against "XXXX-03-12" or "2016-05-02": days of the year that differ are two days
        return yearless_a[0] <= yearless_b[1] and yearless_b[0] <= yearless_a[1]
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return True
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def date_span(iso: str | None) -> tuple[date, date] | None:
    """The first and last day a resolved date covers: a day, an ISO week, a month or a year."""
    if not iso:
        return None
    try:
        if iso[5:6] in {"Q", "H"} or iso[5:] in SEASON_MONTH:
            return _period_span(int(iso[:4]), iso[5:])
        if "W" in iso:
            first = date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1)
            return first, first + timedelta(days=6)
        if len(iso) == 3:  # a decade: "199"
            return date(int(iso) * 10, 1, 1), date(int(iso) * 10 + 9, 12, 31)
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


def _period_span(year: int, period: str) -> tuple[date, date]:
    """First and last day of a quarter (Q1..Q4), half (H1, H2) or season (SP, SU, FA, WI: Dec-Feb)."""
    if period in SEASON_MONTH:
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[period]
        months = 3
    else:
        months = 3 if period[0] == "Q" else 6
        first_month = (int(period[1]) - 1) * months + 1
    first = date(year, first_month, 1)
    end_month = first_month + months
    following = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)




def _words(phrase: str) -> list[str]:
    """The phrase's words, lower-case: possessive "'s" dropped ("Friday's"), spelled-out years as digits
    ("nineteen ninety-six" -> 1996), hedges dropped ("almost four years ago", "the beginning of October")."""
    phrase = re.sub(r"\b(\d{3}[1-9])['’]s\b", r"\1", phrase)  # "February 1986's": a possessive, no decade
    words = re.findall(r"[a-z]+|\d+", phrase.lower())
    words = [w for i, w in enumerate(words) if not (w == "s" and i and not words[i - 1].isdigit())]
    hedges = cue_words("hedge")
    words = [w for w in _spelled_days(_spelled_years(_without_clock(words))) if w not in hedges]
    return _range_start(_back_as_ago(_without_or_so(words)))


def _without_or_so(words: list[str]) -> list[str]:
    """"a week or so ago" -> "a week ago", "the next year or so" -> "the next year": "or so" after a unit of
    time makes it approximate without moving it."""
    return [w for i, w in enumerate(words) if not (
        (w == "or" and words[i + 1:i + 2] == ["so"] and i and words[i - 1] in COUNT_UNITS | PLURAL_UNITS)
        or (w == "so" and i > 1 and words[i - 1] == "or" and words[i - 2] in COUNT_UNITS | PLURAL_UNITS))]


def _back_as_ago(words: list[str]) -> list[str]:
    """"three days back", "a year back" (South Asian English) -> "... ago": "back" after a unit of time."""
    return ["ago" if w == "back" and i and words[i - 1] in COUNT_UNITS else w for i, w in enumerate(words)]


def _range_start(words: list[str]) -> list[str]:
    """"the intervening night of May 1 and 2", "April 30-May 1", "between March 5 and 10": a range of days
    dates the day it begins (the year named after it kept)."""
    def is_day(w: str) -> bool:
        return w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31

    def is_month(w: str) -> bool:
        return w in MONTHS or w in MONTH_ABBREVIATIONS

    core = [w for w in words if w not in RANGE_WORDS]
    years = [w for w in core if len(w) == 4 and w.isdigit()]
    core = [w for w in core if w not in years]
    if len(core) == 3 and is_month(core[0]) and is_day(core[1]) and is_day(core[2]):
        length = int(core[2]) - int(core[1])
        if 0 < length <= RANGE_DAYS:
            return core[:2] + years  # "May 1 and 2", "May 1-2"
        if length > RANGE_DAYS:
            return core[:1] + years  # "May 1-20": the month
    if len(core) == 2 and is_month(core[0]) and is_month(core[1]) and years and \
            _month_number(core[1]) - _month_number(core[0]) == 1:
        # "from May to June 2016", "in May and June 2016": two months running, dated by the one they begin
        # (a longer run is a quarter, a half or no one time: "between January and September 2016")
        return core[:1] + years
    if len(core) == 4 and is_month(core[0]) and is_day(core[1]) and is_month(core[2]) and is_day(core[3]):
        first, last = _month_number(core[0]), _month_number(core[2])
        length = int(core[3]) - int(core[1])
        if ((last - first) % 12 == 0 and 0 < length <= RANGE_DAYS) or (
                (last - first) % 12 == 1 and int(core[3]) <= RANGE_DAYS):
            return core[:2] + years  # "April 30-May 1", "from March 2 to March 7"
    return words


def _named_after_count(words: list[str]) -> str | None:
    """"ten years later in 2013", "two months earlier, in March 1998": a time counted from another that then
    names itself with a year; the named part after the last "in" or "on", when it holds the year."""
    if not ANCHORED & set(words) or not _has_year(words):
        return None
    at = max((i for i, w in enumerate(words) if w in {"in", "on"}), default=-1)
    tail = words[at + 1:]
    if at < 0 or not _has_year(tail) or ANCHORED & set(tail):
        return None
    return " ".join(tail)


def _month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation."""
    return next(i + 1 for i, m in enumerate(MONTHS)
                if word == m or (word in MONTH_ABBREVIATIONS and m.startswith(word)))


DAY_ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth"))} | {"thirtieth": 30}


def _spelled_days(words: list[str]) -> list[str]:
    """"March eighth" -> "march 8", "the twentieth of May" -> "the 20 of may": a spelled ordinal right after
    a month or before "of" and a month ("the first half of May" stays)."""
    return [str(DAY_ORDINALS[w]) if w in DAY_ORDINALS and (
        (i and words[i - 1] in MONTHS) or (words[i + 1:i + 2] == ["of"] and words[i + 2:i + 3] and (
            words[i + 2] in MONTHS or words[i + 2] in MONTH_ABBREVIATIONS))) else w
            for i, w in enumerate(words)]


def _ordinal_day(words: list[str], base: date, future: bool) -> date | None:
    """"on the 3rd", "the 21st": a day of the month with no month named, the nearest such day on or before
    publication (on or after it in a clause that looks ahead)."""
    rest = [w for w in words if w not in {"the", "on", "of", "early", "late", "by"}]
    if len(rest) != 2 or not rest[0].isdigit() or rest[1] not in {"st", "nd", "rd", "th"}:
        return None
    number = int(rest[0])
    if not 1 <= number <= 31:
        return None
    month_index = base.year * 12 + base.month - 1
    step = 1 if future else -1
    if (number < base.day) if future else (number > base.day):
        month_index += step
    for _ in range(3):  # "the 31st" skips a month without one
        try:
            return date(month_index // 12, month_index % 12 + 1, number)
        except ValueError:
            month_index += step
    return None


def _without_clock(words: list[str]) -> list[str]:
    """The words without times of day, which never say which day: "9 a.m. Tuesday" -> "tuesday", "at 1115
    est" -> "at", "10:30 p.m. Monday" -> "monday", "0900 GMT", "1430 local time" (date_cues.csv `clock`)."""
    clock = cue_words("clock")
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].isdigit() and len(words[j]) <= 4 and j - i < 2:
            j += 1  # "10 30" of "10:30"
        if j > i and words[j:j + 2] in (["a", "m"], ["p", "m"]):
            j += 2
        elif j > i and j < len(words) and words[j] in clock:
            j += 1
        else:
            out.append(words[i])
            i += 1
            continue
        while j < len(words) and (words[j] in clock or (words[j] == "time" and words[j - 1] == "local")):
            j += 1  # "a.m. EDT", "local time"
        i = j
    return out


def _spelled_years(words: list[str]) -> list[str]:
    """"nineteen ninety-six" -> "1996", "nineteen seventy" -> "1970", "two thousand" -> "2000"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w, following = words[i], words[i + 1] if i + 1 < len(words) else ""
        if w in CENTURIES and following in TENS:
            year = CENTURIES[w] * 100 + TENS[following]
            i += 2
            if i < len(words) and words[i] in UNITS:
                year += UNITS[words[i]]
                i += 1
            out.append(str(year))
            continue
        if w == "two" and following == "thousand":
            year, i = 2000, i + 2
            if i < len(words) and words[i] == "and":
                i += 1
            if i < len(words) and (words[i] in UNITS or words[i] in TEENS):
                year += UNITS.get(words[i]) or TEENS[words[i]]
                i += 1
            out.append(str(year))
            continue
        out.append(w)
        i += 1
    return out


def dateline_day(dateline: str | None, published: date | None) -> date | None:
    """The day a dateline names ("WELLINGTON, Feb 27 -", "BEIRUT, May 2 (Reuters) -"): the story's own day,
    which a wire's publication stamp may miss by a day or two across time zones. Read in the year that
    puts it nearest publication; None when the dateline names no day or one more than a week away."""
    if not dateline or published is None:
        return None
    match = re.search(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b[^,]*$", dateline)
    if not match:
        return None
    name = match.group(1).lower()
    month = next((i + 1 for i, m in enumerate(MONTHS) if m == name or (len(name) >= 3 and m.startswith(name)
                                                                      and name in MONTH_ABBREVIATIONS)), None)
    if month is None:
        return None
    best: date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day = date(year, month, int(match.group(2)))
        except ValueError:
            continue
        if best is None or abs((day - published).days) < abs((best - published).days):
            best = day
    return best if best is not None and abs((best - published).days) <= 7 else None


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


# Phrases that count from a time the text has just told, not from publication ("the following year", "later
# that year", "two days later", "the next morning"): the unit counted, by its word.
ANCHOR_UNITS = {"day": "day", "days": "day", "morning": "day", "afternoon": "day", "evening": "day",
                "night": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
                "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year"}
ANAPHORIC = {"that", "same"}  # "that day", "later that year", "the same month": the time just told itself
# "later in the day", "a great day for Poland": a bare "day" is the day the text has just told
BARE_DAY = frozenset({"the", "day"})
FORWARD = {"following", "later", "after", "next", "subsequent", "ensuing"}
BACKWARD = {"previous", "earlier", "before", "prior", "preceding"}
# Units whose "the next" counts from the time just told, not from publication: "the next day" is the day
# after the event ("the next week" and "next year" count from publication).
NEXT_FROM_EVENT = {"day", "morning", "afternoon", "evening", "night"}
# How fine a value is, to count a unit from it only when it is at least as fine ("the next day" needs a day).
PRECISION = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _precision(iso: str) -> str | None:
    """The unit of a resolved value: day, week, month, quarter (a quarter, half or season) or year."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d", iso):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", iso):
        return "month"
    if re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)", iso):
        return "quarter"
    return "year" if re.fullmatch(r"\d{4}", iso) else None


def is_anchored(phrase: str) -> bool:
    """Does the phrase count from a time the text has just told ("the following year", "later that year",
    "two days later", "that day"), not from publication?"""
    words = _words(phrase)
    if _weekday_from_told(words) is not None:
        return True
    units = [ANCHOR_UNITS[w] for w in words if w in ANCHOR_UNITS]
    if len(units) != 1 or _has_year(words) or any(w in MONTHS or w in WEEKDAYS for w in words) or \
            DEICTIC - {"next"} & set(words) or words[-1:] == ["period"]:
        return False  # "earlier this year", "a year ago": from publication
    if ANAPHORIC & set(words) or set(words) <= BARE_DAY:
        return True
    if units[0] == "day":  # "the next day", "a day earlier", "the day before"
        return bool((FORWARD | BACKWARD) & set(words))
    # "a year earlier", "the previous year" count from publication in news (a report's comparison)
    return bool((FORWARD - {"next"}) & set(words))


# Words that count a weekday from the day the text has just told: "the previous Friday", "the following
# Tuesday" ("next Tuesday" counts from publication).
WEEKDAY_FROM_TOLD = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "ensuing": 1}


def _weekday_from_told(words: list[str]) -> tuple[int, int] | None:
    """(weekday, direction) of "the previous Friday", "on the following Tuesday": a weekday before or after
    the day just told; None for any other phrase."""
    rest = [w for w in words if w not in {"the", "on"}]
    if len(rest) != 2 or rest[0] not in WEEKDAY_FROM_TOLD or rest[1] not in WEEKDAYS:
        return None
    return WEEKDAYS.index(rest[1]), WEEKDAY_FROM_TOLD[rest[0]]


# A year of 366 days on which a yearless month-day is read ("February 29" too); its year is then written XXXX.
YEARLESS_BASE = date(2000, 12, 31)
YEARLESS = "XXXX"  # TimeML's unknown year: "XXXX-03-11", "XXXX-07"


def yearless_date(phrase: str | None) -> str | None:
    """The value of a month-day or month phrase that names no year ("March 11", "the night of July 5",
    "mid-December", "in October") in TimeML's yearless form, "XXXX-03-11", "XXXX-12": what the text says of
    a story with no publication date and no year told. None for any other phrase (a weekday, "yesterday",
    "last June", a count from another time, a year)."""
    if not phrase:
        return None
    words = _words(phrase)
    if not _has_year(words) and not cue_words("not_yearless") & set(words):
        fixed = _fixed_holiday(words)
        if fixed is not None:
            return YEARLESS + fixed  # "on Christmas Eve": the holiday's month-day, "XXXX-12-24"
    if _has_year(words) or not any(month_number(w) is not None for w in words) or \
            cue_words("not_yearless") & set(words):
        return None  # a year the calendar reads; no month; a count from another time ("last June")
    value = resolve_event_date(phrase, YEARLESS_BASE, past=True).date
    if value is None or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        return None  # a week, a season, a range across months: nothing a yearless value can keep
    if len(value) == 10 and int(value[8:]) not in {int(w) for w in words if w.isdigit()}:
        return None  # the calendar read a day the phrase does not write ("One June 10" as June 1)
    return YEARLESS + value[4:]


# The words of a month counted from the report's own day ("earlier this month", "last month", "in early
# this month"): "this" or "last" and "month" must be there; not "later" (a time still to come).
REPORT_MONTH_WORDS = {"this", "last", "month", "earlier", "early", "late", "mid", "in", "the", "of", "during",
                      "beginning", "end", "middle", "start"}


def month_from_day(phrase: str, anchor: str) -> str | None:
    """The month a phrase counted from the report's day names ("earlier this month", "last month"), counted
    from `anchor`, the report's day as ISO ("2010-01-26") or TimeML's yearless form ("XXXX-01-26": the
    month alone, "XXXX-01", "XXXX-12" for last month); None for any other phrase or anchor."""
    words = set(_words(phrase))
    if "month" not in words or not words & {"this", "last"} or not words <= REPORT_MONTH_WORDS:
        return None
    yearless = anchor.startswith(YEARLESS + "-")
    try:
        base = date.fromisoformat(str(YEARLESS_BASE.year) + anchor[4:] if yearless else anchor)
    except ValueError:
        return None  # not a day: a month or a week names no day to count from
    value = resolve_event_date(phrase, base, past=True).date
    if value is None or not re.fullmatch(r"\d{4}-\d{2}", value):
        return None
    return YEARLESS + value[4:] if yearless else value


def _fixed_holiday(words: list[str]) -> str | None:
    """The "-MM-DD" of a holiday held on one month-day every year that the words name and nothing else
    ("Christmas Eve", "on New Year's Day": "-12-24", "-01-01"; data/holidays.csv rule `fixed`), else None:
    a movable feast ("Easter") has no month-day without its year."""
    key = " ".join(w for w in words if w not in {"the", "on"})
    rule = _holidays().get(key)
    if rule is None or rule[0] != "fixed":
        return None
    return _holiday_in(YEARLESS_BASE.year, rule).isoformat()[4:]


def _month_days(value: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (month, day) a dated value covers within one calendar year, else None."""
    span = date_span(value)
    if span is None or span[0].year != span[1].year:
        return None
    return (span[0].month, span[0].day), (span[1].month, span[1].day)


def yearless_span(value: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (month, day) a yearless value covers ("XXXX-03" -> (3, 1), (3, 31)), None for a
    value with a year."""
    if not value.startswith(YEARLESS + "-"):
        return None
    span = date_span(str(YEARLESS_BASE.year) + value[4:])
    return ((span[0].month, span[0].day), (span[1].month, span[1].day)) if span else None


def anchored_date(phrase: str, anchor: str | None) -> str | None:
    """A phrase counting from a time the text has just told, resolved against that time's value `anchor`:
    "the following year" after "May 22, 1995" -> 1996, "later that year" after "June 1998" -> 1998, "two days
    later" after 1998-03-03 -> 1998-03-05, "the next morning" the day after, "that day" the anchor's day.
    The answer has the phrase's unit. None when the phrase does not count from such a time, or the anchor is
    coarser than the unit counted ("the next day" after "in 1995")."""
    if not anchor or not is_anchored(phrase):
        return None
    if anchor.startswith(YEARLESS + "-"):
        # "the same day", "two days later" after "on March 2" in a story of no year: read on a year, kept
        # yearless; a count of years or weeks has nothing to give
        value = anchored_date(phrase, str(YEARLESS_BASE.year) + anchor[4:])
        return YEARLESS + value[4:] if value and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value) else None
    words = _words(phrase)
    weekday = _weekday_from_told(words)
    if weekday is not None:  # "the previous Friday": the last Friday before the day told
        if _precision(anchor) != "day":
            return None
        told = date.fromisoformat(anchor)
        gap = ((weekday[0] - told.weekday()) * weekday[1]) % 7 or 7  # days to it, never the day itself
        step = gap * weekday[1]
        return (told + timedelta(days=step)).isoformat()
    word = next(w for w in words if w in ANCHOR_UNITS)
    unit, given = ANCHOR_UNITS[word], _precision(anchor)
    span = date_span(anchor)
    if given is None or span is None or PRECISION[given] > PRECISION[unit]:
        return None
    rest = set(words) - {word, "the", "a", "an", "of", "on", "in", "early", "late", "that", "same", "one"}
    spelled = UNITS | TEENS | TENS
    numbers = [int(w) if w.isdigit() else spelled[w] for w in words
               if (w.isdigit() and len(w) < 4) or w in spelled]
    if rest - FORWARD - BACKWARD - {str(n) for n in numbers} - spelled.keys() or len(numbers) > 1:
        return None  # "the following several years", "two and a half years later": no single count
    if ANAPHORIC & set(words) or set(words) <= BARE_DAY:
        step = 0  # "later that year": within the year told; "later in the day": the day told
    elif FORWARD & set(words) and not BACKWARD & set(words):
        step = numbers[0] if numbers else 1
    elif BACKWARD & set(words) and not FORWARD & set(words):
        step = -(numbers[0] if numbers else 1)
    else:
        return None
    first = span[0]
    if unit == "day":
        return (first + timedelta(days=step)).isoformat()
    if unit == "week":
        return _iso(first + timedelta(weeks=step), "week")
    if unit == "year":
        return f"{first.year + step:04d}"
    size = 3 if unit == "quarter" else 1
    if unit == "quarter" and anchor[5:6] != "Q" and given != "month" and given != "day":
        return None  # a half or season is no quarter to count from
    index = first.year * 12 + first.month - 1 + step * size
    if unit == "month":
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{index // 12:04d}-Q{index % 12 // 3 + 1}"


def timex_value(phrase: str, published: date, future: bool = False, past: bool = False,
                unit: str | None = None, anchor: str | None = None) -> str | None:
    """A TimeML TIMEX3 value for a DATE phrase read against the publication date: a day, ISO week, month,
    quarter (1998-Q3), half (1998-H1), season (1998-SU), year or decade (199), PRESENT_REF, PAST_REF or
    FUTURE_REF; None when the phrase cannot be resolved. `future` and `past` are the tense of the clause
    the phrase hangs on, as the event stage reads it (`events.dating.phrase_timing`): "Monday" in "will
    meet on Monday" is the coming Monday, "January" in "fell in January" the January before the story.
    `unit` "Q" says the sentence reports a quarter's figures (`events.dating.sentence_unit`). `anchor` is the
    value of the time the text has just told: a phrase counting from it ("the following year", "later that
    year", "two days later") is read against it (`anchored_date`), and is None without it. (Measured by
    benchmarks/timeml.py.)"""
    if is_anchored(phrase) and (anchor is not None or ANAPHORIC & set(_words(phrase))):
        return anchored_date(phrase, anchor)
    words = _words(phrase)
    told_month = _day_of_told_month(words, anchor)
    if told_month is not None:
        return told_month
    quarter = reported_quarter(words, published) if unit == "Q" else None
    if quarter is not None:
        return quarter
    special = _calendar_value(words, published, future)
    if special is not None:
        return special
    value = resolve_event_date(phrase, published, future, nearest=not past, past=past, unit=unit).date
    if value is not None and re.fullmatch(r"\d{4}-W\d\d", value) and "weekend" in words:
        return f"{value}-WE"  # TIMEX3 writes a weekend as its ISO week with -WE ("1998-W32-WE")
    return value


def _day_of_told_month(words: list[str], anchor: str | None) -> str | None:
    """A day number alone ("25" of "on April 24 and 25", "the 25th") is a day of the month the text has just
    told, when that was a day; None otherwise."""
    rest = [w for w in words if w not in {"the", "on", "st", "nd", "rd", "th"}]
    number = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", rest[0]) if len(rest) == 1 else None
    if number is None or anchor is None or _precision(anchor) != "day":
        return None
    try:
        return date(int(anchor[:4]), int(anchor[5:7]), int(number.group(1))).isoformat()
    except ValueError:
        return None


# Words of a period phrase in a report of quarterly figures that do not change which period it is.
PERIOD_FILLER = {"the", "a", "an", "comparable", "corresponding", "same", "period", "quarter", "in", "of"}
YEAR_BACK = ("ago", "earlier", "before")  # "a year ago", "year-earlier", "the year before"


def reported_quarter(words: list[str], published: date) -> str | None:
    """In a sentence reporting a quarter's figures (company results, growth), the period phrases name the
    quarter just reported (the one before publication's): "net rose to $5 million from $4 million a year
    earlier" is that quarter a year back, as is "the year-ago period" (not "last year": as often the whole
    year);
    "the latest period" is the quarter itself, "the 1988 period" the same quarter of 1988. None for other
    phrases."""
    latest = published.year * 4 + (published.month - 1) // 3 - 1
    rest = set(words) - PERIOD_FILLER
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    if len(rest) == 2 and "year" in rest and any(
            back in rest and words.index("year") < words.index(back) for back in YEAR_BACK):
        index = latest - 4
    elif "period" in words and rest == {"last", "year"}:
        index = latest - 4  # "the same period last year", "the corresponding period last year"
    elif "period" in words and rest <= {"latest", "recent", "current", "most"}:
        index = latest
    elif "period" in words and year is not None and rest == {str(year)}:
        index = year * 4 + latest % 4
    else:
        return None
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _names_period(words: list[str]) -> bool:
    """"the third quarter", "the first half of 1989", "last quarter" — not "two and a half hours"."""
    if set(words) & DURATION_UNITS:
        return False
    ordered = set(words) & (ORDINALS.keys() | {"last", "latter"})
    return "quarter" in words or ("half" in words and bool(ordered))


def _calendar_value(words: list[str], published: date, future: bool) -> str | None:
    """The values dateparser does not give: references, quarters, halves, seasons, "this year/month",
    decades and fiscal years."""
    words = _within_month(_months_as_period(words))
    reference = _vague_span(words)
    if reference is not None:
        return reference
    century = re.fullmatch(r"(?:the )?(?:early |late |mid )?(\d{1,2}) (?:st|nd|rd|th) century",
                           " ".join(words))
    if century and 1 <= int(century.group(1)) <= 21:
        return f"{int(century.group(1)) - 1:02d}"  # "the 20th century" -> 19 (TimeML's century value)
    if "century" in words and len(words) <= 3 and set(words) <= CENTURY_WORDS | CURRENT | PREVIOUS:
        shift = -1 if PREVIOUS & set(words) else 1 if "next" in words else 0
        return f"{published.year // 100 + shift:02d}"  # "this century" -> 19, "the next century" -> 20
    if set(words) & DURATION_UNITS - {"decade"}:
        return None  # "two and a half hours", "a quarter of an hour": how long, not when
    text = " ".join(w for w in words if w not in {"the", "a", "an", "of"})
    for value, phrases in REFERENCES.items():
        if text in phrases or " ".join(words) in phrases:
            return value
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    named_decade = _decade(words, published, year)
    if named_decade is not None:
        return named_decade
    numbered_decade = _numbered_decade(words, published)
    if numbered_decade is not None:
        return numbered_decade
    if year is not None and all(w in YEAR_ONLY_WORDS or w == str(year) for w in words) and not (
            "year" in words and {"earlier", "later"} & set(words)):
        return f"{year:04d}"  # "1990 and beyond", "a good part of 1990", "post-1959", "the end of 1990"
    fiscal = [w for w in words if w not in {"the", "fiscal", "calendar"}]
    if year is None and {"fiscal", "calendar"} & set(words) and len(fiscal) == 2 and fiscal[1] == "year":
        step = {"next": 1, "coming": 1, "this": 0, "current": 0, "last": -1, "previous": -1, "past": -1,
                "prior": -1}.get(fiscal[0])
        if step is not None:  # "next fiscal year", "the previous fiscal year": the fiscal year named by its
            return f"{published.year + step:04d}"  # calendar year, as "fiscal 1990" is
    if year is None and "year" in words and not _names_period(words) and not any(
            w in MONTHS or w in MONTH_ABBREVIATIONS for w in words):
        after = words[words.index("year") + 1:]
        counted = set(words[:words.index("year")]) <= {"a", "one", "the"}
        if counted and after[:1] in (["earlier"], ["ago"], ["before"]) and len(after) == 1:
            return f"{published.year - 1:04d}"  # "a year earlier", "year-ago", "the year before"
        if counted and after[:1] in (["earlier"], ["ago"]) and after[1:] == ["period"]:
            return f"{published.year - 1:04d}"  # "the year-earlier period" of a report of unknown period
        if text in {"past year", "previous year", "prior year"}:
            return f"{published.year - 1:04d}"
    if _names_period(words):
        return _period_value(words, published, year, "Q" if "quarter" in words else "H", future)
    months = _month_span(words, published, year, future)
    if months is not None:
        return months
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season:
        return f"{year or _season_year(words, season, published, future)}-{season}"
    if year is None and ("year" in words or "month" in words) and not any(
            w in MONTHS or w in MONTH_ABBREVIATIONS for w in words):
        counted = bool({"a", "one"} & set(words)) and not CURRENT & set(words)  # "a month earlier": anchored
        if "month" in words and (CURRENT | SOFT_ANCHORED) & set(words) and not counted | ("last" in words):
            return f"{published.year:04d}-{published.month:02d}"
        if "year" in words and (CURRENT | {"earlier", "later", "full", "whole", "calendar", "fiscal"}) & set(
                words) and not {"last", "next", "ago", "previous", "past", "coming"} & set(words):
            return f"{published.year:04d}"
        if text in {"year", "month"} and not {"a", "an", "one"} & set(words):  # "the year": the current one
            month = f"{published.year:04d}-{published.month:02d}"
            return f"{published.year:04d}" if text == "year" else month
    if year is not None and ({"fiscal", "end", "year"} & set(words)) and not any(
            w in MONTHS or w in MONTH_ABBREVIATIONS for w in words) and len(words) <= 5:
        return f"{year:04d}"  # "fiscal 1989", "the end of 1990", "year-end 1989"
    return None


def _vague_span(words: list[str]) -> str | None:
    """"recent days", "the past several quarters", "several years ago" -> PAST_REF; "the coming months",
    "future quarters", "the next few years" -> FUTURE_REF: plural spans with a direction and no count."""
    if not PLURAL_UNITS & set(words) or any(w.isdigit() for w in words):
        return None
    if set(words) & (UNITS.keys() | TEENS.keys() | TENS.keys()):
        return None  # "the past two years": a counted span (a duration)
    if FUTURE_CUES & set(words):
        return "FUTURE_REF"
    if PAST_CUES & set(words):
        return "PAST_REF"
    return None


def _decade(words: list[str], published: date, year: int | None) -> str | None:
    """"the nineties" -> 199 (the most recent such decade), "the last decade" -> the one before
    publication's decade, "this decade" -> publication's decade."""
    named = [DECADE_WORDS[w] for w in words if w in DECADE_WORDS]
    if named and year is None and len(words) <= 3:
        century = published.year // 100
        if named[0] * 10 > published.year % 100:
            century -= 1
        return f"{century * 10 + named[0]}"
    if year is None and "decade" in words and set(words) <= {"the", "of", "decade"}:
        return f"{published.year // 10}"  # "the end of the decade", "by the middle of the decade"
    if year is None and "decade" in words and len(words) <= 3 and not {"ago", "earlier"} & set(words):
        if {"last", "past", "previous"} & set(words):
            return f"{published.year // 10 - 1}"
        if CURRENT & set(words):
            return f"{published.year // 10}"
    return None


def _numbered_decade(words: list[str], published: date) -> str | None:
    """"the 1990s" -> 199, "the '80s" -> the 1980s of the century that puts them at most one decade ahead of
    publication ("the '90s" in 1987 are the coming ones, "the '20s" the 1920s), "the early 1970s",
    "the last half of the '80s": TimeML gives a part of a decade the decade's value."""
    at = next((i for i, w in enumerate(words[:-1]) if words[i + 1] == "s" and w.isdigit() and w.endswith("0")
               and len(w) in {2, 4}), None)
    if at is None or not set(words[:at]) <= DECADE_PARTS or words[at + 2:]:
        return None  # words after it make "1990's" a possessive year: "1990's second half"
    digits = words[at]
    if len(digits) == 2:  # the decade of publication or one before it, or the next one ("the '90s" in 1987)
        ahead = int(digits) - published.year % 100
        century = published.year // 100 - (1 if ahead > 10 else 0)
        return f"{century * 10 + int(digits) // 10}"
    return digits[:3]


def _month_quarter(words: list[str], published: date, year: int | None) -> str | None:
    """"the December quarter", "the January-March quarter", "the quarter to June 30": a quarter named by its
    months (the last one named ends it), in the year named, else the most recent one begun."""
    months = [MONTHS.index(m) + 1 for w in words for m in MONTHS
              if w == m or (w in MONTH_ABBREVIATIONS and m.startswith(w))]
    if "quarter" not in words or not months or months[-1] % 3:
        return None
    if len(months) > 1 and (months[-1] - months[0]) % 12 != 2:
        return None  # "the quarter from February to June": no calendar quarter
    number = months[-1] // 3
    if year is None:
        current = (published.month - 1) // 3 + 1
        year = published.year if number <= current else published.year - 1
    return f"{year:04d}-Q{number}"


def _month_span(words: list[str], published: date, year: int | None, future: bool) -> str | None:
    """"October/December", "July-September", "the July-December period", "between January and June 2016",
    "from April to June": two months
    bounding a calendar quarter or half are that quarter or half, in the year named, else the most recent one
    begun (the coming one in a clause that looks ahead)."""
    months = [_month_number(w) for w in words if w in MONTHS or w in MONTH_ABBREVIATIONS]
    rest = set(words) - set(MONTHS) - MONTH_ABBREVIATIONS - {"the", "in", "of", "period", "during", str(year)}
    if "between" in rest:  # "between January and June 2016" ("October and December" alone are two months)
        rest -= {"between", "and"}
    rest -= {"from", "to", "through", "till", "until"}
    if len(months) != 2 or rest:
        return None
    length = (months[1] - months[0]) % 12 + 1
    if length not in (3, 6) or months[1] % length:
        return None
    kind, number = ("Q", months[1] // 3) if length == 3 else ("H", months[1] // 6)
    if year is None:
        current = (published.month - 1) // (length) + 1
        year = published.year if number <= current or future else published.year - 1
    return f"{year:04d}-{kind}{number}"


def _period_value(words: list[str], published: date, year: int | None, kind: str,
                  future: bool = False) -> str | None:
    """A quarter (kind Q) or half (kind H): named ("the third quarter", "the December quarter"), or counted
    from publication."""
    by_month = _month_quarter(words, published, year) if kind == "Q" else None
    if by_month is not None:
        return by_month
    size = 3 if kind == "Q" else 6
    current = (published.month - 1) // size + 1
    count = 12 // size
    number = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if kind == "H" and ("latter" in words or any(
            w == "last" and words[i + 1:i + 2] == ["half"] for i, w in enumerate(words))):
        number = 2  # "the last half of 1989", "the latter half of the year"
    if number is not None and number > count:
        return None
    shift = 0
    if year is None and "year" in words and not {"earlier", "ago"} & set(words):
        before = [w for w in words[:words.index("year")] if w not in {"fiscal", "calendar"}][-1:]
        shift = -1 if before and before[0] in PREVIOUS - {"latest", "recent"} else int(before == ["next"])
        if number is not None:  # "next year's first quarter", "the second half of the year"
            year = published.year + shift
            shift = 0
    if number is not None:
        if year is None:  # a quarter not yet begun is last year's, unless the clause looks ahead
            year = published.year if number <= current or future else published.year - 1
        index = year * count + number - 1
    elif year is not None and not CURRENT & set(words):
        latest = published.year * count + current - 2  # the quarter just reported, in the year named
        index = year * count + latest % count  # "the 1988 quarter": the same quarter of 1988
    else:
        index = published.year * count + current - 1
        if {"next", "coming", "following"} & set(words):
            index += 1
        elif not CURRENT & set(words):
            index -= 1  # "the quarter", "last quarter", "the latest quarter": the one just reported
    if "year" in words and {"earlier", "ago"} & set(words):
        index -= count  # "the year-earlier quarter", "the year-ago period"
    index += shift * count  # "last year's quarter"
    return f"{index // count:04d}-{kind}{index % count + 1}"


def _season_year(words: list[str], season: str, published: date, future: bool) -> int:
    month = SEASON_MONTH[season]
    if "last" in words or "past" in words:
        return published.year if month < published.month - 2 else published.year - 1
    if "next" in words or "coming" in words or future:
        return published.year if month > published.month else published.year + 1
    return published.year
