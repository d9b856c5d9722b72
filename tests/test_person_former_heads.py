"""A former head of a body stays of the body's sector when the body is no organ of the state ("a former
president of a Lanco subsidiary" is a businessman, BUS); a former head of a state body is of the elites (ELI)."""

from __future__ import annotations

import pytest


def _code(result, name: str) -> str | None:
    for e in result.entities:
        if e.name == name or name in e.name:
            return e.actor.code if e.actor else None
    raise AssertionError(f"no entity {name!r}: {[e.name for e in result.entities]}")


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("WASHINGTON, June 2 - The SEC charged Tom Baker, former president of a Lanco subsidiary, with fraud.",
     "Tom Baker", "BUS"),
    ("WASHINGTON, June 2 - The SEC sued Ann Kettle, a former chairman of Orbell Inc, for insider trading.",
     "Ann Kettle", "BUS"),
    ("LIMA, June 2 - Police arrested Jorge Soto, the former director of the National Police, on Monday.",
     "Jorge Soto", "ELI"),
])
def test_a_former_head_keeps_the_sector_of_a_body_outside_the_state(
        analyse, text: str, name: str, sector: str) -> None:
    code = _code(analyse(text, "1987-06-02"), name)
    assert code is not None and code[3:] == sector
