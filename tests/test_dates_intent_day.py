"""Event dates: a day already gone ("yesterday", "last night") that the parser hangs on an intended act (an
infinitive on the past verb's object: "announced her decision to quit ... yesterday") dates the verb that told
the intent, not the publication day; a day ahead stays with the intended act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import date_of


@pytest.mark.parametrize("sentence", [
    "The aide said Moreno announced her decision to quit the cabinet late yesterday during a party meeting.",
    "Officials said the governor announced his plan to sell the utility last night at a news conference.",
])
def test_a_gone_day_on_an_intended_act_dates_the_telling(nlp: Language, sentence: str) -> None:
    assert date_of(nlp, sentence, "announced") == ("2018-03-13", "relative")


def test_a_day_ahead_stays_with_the_intended_act(nlp: Language) -> None:
    date, _basis = date_of(nlp, "The governor announced his plan to sell the utility next month.", "announced")
    assert date != "2018-03-13"
