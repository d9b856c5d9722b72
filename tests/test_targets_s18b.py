"""Targets (session 18, round 2): parties the sentence names in a phrase the plain target readings skip: the
doer of the act an accusation is about ("allegations of torture by police"), the seller of a purchase ("agreed to
buy X from Y")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import entity_with
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-05-03"
DEAL_DAY = "1987-04-06"


def parties(result: ArticleResult, cameo_root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events whose CAMEO code starts with `cameo_root`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(cameo_root)]


# -- 1. the doer of the act an accusation is about ------------------------------------------------------

@pytest.mark.parametrize(("text", "accused"), [
    ("Allegations of extrajudicial killings by police have frequently surfaced in Honduras.", "HNDCOP"),
    ("Human Rights Watch made allegations of torture by Peruvian police on Monday.", "PERCOP"),
])
def test_the_doer_of_the_alleged_act_is_the_target(analyse: Analyse, text: str, accused: str) -> None:
    found = parties(analyse(text, DAY), "11")
    assert found and all(target == accused for _, target in found)


def test_the_doer_of_the_alleged_act_is_not_the_accuser(analyse: Analyse) -> None:
    result = analyse("Allegations of extrajudicial killings by police have frequently surfaced in Honduras.", DAY)
    assert all(source != "HNDCOP" for source, _ in parties(result, "11"))


def test_a_named_accuser_stays_the_source(analyse: Analyse) -> None:
    result = analyse("Human Rights Watch made allegations of torture by Peruvian police on Monday.", DAY)
    assert ("NGOHRIHRW", "PERCOP") in parties(result, "11")


def test_an_accusation_by_its_maker_about_no_act_keeps_the_maker_as_source(analyse: Analyse) -> None:
    """"criticism by the opposition": no act in an of-phrase, so the by-phrase is the critic."""
    result = analyse("The plan drew sharp criticism by the Peruvian opposition on Monday.", DAY)
    assert all(target != "PEROPP" for _, target in parties(result, "11"))


# -- 2. the seller of a purchase ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "seller"), [
    ("Halvern Group Ltd said it agreed to buy Orbis Life Insurance Co Ltd from Transamerica Corp for 60 mln "
     "dlrs.", "Transamerica Corp"),
    ("Dalmont Corp said it has completed the purchase of Kessler Life Insurance Co from Capital Holding Corp for "
     "cash.", "Capital Holding Corp"),
    ("Quaker Oil Corp acquired Valmont Lubricants Inc from Ashland Oil Inc for 200 mln dlrs.", "Ashland Oil Inc"),
])
def test_the_seller_is_the_target_of_a_purchase(analyse: Analyse, text: str, seller: str) -> None:
    result = analyse(text, DEAL_DAY)
    deals = [e for e in result.events if e.cameo[:2] in {"03", "05", "06"}]
    assert deals and all(e.target and e.target.entity_id == entity_with(result, seller).id for e in deals)


def test_a_province_a_thing_is_bought_in_is_not_the_seller(analyse: Analyse) -> None:
    result = analyse("Dalmont Corp said it agreed to buy a steel mill from Ontario for 30 mln dlrs.", DEAL_DAY)
    names = {ent.id: ent.name for ent in result.entities}
    assert all(names.get(e.target.entity_id) != "Ontario" for e in result.events if e.target)


def test_a_country_selling_is_the_target(analyse: Analyse) -> None:
    result = analyse("India agreed to buy 240,000 tonnes of Basra Light crude from Iraq.", DEAL_DAY)
    assert ("INDGOV", "IRQGOV") in parties(result, "05")  # an agreed purchase is the deal concluded: 057 (session 23)


# -- 3. the doer of an act done to no one, turned down --------------------------------------------------

def test_rejecting_a_resignation_targets_the_one_who_resigned(analyse: Analyse) -> None:
    result = analyse("President Luigi Rosso rejected the resignation of Prime Minister Carlo Bianchi's government "
                     "on Tuesday.", "1987-03-12")
    found = parties(result, "12")
    assert found and all(target is not None and target.endswith("GOV") for _, target in found)

