"""Actors the tables do not know, coded as a human coder would from the text: sector from the name's words,
country from titles, possessives, of-phrases, locations, the dateline and the article's main country; and
what is not an actor at all (datelines, capitals inside company names, words of a Title-Case headline)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline
from newsevents.actors.layout import capitalised_headline, dateline_country
from newsevents.actors.org_names import default_org_names


def run(pipeline: Pipeline, text: str, title: str | None = None, dateline: str | None = None,
        published: str = "1987-05-02") -> ArticleResult:
    return pipeline.analyse(Article(id="t", text=text, title=title, dateline=dateline,
                                    published=date.fromisoformat(published)))


def actor_of(result: ArticleResult, name: str) -> tuple[str | None, str | None]:
    for entity in result.entities:
        if entity.name == name or any(m.text == name for m in entity.mentions):
            return (entity.actor.code, entity.actor.basis) if entity.actor else (None, None)
    raise AssertionError(f"no entity {name!r} in {[e.name for e in result.entities]}")


def names(result: ArticleResult) -> set[str]:
    return {m.text for e in result.entities for m in e.mentions}


@pytest.mark.parametrize(("name", "sector"), [
    ("Cooper Industries Inc", "BUS"), ("Agriculture Department", "GOV"), ("National Union of Mineworkers", "LAB"),
    ("Union Carbide Corp", "BUS"), ("Central Bank of Peru", "GOV"), ("Chicago Mercantile Exchange", "BUS"),
    ("The New York Times", "MED"), ("Kenyatta University", "EDU"), ("Morgan Stanley", None),
])
def test_sector_from_the_words_of_an_organisation_name(name: str, sector: str | None) -> None:
    assert default_org_names().sector(name) == sector


def test_headline_capitals_are_no_evidence_of_names() -> None:
    assert capitalised_headline("Standard Oil To Form Financial Unit")
    assert capitalised_headline("JAPAN RAISES DISCOUNT RATE")
    assert not capitalised_headline("Japan raises its discount rate to curb the yen")


def test_dateline_country_reads_us_state_abbreviations_and_cities() -> None:
    def country_of(text: str) -> str | None:
        return {"beirut": "LBN", "tokyo": "JPN"}.get(text.lower())
    assert dateline_country("BEIRUT", country_of) == "LBN"
    assert dateline_country("ROCHESTER, N.Y.", country_of) == "USA"
    assert dateline_country("HOUSTON", country_of) == "USA"


def test_title_possessive_and_of_phrase_give_the_country(pipeline: Pipeline) -> None:
    result = run(pipeline, "South Korean Finance Minister Chung In-yong met Lebanon's new President Elias Hrawi "
                           "in Beirut on Tuesday.")
    assert actor_of(result, "Chung In-yong") == ("KORGOV", "title")
    assert actor_of(result, "Elias Hrawi") == ("LBNGOV", "context")
    result = run(pipeline, "U.S. officials held talks with the president of the Peruvian central bank on Monday.")
    code, basis = actor_of(result, "the president of the Peruvian central bank")
    assert (code, basis) == ("PERGOV", "context")


def test_company_sector_and_location(pipeline: Pipeline) -> None:
    result = run(pipeline, "Houston-based Cooper Industries Inc said it agreed to buy a pipeline from "
                           "Texas Commerce Bancshares Inc on Monday.")
    assert actor_of(result, "Cooper Industries Inc") == ("USABUS", "context")
    assert actor_of(result, "Texas Commerce Bancshares Inc") == ("USABUS", "title")


def test_a_capital_inside_a_company_name_is_no_government(pipeline: Pipeline) -> None:
    result = run(pipeline, "Morgan Stanley and McDonnell Douglas Corp said they would cooperate with "
                           "One Valley Bancorp on the offering.")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert not any(code.endswith("GOV") for code in codes), codes
    assert actor_of(result, "McDonnell Douglas Corp")[0] == "BUS"


def test_the_dateline_is_where_the_story_was_filed_not_an_actor(pipeline: Pipeline) -> None:
    result = run(pipeline, "BEIRUT, May 2 (Reuters) - Syrian troops shelled Christian militia positions in "
                           "the mountains, the army said.")
    assert "BEIRUT" not in names(result)
    assert all(e.actor is None or not e.actor.code.startswith("LBN") or e.actor.basis != "dictionary"
               for e in result.entities)
    assert actor_of(result, "Syrian troops") == ("SYRMIL", "title")


def test_domestic_bodies_take_the_dateline_country(pipeline: Pipeline) -> None:
    result = run(pipeline, "The finance ministry said on Tuesday it would sue Sumitomo Metal Industries Ltd "
                           "over the contract.", dateline="TOKYO, March 3 -")
    assert actor_of(result, "The finance ministry") == ("JPNGOV", "dateline")
    assert actor_of(result, "Sumitomo Metal Industries Ltd") == ("JPNBUS", "dateline")


def test_unqualified_roles_take_the_article_country_but_named_visitors_do_not(pipeline: Pipeline) -> None:
    text = ("Niger's junta expelled the French ambassador on Friday. Niger had suspended military cooperation "
            "with France in July. The interior ministry said the decision was final. "
            "Assistant Secretary of State Molly Phee met the junta's leaders in Niamey.")
    result = run(pipeline, text, published="2024-03-16")
    assert actor_of(result, "The interior ministry") == ("NERGOV", "article")
    assert actor_of(result, "Molly Phee")[0] == "GOV"


def test_a_title_case_headline_is_not_read_as_one_organisation(pipeline: Pipeline) -> None:
    title = "Standard Oil Unit To Form Financial Venture"
    result = run(pipeline, f"{title}\n\nStandard Oil Co said its unit would form a venture with a bank.",
                 title=title)
    assert not any(m.text.startswith("Standard Oil Unit") for e in result.entities for m in e.mentions)


def test_a_description_in_apposition_places_a_person(pipeline: Pipeline) -> None:
    result = run(pipeline, "Police arrested Miguel Facundo Chinguel, a Peruvian drug trafficker, in Lima on "
                           "Friday.", published="2012-05-04")
    assert actor_of(result, "Miguel Facundo Chinguel") == ("PERCRM", "context")


def test_people_the_text_says_nothing_of_take_the_country_the_article_is_about(pipeline: Pipeline) -> None:
    text = ("Salvadoran police arrested gang leaders in San Salvador on Monday. El Salvador's attorney general "
            "said the MS13 controls much of El Salvador. Prosecutors accused Mauricio Arriaza Chicas of "
            "protecting the gang, and Guillermo Gallegos criticised the arrests.")
    result = run(pipeline, text, published="2016-08-01")
    assert actor_of(result, "Guillermo Gallegos") == ("SLV", "article")


def test_an_office_named_after_its_title_keeps_its_title_and_owner(pipeline: Pipeline) -> None:
    result = run(pipeline, "Mexico's Attorney General's Office charged the former governor with money "
                           "laundering on Tuesday.", published="2016-05-02")
    assert actor_of(result, "Attorney General's Office") == ("MEXJUD", "context")


def test_a_domestic_title_places_a_named_person_in_the_article_country(pipeline: Pipeline) -> None:
    text = ("Mexican troops arrested Mayor Jose Luis Abarca in Iguala on Tuesday. Mexico's government said the "
            "mayor ordered the attack. US Ambassador Tom Harlan met the Mexican interior minister.")
    result = run(pipeline, text, published="2014-11-04")
    assert actor_of(result, "Jose Luis Abarca") == ("MEXGOV", "article")
    assert actor_of(result, "Tom Harlan") == ("USAGOV", "title")


def test_a_person_described_as_speaking_for_a_known_body_takes_its_code(pipeline: Pipeline) -> None:
    text = ("Gulnara Shahinian, the United Nations special rapporteur on slavery, urged Brazil to pass the law. "
            "Brazil's congress has debated the law since 2001, and Brazilian farmers oppose it.")
    result = run(pipeline, text, published="2010-05-28")
    assert actor_of(result, "Gulnara Shahinian")[0] == "IGOUNO"
