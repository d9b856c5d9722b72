"""Modality of events beside a hedge that is about something else (events/modality.py, modality_rules.csv
`dated` rows): a nominal event placed in time by its own words ("the recent arrest", "at today's meeting") is
given, not guessed; a hedge on the object of a verb other than a light verb ("investigating the possible
fraud") or on one conjunct of the subject ("Peru and, perhaps, Chile will meet") leaves the event alone. Each
rule has a sentence it must leave hedged."""

from __future__ import annotations

import pytest

from conftest import trigger_modality as modality_of

DAY = "2015-06-01"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # a dated nominal event is given, whatever its effects are guessed to be
    ("Carlos Mejia said he believed the recent arrest of gang leader Jose Alvarado would weaken the cartel.",
     "arrest", "reported"),
    ("Analysts believe yesterday's attack on the police station in Tumaco may lead to more violence.",
     "attack", "asserted"),
    ("The ministers may discuss the tariffs at tomorrow's talks with Japan.", "talks", "intended"),
    # an undated one under the same hedge stays guessed
    ("Officials said the army was likely to discuss the plan at Sunday's meeting with the rebels.", "meeting",
     "reported"),
    ("Officials said the army was likely to discuss the plan at a meeting with the rebels.", "meeting",
     "hypothetical"),
    ("The ministers may discuss the tariffs at the meeting with Japan.", "meeting", "hypothetical"),
])
def test_a_dated_nominal_event_is_given(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # the hedge is on what is investigated, not on the investigation
    ("Peruvian prosecutors are investigating the possible illegal financing of the ruling party.",
     "investigating", "asserted"),
    # a light verb's object is the event: its hedge is the event's
    ("Mexican police will hold the planned talks with the gang leaders.", "talks", "intended"),
    ("Colombian officials said they could hold possible talks with the ELN.", "talks", "hypothetical"),
])
def test_a_hedge_on_the_object_counts_only_under_a_light_verb(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "modality"), [
    # "perhaps" hedges whether Chile comes, not whether the meeting happens
    ("Officials from Peru, Bolivia and, perhaps, Chile will meet in Lima tomorrow to discuss copper prices.",
     "intended"),
    # on the clause itself it hedges the meeting
    ("Officials from Peru and Bolivia will perhaps meet in Lima tomorrow to discuss copper prices.",
     "hypothetical"),
])
def test_a_hedge_on_one_conjunct_of_the_subject_leaves_the_event(analyse, text, modality) -> None:
    assert modality_of(analyse(text, DAY), "meet") == modality
