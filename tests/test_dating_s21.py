"""Dates and modality, round s21: acts going on over a stretch, and acts scheduled in the simple present.

- a perfect progressive ("has been pressing") or a present with "still" ("are still refusing", data/date_cues.csv
  `ongoing`) tells an act begun before the story and going on: no day of its own, not the publication day
  (events/ongoing.py), unless its own clause dates it;
- "the end / beginning of the week" names the story's week (the next one for a coming beginning once the
  week is under way; unread for a late part told as done early in the week);
- an event verb in the simple present with a coming time ("meet at the weekend", "meets ... on Friday",
  "visits Britain later this month"; data/modality_rules.csv `present` rows) is a scheduled act: intended,
  and dated ahead of the story, not to the weekend or weekday just gone.
"""

from __future__ import annotations

from datetime import date

from conftest import date_of
from newsevents.events.lexicon import default_lexicon
from newsevents.events.modality import _scheduled_present
from newsevents.events.ongoing import ongoing_act
from newsevents.when import names_a_time, resolve_event_date

# A Thursday: "Friday" is the next day, "the weekend" the one to come (ISO week 12), "Monday" three days back.
THURSDAY = "1987-03-19"


def _reading(analyse, text: str, trigger: str, published: str = THURSDAY) -> tuple[str, str | None]:
    """(modality, date) of the event mention on `trigger`."""
    result = analyse(text, published)
    mention = next(m for e in result.events for m in e.mentions if m.trigger == trigger)
    return mention.modality, mention.date


def test_still_refusing_has_no_day_of_its_own(analyse) -> None:
    text = "Creditor banks are still refusing to endorse the Peruvian accord, bankers said."
    assert _reading(analyse, text, "refusing")[1] is None
    # the same act told as done on a day keeps that day
    text = "Creditor banks refused to endorse the Peruvian accord on Monday."
    assert _reading(analyse, text, "refused")[1] == "1987-03-16"


def test_perfect_progressive_has_no_day_of_its_own(analyse) -> None:
    text = "Brazil has been pressing the Reagan administration to ease steel quotas."
    assert _reading(analyse, text, "pressing")[1] is None
    # its own clause's phrase still dates it
    text = "Brazil has been pressing the Reagan administration since Monday to ease steel quotas."
    assert _reading(analyse, text, "pressing")[1] == "1987-03-16"


def test_ongoing_act_reads_tense_and_adverb(nlp) -> None:
    def ongoing(text: str, trigger: str) -> bool:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == trigger)
        return ongoing_act(tok, [tok])

    assert ongoing("The union still demands a wage rise from Fiat.", "demands")
    assert ongoing("The trustee had been negotiating with the note holders.", "negotiating")
    assert ongoing("Both sides have been holding talks on the pact.", "talks")  # a noun takes its verb's tense
    assert not ongoing("The union will still demand a wage rise from Fiat.", "demand")  # a future
    assert not ongoing("The union is demanding a wage rise from Fiat.", "demanding")  # no adverb of stretch
    assert not ongoing("The union has demanded a wage rise from Fiat.", "demanded")  # a perfect: elsewhere


def test_simple_present_with_coming_weekend_is_scheduled(analyse) -> None:
    text = "Trade ministers of Chile and Peru meet at the weekend in Lima to discuss copper prices."
    assert _reading(analyse, text, "meet") == ("intended", "1987-W12")


def test_simple_present_with_weekday_is_scheduled(analyse) -> None:
    text = "Soviet Foreign Minister Eduard Shevardnadze meets Japanese Prime Minister Yasuhiro Nakasone on Friday."
    assert _reading(analyse, text, "meets") == ("intended", "1987-03-20")
    text = "Kenyan President Daniel arap Moi visits Britain later this month."
    assert _reading(analyse, text, "visits") == ("intended", "1987-03")


def test_past_or_present_day_stays_asserted(analyse) -> None:
    text = "Chilean Mining Minister Samuel Lira met Peruvian President Alan Garcia last weekend."
    assert _reading(analyse, text, "met") == ("asserted", "1987-W11")
    text = "Chancellor Helmut Kohl meets President Francois Mitterrand in Paris today for talks on farm prices."
    assert _reading(analyse, text, "meets")[0] == "asserted"  # today's meeting may be under way


def test_scheduled_present_guards(nlp) -> None:
    lexicon = default_lexicon()

    def scheduled(text: str, trigger: str) -> bool:
        doc = nlp(text)
        return _scheduled_present(next(t for t in doc if t.text == trigger), lexicon)

    assert scheduled("The full council meets on Thursday in London.", "meets")
    assert not scheduled("The full council meets on Thursdays in London.", "meets")  # a habit
    assert not scheduled("The council usually meets on Thursday.", "meets")  # a habit
    assert not scheduled("Chile Minister Meets Peru President Friday", "Meets")  # a headline's present
    assert not scheduled("The council met on Thursday in London.", "met")  # a past
    assert not scheduled("The minister says on Friday that talks failed.", "says")  # speech


