"""Unidentified or armed people who do violence are unidentified armed attackers (UAF), not civilians, also when
the violence is a clause coordinated after theirs ("barged in and opened fire") or they are the members of an
unnamed group ("a group of armed people attacked")."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.pipeline import get_pipeline


def codes(text: str) -> list[tuple[str, str | None]]:
    result = get_pipeline().analyse(Article(id="t", text=text))
    return [(e.cameo, e.source.code if e.source else None) for e in result.events]


@pytest.mark.parametrize("text", [
    "Three unidentified persons barged into the house of a shopkeeper in Karachi and opened fire at him, "
    "Pakistani police said on Monday.",
    "A group of armed people attacked a police post near Kokrajhar town in Assam, Indian police said on Monday.",
])
def test_violent_band_is_unidentified_armed_men(text: str) -> None:
    violent = [src for cameo, src in codes(text) if cameo[:2] in {"18", "19"}]
    assert violent and all(src is not None and src.endswith("UAF") for src in violent)


def test_band_doing_no_violence_stays_people() -> None:
    found = codes("A group of unidentified persons met the district collector in Karachi and demanded water, "
                  "Pakistani officials said on Monday.")
    assert not any(src and src.endswith("UAF") for _, src in found)
