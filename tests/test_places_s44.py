"""Event places of a killing or assault told with the act of its scene (session 44, issue 11): the object of
an attack, raid or seizure in the act's when/as/while clause ("killed when militants stormed X"), or in a
clause describing the act of force it happened in ("killed in raids that targeted the city of X", "bombings
targeting areas of X killed"); a town by another of its names after an assault's "on" in a country the
sentence names ("assault on Souran" in a Syrian story); "at the battle of X". Negative cases: a reason clause
tells another happening, a verb of saying or a non-force verb in the time clause places nothing, a lone name as
what an assault was done to stays a person, and an alternate town name abroad of every country the article
names is no place. A bare name right after "at" or "in" that its own "in" phrase puts inside a place the
sentence names is a place however the NER typed it ("arrested at X Nagar in Salem"), not a site named with
"the" ("at the Land Revenue Office in X": X)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "town", "country"), [
    ("Eleven villagers were killed in air raids that targeted the city of Idlib on Monday.", "killed", "Idlib",
     "SYR"),
    ("The soldier was killed in an attack that hit a checkpoint in Kandahar.", "killed", "Kandah", "AFG"),
    ("Three car bombings targeting markets of Mosul killed at least 20 shoppers on Friday.", "killed", "Mosul",
     "IRQ"),
    ("Taliban fighters captured two soldiers when they stormed the town of Musa Qala.", "captured", "Musa Qala",
     None),
    # (already placed before: the when-clause's area phrase)
    ("Four policemen were killed when insurgents raided the town of Kunduz before dawn.", "killed", "Kunduz",
     "AFG"),
])
def test_a_killing_is_where_the_act_of_its_scene_was_aimed(analyse: Analyse, text: str, trigger: str,
                                                             town: str, country: str | None) -> None:
    loc = event_on(analyse(text, "2016-05-02"), trigger).location
    assert loc is not None and loc.name.startswith(town) and loc.country == country


def test_an_assault_on_a_town_known_by_another_name_in_the_story_country(analyse: Analyse) -> None:
    # GeoNames writes the Syrian town Şūrān; the sentence names Syria by its demonym
    loc = event_on(analyse("Syrian rebels launched a fresh assault on Souran at dawn.", "2016-05-02"),
                   "launched").location
    assert loc is not None and loc.country == "SYR" and loc.feature == "city"


@pytest.mark.parametrize(("text", "trigger"), [
    # a reason clause tells of another happening
    ("Police killed two robbers because the gang had stormed the town of Kunduz a year earlier.", "killed"),
    # a verb of the time clause that is no act on a place
    ("Police killed two robbers as officials discussed the town of Kunduz.", "killed"),
])
def test_a_clause_of_another_happening_places_nothing(analyse: Analyse, text: str, trigger: str) -> None:
    loc = event_on(analyse(text, "2016-05-02"), trigger).location
    assert loc is None or "Kunduz" not in loc.name


def test_an_alternate_town_name_abroad_of_the_story_is_no_place(analyse: Analyse) -> None:
    # "Rushdie" reads as an Albanian village only by another of its names; the sentence names no Albania
    result = analyse("Masked gunmen carried out an attack on Rushdie in the afternoon.", "2016-05-02")
    event = event_on(result, "attack")
    assert event.location is None


def test_a_lone_name_shelled_in_the_scene_clause_stays_a_person(analyse: Analyse) -> None:
    # (Molina is also a Chilean town: as what an assault's scene was done to, a lone name is a surname)
    loc = event_on(analyse("Gunmen killed a guard when the army shelled Molina.", "2016-05-02"),
                   "killed").location
    assert loc is None or loc.name != "Molina"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("A teacher was stabbed at Ramnagar Colony in Erode.", "stabbed", "Ramnagar Colony"),
    ("Two men were arrested at Thangal Nagar in Salem on Monday.", "arrested", "Thangal Nagar"),
])
def test_a_bare_name_put_inside_a_named_place_is_the_finer_place(analyse: Analyse, text: str, trigger: str,
                                                                  place: str) -> None:
    # (the NER typed the locality an organisation; its own "in" phrase says where it lies)
    loc = event_on(analyse(text, "2016-05-02"), trigger).location
    assert loc is not None and loc.name == place and loc.country == "IND"


def test_a_site_with_the_article_inside_a_town_stays_the_town(analyse: Analyse) -> None:
    loc = event_on(analyse("The guerrillas detonated a bomb at the Land Revenue Office in Gulariya.", "2016-05-02"),
                   "detonated").location
    assert loc is not None and loc.name.startswith("Gulariy")
