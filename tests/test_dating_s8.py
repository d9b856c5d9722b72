"""Event dates, eighth round: a day phrase in the event's own sentence that the parse hung where the reader
used to ignore it — on a passive's doer ("shot dead by gunmen on May 2"), just before a trailing attribution
("..., on May 2, reports The Tribune"), on a clause told at the same time ("killed while three were injured
during a clash on May 2"), on a naming participle ("a man, identified as X, ... on May 2") — and phrases that
are no time (ages: "a seven year old boy")."""

from __future__ import annotations

from spacy.language import Language

from conftest import date_of

# DATING_DAY is a Wednesday, 2018-03-09 (conftest): "March 2" is twelve days before.


def test_a_passive_doer_is_no_deadline(nlp: Language) -> None:
    text = "Two guards were shot dead by unidentified gunmen on March 2."
    assert date_of(nlp, text, "shot") == ("2018-03-02", "explicit")


def test_by_a_day_is_still_a_deadline(nlp: Language) -> None:
    text = "The company must repay the loan by March 20, the bank said."
    assert date_of(nlp, text, "repay", future=True)[0] != "2018-03-20"


def test_a_day_just_before_a_trailing_attribution_dates_the_event(nlp: Language) -> None:
    text = ("Nine people were killed in a blast that tore through a crowded market in the northern town "
            "of Sarai, on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_a_day_after_the_attribution_is_the_reports(nlp: Language) -> None:
    text = "The rebels killed a village guard in the hills, reports The Morning Tribune on March 4."
    assert date_of(nlp, text, "killed")[0] != "2018-03-04"


def test_a_clause_told_while_the_event_happened_shares_its_day(nlp: Language) -> None:
    text = ("One soldier was killed while two others were injured during an exchange of fire in the "
            "border district on March 2.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_a_naming_participle_does_not_take_the_day_away(nlp: Language) -> None:
    text = ("Insurgents killed a farmer, identified as John Mwangi, of Kilo village in the eastern "
            "district late in the night of March 2.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_an_age_is_no_date(nlp: Language) -> None:
    text = ("A woman and a seven year old boy were killed in cross fire when guards fired at robbers "
            "near the bank on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")


def test_an_onset_clause_on_the_encounters_party_dates_the_killing(nlp: Language) -> None:
    text = ("Three soldiers have been killed in an encounter with militants in the district which started "
            "on March 2, reports The Morning Tribune.")
    assert date_of(nlp, text, "killed") == ("2018-03-02", "explicit")
