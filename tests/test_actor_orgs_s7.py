"""Companies' home country as a coder reads it (legal form, located phrase, exchange code, parent company,
then dateline and article), the company a business story's "the company" refers to, organisations' sector
from their words, and titles that carry a country."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entity_with
from newsevents import Article, ArticleResult, Pipeline
from newsevents.actors.layout import given_dateline_place
from newsevents.actors.org_names import default_org_names


@pytest.fixture(scope="module")
def filed(pipeline: Pipeline):
    cache: dict[tuple[str, str | None, str], ArticleResult] = {}

    def run(text: str, dateline: str | None = None, published: str = "1987-03-05") -> ArticleResult:
        key = (text, dateline, published)
        if key not in cache:
            cache[key] = pipeline.analyse(Article(id="t", text=text, published=date.fromisoformat(published),
                                                  dateline=dateline))
        return cache[key]

    return run


def actor_of(result: ArticleResult, mention: str) -> tuple[str | None, str | None]:
    ent = entity_with(result, mention)
    return (ent.actor.code, ent.actor.basis) if ent.actor else (None, None)


@pytest.mark.parametrize(("name", "form", "default"), [
    ("Redland Plc", "plc", "GBR"), ("Boral Pty Ltd", "pty", "AUS"), ("NV Philips Gloeilampenfabrieken", "nv", "NLD"),
    ("Grupo Acme S.A. de C.V.", "sa de cv", "MEX"), ("Montedison S.p.A.", "spa", "ITA"),
    ("Nippon Kokan K.K.", "kk", "JPN"), ("Svenska Tandstickor AB", "ab", "SWE"), ("Veba AG", "ag", None),
    ("Dart Group Inc", "inc", None),
])
def test_legal_forms_say_which_countries(name: str, form: str, default: str | None) -> None:
    legal = default_org_names().legal_home(name)
    assert legal is not None and legal.form == form and legal.default == default


def test_a_name_without_a_telling_form_has_none() -> None:
    names = default_org_names()
    assert names.legal_home("Cheung Kong (Holdings) Ltd") is None
    assert names.legal_home("Plc") is None  # the form alone names no company


def test_exchange_suffixes() -> None:
    names = default_org_names()
    assert names.ticker_country("RDLD.L") == "GBR"
    assert names.ticker_country("NKKT.T") == "JPN"
    assert names.ticker_country("Inc.") is None and names.ticker_country("U.S.") is None


def test_given_datelines_in_any_case() -> None:
    assert given_dateline_place("New York, March 5 -") == "New York"
    assert given_dateline_place("Calgary, Alberta, April 2 -") == "Calgary, Alberta"
    assert given_dateline_place("****LONDON, March 5 -") == "LONDON"
    assert given_dateline_place("MARIETTA, Pa., March 6 -") == "MARIETTA, Pa."
    assert given_dateline_place("APRIL 5  -") is None


def test_a_british_form_beats_a_foreign_dateline(filed) -> None:
    result = filed("Wexcombe Plc said it agreed to buy a stake in a local builder.", "SYDNEY, March 5 -")
    assert actor_of(result, "Wexcombe Plc") == ("GBRBUS", "title")


def test_a_shared_form_takes_the_dateline_it_fits(filed) -> None:
    result = filed("Tallowood Pty Ltd said it would close two mills.", "JOHANNESBURG, March 5 -")
    assert actor_of(result, "Tallowood Pty Ltd")[0] == "ZAFBUS"


def test_a_form_of_many_countries_takes_no_foreign_dateline(filed) -> None:
    result = filed("Kessler Feinmechanik AG said it would raise its dividend.", "NEW YORK, March 5 -")
    assert actor_of(result, "Kessler Feinmechanik AG") == ("BUS", None)
    result = filed("Kessler Feinmechanik AG said it would raise its dividend.", "ZURICH, March 5 -")
    assert actor_of(result, "Kessler Feinmechanik AG")[0] == "CHEBUS"


def test_an_exchange_code_places_a_company(filed) -> None:
    result = filed("Kanemori Steel Co Ltd <KNMS.T> said it would open a plant in Ohio.", "New York, March 5 -")
    assert actor_of(result, "Kanemori Steel Co Ltd") == ("JPNBUS", "context")


def test_a_company_named_after_a_table_company_is_of_its_country(filed) -> None:
    result = filed("Ford Motor Credit Co said it sold 200 mln dlrs of notes.", "FRANKFURT, March 5 -")
    assert actor_of(result, "Ford Motor Credit Co") == ("USABUS", "title")


def test_inc_of_a_town_in_a_state(filed) -> None:
    result = filed("Quarrytech Systems Inc of Plano, Texas, said it sued a supplier.", "LONDON, March 5 -")
    assert actor_of(result, "Quarrytech Systems Inc of Plano")[0] == "USABUS"


def test_the_company_is_the_company_named_before(filed) -> None:
    result = filed("Hollinshead Mining Corp of Toronto said it will develop two gold mines in Brazil. "
                   "The company said it raised 20 mln dlrs for the work.", "SAO PAULO, March 5 -")
    assert actor_of(result, "Hollinshead Mining Corp")[0] == "CANBUS"
    assert actor_of(result, "The company") == ("CANBUS", "context")


@pytest.mark.parametrize(("name", "sector"), [
    ("Air Line Pilots Association", "LAB"), ("Association of Flight Attendants", "LAB"),
    ("Galveston Metal Trades Council", "LAB"), ("Bankers Association", "BUS"), ("Workers Party", "PTY"),
    ("Revolutionary Armed Forces of Colombia", "REB"), ("Fuerzas Armadas Revolucionarias de Colombia", "REB"),
    ("Colombian Armed Forces", "MIL"),
])
def test_sector_from_the_name(name: str, sector: str) -> None:
    assert default_org_names().sector(name) == sector


def test_an_outlet_that_reports_is_media_of_the_story(filed) -> None:
    result = filed("Diario del Sur reported that gunmen killed two police officers in Acapulco.",
                   published="2015-03-05")
    assert actor_of(result, "Diario del Sur") == ("MEXMED", "article")


def test_a_title_only_one_government_uses(filed) -> None:
    result = filed("Deputy Secretary of State Carl Wendover said the talks would resume.", "RIYADH, March 5 -")
    assert actor_of(result, "Carl Wendover") == ("USAGOV", "title")
    result = filed("Home Secretary Alan Fothergill said the inquiry would report in May.", "NEW YORK, March 5 -")
    assert actor_of(result, "Alan Fothergill")[0] == "GBRGOV"


def test_a_minister_is_of_the_government_where_the_story_is_filed(filed) -> None:
    text = "Labour Minister Almiro Pazzetti said the strike was illegal."
    assert actor_of(filed(text, "BRASILIA, March 5 -"), "Almiro Pazzetti")[0].startswith("BRAGOV")
    # filed from Washington, a minister is a visitor: no country
    assert not (actor_of(filed(text, "WASHINGTON, March 5 -"), "Almiro Pazzetti")[0] or "").startswith("USA")


def test_a_title_on_the_day_beats_the_table_out_of_office(filed) -> None:
    result = filed("Vice President George Bush said the United States would not retreat.",
                   "WASHINGTON, Oct 5 -", published="1987-10-05")
    bush = next(e for e in result.entities if e.name == "George Bush")
    assert bush.actor is not None and bush.actor.code == "USAGOV"



def test_a_titled_politician_out_of_the_tables_days_keeps_his_country(filed) -> None:
    # the office tables know Eyskens only in other years; the title and the tables' one country say BELGOV
    result = filed("Finance Minister Mark Eyskens, who chairs the council of finance ministers, called for "
                   "stable currencies.", "BRUSSELS, March 5 -")
    assert actor_of(result, "Mark Eyskens")[0] == "BELGOV"


@pytest.mark.parametrize("text", [
    "Ecuador's Prosecutor General's Office opened an investigation into the former minister.",
    "The Prosecutor General's Office said it would appeal the ruling.",
])
def test_a_prosecution_service_is_the_judiciary(filed, text: str) -> None:
    code, _ = actor_of(filed(text, published="2016-05-02"), "Prosecutor General's Office")
    assert code is not None and code.endswith("JUD")
