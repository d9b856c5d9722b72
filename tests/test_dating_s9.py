"""Event dates, ninth round: the story's news in its lede takes the story's day even when the sentence
splitter cut the lede or the news is told as a backshifted report ("said it had invited"), or the day
before when the report is dated "yesterday"; background told in a present perfect relative clause ("which
has agreed to a merger") is undated, never the publication day; a participle on a noun ("a plan announced
last December") is no speech that dates the event."""

from __future__ import annotations

from spacy.language import Language

from conftest import DATING_DAY as DAY
from conftest import date_of
from newsevents.events.dating import _lede_starts
from newsevents.extensions import sentence_of
from newsevents.model import Article
from newsevents.pipeline import Pipeline

# DATING_DAY is a Wednesday, 2018-03-14 (conftest).


def test_a_present_perfect_relative_clause_is_background(nlp: Language) -> None:
    text = ("Harlow Industries, which has agreed to a merger with a Boston investment group, said on "
            "Tuesday that shareholders filed a lawsuit against its board.")
    assert date_of(nlp, text, "agreed") == (None, "unknown")


def test_a_present_perfect_where_clause_is_background(nlp: Language) -> None:
    text = ("In Singapore, where newspapers have alleged that Korea is dumping steel, traders share that "
            "view.")
    assert date_of(nlp, text, "alleged") == (None, "unknown")


def test_the_lede_s_news_reported_yesterday_is_dated_yesterday(nlp: Language) -> None:
    text = ("A Seattle timber company has signed a 20 mln dlr contract with the Egyptian government to "
            "supply lumber, its president said yesterday.")
    assert date_of(nlp, text, "signed") == ("2018-03-13", "relative")


def test_a_report_days_before_the_story_leaves_the_act_undated(nlp: Language) -> None:
    text = "The army said on Monday that rebels attacked the convoy near the border."
    assert date_of(nlp, text, "attacked") == (None, "unknown")


def test_a_backshifted_report_in_the_lede_is_the_story_s_news(nlp: Language) -> None:
    text = ("The Bank of France said it had invited offers of treasury bills from the banks after "
            "forecasting a shortage in the market.")
    assert date_of(nlp, text, "invited") == ("2018-03-14", "publication")


def test_a_backshifted_report_placed_before_another_act_stays_background(nlp: Language) -> None:
    text = "Ortega had met the rebels before the vote, the paper said."
    assert date_of(nlp, text, "met") == (None, "unknown")


def test_a_participle_announced_on_a_noun_is_no_report_of_the_event(nlp: Language) -> None:
    text = ("The central bank began signing contracts with importers under a new debt plan announced last "
            "December.")
    assert date_of(nlp, text, "signing") == ("2018-03-14", "publication")


def test_a_lede_cut_at_an_initial_is_still_the_lede(pipeline: Pipeline) -> None:
    title = "Harlow And Benton Complete Purchase"
    text = (f"{title}\n\n<Harlow Corp> and the <Edward J.\nBenton Corp> have closed on their purchase of "
            "three shopping centers from Allied Stores Corp.\n    Harlow said it and Benton will each hold "
            "half of the centers.\n    Allied has sold other centers to Benton in the past.\n")
    doc = pipeline.nlp.make_doc(text)
    doc._.article = Article(id="t", text=text, title=title, published=DAY)
    doc = pipeline.nlp(doc)
    closed = next(t for t in doc if t.text == "closed")
    assert sentence_of(closed).start > 0 and sentence_of(closed).start in _lede_starts(closed)
    sold = next(t for t in doc if t.text == "sold")
    assert sentence_of(sold).start not in _lede_starts(sold)


def test_an_ing_participle_shares_its_clause_s_time(nlp: Language) -> None:
    text = "Israeli police opened fire on protesters in Hebron on Monday, killing two students."
    assert date_of(nlp, text, "killing") == ("2018-03-12", "relative")


