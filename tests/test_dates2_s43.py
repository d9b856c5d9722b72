"""Event dates in incident digests with no publication date (SATP-like records, session 43).

- a date the NER ran on across a tab into the record's next column ("on March 8<TAB>1<TAB>0") is the
  month-day before the tab, not an unreadable phrase;
- an act a doer confesses or admits to ("confessed to killing two traders") was done before the confession:
  the confession's day, or the report's, is not its day;
- a day on a coordinated clause with its own subject ("but he ignored the advice and resumed work on
  Monday March 4") is not the day of the acts told in the complement of the clause it is joined to;
- in a record with no publication date, a sentence telling a day counted from the newspaper's own ("last
  evening") brings the story back to the lead's day after a flashback ("was launched four days ago");
- an act the subject suffers, named by "came under" or "fell into" ("came under heavy fire"), is one act of
  the incident the lead's day dates, told with "the" or not;
- a "later" after the event in its own sentence, on another clause ("the Police retaliated ... and later
  the militants fled"), tells what followed the event, not that the event is past the lead's day.
"""

from __future__ import annotations

from conftest import event_dates_on as _dated


def test_a_date_run_on_into_a_tab_column_is_read_before_the_tab(analyse) -> None:
    text = ("Police arrested two suspects in Quetta on March 3, reports Dawn. The militants also admitted they "
            "had killed two soldiers near the Saddar Bazaar on June 19\t1\t0\t0")
    assert _dated(analyse, text, "killed") == ["XXXX-06-19"]


def test_a_confessed_killing_does_not_take_the_reports_day(analyse) -> None:
    text = ("Two militants of a banned outfit Kashif alias Kala and Sajid alias Baba confessed to killing four "
            "Rangers in Orangi Town of Karachi the provincial capital of Sindh reports The Nation on March 9")
    assert _dated(analyse, text, "killing") == [None]


def test_an_act_admitted_with_its_own_day_keeps_that_day(analyse) -> None:
    text = ("A former paramilitary commander admitted ordering the killing of three farmers in March 2004, "
            "prosecutors said.")
    assert _dated(analyse, text, "killing", "2010-06-02") == ["2004-03"]


def test_a_day_on_another_subjects_conjunct_does_not_date_the_reported_acts(analyse) -> None:
    text = ("Maoists killed a road contractor and torched four trucks in Bijapur District on March 5, reports "
            "The Hindu. The SP said around twenty armed Maoists stormed the work site and started thrashing "
            "labourers and fled into the forest but the contractor ignored the advice of the police and started "
            "work on Monday March 4.")
    assert _dated(analyse, text, "thrashing") == [None]


def test_a_day_on_the_reporting_clause_still_dates_its_own_conjunct(analyse) -> None:
    # the negative case: the date's clause is the event's own conjunct, not another clause's
    text = ("Police arrested three cadres of the outfit and seized two pistols from them in Imphal on July 6, "
            "reports The Sangai Express.")
    assert _dated(analyse, text, "seized") == ["XXXX-07-06"]


def test_last_evening_brings_the_digest_back_to_the_leads_day(analyse) -> None:
    text = ("Two militants were killed in an encounter in Dardpora village of Kupwara District on August 12, "
            "reports Greater Kashmir. The search operation in the village was launched four days ago after "
            "troops received information about the militants. The militants were cornered last evening and "
            "they fired on the troops, triggering a gunfight.")
    assert _dated(analyse, text, "fired") == ["XXXX-08-12"]


def test_without_a_days_word_the_flashback_still_moves_the_story_off_the_leads_day(analyse) -> None:
    # the negative case: no "last evening" in the event's sentence, the flashback's time stands
    text = ("Two militants were killed in an encounter in Dardpora village of Kupwara District on August 12, "
            "reports Greater Kashmir. The search operation in the village was launched four days ago after "
            "troops received information about the militants. The militants fired on the troops.")
    assert _dated(analyse, text, "fired") == [None]


def test_fire_a_force_came_under_takes_the_leads_day(analyse) -> None:
    text = ("A Maoist was killed in an exchange of fire with Security Forces in Sukma District on April 9, "
            "reports The Pioneer. A joint team of CRPF and District Police was on a search operation in the "
            "forests of Kistaram. While they were moving into the forest, the SFs came under heavy fire from "
            "a group of Maoists, the SP said.")
    assert _dated(analyse, text, "fire")[-1] == "XXXX-04-09"


def test_a_later_step_after_the_act_in_its_sentence_keeps_the_act_on_the_leads_day(analyse) -> None:
    text = ("Militants of the outfit made a failed attempt to storm a Police camp at Dambo in West Garo Hills "
            "District on May 14, reports The Shillong Times. The sentry spotted the militants near the gate. "
            "However, the militants opened fire and the Police retaliated and the two sides exchanged fire for "
            "about 30 minutes and later the militants fled into the jungle.")
    assert _dated(analyse, text, "retaliated") == ["XXXX-05-14"]


def test_a_later_on_the_act_itself_still_moves_it_off_the_leads_day(analyse) -> None:
    # the negative case: the "later" tells the event's own clause
    text = ("Militants of the outfit made a failed attempt to storm a Police camp at Dambo in West Garo Hills "
            "District on May 14, reports The Shillong Times. The sentry spotted the militants near the gate. "
            "The Police later retaliated and the militants fled into the jungle.")
    assert _dated(analyse, text, "retaliated") == [None]
