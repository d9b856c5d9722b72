"""Which date an event takes from its sentence: its own clause's phrase, a coordinated clause's, none for
background events (never the publication day), else the publication date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import date_of


def test_the_event_s_own_phrase_dates_it(nlp: Language) -> None:
    assert date_of(nlp, "Police arrested the mayor of Iguala on Monday.", "arrested") == ("2018-03-12", "relative")
    assert date_of(nlp, "The ministers met in Geneva on Feb. 28 to discuss the truce.", "met") == (
        "2018-02-28", "explicit")


def test_a_coordinated_clause_lends_its_date(nlp: Language) -> None:
    assert date_of(nlp, "Three men were arrested on Monday and charged with the murder of the judge.",
                   "charged")[0] == "2018-03-12"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ortega had met the rebels before the vote, the paper said.", "met"),
    ("The two leaders previously met in Hanoi.", "met"),
    ("The previous talks collapsed over the border issue.", "talks"),
])
def test_background_events_are_not_dated_by_the_publication_day(nlp: Language, text: str, trigger: str) -> None:
    assert date_of(nlp, text, trigger) == (None, "unknown")


def test_a_plain_past_event_takes_the_publication_date(nlp: Language) -> None:
    assert date_of(nlp, "Colombian troops attacked a rebel camp near the border.", "attacked") == (
        "2018-03-14", "publication")


def test_a_future_event_takes_the_coming_date(nlp: Language) -> None:
    assert date_of(nlp, "The presidents will meet on March 20 in Lima.", "meet", future=True)[0] == "2018-03-20"


def test_the_sentence_s_one_date_dates_its_event_when_the_parse_hangs_it_elsewhere(nlp: Language) -> None:
    text = "House members did not press the secretary during a day-long visit to Capitol Hill yesterday."
    assert date_of(nlp, text, "visit")[0] == "2018-03-13"


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports(nlp: Language) -> None:
    # Reported on Monday, the attack cannot be on Wednesday's publication day: undated, not the paper's day.
    text = "The army said on Monday that rebels attacked the convoy near the border."
    assert date_of(nlp, text, "attacked") == (None, "unknown")


def test_subsequently_is_background(nlp: Language) -> None:
    assert date_of(nlp, "Intel subsequently filed a suit charging NEC with infringement.", "filed") == (
        None, "unknown")
