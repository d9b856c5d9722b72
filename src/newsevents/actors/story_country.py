"""Which country a story is mainly about, from how often it names each country and where its places lie.

One rule for the two moments the actor stage needs it: `merge.py` while it clusters mentions (which earlier
"army" a bare "the army" is) and `home.py` once the clusters are made (the story's home). It imports
nothing of the actor stage, so both can use it without an import loop; each passes the counts it can read.
"""

from __future__ import annotations

from collections import Counter

HEADLINE_SHARE = 0.8  # a headline's one country is the story's if the body names it nearly as often as any
PLACES_SHARE = 0.6  # the share of place mentions that makes a country the story's home
PLACES_AGAINST_MAIN = 3  # place mentions needed to outweigh the country the story names most
PLACED_AGAINST_NAMED = 3  # ... unless the story names its main country this many times as often in all
PLACES_AGAINST_PLACELESS = 2  # place mentions that outweigh a main country none of the story's places lie in


def most_named(counts: Counter[str], strong: set[str] | None = None) -> str | None:
    """The country most mentioned, when it is mentioned at least twice and more than any other, or when it
    is the only country the article names at all: a brief of one paragraph placed only by its district and
    province ("in Mardan District of Khyber Pakhtunkhwa") is that province's country's. `strong`: the
    countries named unmistakably; a lone country named once counts only if it is one (None: any)."""
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0] if ranked[0][1] >= 2 or strong is None or ranked[0][0] in strong else None
    if not ranked or ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def places_majority(places: Counter[str], least: int) -> str | None:
    """The country most of the story's place mentions lie in, with at least `least` of them and a clear
    majority (PLACES_SHARE) of all."""
    ranked = places.most_common(1)
    if not ranked or ranked[0][1] < least or ranked[0][1] < PLACES_SHARE * sum(places.values()):
        return None
    return ranked[0][0]


def _places_needed(main: str | None, counts: Counter[str], places: Counter[str]) -> int:
    """How many place mentions of another country outweigh the most named one: fewer when the story names
    only two countries and none of its places lies in the most named, for then that one is named only by
    its people, bodies, groups and their origins ("Lashkar-e-Toiba militants, residents of Pakistan,
    attacked a house in Pulwama District": a Kashmir story is India's)."""
    if main is None:
        return 2
    if places[main] == 0 and len(+counts) == 2:
        return PLACES_AGAINST_PLACELESS
    return PLACES_AGAINST_MAIN


def main_country(counts: Counter[str], places: Counter[str] | None = None, strong: set[str] | None = None,
                 titled: str | None = None) -> str | None:
    """The country the story is mainly about. `counts`: mentions of each country among its places, peoples
    and bodies; `places`: mentions of each country among its places only (not national capitals, which
    stand for their governments: "Islamabad denied"); `titled`: the one country its headline names.
    The most named country (`most_named`), unless the headline's country is named nearly as often; then
    where the story happens outweighs whom it names: a Kashmir story (Srinagar, Anantnag, Kupwara) naming
    "Pakistan-based" groups and Islamabad's denials is India's — but not a story naming its main country
    three times as often as the places of another (a Honduran police scandal told from a New York court)."""
    main = most_named(counts, strong)
    if titled is not None and titled != main and counts \
            and counts[titled] >= HEADLINE_SHARE * max(counts.values()):
        # "Giving the Green Light to Dirty Money: Guatemala": the one country a headline names is what the
        # story is about, though its body names the places money went to as often
        main = titled
    placed = places_majority(places, _places_needed(main, counts, places)) if places else None
    if placed is not None and placed != main and (main is None or PLACED_AGAINST_NAMED * counts[placed]
                                                   >= counts[main]):
        main = placed
    return main
