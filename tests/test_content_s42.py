"""What a noun of ordering or asking asks for is no event of its own (session 42, audit issue 10; events/modality.py
`demanded_content`, noun_classes.csv `demand_noun`): "received orders from the government to free soldiers" tells an
order, not a release, whether the parser hangs the infinitive on the noun, on its from- or to-phrase, or on the verb
the noun is the object of. The act of one's own plan, agreement or operation, a purpose ("in order to"), and orders
carried out stay. All sentences written for these tests, after InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-06-10"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The judge said he received orders from the government to free Colombian soldiers.", "free"),
    ("Police received instructions from the ministry to arrest Colombian guerrillas.", "arrest"),
    ("The president ignored calls from the opposition to release FARC rebels.", "release"),
    ("Relatives made an appeal to the FARC to release the Colombian soldiers.", "release"),
    ("The Colombian army has orders to kill FARC rebels.", "kill"),
])
def test_the_content_of_an_order_or_appeal_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    ("The FARC plans to free Colombian soldiers.", "free", "084"),
    ("The FARC agreed to free Colombian soldiers.", "agreed", "035"),
    ("Colombian troops raided the camp in order to free Colombian soldiers.", "free", "084"),
    ("The soldiers carried out orders to kill FARC rebels in Cauca.", "kill", "190"),
])
def test_one_s_own_plan_purpose_or_orders_carried_out_stay(analyse: Analyse, text: str, trigger: str,
                                                          cameo: str) -> None:
    result = analyse(text, DAY)
    assert readings(result, trigger)
    assert any(e.cameo == cameo for e in result.events for m in e.mentions if m.trigger == trigger)
