"""Event dates, round 19b: an act told only as what another act disposes of ("the dismissal of a complaint
by the union", data/date_cues.csv `disposal`) or as the doer of a passive told as a state or a prospect
("its trade will be hurt by the federal inquiry") was made, or has gone on, before the story: with no date
phrase of its own it is background and gets no date rather than the publication day. A simple past passive
("were wounded by the blast") keeps the clause's time: the doer's act is the same happening. The cause of a
past act ("talks were suspended on February 9 due to the kidnapping") came before it, on no day the sentence
gives it: no date either; the cause of a present one ("are falling because of the strike") goes on now."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY, date_in_clause

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).


def test_complaint_a_dismissal_disposes_of_is_undated(nlp: Language) -> None:
    text = ("The bank said the regulator's ruling included the dismissal of a complaint by the Ohio Tenants "
            "League against its lending record.")
    assert date_in_clause(nlp, text, "complaint") == (None, "unknown")


def test_appeal_a_rejection_disposes_of_is_undated(nlp: Language) -> None:
    text = "The court announced the rejection of the appeal by the former mayor of Dayton."
    assert date_in_clause(nlp, text, "appeal") == (None, "unknown")


def test_inquiry_doing_a_future_passive_is_undated(nlp: Language) -> None:
    text = ("Brokers fear that the firm's business will be hurt by the federal inquiry, market sources "
            "said.")
    assert date_in_clause(nlp, text, "inquiry") == (None, "unknown")


def test_inquiry_doing_a_perfect_passive_is_undated(nlp: Language) -> None:
    text = "The bank's shares have been hit by the government investigation, dealers said."
    assert date_in_clause(nlp, text, "investigation") == (None, "unknown")


def test_blast_of_a_simple_past_passive_keeps_the_story_day(nlp: Language) -> None:
    text = "Four soldiers were wounded by the attack in the northern town, police said."
    assert date_in_clause(nlp, text, "attack") == (DATING_DAY.isoformat(), "publication")


def test_disposing_act_itself_keeps_its_day(nlp: Language) -> None:
    text = "The board on Monday announced the dismissal of the complaint by the union."
    assert date_in_clause(nlp, text, "dismissal") == ("2018-03-12", "relative")


def test_complaint_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = "The regulator ordered the dismissal of a complaint filed on March 2 by the union."
    assert date_in_clause(nlp, text, "complaint") == ("2018-03-02", "explicit")


def test_cause_of_a_past_act_is_undated(nlp: Language) -> None:
    text = ("Talks with the creditor banks were suspended on February 9 due to the kidnapping of the "
            "finance minister by rebel soldiers.")
    assert date_in_clause(nlp, text, "kidnapping") == (None, "unknown")


def test_cause_of_a_present_act_keeps_the_story_day(nlp: Language) -> None:
    text = "Grain shipments are falling because of the strike by port workers, traders said."
    assert date_in_clause(nlp, text, "strike") == (DATING_DAY.isoformat(), "publication")
