"""Event dates, nineteenth round: a time of day is no thing of its own ("in the night of September 16" dates
the act, wherever the parser hangs it); a present participle telling how the act was done ("attacked the
house of a leader lobbing grenades") has no time apart from the act; "from", "over", "through" a place are
where, not when ("shot dead from different parts of the city on June 3"); and in a story with no
publication date, a month named without a year falls on or after the latest month the story reports ("a
capture in August 2013 ... In mid-December, police arrested four people": December 2013); a "when" clause
the parser hangs on the last of two coordinated past clauses times both ("were killed and others were
injured when a bomber blew himself up on January 13"); a claim carrying its own day before the claimed act
and one after it gives the act the later-placed one ("X on June 2 claimed responsibility for the ambush on
troopers on June 1"); a verb coordinated with a past perfect, with no subject or auxiliary of its own,
shares the perfect ("had surrendered control of the papers and agreed to ...": background, no date)."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY, date_in_clause
from newsevents.events.dating import event_date

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).


def _undated(nlp: Language, text: str, trigger: str, nth: int = 0) -> tuple[str | None, str | None, str]:
    """Date, date phrase and basis of the `nth` word `trigger` of `text` in a story with no publication date."""
    doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][nth]
    frame = [tok, *[a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}][:2]]
    result = event_date(tok, frame, None, False)
    return result.date, result.date_text, result.date_basis


def test_night_of_a_day_hung_on_a_participle_dates_the_attack(nlp: Language) -> None:
    text = ("Armed Garo National Army militants attacked the house of a village headman in Tura town lobbing "
            "grenades and opening fire from automatic rifles in the night of February 11.")
    assert date_in_clause(nlp, text, "attacked") == ("2018-02-11", "explicit")


def test_morning_of_a_day_dates_the_blast(nlp: Language) -> None:
    text = ("At least five persons including two policemen were killed and nine others injured as a bomb "
            "ripped through a wedding party in the Mattani area of Peshawar District, the provincial capital "
            "of Khyber Pakhtunkhwa, in the morning of March 2, reports Dawn.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_a_place_after_from_does_not_block_the_day(nlp: Language) -> None:
    text = ("Police found four men shot dead from different parts of Quetta, provincial capital of "
            "Balochistan on March 5, while a tribal elder was shot at and injured, reports Dawn.")
    assert date_in_clause(nlp, text, "shot", 1) == ("2018-03-05", "explicit")


def test_a_participle_after_since_keeps_its_own_time(nlp: Language) -> None:
    # the grounding came after the crash, which is what 2011 dates
    text = "The interdiction program was suspended in Bolivia after the crash of a plane carrying aid workers in 2011."
    assert date_in_clause(nlp, text, "suspended") == (None, "unknown")


def test_a_month_takes_the_year_the_story_reports_in(nlp: Language) -> None:
    text = ("The inquiry began after the seizure of a truck in September 2014 that carried forty rifles. "
            "In mid-November, the inquiry led to the arrest of three customs officers.")
    assert _undated(nlp, text, "arrest") == ("2014-11", "mid-November", "explicit")


def test_a_month_day_takes_the_latest_reported_year(nlp: Language) -> None:
    text = ("Killings in the port city rose in 2015, up from 2014. The two gangs agreed to a truce in "
            "March 2016. The gangs announced an October 3 ceasefire in a video.")
    assert _undated(nlp, text, "announced") == ("2016-10-03", "October 3", "explicit")


def test_a_month_before_the_latest_reported_month_is_the_next_year(nlp: Language) -> None:
    # the story reports September 2015 as done: a February arrest it tells as news is February 2016
    text = ("Police arrested a militant commander on February 2 near the border, reports Dawn. He is accused "
            "of an ambush on an army convoy in January 2015 and of a bombing at a market in September 2015.")
    assert _undated(nlp, text, "arrested") == ("2016-02-02", "February 2", "explicit")


def test_a_bare_year_of_background_gives_no_year(nlp: Language) -> None:
    text = ("Police arrested a rebel commander during a search operation on December 26, reports The Hindu. "
            "He is one of the accused in the murder of a legislator in 2007.")
    assert _undated(nlp, text, "arrested") == ("XXXX-12-26", "December 26", "explicit")


def test_a_later_year_told_ahead_leaves_the_year_open(nlp: Language) -> None:
    # the story may be written in 2016 or in 2017: the ceasefire's year is not given
    text = ("The gangs clashed in March 2016. The law will be debated in a session beginning in "
            "January 2017. The gangs announced an October 3 ceasefire in a video.")
    assert _undated(nlp, text, "announced") == ("XXXX-10-03", "October 3", "explicit")


def test_a_year_since_which_something_goes_on_leaves_the_year_open(nlp: Language) -> None:
    text = ("The cartel has weakened since at least 2012. The army captured the cartel's leader in 2009. "
            "After the court issued a warrant for his brother in May, he went into hiding.")
    assert _undated(nlp, text, "issued") == ("XXXX-05", "May", "explicit")


def test_a_year_naming_a_report_is_no_bound_of_the_story(nlp: Language) -> None:
    # "the 2017 report" names a report; the story reports events of 2017 too, so a bare month is 2017's
    text = ("The 2017 drug report found that seizures fell. In late May 2017, police arrested ten members "
            "of a smuggling ring in the port. In a raid in July, police seized 900 kilos of cocaine.")
    assert _undated(nlp, text, "seized") == ("2017-07", "July", "explicit")


def test_a_published_story_keeps_reading_against_publication(nlp: Language) -> None:
    text = "The gangs clashed in March 2009. The gangs announced a ceasefire on February 20."
    assert date_in_clause(nlp, text, "announced") == ("2018-02-20", "explicit")


def test_no_year_in_the_story_leaves_the_month_unresolved(nlp: Language) -> None:
    text = "Militants abducted a villager from Khaira village in the evening of July 5."
    assert _undated(nlp, text, "abducted") == ("XXXX-07-05", "July 5", "explicit")



def test_a_when_clause_on_the_last_conjunct_times_the_first(nlp: Language) -> None:
    text = ("Two policemen were killed and three others were injured when a suicide bomber blew himself up "
            "near the governor's house in Kandahar on March 4 today reports Pajhwok.")
    assert date_in_clause(nlp, text, "killed") == ("2018-03-04", "explicit")


def test_a_when_clause_of_another_subject_does_not_lend_a_later_day(nlp: Language) -> None:
    # the date is the main clause's own: the when-clause adds nothing to change it
    text = "Two soldiers were killed on March 4 and the villagers fled when the shelling resumed."
    assert date_in_clause(nlp, text, "killed") == ("2018-03-04", "explicit")


def test_a_claimed_act_takes_the_day_after_it_not_the_claims(nlp: Language) -> None:
    text = ("Separately, United National Liberation Front (UNLF) on May 9 claimed responsibility for ambush on "
            "Assam Rifles troopers in Tamenglong District on May 8, reports The Imphal Free Press.")
    assert date_in_clause(nlp, text, "ambush") == ("2018-05-08", "explicit")


def test_a_verb_coordinated_with_a_past_perfect_is_background(nlp: Language) -> None:
    # the event stage gives a verb its own frame: the perfect must be read off the first conjunct
    doc = nlp("The tycoon had surrendered control of two newspapers and agreed to government control of the "
              "boards of a bank he owned in Manila.")
    agreed = next(t for t in doc if t.text == "agreed")
    result = event_date(agreed, [agreed], DATING_DAY, False)
    assert (result.date, result.date_basis) == (None, "unknown")


def test_a_verb_with_its_own_subject_does_not_share_the_perfect(nlp: Language) -> None:
    doc = nlp("The rebels had surrendered their weapons and the government agreed to release the prisoners.")
    agreed = next(t for t in doc if t.text == "agreed")
    result = event_date(agreed, [agreed], DATING_DAY, False)
    assert (result.date, result.date_basis) == ("2018-03-14", "publication")
