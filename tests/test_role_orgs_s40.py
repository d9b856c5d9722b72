"""A wire's capitalised singular role after a country word, which the NER takes for an organisation's name
("a U.S. Official said", "a U.S. Diplomat", "one U.S. Banker"): the phrase is read by the role-phrase reader
(actors/mentions.py `_trim_title`, actors/role_phrases.py `_wire_named_role`) and coded by the country and
the role's sector (USAGOV, USABUS), not by the bare country of "U.S."; a role of no country ("a Western
Diplomat") stays uncoded, and the lower-case "a U.S. official" still names no one in particular.
"""

from __future__ import annotations

from newsevents import ArticleResult


def codes(result: ArticleResult, name: str) -> set[str]:
    """The actor codes of the entities one of whose mentions reads `name`."""
    return {e.actor.code for e in result.entities if e.actor is not None
            and any(m.text.replace("\n", " ").endswith(name) for m in e.mentions)}


def test_a_capitalised_official_of_the_us_is_the_government(analyse) -> None:
    result = analyse("A U.S. Official said Japan had little hope of escaping the tariffs.", "1987-04-01")
    assert codes(result, "U.S. Official") == {"USAGOV"}


def test_a_capitalised_diplomat_after_a_quote_is_the_government(analyse) -> None:
    result = analyse("\"The government has lost its way,\" said a U.S. Diplomat, voicing a widely held "
                     "view.", "1987-04-01")
    assert codes(result, "U.S. Diplomat") == {"USAGOV"}


def test_a_capitalised_banker_is_business(analyse) -> None:
    result = analyse("A U.S. Banker said Beijing would keep paying its foreign loans.", "1987-04-01")
    assert codes(result, "U.S. Banker") == {"USABUS"}


def test_a_western_diplomat_and_a_lower_case_official_stay_unnamed(analyse) -> None:
    western = analyse("A Western Diplomat said Tehran had hit the tanker.", "1987-04-01")
    assert codes(western, "Western Diplomat") == set()
    lower = analyse("A U.S. official said Japan had little hope of escaping the tariffs.", "1987-04-01")
    assert codes(lower, "U.S. official") == set()
