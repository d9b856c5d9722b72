"""A local brief with no dateline whose places the recogniser missed or mistyped, or whose one foreign
namesake ties the count, is where the divisions and towns it names all lie (session 39, issue 9): its
unnamed militants, assailants and victims take that country ("Orangi Town", "Jorhat District", "Bara
tehsil"), never a bare sector (sentences we wrote, in the unpunctuated style of such briefs)."""

from __future__ import annotations

import pytest

from newsevents.actors.home import text_place_countries


def _codes(result, side: str) -> list[str | None]:
    return [getattr(e, side).code if getattr(e, side) is not None else None for e in result.events
            if e.cameo.startswith("18")]


@pytest.mark.parametrize(("text", "code"), [
    # a tehsil the recogniser did not take for a place, and a town it took for a person
    ("Unidentified assailants killed a tailor after abducting him from Bara Bazaar of Bara tehsil. "
     "Sources said that the assailants abducted two more persons.", "PAK"),
    ("The body of a man was found in a sack near Askari Park in the Old Sabzi Mandi locality of Jamshed Town "
     "on September 1. Police said that unidentified militants had kidnapped the man and shot him dead.", "PAK"),
])
def test_unplaced_parties_take_the_country_of_the_named_divisions(analyse, text: str, code: str) -> None:
    result = analyse(text, "2012-04-10")
    codes = _codes(result, "source") + _codes(result, "target")
    assert codes and all(c is not None and c.startswith(code) for c in codes), codes


def test_a_city_named_alone_does_not_break_a_tie_of_named_countries(analyse) -> None:
    # an Indian minister's story about a priest abducted in Aden: the city's name alone decides nothing
    result = analyse("Indian Foreign Minister Sushma Swaraj said on Sunday that India is working for the "
                     "release of a priest abducted in Aden. Yemen has been at war since 2015.", "2017-04-10")
    assert not any(e.actor is not None and e.actor.code == "YEMGOV" for e in result.entities)


def test_text_places_read_kind_words_and_unit_words(pipeline) -> None:
    doc = pipeline.nlp("Militants attacked a post in Kech District and a school in Safi tehsil of Mohmand "
                       "Agency. Ali went home.")
    assert dict(text_place_countries(doc)) == {"PAK": 3}
