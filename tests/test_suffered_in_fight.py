"""Harm told actively with a verb of suffering in a fight with a named side ("three personnel sustained injuries in a
gunfight with X cadres") is read as the passive is ("were injured in a gunfight with X"): the named side fought,
the ones who suffered are the target."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.pipeline import get_pipeline


def fight(text: str) -> tuple[str | None, str | None]:
    result = get_pipeline().analyse(Article(id="t", text=text))
    found = [e for e in result.events if e.cameo.startswith("19")]
    assert found
    event = found[0]
    return (event.source.code if event.source else None, event.target.code if event.target else None)


@pytest.mark.parametrize("text", [
    "Four constables sustained injuries in a gunfight with Maoist cadres near Gadchiroli town, Indian police said.",
    "Four constables suffered injuries during an encounter with Maoist cadres near Gadchiroli town, "
    "Indian police said.",
])
def test_named_side_fought_the_sufferers(text: str) -> None:
    source, target = fight(text)
    assert source is not None and source.endswith("REB")
    assert target is not None and target.endswith("COP")
