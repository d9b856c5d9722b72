"""Event dates, seventh round: a date phrase is read with the tense of the clause it hangs on (the same
reading for the event stage and for TimeML values), a quarter's report reads "a year earlier" as that quarter
a year back, and the classes of events dated by the story's day while their sentence gives another time:
statements reported in the present perfect, documents "dated June 26", participle adjuncts ("speaking at
the weekend"), and coordinated clauses with their own subject or tense."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from conftest import DATING_DAY, date_of
from newsevents.events.dating import event_date, phrase_timing, sentence_unit
from newsevents.when import resolve_event_date, timex_value

# Three sentences before the sentence under test: it is in the story's body, where background is told.
LEDE = ("Trade talks go on. The talks on trade continued in Geneva on Tuesday, officials said. "
        "Delegates met again in the evening. ")


def _phrase(doc: Doc, text: str) -> Span:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    assert span is not None
    return span


def _timex(nlp: Language, sentence: str, phrase: str, published: date) -> str | None:
    """The TimeML value of `phrase` read in `sentence`, as benchmarks/timeml.py reads it."""
    span = _phrase(nlp(sentence), phrase)
    intended = any(t.lower_ in {"will", "shall"} for t in span.sent)
    future, past = phrase_timing(span, intended)
    return timex_value(phrase, published, future=future, past=past, unit=sentence_unit(span.root))


def _body_date(nlp: Language, sentence: str, trigger: str, future: bool = False) -> tuple[str | None, str]:
    """The date and basis of `trigger` told in the body of a story published on DATING_DAY (a Wednesday)."""
    doc = nlp(LEDE + sentence)
    tok = next(t for t in doc if t.text == trigger and t.idx >= len(LEDE))
    result = event_date(tok, [tok], DATING_DAY, future)
    return result.date, result.date_basis


# -- 1. the clause's tense says which weekday or month a phrase is ---------------------------------------

@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The minister will visit Tokyo on Monday to discuss the accord.", "Monday", "2018-03-19"),
    ("The minister visited Tokyo on Monday to discuss the accord.", "Monday", "2018-03-12"),
    ("The board will meet again on Friday, a spokesman said.", "Friday", "2018-03-16"),
    ("The company signed the supply contract in November.", "November", "2017-11"),
    ("The new plant will open in May.", "May", "2018-05"),
])
def test_the_clause_tense_places_a_weekday_or_month(nlp: Language, sentence: str, phrase: str,
                                                    expected: str) -> None:
    assert _timex(nlp, sentence, phrase, DATING_DAY) == expected


def test_a_bare_participle_is_told_past(nlp: Language) -> None:
    # the decision was announced before the story, whatever the appeal it leads to
    sentence = "They said they would appeal the decision, announced Monday by the ministry, to expel him."
    assert _timex(nlp, sentence, "Monday", DATING_DAY) == "2018-03-12"


def test_a_present_passive_is_not_past(nlp: Language) -> None:
    # "is expected in December": not a December gone by
    sentence = "Shareholders will receive $30 a share at the closing, which is expected in December."
    assert _timex(nlp, sentence, "December", date(2018, 10, 25)) == "2018-12"


def test_next_to_a_place_is_no_schedule(nlp: Language) -> None:
    text = "Two guards were killed and three others wounded in a blast next to the embassy on Friday."
    assert date_of(nlp, text, "wounded")[0] == "2018-03-09"


def test_after_a_dated_act_is_never_ahead(nlp: Language) -> None:
    sentence = "The father asked his relatives to end their court battle after Monday's ruling."
    assert _timex(nlp, sentence, "Monday", DATING_DAY) == "2018-03-12"


# -- 2. month-days without a year -------------------------------------------------------------------------

def test_a_past_clause_keeps_a_month_day_just_ahead_in_this_year() -> None:
    autumn = date(1989, 11, 2)
    assert resolve_event_date("Dec. 7", autumn, past=True).date == "1989-12-07"  # "payable Dec. 7"
    assert resolve_event_date("in December", autumn, past=True).date == "1988-12"  # a month not begun
    assert resolve_event_date("on Nov. 6", autumn).date == "1988-11-06"  # no tense given: the past one


def test_a_future_clause_keeps_a_month_day_just_gone_in_this_year() -> None:
    assert resolve_event_date("by Jan. 14", date(2000, 1, 15), future=True).date == "2000-01-14"
    assert resolve_event_date("on Feb. 11", date(1991, 2, 25), future=True).date == "1991-02-11"
    assert resolve_event_date("on Jan. 14", date(2000, 3, 15), future=True).date == "2001-01-14"


# -- 3. a quarter's report -------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "expected"), [
    ("a year earlier", "1988-Q3"),
    ("a year ago", "1988-Q3"),
    ("the year-ago period", "1988-Q3"),
    ("the latest period", "1989-Q3"),
    ("the 1988 period", "1988-Q3"),
    ("last year", "1988"),  # as often the whole year as the quarter
])
def test_a_quarter_report_reads_period_phrases_as_quarters(phrase: str, expected: str) -> None:
    assert timex_value(phrase, date(1989, 10, 26), unit="Q") == expected


def test_a_quarter_report_is_read_from_the_sentence(nlp: Language) -> None:
    sentence = "Third-quarter net income rose to $5 million from $4 million a year earlier."
    assert _timex(nlp, sentence, "a year earlier", date(1989, 10, 26)) == "1988-Q3"
    other = "The company was founded in Ohio a year earlier."
    assert sentence_unit(nlp(other)[0]) is None


# -- 4. events dated by the story's day while their sentence gives another time ----------------------------

def test_a_statement_reported_in_the_present_perfect_is_background(nlp: Language) -> None:
    sentence = "President Reagan has said he will veto any trade bill that includes the amendment."
    assert _body_date(nlp, sentence, "veto", future=True) == (None, "unknown")


def test_a_document_dated_a_day_dates_its_act(nlp: Language) -> None:
    assert _body_date(nlp, "The letter, dated March 9, asked the minister to delay the vote.", "asked")[0] \
        == "2018-03-09"


def test_a_participle_adjunct_tells_the_main_verb_time(nlp: Language) -> None:
    sentence = "The minister, speaking at the weekend, urged farmers to plant more maize."
    assert _body_date(nlp, sentence, "urged") == ("2018-W10", "relative")


def test_a_coordinated_clause_of_another_tense_lends_no_date(nlp: Language) -> None:
    sentence = "The union rejected the offer on Saturday and workers will strike, a spokesman said."
    assert _body_date(nlp, sentence, "strike", future=True)[0] != "2018-03-17"


def test_a_coordinated_clause_with_its_own_subject_lends_no_date(nlp: Language) -> None:
    sentence = "Japan's trade surplus rose in February, the ministry said, and Washington urged Tokyo to cut it."
    assert _body_date(nlp, sentence, "urged")[0] != "2018-02"


def test_a_shared_subject_conjunct_still_takes_the_date(nlp: Language) -> None:
    assert date_of(nlp, "Three men were arrested on Monday and charged with murder.", "charged")[0] == \
        "2018-03-12"


def test_a_party_announcing_its_own_act_dates_it(nlp: Language) -> None:
    sentence = "Ferruzzi announced last week it had agreed in principle to buy the sugar business."
    assert _body_date(nlp, sentence, "agreed") == ("2018-W10", "relative")


def test_a_report_of_another_party_s_act_stays_undated(nlp: Language) -> None:
    sentence = "The army said on Monday that rebels attacked the convoy near the border."
    assert _body_date(nlp, sentence, "attacked") == (None, "unknown")


def test_a_time_of_day_is_the_story_s_day(nlp: Language) -> None:
    sentence = "Officials measured the epicentre of the quake, which struck at 0940 hrs, under the sea."
    assert _body_date(nlp, sentence, "struck") == ("2018-03-14", "publication")


def test_verbs_sharing_one_predicate_share_its_date(nlp: Language) -> None:
    sentence = "The consul was abducted and shot in the capital in November 2011."
    assert date_of(nlp, sentence, "abducted")[0] == "2011-11"


def test_an_act_still_to_be_decided_on_takes_no_date_of_the_deciding(nlp: Language) -> None:
    sentence = "Japan will decide late next week whether to impose sanctions on the United States."
    assert _body_date(nlp, sentence, "impose", future=True) == (None, "unknown")


def test_one_incident_s_toll_told_in_two_passives_shares_its_date(nlp: Language) -> None:
    # the date hangs on the second passive ("were injured ... on February 12"); the killing is the same gunfight
    sentence = ("A cadre was killed and four others including two policemen were injured in a gunfight in "
                "Satkania on February 12.")
    assert date_of(nlp, sentence, "killed")[0].endswith("-02-12")
    # two active clauses with their own subjects are two acts: May is the rise's, not the urging's
    assert date_of(nlp, "The surplus rose in May, and Washington urged Tokyo to cut it.", "urged")[0] != \
        date_of(nlp, "The surplus rose in May, and Washington urged Tokyo to cut it.", "rose")[0]


def test_of_two_phrases_as_near_the_finer_dates_the_event(nlp: Language) -> None:
    sentence = "Earlier this month, the doctor was shot dead by gunmen in the old city on March 9."
    assert date_of(nlp, sentence, "shot")[0] == "2018-03-09"
