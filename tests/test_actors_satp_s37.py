"""Session 37: the country of South Asia Terrorism Portal parties. Members of a group the tables code, named
with the group's abbreviation in brackets before the noun ("Lashkar-e-Toiba (LeT) militants"), are that
group's, not militants of the clause's place; a one-line brief read as its own title does not take its
country from the armed group it names; and a news outlet credited after "reports" that the NER ran on into
the next sentence's first words (full stops lost) is not part of the body named there, nor is that body's
abbreviation after it ("Afghan Security Forces SFs") a second group. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of, readings
from newsevents import Article, ArticleResult, Pipeline

Analyse = Callable[..., ArticleResult]
DAY = "2017-05-22"


# -- 1. "Name (ABBR) militants": the group's men ---------------------------------------------------------------

def test_bracketed_pakistani_group_militants_in_kashmir_are_pakreb(analyse: Analyse) -> None:
    result = analyse("On May 4, Lashkar-e-Toiba (LeT) militants fired on a Border Security Force patrol in "
                     "the Uri sector of Baramulla District, reports Daily Excelsior.", DAY)
    assert ("PAKREB", "INDMIL") in readings(result, "fired")


def test_bracketed_group_written_without_hyphens(analyse: Analyse) -> None:
    result = analyse("On May 4, Jaish e Mohammad (JeM) militants lobbed a grenade at a Police post in Sopore "
                     "town of Baramulla District, reports Daily Excelsior.", DAY)
    assert {s for s, _ in readings(result, "lobbed")} == {"PAKREB"}


def test_bracketed_indian_group_stays_indian(analyse: Analyse) -> None:
    result = analyse("Garo National Liberation Army (GNLA) militants abducted a trader in East Garo Hills "
                     "District on May 4.", DAY)
    assert {s for s, _ in readings(result, "abducted")} == {"INDREB"}


def test_bracketed_party_activists_are_the_party(analyse: Analyse) -> None:
    result = analyse("Three Muttahida Qaumi Movement (MQM) activists were shot dead by unidentified "
                     "assailants in Karachi on May 4.", DAY)
    assert ("PAKUAF", "PAKPTY") in readings(result, "shot")


def test_bracketed_party_militants_are_not_the_party(analyse: Analyse) -> None:
    result = analyse("Police arrested two Muttahida Qaumi Movement (MQM) militants in Karachi on May 4.", DAY)
    assert "PAKPTY" not in {t for _, t in readings(result, "arrested")}


# -- 2. a one-line brief read as its own title ----------------------------------------------------------------

def test_brief_as_title_is_not_the_armed_groups_country(pipeline: Pipeline) -> None:
    text = ("Five persons were hurt when a grenade went off in the Rajpora area of Pulwama District. Police "
            "said the grenade was left behind after an encounter in June in which two Jaish-e-Mohammad (JeM) "
            "militants were killed.")
    result = pipeline.analyse(Article(id="t", text=text, title=text))
    coded = {e.actor.code for e in result.entities if e.actor is not None}
    assert not {"PAKCVL", "PAKCOP"} & coded


# -- 3. an outlet run on into the next sentence ---------------------------------------------------------------

def test_outlet_run_on_into_afghan_forces_is_not_indian(analyse: Analyse) -> None:
    result = analyse("Three Afghan Policemen were killed when a suicide bomber struck in Jalalabad on January "
                     "13 reports Times of India Afghan Security Forces SFs later exchanged fire with the gunmen "
                     "in a house nearby", DAY)
    assert code_of(result, "Afghan Security Forces") == "AFGMIL"
    assert code_of(result, "Times of India") == "INDMED"
    assert not any(code == "INDMIL" for pair in readings(result, "exchanged") for code in pair)


def test_outlet_run_on_into_a_persons_name_stays_whole(analyse: Analyse) -> None:
    result = analyse("A Policeman identified as Abdul Rashid was killed by militants in Pulwama District on "
                     "May 2 reports Daily Excelsior Abdul Rashid was fired upon outside his home", DAY)
    assert {t for _, t in readings(result, "killed")} == {"INDCOP"}
