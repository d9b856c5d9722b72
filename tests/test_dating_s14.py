"""Event dates, fourteenth round: an act the text spreads over a stretch ending now ("had been negotiating
for the past two years", "strikes over recent months") or places before another dated act ("took place before
the January statement") has no day, never the publication day; a date that only names the later act still
leaves a plain day phrase ("before March 31") alone."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY as DAY
from conftest import date_in_clause
from newsevents.events.dating import _datable, event_date

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).




def test_a_past_perfect_progressive_is_background(nlp: Language) -> None:
    text = "The insurer said it had been negotiating with the two shipyards over the size of the claim."
    assert date_in_clause(nlp, text, "negotiating") == (None, "unknown")


def test_talks_over_the_past_two_years_have_no_day(nlp: Language) -> None:
    text = "The union said it had been negotiating for the past two years with the port authority."
    assert date_in_clause(nlp, text, "negotiating") == (None, "unknown")


def test_a_simple_past_spread_over_recent_months_has_no_day(nlp: Language) -> None:
    text = "Rebels attacked army posts in the northern hills over recent months, the ministry said."
    assert date_in_clause(nlp, text, "attacked") == (None, "unknown")


def test_an_event_noun_spread_over_recent_months_has_no_day(nlp: Language) -> None:
    text = "The mining group may face delays in view of strikes by its copper workers over recent months."
    assert date_in_clause(nlp, text, "strikes") == (None, "unknown")


def test_a_plain_past_act_still_takes_the_story_day(nlp: Language) -> None:
    text = "Rebels attacked an army post in the northern hills, the ministry said."
    assert date_in_clause(nlp, text, "attacked") == (DAY.isoformat(), "publication")


def test_a_happening_that_took_place_before_a_dated_statement_has_no_day(nlp: Language) -> None:
    text = "The killing of the two activists took place before the January statement by the army."
    assert date_in_clause(nlp, text, "killing") == (None, "unknown")


def test_an_act_before_a_dated_hearing_has_no_day(nlp: Language) -> None:
    text = "The bank rejected the offer before the January 5 hearing, lawyers said."
    assert date_in_clause(nlp, text, "rejected") == (None, "unknown")


def test_an_act_with_its_own_day_before_another_keeps_its_day(nlp: Language) -> None:
    text = "The bank rejected the offer on Monday before the hearing, lawyers said."
    assert date_in_clause(nlp, text, "rejected") == ("2018-03-12", "relative")


def test_an_act_at_the_meeting_takes_the_day_an_earlier_sentence_gives_it(nlp: Language) -> None:
    text = ("Union leaders held a meeting with the port employers on Monday. Wage rates were not discussed. "
            "The union agreed at the meeting to call off its strike at the docks.")
    assert date_in_clause(nlp, text, "agreed") == ("2018-03-12", "relative")


def test_the_meeting_told_again_takes_the_day_of_the_verb_that_told_it(nlp: Language) -> None:
    text = ("Members of the bond dealers' association met in London last week to review the new rules. "
            "Delegates said the meeting approved a new fee schedule.")
    assert date_in_clause(nlp, text, "meeting") == ("2018-W10", "relative")


def test_an_act_at_an_undated_meeting_keeps_the_story_day(nlp: Language) -> None:
    text = "The union agreed at the meeting to call off its strike at the docks, a spokesman said."
    assert date_in_clause(nlp, text, "agreed") == (DAY.isoformat(), "publication")


def test_a_meeting_dated_ahead_of_the_story_lends_no_day_to_a_done_act(nlp: Language) -> None:
    text = ("Union leaders will hold a meeting with the port employers next Monday. "
            "The union agreed at the meeting of its council to call off its strike at the docks.")
    assert date_in_clause(nlp, text, "agreed")[0] != "2018-03-19"


def test_a_day_hung_below_the_event_on_people_and_places_is_the_event_s(nlp: Language) -> None:
    text = ("A rebel cadre was killed during an exchange of fire with police personnel in the forests of "
            "Kolta village under Dumka Police Station limits in Dumka District on March 9, reports PTI.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-09", "explicit")


def test_a_day_hung_on_a_participle_of_the_same_act_is_the_event_s(nlp: Language) -> None:
    text = ("A farmer was beaten up by rebel cadres, branding him as a police informer in Gumla District "
            "on March 9, reports The Times of India.")
    assert date_in_clause(nlp, text, "beaten") == ("2018-03-09", "explicit")


def test_act_nouns_can_be_dated_people_and_places_cannot(nlp: Language) -> None:
    doc = nlp("The closure of the mine, the payment to the guards and the meeting of the traders in the village.")
    datable = {t.text for t in doc if t.pos_ == "NOUN" and _datable(t)}
    assert {"closure", "payment", "meeting"} <= datable
    assert not datable & {"mine", "guards", "traders", "village"}


def test_a_day_and_night_the_ner_split_from_its_month_dates_the_event(nlp: Language) -> None:
    text = "Unidentified militants in the March 3 night fired two rockets at an army camp near the border."
    assert date_in_clause(nlp, text, "fired") == ("2018-03-03", "explicit")


def test_a_quoted_perfect_of_the_same_act_in_a_run_on_report_takes_its_day(nlp: Language) -> None:
    text = ("Militants blew up part of a government school in the Tiarza area on March 9 night reports Dawn "
            "A spokesman of the group said We have blown up the school because it was a government building.")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "blown")
    assert event_date(tok, [tok], DAY, False).date == "2018-03-09"


def test_a_perfect_act_of_other_doers_does_not_take_the_day(nlp: Language) -> None:
    text = "Iraqi jets attacked a tanker on Monday. Iran has also attacked a tanker in the Gulf."
    doc = nlp(text)
    tok = [t for t in doc if t.text == "attacked"][1]
    assert event_date(tok, [tok], DAY, False).date != "2018-03-12"


def test_an_act_to_come_by_a_deadline_is_dated_by_the_deadline(nlp: Language) -> None:
    text = "Tokyo will lift its sanctions on the chip imports by the end of June, officials said."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "lift")
    assert event_date(tok, [tok], DAY, True).date == "2018-06"


def test_a_reported_would_with_a_deadline_is_dated_by_the_deadline(nlp: Language) -> None:
    text = "The minister said the government would lift the export ban by the end of the month."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "lift")
    assert event_date(tok, [tok], DAY, False).date == "2018-03"


def test_a_deadline_of_a_clause_below_does_not_date_the_act(nlp: Language) -> None:
    text = "The union will strike if the company does not raise wages by the end of June."
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "strike")
    assert event_date(tok, [tok], DAY, True).date != "2018-06"


def test_the_same_act_told_again_by_other_common_nouns_takes_the_day_before(nlp: Language) -> None:
    text = ("Unidentified terrorists blew up two gas pipelines in Dera Bugti on March 8, reported Daily Times. "
            "In one incident, militants blew up the main gas pipeline of the gas company near Sui.")
    assert date_in_clause(nlp, text, "blew", 1) == ("2018-03-08", "explicit")


def test_the_same_verb_of_another_named_party_is_another_act(nlp: Language) -> None:
    text = "Iraq attacked a tanker in the Gulf on Monday. Iran attacked a tanker near the Strait of Hormuz."
    assert date_in_clause(nlp, text, "attacked", 1)[0] != "2018-03-12"


def test_last_night_the_ner_left_untagged_dates_the_fighting(nlp: Language) -> None:
    text = ("Three miners were killed and seven injured in fighting at a platinum refinery last night, "
            "the mining company said.")
    assert date_in_clause(nlp, text, "fighting") == ("2018-03-13", "relative")


def test_the_victim_named_again_in_a_passive_is_the_same_act(nlp: Language) -> None:
    text = ("A constable of the district police has been abducted by rebel cadres in Sukma District on "
            "March 8, reports The Pioneer. Constable Ramu Kawasi was abducted near Puswada village while "
            "he was on his way to the camp, police said.")
    assert date_in_clause(nlp, text, "abducted", 1) == ("2018-03-08", "explicit")
