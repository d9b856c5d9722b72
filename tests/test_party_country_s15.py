"""Engineer C2, session 15: a party's country from its clause, the story and the titles it is named with."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of, mention_codes
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_an_arrest_in_an_after_phrase_is_by_the_police_of_its_clauses_place(analyse: Analyse) -> None:
    text = ("RIO DE JANEIRO - Brazilian police said on Tuesday that Joao Silva, a drug trafficker from Sao "
            "Paulo, is serving a sentence in the United Kingdom after being arrested.")
    result = analyse(text, "2019-05-03")
    arrests = {s for c, s, _ in mention_codes(result) if c.startswith("17")}
    assert arrests and not any((s or "").startswith("BRA") for s in arrests), arrests


def test_candidates_and_former_officials_are_of_the_storys_country(analyse: Analyse) -> None:
    text = ("MEXICO CITY - Candidate Juan Perez was shot dead on Sunday. Police arrested the former director "
            "of the IHSS, Mario Zelaya, on Monday.")
    result = analyse(text, "2019-05-03")
    assert code_of(result, "Juan Perez") == "MEXPTY"
    assert code_of(result, "Mario Zelaya") == "MEXELI"
