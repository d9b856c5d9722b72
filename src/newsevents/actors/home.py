"""The article's home country, for actors the text does not place: a domestic body or official named with
no country ("the finance ministry said", "Finance Minister Chung") is, as a human coder reads it, of the
country the story is filed from (its dateline) or else the country the article is mainly about.
"""

from __future__ import annotations

from collections import Counter

from .knowledge import ActorKnowledge
from .layout import Layout, dateline_country
from .merge import Cluster

PLACED_KINDS = {"country", "place", "norp", "metonym", "body", "org"}


def main_country(clusters: list[Cluster]) -> str | None:
    """The country most mentioned, when it is mentioned at least twice and more than any other."""
    counts: Counter[str] = Counter()
    for cl in clusters:
        if cl.country and cl.kind in PLACED_KINDS:
            counts[cl.country] += len(cl.members)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def place_unplaced(clusters: list[Cluster], layout: Layout, kb: ActorKnowledge) -> list[Cluster]:
    """Give a country to the domestic actors that have a sector but none: the dateline's country
    (`basis: dateline`), else, for officials and bodies only, the article's main country (`article`).
    Bodies that stay without a country ("the government" in an article about nowhere) are dropped: a
    sector alone says nothing about whose."""
    filed = dateline_country(layout.dateline_place, kb.country_of) if layout.dateline_place else None
    main = main_country(clusters)
    out = []
    for cl in clusters:
        unplaced = cl.country is None and cl.code is None and cl.sector is not None and cl.owner is None
        # Named people are left alone: a titled visitor ("Assistant Secretary of State Molly Phee" in a
        # story from Niamey) is as often foreign as not.
        if unplaced and cl.term is None:
            if filed and cl.kind in {"org", "role", "body"}:
                cl.country, cl.basis = filed, "dateline"
            elif main and cl.kind in {"role", "body"}:
                cl.country, cl.basis = main, "article"
        if cl.kind == "body" and cl.country is None:
            continue
        out.append(cl)
    return out
