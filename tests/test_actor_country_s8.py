"""A party's country as a coder reads it: region names are no country's ("Central American gangs"), a
headline's one country is the story's though the body names where money went more often, companies' home
countries say nothing of where a story is; and companies named but left uncoded: a wire's instrument code
or angle brackets mark a company, so do its shares and "the company" that refers back to it; financial
instruments ("Philippine Investment Notes") and results-table figures ("cts") are no actors."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entity_with
from newsevents import Article, ArticleResult, Pipeline
from newsevents.actors.candidates import without_regions
from newsevents.actors.knowledge import default_knowledge, normalize
from newsevents.actors.org_names import default_org_names


@pytest.fixture(scope="module")
def filed(pipeline: Pipeline):
    cache: dict[tuple[str, str | None], ArticleResult] = {}

    def run(text: str, dateline: str | None = None, title: str | None = None) -> ArticleResult:
        key = (text, dateline)
        if key not in cache:
            cache[key] = pipeline.analyse(Article(id="t", text=text, published=date(1987, 3, 5),
                                                  dateline=dateline, title=title))
        return cache[key]

    return run


def code(result: ArticleResult, mention: str) -> str | None:
    ent = entity_with(result, mention)
    return ent.actor.code if ent.actor else None


def codes_named(result: ArticleResult, word: str) -> set[str | None]:
    """The codes of every entity a mention of which holds `word` (a headline's name may stay apart)."""
    return {e.actor.code if e.actor else None for e in result.entities
            if any(word in m.text for m in e.mentions)}


# -- region names are no country's -----------------------------------------------------------------

def test_region_names_are_blanked_out_word_by_word() -> None:
    assert without_regions(["central", "american", "gangs"]) == ["", "", "gangs"]
    assert without_regions(["latin", "america", "and", "mexico"]) == ["", "", "and", "mexico"]
    assert without_regions(["american", "gangs"]) == ["american", "gangs"]


def test_a_central_american_body_is_not_american(filed) -> None:
    result = filed("The Central American Integration Secretariat criticised the decision on Monday.")
    assert not (code(result, "Central American Integration Secretariat") or "").startswith("USA")


def test_central_american_migrants_are_not_us_civilians(filed) -> None:
    result = filed("The smugglers abandoned Central American migrants in the desert, officials said.")
    codes = [e.actor.code for e in result.entities if e.actor and e.actor.code]
    assert not any(c.startswith("USA") for c in codes)


# -- companies marked by the wire ------------------------------------------------------------------

def test_a_name_with_an_instrument_code_is_a_company_of_the_dateline(filed) -> None:
    text = ("Zentrol <ZNTL> Names New President\n\n"
            "Zentrol said it named Harold Brisco president.\n"
            "Zentrol said the appointment takes effect on April 1.")
    result = filed(text, "DALLAS, March 5 -")
    assert codes_named(result, "Zentrol") - {None} == {"USABUS"}  # the body's may be read as a person


def test_a_name_in_angle_brackets_is_a_company(filed) -> None:
    result = filed("Williams is the majority owner of <Audley Resources>, which sold the plant.",
                   "CHICAGO, March 5 -")
    assert codes_named(result, "Audley Resources") == {"USABUS"}


def test_a_body_with_shares_outstanding_is_a_company(filed) -> None:
    result = filed("Quorvex has 9.9 mln shares outstanding after the exchange.", "DENVER, March 5 -")
    assert code(result, "Quorvex") == "USABUS"


def test_the_company_tells_that_an_uncoded_name_is_a_company(filed) -> None:
    text = ("Telxon said its board removed the chairman.\n"
            "Telxon said the dispute concerns 20 mln dlrs of funds.\n"
            "The company said it would ask the court to rule on the dispute.")
    result = filed(text, "ALBUQUERQUE, N.M., March 5 -")
    assert codes_named(result, "Telxon") == {"USABUS"}


def test_a_law_named_once_is_not_the_company(filed) -> None:
    text = ("Nuvelle Products said regulators asserted that its creams are new drugs within the meaning of "
            "the Federal Food, Drug and Cosmetic Act.\n"
            "The company said it is reviewing the matter with counsel.")
    result = filed(text, "NEW YORK, March 5 -")
    assert codes_named(result, "Federal Food") <= {None}


def test_an_appositive_describing_a_name_gives_its_sector_and_base(filed) -> None:
    result = filed("Quintrex, a Toronto-based maker of copiers, said sales rose.")
    assert code(result, "Quintrex") == "CANBUS"


def test_a_news_website_in_an_appositive_is_media(filed) -> None:
    result = filed("Insight Pulse, a news website, said the mayor was threatened.")
    assert (code(result, "Insight Pulse") or "").endswith("MED")


def test_a_unit_named_after_a_known_company_is_a_company(filed) -> None:
    result = filed("Merrill Lynch Capital Markets said it would underwrite the offering.", "NEW YORK, March 5 -")
    assert code(result, "Merrill Lynch Capital Markets") == "USABUS"


def test_a_product_named_after_a_company_is_not_the_company(filed) -> None:
    result = filed("The gunmen fled in a Volkswagen Tiguan, police in Bogota said.")
    assert codes_named(result, "Tiguan") <= {None}


def test_a_company_named_in_spanish_is_of_the_story_country(filed) -> None:
    text = ("Peruvian prosecutors charged a former minister of Peru with taking bribes.\n"
            "Prosecutors in Lima said the money came from Peru's largest builder.\n"
            "The builder denied any dealings with Constructora Internacional del Pacifico.")
    result = filed(text)
    assert codes_named(result, "Constructora Internacional") == {"PERBUS"}


# -- instruments and figures are no actors ----------------------------------------------------------

@pytest.mark.parametrize(("name", "instrument"), [
    ("Philippine Investment Notes", True), ("Treasury Bills", True), ("cts", True), ("Revs 516.4", True),
    ("Comex Aluminum Futures", True), ("Refco Futures Inc", False),
    ("Bank of Japan", False), ("Nomura Securities", False), ("Investment Company of America", False),
])
def test_instrument_names(name: str, instrument: bool) -> None:
    assert default_org_names().instrument(name) is instrument


def test_an_instrument_named_with_a_country_word_is_no_actor(filed) -> None:
    text = ("The banks were reluctant to accept interest payments partly in Philippine Investment Notes "
            "instead of cash.")
    result = filed(text, "NEW YORK, March 27 -")
    assert not any("Notes" in e.name for e in result.entities)


# -- the headline's country is the story's ---------------------------------------------------------

def test_the_headline_country_decides_a_near_tie_with_where_the_money_went(filed) -> None:
    text = ("Cash Couriers Fly Dirty Money Out: Guatemala\n\n"
            "Couriers carry cash to Panama on daily flights.\n"
            "Guatemalan investigators in Quetzaltenango said the couriers flew to Panama twice a week.\n"
            "The money reached banks in Panama within hours.\n"
            "The police arrested three couriers at the airport on Monday.")
    result = filed(text, title="Cash Couriers Fly Dirty Money Out: Guatemala")
    assert code(result, "The police") == "GTMCOP"


# -- table rows ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("G.D. Searle", "USABUS"), ("Tektronix", "USABUS"), ("Internal Revenue Service", "USAGOV"),
    ("I P Sharp Associates", "CANBUS"),
])
def test_company_rows(name: str, expected: str) -> None:
    org = default_knowledge().organizations.get(normalize(name))
    assert org is not None and org.code == expected
