"""Engineer D, session 14: a party's own country beats the dateline's and the story's other country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from conftest import code_of, mention_codes
from newsevents.actors.home import place_choice
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_a_shared_place_name_is_the_story_countrys() -> None:
    # "Santa Cruz": Argentina's province under its main name, Bolivia's department and largest city under
    # other names; a story about Bolivia means Bolivia's
    assert place_choice("santa cruz", Counter({"BOL": 6, "BRA": 2})) == "BOL"
    # a story naming no country reads the name as its likeliest place
    assert place_choice("santa cruz", Counter()) == "ARG"
    # a town the gazetteer knows only by another name is the story's main country's
    assert place_choice("yapacani", Counter({"BOL": 3})) == "BOL"
    assert place_choice("yapacani", Counter({"PER": 3})) is None
    # one mention of the United States does not make "Geneva" an American town
    assert place_choice("geneva", Counter({"USA": 1})) == "CHE"


def test_a_story_about_one_country_places_its_towns_there(analyse: Analyse) -> None:
    text = ("Bolivia to build anti-drug base\n"
            "Bolivian Interior Minister Carlos Romero said on Monday that the base will be built in Santa Cruz, "
            "Bolivia's largest department. Bolivian officials said Santa Cruz had become a trafficking hub. "
            "In Santa Cruz, anti-narcotics police clashed with an armed gang, arresting 16 people. Bolivian "
            "authorities said the gang smuggled cocaine to Brazil.")
    result = analyse(text, "2013-10-07")
    codes = {c for _, s, t in mention_codes(result) for c in (s, t) if c}
    assert not any(c.startswith("ARG") for c in codes), codes


def test_leaders_exemplified_are_of_their_own_countries(analyse: Analyse) -> None:
    text = ("Uruguay's senate passed the marijuana bill on Tuesday. Uruguayan officials welcomed the vote. "
            "In 2012, leaders like Colombian President Juan Manuel Santos and Guatemala's Otto Perez Molina "
            "called for a regional debate on drug legalization.")
    result = analyse(text, "2013-12-12")
    sources = {s for c, s, _ in mention_codes(result) if c.startswith("02")}
    assert "COLGOV" in sources and "GTMGOV" in sources, sources
    assert "URYGOV" not in sources


def test_a_company_unit_named_with_its_parent_is_of_the_parents_country(analyse: Analyse) -> None:
    text = ("TORONTO, March 20 - Cineplex Odeon Corp said it agreed to acquire a cinema chain from Coca-Cola "
            "Co's Entertainment Holdings Inc unit for 32.5 mln dlrs.")
    result = analyse(text, "1987-03-20")
    assert code_of(result, "Coca-Cola Co's Entertainment Holdings Inc") == "USABUS"


def test_a_company_of_a_country_is_that_countrys_under_another_dateline(analyse: Analyse) -> None:
    text = ("SAO PAULO, March 20 - The Brazilian central bank said it signed a contract with Atwell Fleming "
            "Printing Ltd of Canada to print banknotes.")
    result = analyse(text, "1987-03-20")
    assert code_of(result, "Atwell Fleming Printing Ltd of Canada") == "CANBUS"


def test_police_arresting_abroad_are_of_the_place_of_the_arrest(analyse: Analyse) -> None:
    # the arrest's place is the clause its after-phrase hangs on, not the story's country
    text = ("Marcos Lima, a Brazilian smuggler, is serving a prison sentence of three years in the United Kingdom after being arrested "
            "in June 2018, reported the Folha.")
    result = analyse(text, "2019-03-01")
    sources = {s for c, s, _ in mention_codes(result) if c.startswith("173")}
    assert sources <= {"GBRCOP"} and sources, sources


def test_a_multinationals_national_unit_is_of_its_country(analyse: Analyse) -> None:
    def code(text: str, name: str) -> str | None:
        result = analyse(text, "1987-03-20")
        found = [e.actor.code for e in result.entities if e.name == name and e.actor]
        assert found, [e.name for e in result.entities]
        return found[0]

    assert code("TORONTO, March 20 - Ford Motor Co of Canada Ltd said it agreed to buy a parts plant from "
                "General Motors.", "Ford Motor") == "CANBUS"
    assert code("SAO PAULO, March 20 - General Motors do Brasil said it would dismiss 2,000 workers.",
                "General Motors") == "BRABUS"
    # a company followed by its own country's name stays the parent's
    assert code("DETROIT, March 20 - General Motors of the United States closed a plant in Canada.",
                "General Motors") == "USABUS"
