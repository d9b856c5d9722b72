"""People named by a business role with no roles.csv row before session 35 are business (BUS): a developer, a
shipowner, a consultant (sentences we wrote)."""

from __future__ import annotations

import pytest


def actor_code(result, name: str) -> str | None:
    """The actor code of the entity called `name`."""
    return next((e.actor.code if e.actor else None for e in result.entities if e.name == name), "missing")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Leonard Harwell, a Chicago real estate developer, offered to buy Meyers Corp.", "Leonard Harwell", "USABUS"),
    ("Horace Godwin, a consultant representing Florida cane growers, said the crop was off to a good start.",
     "Horace Godwin", "USABUS"),
    ("Greek shipowner Costas Varelis sold two tankers to China.", "Costas Varelis", "GRCBUS"),
])
def test_a_business_role_gives_the_person_bus(analyse, text: str, name: str, code: str) -> None:
    assert actor_code(analyse(text, "1987-03-10"), name) == code
