"""A trial's place is the court's, not the tried person's (events/parties.py `_tried_act`,
implied_sectors.csv trial_word): "X was sentenced in the United States" does not make X American. And a
named person coded by a country alone who is sentenced to prison or arrested as a member of a ring is a
criminal (implied_sectors.csv crime_word prison, jail, ring)."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a Guatemalan sentenced in a US court: no country rather than the court's
    ("Guatemala has extradited two drug traffickers this year. They will join Mario Lara Mejia, who was "
     "sentenced to 25 years in the United States for drug trafficking in 2012.", "sentenced", None),
    # a judge of the story's own country: the story's country, and the prison term makes him a convict
    ("Police in Cali arrested two suspects on Monday. A judge in Cali sentenced Andres Gil Duque to twelve "
     "years in jail.", "sentenced", "COLCRM"),
])
def test_a_tried_persons_country_is_not_the_courts(analyse, text: str, trigger: str, target: str | None) -> None:
    assert {t for _, t in readings(analyse(text, "2016-05-03"), trigger)} == {target}


def test_an_arrest_place_still_places_the_arrested(analyse) -> None:
    # an arrest is no trial: where it happened is where the police who made it are
    result = analyse("Carla Benitez Rojas was arrested in Asuncion, Paraguay, on drug trafficking charges.", "2016-05-03")
    assert {t for _, t in readings(result, "arrested")} == {"PRYCRM"}
