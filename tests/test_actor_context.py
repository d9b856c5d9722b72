"""Actors the tables do not know, coded as a human coder would from the text: sector from the name's words,
country from titles, possessives, of-phrases, locations, the dateline and the article's main country; and
what is not an actor at all (datelines, capitals inside company names, words of a Title-Case headline)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline
from newsevents.actors.home import gazetteer_country
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
    ("International Cocoa Organization", "IGO"), ("Inter-American Development Bank", "IGO"),
    ("International Paper Co", "BUS"), ("Arab Bank", "BUS"),
])
def test_sector_from_the_words_of_an_organisation_name(name: str, sector: str | None) -> None:
    assert default_org_names().sector(name) == sector


def test_headline_capitals_are_no_evidence_of_names() -> None:
    assert capitalised_headline("Standard Oil To Form Financial Unit")
    assert capitalised_headline("JAPAN RAISES DISCOUNT RATE")
    assert not capitalised_headline("Japan raises its discount rate to curb the yen")


def test_dateline_country_reads_us_state_abbreviations_and_cities() -> None:
    def country_of(text: str) -> str | None:  # as the actor stage reads places: its tables, then the gazetteer
        return {"beirut": "LBN", "tokyo": "JPN"}.get(text.lower()) or gazetteer_country(text.lower())
    assert dateline_country("BEIRUT", country_of) == "LBN"
    assert dateline_country("ROCHESTER, N.Y.", country_of) == "USA"
    assert dateline_country("HOUSTON", country_of) == "USA"


NIGER = ("Niger's junta expelled the French ambassador on Friday. Niger had suspended military cooperation "
         "with France in July. The interior ministry said the decision was final. Assistant Secretary of State "
         "Molly Phee met the junta's leaders in Niamey.")
SALVADOR = ("Salvadoran police arrested gang leaders in San Salvador on Monday. El Salvador's attorney general "
            "said the MS13 controls much of El Salvador. Prosecutors accused Mauricio Arriaza Chicas of "
            "protecting the gang, and Guillermo Gallegos criticised the arrests.")
IGUALA = ("Mexican troops arrested Mayor Jose Luis Abarca in Iguala on Tuesday. Mexico's government said the "
          "mayor ordered the attack. US Ambassador Tom Harlan met the Mexican interior minister.")


# (what the rule is, article text, publication day, dateline, entity, expected (code, basis); basis None =
# not checked). Each row is one rule a human coder uses; the texts are written here, not taken from a corpus.
CODED = [
    ("nationality in the title", "South Korean Finance Minister Chung In-yong met Lebanon's new President Elias "
     "Hrawi in Beirut on Tuesday.", "1987-05-02", None, "Chung In-yong", ("KORGOV", "title")),
    ("possessive on the title", "South Korean Finance Minister Chung In-yong met Lebanon's new President Elias "
     "Hrawi in Beirut on Tuesday.", "1990-03-01", None, "Elias Hrawi", ("LBNGOV", None)),
    ("possessive on the title of someone no table knows", "Lebanon's new Defence Minister Farid Haddadin met "
     "Syrian officers in Beirut on Tuesday.", "1990-03-01", None, "Farid Haddadin", ("LBNMIL", "context")),
    ("of-phrase body, not the head of state", "U.S. officials held talks with the president of the Peruvian "
     "central bank on Monday.", "1987-05-02", None, "the president of the Peruvian central bank",
     ("PERGOV", "context")),
    # Companies no table knows (invented names: real ones are in the company tables now).
    ("X-based", "Houston-based Brazos Valve Industries Inc said it agreed to buy a pipeline from Texas Prairie "
     "Bancshares Inc on Monday.", "1987-05-02", None, "Brazos Valve Industries Inc", ("USABUS", "context")),
    ("US state in the name", "Houston-based Brazos Valve Industries Inc said it agreed to buy a pipeline from "
     "Texas Prairie Bancshares Inc on Monday.", "1987-05-02", None, "Texas Prairie Bancshares Inc",
     ("USABUS", "title")),
    ("X-based kept inside the entity beats the dateline", "Arden Holdings said on Monday it bought U.K.-based "
     "Harwell Cell Ltd from Marlow Industries Inc's battery unit.", "1987-03-16", "ATLANTA, March 16 -",
     "U.K.-based Harwell Cell Ltd", ("GBRBUS", "context")),
    ("known company", "Houston-based Cooper Industries Inc said it agreed to buy a pipeline on Monday.",
     "1987-05-02", None, "Cooper Industries Inc", ("USABUS", "dictionary")),
    ("dateline places domestic bodies", "The finance ministry said on Tuesday it would sue Sumitomo Metal "
     "Industries Ltd over the contract.", "1987-03-03", "TOKYO, March 3 -", "The finance ministry",
     ("JPNGOV", "dateline")),
    ("dateline places unknown companies", "The finance ministry said on Tuesday it would sue Hoshida Metal "
     "Works Ltd over the contract.", "1987-03-03", "TOKYO, March 3 -", "Hoshida Metal Works Ltd",
     ("JPNBUS", "dateline")),
    ("article country for an unqualified role", NIGER, "2024-03-16", None, "The interior ministry",
     ("NERGOV", "article")),
    # a visitor's title says her country, never the story's: "Assistant Secretary of State" only the US has
    ("no article country for a titled visitor", NIGER, "2024-03-16", None, "Molly Phee", ("USAGOV", None)),
    ("appositive description", "Police arrested Miguel Facundo Chinguel, a Peruvian drug trafficker, in Lima "
     "on Friday.", "2012-05-04", None, "Miguel Facundo Chinguel", ("PERCRM", "context")),
    ("article country for people the text says nothing of", SALVADOR, "2016-08-01", None, "Guillermo Gallegos",
     ("SLV", "article")),
    ("an office named after a title", "Mexico's Attorney General's Office charged the former governor with "
     "money laundering on Tuesday.", "2016-05-02", None, "Attorney General's Office", ("MEXJUD", "context")),
    ("domestic title, article country", IGUALA, "2014-11-04", None, "Jose Luis Abarca", ("MEXGOV", "article")),
    ("a nationality beats the article country", IGUALA, "2014-11-04", None, "Tom Harlan", ("USAGOV", "title")),
    ("speaks for a known body", "Gulnara Shahinian, the United Nations special rapporteur on slavery, urged "
     "Brazil to pass the law. Brazil's congress has debated the law since 2001, and Brazilian farmers oppose "
     "it.", "2010-05-28", None, "Gulnara Shahinian", ("IGOUNO", None)),
]


@pytest.mark.parametrize(("rule", "text", "published", "dateline", "name", "expected"), CODED,
                         ids=[row[0] for row in CODED])
def test_actors_coded_from_the_text(pipeline: Pipeline, rule: str, text: str, published: str,
                                    dateline: str | None, name: str, expected: tuple[str, str | None]) -> None:
    code, basis = actor_of(run(pipeline, text, dateline=dateline, published=published), name)
    assert code == expected[0], rule
    if expected[1] is not None:
        assert basis == expected[1], rule


def test_a_capital_inside_a_company_name_is_no_government(pipeline: Pipeline) -> None:
    result = run(pipeline, "Morgan Stanley and McDonnell Douglas Corp said they would cooperate with "
                           "One Valley Bancorp on the offering.")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert not any(code.endswith("GOV") for code in codes), codes
    assert actor_of(result, "McDonnell Douglas Corp")[0] == "USABUS"  # the company table knows it
    invented = run(pipeline, "Harwick Stanley Securities and Pemberton Douglas Corp said they would cooperate "
                             "with One Valley Bancorp on the offering.")
    assert actor_of(invented, "Harwick Stanley Securities")[0] == "BUS"
    assert actor_of(invented, "Pemberton Douglas Corp")[0] == "BUS"


def test_the_dateline_is_where_the_story_was_filed_not_an_actor(pipeline: Pipeline) -> None:
    result = run(pipeline, "BEIRUT, May 2 (Reuters) - Syrian troops shelled Christian militia positions in "
                           "the mountains, the army said.")
    assert "BEIRUT" not in names(result)
    assert actor_of(result, "Syrian troops") == ("SYRMIL", "title")


def test_a_title_case_headline_is_not_read_as_one_organisation(pipeline: Pipeline) -> None:
    title = "Standard Oil Unit To Form Financial Venture"
    result = run(pipeline, f"{title}\n\nStandard Oil Co said its unit would form a venture with a bank.",
                 title=title)
    assert not any(m.text.startswith("Standard Oil Unit") for e in result.entities for m in e.mentions)


@pytest.mark.parametrize(("text", "published", "name", "expected"), [
    ("Wayne Bennett, chairman of Ashland Oil Inc, said the company would sell its coal unit. Bennett said "
     "talks with buyers had begun.", "1987-05-02", "Wayne Bennett", "Wayne Bennett"),
    ("Bennett said the company would sell its coal unit to Texaco Inc.", "1987-05-02", "Bennett", "Bennett"),
    ("Bennett met Putin in Moscow on Saturday.", "2022-03-05", "Bennett", "Naftali Bennett"),
    ("Obama criticised Trump on Tuesday.", "2019-03-05", "Trump", "Donald Trump"),
    # two holders of one surname: the one in office nearest the story's day
    ("Baker will meet Stoltenberg in Paris next week.", "1987-03-12", "Stoltenberg", "Gerhard Stoltenberg"),
    ("Blinken will meet Stoltenberg in Brussels next week.", "2021-03-12", "Stoltenberg", "Jens Stoltenberg"),
])
def test_a_surname_is_the_office_holder_only_near_the_years_of_office(
        pipeline: Pipeline, text: str, published: str, name: str, expected: str) -> None:
    result = run(pipeline, text, published=published)
    entity = next(e for e in result.entities if any(m.text == name for m in e.mentions))
    assert entity.name == expected


def test_people_sharing_a_surname_and_first_name_stay_apart_when_their_middle_names_differ(
        pipeline: Pipeline) -> None:
    text = ("Juan Antonio Hernandez, the brother of President Juan Orlando Hernandez, was convicted in New York "
            "on Friday. Juan Orlando Hernandez denied the charges.")
    result = run(pipeline, text, published="2019-10-19")
    people = [e for e in result.entities if e.type == "PERSON" and "Hernandez" in e.name]
    assert len(people) == 2, [(e.name, [m.text for m in e.mentions]) for e in people]


@pytest.mark.parametrize(("text", "short", "full"), [
    ("Rockwell International Corp said it agreed to sell its unit to Valeo SA. Rockwell said the sale would "
     "close in May.", "Rockwell", "Rockwell International"),
    ("Indonesia asked the World Bank for a loan. The Bank said it would send a mission to Jakarta.", "Bank",
     "World Bank"),
])
def test_a_short_form_is_the_organisation_named_in_full_before(
        pipeline: Pipeline, text: str, short: str, full: str) -> None:
    result = run(pipeline, text)
    entity = next(e for e in result.entities if any(m.text == short for m in e.mentions))
    assert entity.name == full


def test_states_and_cities_are_places_of_their_own_not_names_of_their_country(pipeline: Pipeline) -> None:
    text = ("Israeli and Palestinian negotiators met in New York on Tuesday. The United States hosted the talks. "
            "Texas sued the administration.")
    result = run(pipeline, text)
    usa = next(e for e in result.entities if e.name == "United States")
    assert {m.text for m in usa.mentions} == {"United States"}
    # a US state that acts ("sued") is its state government, USAGOV, the country's code, never a separate actor
    assert actor_of(result, "Texas")[0] == "USAGOV"


def test_a_company_named_after_georgia_is_american(pipeline: Pipeline) -> None:
    result = run(pipeline, "Georgia Textile Mills Co said it would sell its unit to Southern Co.")
    assert actor_of(result, "Georgia Textile Mills Co") == ("USABUS", "title")
    assert actor_of(run(pipeline, "Georgia Power Co said it would raise rates."), "Georgia Power Co")[0] == "USABUS"


def test_places_the_tables_do_not_know_still_tell_the_article_s_country(pipeline: Pipeline) -> None:
    text = ("Maoists killed a trader in Kalahandi district on Monday. Security Forces recovered explosives in "
            "Rayagada. The police said the cadres fled to Malkangiri.")
    result = pipeline.analyse(Article(id="t", text=text))
    # the clause's town (Rayagada, in India) places the group before the article's country does
    assert actor_of(result, "Security Forces") == ("INDMIL", "context")


def test_an_unknown_name_in_a_business_context_is_a_company(pipeline: Pipeline) -> None:
    result = run(pipeline, "Shares of Quimbor rose 40 cts after the bid.", dateline="NEW YORK, March 3 -",
                 published="1987-03-03")
    assert actor_of(result, "Quimbor") == ("USABUS", "dateline")


def test_a_position_in_an_organisation_named_at_length_takes_its_code(pipeline: Pipeline) -> None:
    text = ("Sipho Mabena, general secretary of the Congress of South African Trade Unions, said the strike "
            "would go on.")
    assert actor_of(run(pipeline, text), "Sipho Mabena") == ("ZAFLAB", "context")