def test_an_ing_participle_of_a_background_act_is_background(nlp: Language) -> None:
    text = ("Steel prices rose in Seoul. Exports fell. In the latest trade row, the President has threatened to "
            "raise tariffs on Korean steel, alleging that Korea has failed to abide by a 1992 pact.")
    assert date_of(nlp, text, "alleging") == (None, "unknown")


def test_an_ing_participle_on_a_dated_report_shares_its_day(nlp: Language) -> None:
    text = "Ministers cited a Treasury report published yesterday warning the deficit was growing."
    assert date_of(nlp, text, "warning") == ("2018-03-13", "relative")


def test_a_previously_announced_act_is_background(nlp: Language) -> None:
    text = "He resigned from the board because of the company's recently announced lawsuit against Pepsico."
    assert date_of(nlp, text, "lawsuit") == (None, "unknown")


def test_a_hedged_day_is_still_the_day(nlp: Language) -> None:
    text = "The minister is preparing to announce his resignation, possibly as early as tomorrow, aides said."
    assert date_of(nlp, text, "announce", future=True) == ("2018-03-15", "relative")



def test_a_stage_of_talks_dates_the_talks(nlp: Language) -> None:
    text = "Kenya has no export target following this week's breakdown of coffee talks in London, he said."
    assert date_of(nlp, text, "talks") == ("2018-W11", "relative")


def test_talks_whose_collapse_came_before_are_background(nlp: Language) -> None:
    text = "Coffee prices fell sharply after the collapse of talks between Brazil and Colombia."
    assert date_of(nlp, text, "talks") == (None, "unknown")


def test_a_second_date_after_an_event_noun_is_the_noun_s(nlp: Language) -> None:
    text = ("The navy said it shelled the radar station on Monday in retaliation for a rebel rocket attack "
            "on a patrol boat last Friday.")
    assert date_of(nlp, text, "attack") == ("2018-03-09", "relative")


def test_an_act_reported_at_the_time_is_background(nlp: Language) -> None:
    text = ("Shares fell in March. Harlow Corp also reported at the time that it was the subject of a "
            "formal investigation by the Securities and Exchange Commission.")
    assert date_of(nlp, text, "investigation") == (None, "unknown")


def test_at_the_same_time_is_no_earlier_time(nlp: Language) -> None:
    text = "Iraqi warplanes hit the jetty in the afternoon and struck a tanker nearby at the same time."
    assert date_of(nlp, text, "struck") == ("2018-03-14", "publication")


def test_a_possessive_day_on_an_order_is_past(nlp: Language) -> None:
    # DATING_DAY is a Wednesday: "Friday's order" is the Friday before, not the coming one
    text = "Stocks fell as Friday's order by the President to impose duties on Korean steel worried investors."
    assert date_of(nlp, text, "impose", future=True) == ("2018-03-09", "relative")


def test_a_possessive_day_on_a_meeting_still_looks_ahead(nlp: Language) -> None:
    text = "The ministers will meet at Friday's session to approve the budget."
    assert date_of(nlp, text, "approve", future=True) == ("2018-03-16", "relative")


def test_a_past_perfect_where_clause_dates_its_own_act(nlp: Language) -> None:
    text = "Police arrested three activists in Guwahati, where they had torched a bus on March 2."
    assert date_of(nlp, text, "arrested") == ("2018-03-14", "publication")
    assert date_of(nlp, text, "torched") == ("2018-03-02", "explicit")


def test_an_act_named_with_its_date_just_before_takes_that_date(nlp: Language) -> None:
    text = ("The central bank will intervene in line with the March 2 Geneva agreement by five nations. "
            "Brazil, Chile, Peru, Mexico and Colombia agreed to cooperate in stabilising their currencies.")
    assert date_of(nlp, text, "agreed") == ("2018-03-02", "explicit")


def test_a_dated_thing_is_no_act_of_the_next_sentence(nlp: Language) -> None:
    text = ("Today's injection of liquidity shows the bank's concern. Dealers agreed that rates would fall.")
    assert date_of(nlp, text, "agreed") == ("2018-03-14", "publication")
