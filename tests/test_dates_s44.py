"""Event dates from phrases about something else (session 44).

- a date on a deadline a verb sets, gives or moves ("gave importers a November deadline") is the limit's,
  not the day of the act that sets it, nor of an act coordinated with it; a day on the act's own clause
  ("attacked a post last week") and a deadline in a clause the act reports leave the act's own day;
- a day the parser hung on the act a deadline is put on ("put a deadline on the negotiations of July 1") is
  the deadline's, not the negotiations';
- in a record with no publication date, a month-day the NER ran into a time of day ("March 14 in a morning")
  is still the month-day;
- a date in a gerund's phrase on another noun ("for help in financing the dam next year") is the gerund's
  time, not the act's;
- an act only advised or owed ("Iran should negotiate", "Iraq must withdraw") has no day of its own, as one
  only possible; with a time of its own ("should sign the accord next month") it keeps it;
- a "whose" relative clause the parser made the head of its sentence ("States, whose trade totaled ... last
  year, have been holding talks") lends its time to no act joined to it;
- an act done by speaking that the parser joined to the clause a dated speech reports ("said the kingdom
  wanted ... and called on Madrid to open talks") is the speaker's, made in that speech: its day;
- a simple past the parser joined to a modal's verb ("told them Japan must follow the plan and urged them
  to act") shares no auxiliary: it is done, on the story's day.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from conftest import event_dates_on as _dated
from newsevents.events.dating import _misparsed_whose_clause


def test_a_deadline_given_is_not_the_day_of_the_giving(analyse) -> None:
    text = ("Norway Sets Sanctions\nNorway announced new sanctions against Libya and gave importers a November "
            "deadline to end their contracts.")
    assert _dated(analyse, text, "gave", "1987-04-08") == ["1987-04-08"]
    assert _dated(analyse, text, "announced", "1987-04-08") == ["1987-04-08"]


def test_a_deadline_on_the_talks_does_not_date_the_talks(analyse) -> None:
    text = ("Trade Talks Continue\nWashington and Ottawa have been negotiating a trade pact since last May. "
            "Washington put a deadline on the negotiations of July 1, but both sides said a deal is likely.")
    dates = _dated(analyse, text, "negotiating", "1987-04-08")
    assert "1986-07-01" not in dates and "1987-07-01" not in dates


def test_a_day_on_the_acts_own_clause_still_dates_it(analyse) -> None:
    text = ("Rebels Attack Post\nRebels attacked an army post in the north last week and set fire to a depot, "
            "the army said.")
    assert _dated(analyse, text, "attacked", "1987-04-08") == ["1987-W14"]


def test_a_deadline_told_in_a_reported_clause_leaves_the_acts_day(analyse) -> None:
    text = ("Sweden Announces Curbs\nSweden on Tuesday announced sanctions against Libya, and said firms would "
            "have to meet an October deadline.")
    assert _dated(analyse, text, "announced", "1987-04-08") == ["1987-04-07"]


def test_a_month_day_run_into_a_time_of_day_is_still_the_day(analyse) -> None:
    text = "Prosecutor Speaks\nAttorney General Jose Ortiz announced his decision on March 14 in a morning address."
    assert _dated(analyse, text, "announced") == ["XXXX-03-14"]


def test_a_gerunds_year_on_another_noun_does_not_date_the_request(analyse) -> None:
    text = ("Brazil Seeks Loans\nBrazilian officials are asking the World Bank for loans for financing the "
            "Itaipu dam next year, sources said.")
    assert _dated(analyse, text, "asking", "1987-04-08") == ["1987-04-08"]


def test_an_act_only_advised_has_no_day(analyse) -> None:
    text = "Talks Urged\nThe minister said Iran should negotiate with Iraq to end the war."
    assert _dated(analyse, text, "negotiate", "1987-06-18") == [None]


def test_an_act_owed_has_no_day(analyse) -> None:
    text = "Troops\nIraq must withdraw its troops from the border, the president said."
    assert _dated(analyse, text, "withdraw", "1987-06-18") == [None]


def test_an_advised_act_with_its_own_time_keeps_it(analyse) -> None:
    text = "Talks\nBritain and France should sign the accord next month, officials said."
    assert set(_dated(analyse, text, "sign", "1987-06-18")) == {"1987-07"}


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_whose_clause_the_parser_made_the_head_is_told_apart() -> None:
    # "States, whose trade totaled dlrs last year, have been holding talks": "whose trade" hung on the
    # subject, "totaled" made the root and "holding" its conjunct
    words = ["States", ",", "whose", "trade", "totaled", "dlrs", ",", "have", "been", "holding", "talks"]
    heads = [4, 0, 3, 0, 4, 4, 4, 9, 9, 4, 9]
    deps = ["nsubj", "punct", "poss", "appos", "ROOT", "dobj", "punct", "aux", "aux", "conj", "dobj"]
    tags = ["NNP", ",", "WP$", "NN", "VBD", "NNS", ",", "VBP", "VBN", "VBG", "NNS"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT", "AUX", "AUX", "VERB", "NOUN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert _misparsed_whose_clause(doc[4])


def test_a_main_verb_after_a_parsed_whose_clause_is_no_relative_clause() -> None:
    # "Texaco, whose shares fell, sued Pennzoil": "fell" is the relative clause's verb, "sued" the main one
    words = ["Texaco", ",", "whose", "shares", "fell", ",", "sued", "Pennzoil"]
    heads = [6, 0, 3, 4, 0, 0, 6, 6]
    deps = ["nsubj", "punct", "poss", "nsubj", "relcl", "punct", "ROOT", "dobj"]
    tags = ["NNP", ",", "WP$", "NNS", "VBD", ",", "VBD", "NNP"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PROPN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert not _misparsed_whose_clause(doc[6])


def test_a_speakers_second_act_hung_on_the_reported_clause_takes_the_speechs_day(analyse) -> None:
    text = ("Hassan Seeks Talks\nKing Hassan of Morocco, in an interview with a French newspaper on March 10, "
            "said the kingdom wanted good relations with Spain and called on Madrid to open talks on the "
            "enclaves.")
    assert _dated(analyse, text, "called", "1987-03-13") == ["1987-03-10"]


def test_an_act_with_its_own_subject_in_the_reported_clause_is_not_the_speakers(analyse) -> None:
    text = ("Hassan Seeks Talks\nKing Hassan of Morocco, in an interview with a French newspaper on March 10, "
            "said the kingdom wanted good relations and Spain rejected his offer of talks.")
    assert "1987-03-10" not in _dated(analyse, text, "rejected", "1987-03-13")


def test_a_simple_past_joined_to_a_modals_verb_does_not_share_the_modal(analyse) -> None:
    text = ("Cabinet Meets\nPrime Minister Nakasone told his ministers that Japan must follow the new plan and "
            "urged them to make efforts to achieve it.")
    assert _dated(analyse, text, "urged", "1987-04-21") == ["1987-04-21"]


def test_a_base_form_joined_to_a_modals_verb_shares_it(analyse) -> None:
    text = "Talks Urged\nThe minister said Iran should negotiate with Iraq and end the war."
    assert _dated(analyse, text, "negotiate", "1987-06-18") == [None]