def test_part_of_the_week_is_the_story_week() -> None:
    tuesday, friday = date(1987, 4, 7), date(1987, 4, 10)  # ISO week 15
    assert names_a_time("at the end of the week")
    assert resolve_event_date("at the end of the week", tuesday, future=True).date == "1987-W15"
    assert resolve_event_date("the end of the week", friday).date == "1987-W15"
    # told as done early in the week, the end of the week may be last week's: unread, not guessed
    assert resolve_event_date("the end of the week", tuesday).date is None
    # a coming beginning of the week once the week is under way is next week's
    assert resolve_event_date("at the beginning of the week", friday, future=True).date == "1987-W16"
    assert not names_a_time("the week")


def test_talks_at_the_end_of_the_week_are_dated_to_it(analyse) -> None:
    text = "Ford will hold talks with the United Auto Workers at the end of the week."
    assert _reading(analyse, text, "talks", "1987-04-07") == ("intended", "1987-W15")


def _mention_date(analyse, text: str, trigger: str, published: str | None) -> tuple[str | None, str | None]:
    """(date, date_text) of the event mention on `trigger`."""
    result = analyse(text, published)
    mention = next(m for e in result.events for m in e.mentions if m.trigger == trigger)
    return mention.date, mention.date_text


SHOOTOUT = ("Two soldiers and three detained militants were killed in a shootout at a detention centre in Kohat "
            "on the night of June 3, reports Dawn. Sources said that two guards received injuries in the firing. "
            "The injured guards later succumbed to their injuries. Other guards fired at the fleeing militants.")


def test_victims_later_death_does_not_move_the_story(analyse) -> None:
    # "later succumbed" is an aside on the victims: the next sentence still tells the lead's incident
    assert _mention_date(analyse, SHOOTOUT, "fired", "2012-06-10") == ("2012-06-03", "June 3")
    assert _mention_date(analyse, SHOOTOUT, "fired", None)[1] == "June 3"


def test_later_arrest_still_moves_the_story(analyse) -> None:
    text = ("Militants shot dead a shopkeeper in Quetta on June 3, reports Dawn. Police later arrested two "
            "suspects. The suspects confessed that they had killed the shopkeeper.")
    assert _mention_date(analyse, text, "arrested", "2012-06-10")[1] is None


SEPARATE = ("Unidentified militants on June 3 killed a Levies official and a shopkeeper in separate incidents in "
            "Quetta, reports Dawn. Sources said that two militants on a motorbike attacked Levies official "
            "Karim Baksh in the Sariab area.")


def test_name_told_again_goes_on_with_the_lead(analyse) -> None:
    # the body names again the body the lead names ("Levies"), and the tagger's participle is a past
    assert _mention_date(analyse, SEPARATE, "attacked", "2011-06-10") == ("2011-06-03", "June 3")


def test_separately_still_opens_another_incident(analyse) -> None:
    text = ("Militants shot dead a shopkeeper in Quetta on June 3, reports Dawn. Separately, gunmen attacked a "
            "police post in Mastung.")
    assert _mention_date(analyse, text, "attacked", "2011-06-10") == ("2011-06-10", None)


def test_claim_of_a_suit_told_in_the_past_is_the_filings(nlp) -> None:
    # the claim was made when the suit was filed, a day the text does not give
    text = "The suit charged that Lindell's Mirror program violated the copyright of Kestrel's Relay program."
    assert date_of(nlp, text, "charged") == (None, "unknown")
    text = ("The suit, filed on Monday, charged that Lindell's Mirror program violated the copyright of "
            "Kestrel's Relay program.")
    assert date_of(nlp, text, "charged")[1] == "relative"


BODY = ("Hochtief said it would bid for work on the Osaka airport. The project is to cost about eight billion "
        "dlrs. Construction starts next year. ")


def test_conjunct_of_a_present_perfect_shares_it(analyse) -> None:
    text = BODY + ("West German officials have criticised Japan and threatened to restrict Japanese construction "
                   "firms in West Germany.")
    assert _reading(analyse, text, "criticised", "1987-03-11")[1] is None
    assert _reading(analyse, text, "threatened", "1987-03-11")[1] is None
    # a conjunct with its own subject and tense is its own act
    text = BODY + ("West German officials have criticised Japan, and Bonn threatened on Monday to restrict "
                   "Japanese construction firms in West Germany.")
    assert _reading(analyse, text, "threatened", "1987-03-11")[1] == "1987-03-09"


def test_indictment_claim_is_of_the_indicting_act(analyse) -> None:
    text = ("Former aide Roland Pryce has been indicted on charges of lying about his lobbying contacts. The "
            "indictment charged that Pryce lied in sworn testimony to Congress.")
    assert _reading(analyse, text, "charged", "1987-03-18")[1] == "1987-03-18"
