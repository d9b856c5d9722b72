"""Actor codes, session 19b: a person the text calls "a current congressman" (or a sitting, incumbent, serving
one) holds that role now, whatever "former" role another mention gives; "former" alone still makes a state
office holder one of the elites.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from conftest import code_of


def test_current_role_beats_a_former_one_in_the_same_sentence(analyse) -> None:
    result = analyse("SAN SALVADOR, May 2 - Former presidential candidate Rodrigo Palacios, a current "
                     "congressman, was accused of fraud.", "2019-05-02")
    assert code_of(result, "Rodrigo Palacios") == "SLVLEG"


def test_current_role_beats_a_former_one_told_later(analyse) -> None:
    result = analyse("SAN SALVADOR, May 2 - Prosecutors accused Rodrigo Palacios of conspiracy. Palacios, a "
                     "former presidential candidate, is a current congressman.", "2019-05-02")
    assert code_of(result, "Palacios") == "SLVLEG"


def test_a_sitting_judge_once_a_minister_is_judiciary(analyse) -> None:
    result = analyse("GUATEMALA CITY, May 2 - Former interior minister Hector Mazariegos, a sitting judge, "
                     "was accused of taking bribes.", "2019-05-02")
    assert code_of(result, "Hector Mazariegos") == "GTMJUD"


def test_former_office_without_a_current_word_stays_elite(analyse) -> None:
    result = analyse("SAN SALVADOR, May 2 - Rodrigo Palacios, a former defense minister, met gang leaders "
                     "in prison, prosecutors said. The minister denied it.", "2019-05-02")
    assert code_of(result, "Rodrigo Palacios") == "SLVELI"
