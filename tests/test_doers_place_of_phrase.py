"""An arrest with no doer named is the authorities' of the country its in/at phrase names, also when that
phrase is a common noun written as being of a place: owned by it ("in Peru's largest port", "in Cali's
northern district"), or naming it by an of-phrase ("in the northwestern city of Medellin")
(sources.phrase_place_country, read by implied.py and sources._police_of_place)."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "source"), [
    ("A Serbian drug lord has been arrested in Peru's largest port, Callao, on Friday.", "PERGOV"),
    ("The Albanian trafficker was arrested in Cali's northern district of La Flora.", "COLGOV"),
    ("Two Ecuadorian smugglers were detained at Lima's international airport on Tuesday.", "PERGOV"),
    ("Three Dominican men were detained in the northwestern city of Medellin, accused of carrying cocaine.",
     "COLGOV"),
])
def test_an_arrest_in_a_place_owned_by_a_city_or_country_is_that_states(analyse, text: str,
                                                                          source: str) -> None:
    result = analyse(text, "2016-03-07")
    assert {s for code, s, _ in event_triples(result) if code.startswith("173")} == {source}


def test_a_phrase_of_no_place_still_names_no_country(analyse) -> None:
    # "in the company's warehouse" names no place: no country is guessed from it (the sentence puts the
    # arrest nowhere, and a Spanish national in a story of no home is placed by nothing).
    result = analyse("A Spanish businessman was arrested in the company's warehouse on Friday.", "2016-03-07")
    assert {s for code, s, _ in event_triples(result) if code.startswith("173")} == {None}
