"""Actor sectors and countries the text gives: plural role nouns of one country act as that country's body
("U.S. officials" -> USAGOV), groups of countries are international, and a story's dateline or main country
is not given to a group the sentence places in another country."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline
from newsevents.actors.mentions import _ends_with_legal_form
from newsevents.actors.org_names import default_org_names


def run(pipeline: Pipeline, text: str) -> ArticleResult:
    return pipeline.analyse(Article(id="t", text=text, published=date(2015, 5, 2)))


def codes(result: ArticleResult) -> dict[str, str | None]:
    return {m.text: (e.actor.code if e.actor else None) for e in result.entities for m in e.mentions}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("U.S. officials said the talks with the rebels had failed.", "U.S. officials", "USAGOV"),
    ("American officials said the talks with the rebels had failed.", "American officials", "USAGOV"),
    ("Mexican prosecutors charged the former mayor with fraud on Tuesday.", "Mexican prosecutors", "MEXJUD"),
    ("Venezuela's prosecutors charged five men with smuggling fuel.", "Venezuela's prosecutors", "VENJUD"),
])
def test_plural_roles_of_one_country_are_its_body(pipeline: Pipeline, text: str, mention: str,
                                                   code: str) -> None:
    assert codes(run(pipeline, text)).get(mention) == code


def test_plural_roles_of_several_countries_stay_uncoded(pipeline: Pipeline) -> None:
    found = codes(run(pipeline, "U.S. and Soviet officials met in Geneva on Monday."))
    assert not any(text.endswith("officials") for text in found)


@pytest.mark.parametrize("name", ["Group of Five", "The Group of Seven", "Group of 20"])
def test_groups_of_countries_are_international(name: str) -> None:
    assert default_org_names().sector(name) == "IGO"


def test_company_group_is_still_a_business() -> None:
    assert default_org_names().sector("Nippon Mining Group") == "BUS"


def test_dateline_not_given_to_a_group_placed_abroad(pipeline: Pipeline) -> None:
    found = codes(run(pipeline, "WASHINGTON, May 2 - Hundreds of demonstrators clashed with police in "
                                "Caracas on Sunday."))
    assert not any((code or "").startswith("USA") for code in found.values())


def test_dateline_still_places_domestic_police(pipeline: Pipeline) -> None:
    found = codes(run(pipeline, "WASHINGTON, May 2 - Police arrested three men on Sunday."))
    assert found.get("Police") == "USACOP"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iris Varela, Venezuela's prisons chief, said the inmates would be moved.", "Iris Varela", "VENGOV"),
    ("Pakistan's intelligence chief met the Afghan president in Kabul.", "Pakistan's intelligence chief",
     "PAKSPY"),
])
def test_chiefs_of_a_service_have_its_sector(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    assert codes(run(pipeline, text)).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Officers in Freetown arrested the Sierra Leone policeman on Monday.", "the Sierra Leone policeman",
     "SLECOP"),
    ("The South Africa police said three men were held.", "The South Africa police", "ZAFCOP"),
])
def test_a_country_name_of_two_words_places_the_role_after_it(pipeline: Pipeline, text: str, mention: str,
                                                               code: str) -> None:
    assert codes(run(pipeline, text)).get(mention) == code


@pytest.mark.parametrize(("key", "company"), [
    ("coniston holdings", True), ("smith barney inc", True), ("john smith", False), ("inc", False),
])
def test_a_name_ending_with_a_legal_form_is_a_company(key: str, company: bool) -> None:
    assert _ends_with_legal_form(key) is company
