"""Dates, round s22: a record with no publication date is dated by its lead.

- a digest's record (no publication date, no dateline) whose lead tells a done act "on March 14" is that
  day's report: every later act of the story told in the simple past with no time of its own is of that day,
  linked to the lead's words or not ("Police arrested four cadres"), up to `REFERENCE_REACH` sentences;
  also when the parse leaves the lead without a dated main act ("... were killed during the last day of
  the strike on March 14, reports The Herald": the lead's one day);
- not across another time, "later" or "In another incident"; not for a lead with two days ("claimed on
  March 15 ... the attack on March 14"), nor a present or perfect act; a dated story's lead still needs a
  link to the later sentence;
- an event noun told without "the" takes it only as the happening in which people were harmed ("were
  injured in attacks by cadres", data/date_cues.csv `harm`), not "were involved in attacks".
"""

from __future__ import annotations


def _dates(analyse, text: str, trigger: str, published: str | None = None) -> list[str | None]:
    """The date phrases of the event mentions on `trigger`."""
    result = analyse(text, published)
    found = [m.date_text for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


STRIKE = ("At least four people were killed and six others injured as a bus overturned after being chased by "
          "Awami League cadres in Barisal District during the last day of the 48 hour general strike on "
          "March 14, reports The Herald. The deceased were identified as Rafiq Uddin, Karim Sheikh and "
          "Nasir Ahmed. In Bogra District, 15 students were injured as party cadres beat them up. "
          "Police arrested four cadres.")


def test_later_acts_take_the_lead_day_of_a_record_without_publication(analyse) -> None:
    assert _dates(analyse, STRIKE, "arrested") == ["March 14"]
    assert _dates(analyse, STRIKE, "beat") == ["March 14"]


def test_a_dated_story_still_needs_a_link_to_the_lead(analyse) -> None:
    # with a publication date the story's day stands in; no lead day is carried to an unlinked act
    assert _dates(analyse, STRIKE, "arrested", "1987-03-16") == [None]


CLASHES = ("Clashes between Security Forces and militants occurred in Kurram Agency on October 9 killing at "
           "least 30 militants, reported The Nation. Another 12 militants were killed when gunship "
           "helicopters attacked militant hideouts in Gawaza area. Reports claimed that three soldiers were "
           "killed and nine others were injured.")


def test_acts_unlinked_to_the_lead_words_take_its_day(analyse) -> None:
    assert _dates(analyse, CLASHES, "attacked") == ["October 9"]


def test_another_time_or_later_stops_the_lead_day(analyse) -> None:
    text = ("Militants attacked a Police post in Kupwara District on June 4, reports The Tribune. "
            "On June 2, Police arrested two militants in Sopore. Police seized two rifles.")
    assert _dates(analyse, text, "seized") != ["June 4"]
    text = ("Militants attacked a Police post in Kupwara District on June 4, reports The Tribune. "
            "Later, Police arrested two militants in Sopore.")
    assert _dates(analyse, text, "arrested") != ["June 4"]


def test_a_lead_with_two_days_dates_nothing_later(analyse) -> None:
    text = ("The Kuki Liberation Army on March 15 claimed responsibility for the attack on a Rifles convoy, "
            "killing three troopers in Ukhrul District on March 14, reports Sangai Express. The militants "
            "fired rockets at the convoy.")
    assert "March 14" not in _dates(analyse, text, "fired") and "March 15" not in _dates(analyse, text, "fired")


def test_a_perfect_act_takes_no_lead_day(analyse) -> None:
    text = ("Militants attacked a Police post in Kupwara District on June 4, reports The Tribune. "
            "Police have arrested two militants in Sopore.")
    assert _dates(analyse, text, "arrested") != ["June 4"]


def test_an_indefinite_happening_only_as_where_people_were_harmed(analyse) -> None:
    text = ("The Awami League and its student wing once again swooped on Police on April 9, leaving at least "
            "six Policemen injured in Khulna and Rajshahi cities, reports The Herald. In Khulna city, at "
            "least eight people were seriously injured in attacks by party cadres on the highway.")
    assert _dates(analyse, text, "attacks") == ["April 9"]
    text = ("Police arrested three militants in Quetta on April 9, reports The Herald. An official claimed "
            "that the arrested militants were involved in attacks on Levies camps.")
    result = analyse(text)
    assert all(m.date_text != "April 9" for e in result.events for m in e.mentions if m.trigger == "attacks")


ABDUCTION = ("A former village headman, identified as Ramu Kashyap (52), was abducted and killed by Maoist cadres "
             "in Sukma District on January 9, reports The Pioneer. The headman was found lying on the road near "
             "his village. The victim had been abducted by armed cadres from his house last night and his body "
             "was found this morning on the road, a Police official said.")


def test_a_newspaper_day_in_a_record_without_publication_is_the_lead_day(analyse) -> None:
    # "last night" counts from the newspaper's day, which the record gives only as its lead's
    assert "January 9" in _dates(analyse, ABDUCTION, "abducted")[1:]
    # with a publication date it counts from that day
    result = analyse(ABDUCTION, "1987-01-10")
    later = [m.date for e in result.events for m in e.mentions if m.trigger == "abducted" and m.sentence_index > 0]
    assert later == ["1987-01-09"]


def test_a_lead_dated_by_a_speech_gives_no_newspaper_day(analyse) -> None:
    # "Police said on January 9": the report's day; "late last night" is the night before, not that day
    text = ("Maoists set ablaze a tractor and abducted its driver in Kanker District, Police said on January 9. "
            "A group of Maoists torched a tractor of a private contractor near the river late last night, the "
            "Police officer said.")
    assert "January 9" not in _dates(analyse, text, "torched")


def test_a_counted_time_in_a_record_without_publication_counts_from_a_named_year(analyse) -> None:
    text = ("Then, in 2009, Colombian police arrested Ramirez on charges of money laundering; three years "
            "later, he was sentenced to six years in prison.")
    result = analyse(text)
    assert [m.date for e in result.events for m in e.mentions if m.trigger == "sentenced"] == ["2012"]
    # a day with no year: counted on its month-day, the year left open
    result = analyse("Police arrested Ramirez on May 4. Two days later, he was charged with murder.")
    assert [m.date for e in result.events for m in e.mentions if m.trigger == "charged"] == ["XXXX-05-06"]


def test_the_speakers_second_act_is_dated_as_the_speech(analyse) -> None:
    # "urged" hangs on the reported "would defend" in the parse, but it is Portugal's act of yesterday
    text = ('But he added "We are not at war. The steps taken by the navy are meant to protect our rights."\n'
            "    Portugal said yesterday it would defend its national rights\nin the Atlantic and urged Spain to "
            "accept reference of the\ndispute to the International Court of Justice in The Hague.")
    assert [m.date for e in analyse(text, "1987-03-27").events for m in e.mentions
            if m.trigger == "urged"] == ["1987-03-26"]


def test_two_reported_acts_are_not_the_speakers(nlp) -> None:
    from newsevents.events.dating import _speaker_conjunct

    doc = nlp("The army said on Tuesday that rebels attacked the post and seized arms.")
    seized = next(t for t in doc if t.text == "seized")
    assert _speaker_conjunct(seized) is None
