"""Dates: one act told twice, once with a time of its own clause, takes that time at its other mention.

- the same verb (in the past) or the same event noun told with "the", done to the same party or thing (a
  name, or a thing named again with "the"), in another sentence of the story;
- not one sharing only a name inside a modifier ("X-linked smugglers": two arrests of different men);
- in a record with no publication day, an act with no time read at all is `unknown`, never `publication`.
"""

from __future__ import annotations


def _mentions(analyse, text: str, trigger: str, published: str | None = None):
    result = analyse(text, published)
    return [(m, e) for e in result.events for m in e.mentions if m.trigger == trigger]


def _last(analyse, text: str, trigger: str, published: str | None = None):
    found = _mentions(analyse, text, trigger, published)
    assert found, f"no event on {trigger!r}"
    return max(found, key=lambda pair: pair[0].sentence_index)[1]


TRAIN = ("Suspected rebels set fire to the engine of a goods train near Koderma station on November 9, "
         "reports The Daily Post. Officials said the cadres, who are marking a protest week from November 8 "
         "to November 14, had threatened the railway staff. ")


def test_a_verb_told_again_on_the_same_thing_takes_its_time(analyse) -> None:
    event = _last(analyse, TRAIN + "On November 10, police searched the forest near the station. "
                   "The rebels set the engine on fire after dragging the driver out, the official added.", "set")
    assert event.date_text == "November 9"


def test_a_name_inside_a_modifier_links_no_two_acts(analyse) -> None:
    text = ("Smuggling fell after a raid in May 2011, in which 14 Zeta-linked smugglers were arrested. "
            "Trade soon recovered. In early August 2015, police arrested nine Zeta-linked gunmen in the port.")
    found = _mentions(analyse, text, "arrested")
    first = min(found, key=lambda pair: pair[0].sentence_index)[1]
    assert first.date != "2015-08"


def test_a_record_with_no_day_reads_no_publication_day(analyse) -> None:
    event = _last(analyse, "Gang members threatened the shopkeepers of the town.", "threatened")
    assert event.date is None and event.date_basis == "unknown"
