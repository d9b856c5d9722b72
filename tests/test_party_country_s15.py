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


def test_the_government_after_a_sentence_about_another_country_is_that_countrys(analyse: Analyse) -> None:
    text = ("WASHINGTON, March 3 - The number of drilling rigs in use fell by 30 this week, Baker Hughes said. "
            "Canada banned the movement of rigs on its roads for the spring thaw. The government said the ban "
            "would be lifted in May.")
    result = analyse(text, "1987-03-03")
    assert code_of(result, "The government") == "CANGOV"


def test_the_government_in_a_story_about_its_own_country_stays_the_storys(analyse: Analyse) -> None:
    text = ("WASHINGTON, March 3 - The Senate passed the trade bill on Tuesday. Japan's exports rose 3 pct. "
            "The administration and the Senate argued. The government said it would sign the bill.")
    result = analyse(text, "1987-03-03")
    assert code_of(result, "The government") == "USAGOV"


def test_the_companies_of_two_countries_get_no_dateline_guess(analyse: Analyse) -> None:
    text = ("TOKYO, March 3 - Toyota Motor Corp and General Motors Corp agreed to form a joint venture to build "
            "cars in California. The companies said they would invest 300 mln dlrs in the venture.")
    result = analyse(text, "1987-03-03")
    codes = {(e.name, e.actor.code if e.actor else None) for e in result.entities}
    assert not any(name.lower().endswith("company") and code == "JPNBUS" for name, code in codes), codes
    one = analyse("TOKYO, March 3 - Toyota Motor Corp and Nissan Motor Co agreed to cut car exports. The "
                  "companies said they would cut exports by 10 pct.", "1987-03-03")
    assert any(e.actor is not None and e.actor.code == "JPNBUS" and e.actor.basis == "dateline"
               for e in one.entities)

