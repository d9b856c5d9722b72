"""Event dates, twentieth round: the day of the incident an article's lead tells is carried to the acts the
next sentences tell of it in the simple past with no time of their own ("... ambushed a patrol on March 9,
reports X. A group of gunmen hiding on a ridge fired at the patrol vehicle."), but not past another time,
another incident ("In another incident", "Meanwhile"), a new act ("also"), a statement, or a present or
perfect act."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_in_clause
from newsevents.events.dating import event_date

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).

LEAD = ("Suspected militants ambushed a police patrol near Kangpokpi village in Senapati District on March 9, "
        "reports the Imphal Free Press. ")


def _undated(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None, str]:
    """Date, date phrase and basis of the word `trigger` of `text` in a story with no publication date."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    frame = [tok, *[a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:2]]
    result = event_date(tok, frame, None, False)
    return result.date, result.date_text, result.date_basis


def test_lead_day_dates_the_next_sentence_of_the_incident(nlp: Language) -> None:
    text = LEAD + "The militants fired at the patrol vehicle from a forested ridge."
    assert date_in_clause(nlp, text, "fired") == ("2018-03-09", "explicit")


def test_lead_day_dates_the_incident_told_again_by_a_definite_noun(nlp: Language) -> None:
    text = LEAD + "Two constables were wounded in the ambush. In the ensuing gunfight, one militant was killed."
    assert date_in_clause(nlp, text, "gunfight") == ("2018-03-09", "explicit")


def test_lead_reported_by_a_paper_gives_its_content_day(nlp: Language) -> None:
    text = ("The Sentinel reports that four troopers were killed when militants attacked a camp in Tamenglong "
            "District on March 6. The militants torched two barracks before fleeing into the forest.")
    assert date_in_clause(nlp, text, "torched") == ("2018-03-06", "explicit")


def test_lead_day_without_publication_keeps_the_phrase(nlp: Language) -> None:
    text = LEAD + "The militants fired at the patrol vehicle from a forested ridge."
    assert _undated(nlp, text, "fired") == ("XXXX-03-09", "March 9", "explicit")


def test_another_incident_is_not_the_leads(nlp: Language) -> None:
    text = LEAD + "In another incident, militants torched a truck near Imphal."
    assert date_in_clause(nlp, text, "torched")[0] != "2018-03-09"


def test_meanwhile_turns_to_another_incident(nlp: Language) -> None:
    text = LEAD + "Meanwhile, militants torched a truck near Imphal."
    assert date_in_clause(nlp, text, "torched")[0] != "2018-03-09"


def test_an_act_told_with_also_is_a_new_one(nlp: Language) -> None:
    text = LEAD + "The outfit also abducted a contractor from Senapati."
    assert date_in_clause(nlp, text, "abducted")[0] != "2018-03-09"


def test_another_time_between_stops_the_lead_day(nlp: Language) -> None:
    text = (LEAD + "The outfit had warned the police on February 20 to stay out of the hills. "
            "Gunmen fired at the patrol vehicle.")
    assert date_in_clause(nlp, text, "fired")[0] != "2018-03-09"


def test_present_perfect_act_is_not_the_incidents(nlp: Language) -> None:
    text = LEAD + "Police have arrested two suspects from the area."
    assert date_in_clause(nlp, text, "arrested")[0] != "2018-03-09"


def test_indefinite_plural_acts_are_not_the_incident(nlp: Language) -> None:
    text = LEAD + "The outfit was involved in several attacks on the police."
    assert date_in_clause(nlp, text, "attacks")[0] != "2018-03-09"


def test_a_lead_dated_ahead_lends_no_day(nlp: Language) -> None:
    text = ("Militants will hold a rally in Ukhrul on March 20, the outfit said in a statement. "
            "The outfit ambushed a patrol near the town.")
    assert date_in_clause(nlp, text, "ambushed")[0] != "2018-03-20"



def test_act_in_the_meeting_takes_the_meetings_earlier_week(nlp: Language) -> None:
    text = ("Speaking about a cocoa growers' meeting in Lima last weekend, Ramos said that they discussed "
            "nothing involving prices. \"In the meeting we agreed to work together on quotas,\" Ramos said.")
    assert date_in_clause(nlp, text, "agreed") == ("2018-W10", "relative")


def test_act_in_a_meeting_told_nowhere_before_keeps_the_story_day(nlp: Language) -> None:
    text = "\"In the meeting we agreed to work together on quotas,\" Ramos said."
    assert date_in_clause(nlp, text, "agreed") == ("2018-03-14", "publication")


def test_act_following_an_accord_dated_before_is_undated(nlp: Language) -> None:
    text = ("Copper sales should have little effect on an agreement reached last weekend by producing "
            "countries to limit exports, an official said. The agreement aimed to cut the surplus. "
            "Following the accord, the group's chairman Ramos appealed to Japan to restrict its sales.")
    assert date_in_clause(nlp, text, "appealed") == (None, "unknown")


def test_act_following_an_accord_told_nowhere_before_keeps_the_story_day(nlp: Language) -> None:
    text = "Following the accord, the group's chairman Ramos appealed to Japan to restrict its sales."
    assert date_in_clause(nlp, text, "appealed") == ("2018-03-14", "publication")


def test_act_reported_by_a_perfect_speech_the_tagger_reads_as_past_is_undated(nlp: Language) -> None:
    text = ("The bank said profits fell. It did not release its net results. New bank chairman Ali Osman "
            "has said he asked police to investigate possible wrongdoing related to loans.")
    assert date_in_clause(nlp, text, "asked") == (None, "unknown")


def test_act_as_part_of_an_accord_takes_the_day_the_agreeing_was_told(nlp: Language) -> None:
    text = ("Officials have warned that a further fall is risky. In addition, in February, ministers meeting "
            "with other nations in Rome agreed that the value of the lira had dropped enough. As part of that "
            "agreement, Spain and Portugal agreed to take steps to stimulate their economies.")
    assert date_in_clause(nlp, text, "agreed", nth=1) == ("2018-02", "explicit")


def test_act_as_part_of_an_accord_told_undated_has_no_day(nlp: Language) -> None:
    text = "As part of that agreement, Spain and Portugal agreed to take steps to stimulate their economies."
    assert date_in_clause(nlp, text, "agreed") == (None, "unknown")


def test_a_sentence_moving_past_the_lead_day_stops_it(nlp: Language) -> None:
    text = (LEAD + "One of the wounded constables succumbed to his injuries later. "
            "Police arrested three suspects in connection with the ambush.")
    assert date_in_clause(nlp, text, "arrested")[0] != "2018-03-09"


def test_a_statement_is_not_dated_by_the_lead(nlp: Language) -> None:
    text = LEAD + "The militants said they ambushed the patrol to avenge the arrest of a cadre."
    assert date_in_clause(nlp, text, "said")[0] != "2018-03-09"


def test_a_perfect_act_on_many_things_has_no_single_day(nlp: Language) -> None:
    text = "The minister was quoted as saying Iraq has attacked several tankers with land-based missiles."
    assert date_in_clause(nlp, text, "attacked") == (None, "unknown")


def test_a_perfect_act_on_one_thing_reported_keeps_the_story_day(nlp: Language) -> None:
    text = "The minister said Iraq has attacked a tanker with land-based missiles."
    assert date_in_clause(nlp, text, "attacked") == ("2018-03-14", "publication")


def test_a_perfect_proposal_of_several_measures_is_one_act(nlp: Language) -> None:
    text = "The Commission has proposed several cost cutting measures, the spokesman added."
    assert date_in_clause(nlp, text, "proposed") == ("2018-03-14", "publication")
