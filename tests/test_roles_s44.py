"""Roles, session 44: a person or group named by a business role gets the business sector, not a bare country
(a country's investment or securities dealers, its department or chain stores). Sentences we wrote."""

from __future__ import annotations

import pytest


def actor_code(result, name: str) -> str | None:
    """The actor code of the entity called `name` ("missing" when there is none)."""
    return next((e.actor.code if e.actor else None for e in result.entities if e.name == name), "missing")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Japanese securities dealers rejected the finance ministry's proposal on Friday.",
     "Japanese securities dealers", "JPNBUS"),
    ("Many Canadian investment dealers are asking for higher prices, bankers said.",
     "Canadian investment dealers", "CANBUS"),
    ("The trade ministry warned Japanese department stores on Monday against price cuts.",
     "Japanese department stores", "JPNBUS"),
])
def test_a_business_role_gives_bus(analyse, text: str, name: str, code: str) -> None:
    assert actor_code(analyse(text, "1987-03-10"), name) == code


def test_stores_of_supplies_are_no_business(analyse) -> None:
    """'stores' meaning supplies names no party."""
    result = analyse("Rebels looted food stores in the northern town of Gulu on Sunday.", "1987-03-10")
    assert not any(e.actor and e.actor.code.endswith("BUS") for e in result.entities)
