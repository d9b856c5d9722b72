"""A person given an alias and then described by nationality alone ("X, alias 'El Flaco,' a Bolivian
national") is of that nationality, not of the country where the act happens; with no such description the
place's country stays."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "target"), [
    ('Peruvian police arrested Jorge Lima Soto, alias "El Flaco," a Bolivian national, in Puno.', "BOLCRM"),
    ('On May 2, Ecuadorian police captured Ramon Teran Ibarra, alias "El Gato," a Colombian national who '
     'allegedly ran a smuggling ring, reported El Comercio.', "COLCRM"),
    # the doubled quotes of some feeds, where the parser hangs the description on the alias word
    ('On May 2, Ecuadorian police captured Ramon Teran Ibarra, alias ""El Gato,"" a Colombian national who '
     'allegedly ran a smuggling ring with international ties, reported El Comercio.', "COLCRM"),
    ('Peruvian police arrested Jorge Lima Soto, alias "El Flaco," in Puno.', "PERCRM"),
])
def test_an_aliased_person_is_of_the_nationality_his_description_gives(
        analyse, text: str, target: str) -> None:
    result = analyse(text, "2016-05-10")
    found = readings(result, "arrested") | readings(result, "captured")
    assert {t for _, t in found} == {target}
