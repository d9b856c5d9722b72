"""Event places, session 7: which clause's place is the act's (its own verb's before those of clauses below it,
never where a reporting verb was said nor where somebody was sent afterwards), names the gazetteer lacks
("Town, Country", "X LGA", an apposition saying "a town"), and reference points ("X, south of Y")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult, Place
from newsevents.where import unresolved_name

Analyse = Callable[[str, str | None], ArticleResult]


def _place(result: ArticleResult, trigger: str) -> Place | None:
    return event_on(result, trigger).location


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the trigger's own phrase before the town a participle below it targets
    ("The rebels launched a new offensive in Idlib province on Sunday, targeting an army base near the town "
     "of Saraqib.", "launched", "Idlib"),
    # a place named only to say where another lies is no place of the act
    ("A teacher in Amara, south of Baghdad, was killed when gunmen stormed his house.", "killed", "Amara"),
])
def test_clause_place_ranking(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    assert loc is not None and place.lower() in loc.name.lower(), loc


@pytest.mark.parametrize(("text", "trigger", "not_place"), [
    # where it was said, after the verb of saying, is not where the reported act happened
    ('"We have arrested four smugglers with forged passports," the governor told reporters in Mombasa.',
     "arrested", "Mombasa"),
    # where somebody was sent after the act is not where it happened
    ("Police arrested him at the border and deported him to a detention centre in Karachi a week later.",
     "arrested", "Karachi"),
])
def test_not_the_act_place(analyse: Analyse, text: str, trigger: str, not_place: str) -> None:
    loc = _place(analyse(text, None), trigger)
    assert loc is None or not_place.lower() not in loc.name.lower(), loc


def test_marching_to_a_place_is_there(analyse: Analyse) -> None:
    """The trigger's own way somewhere is where it happened (only another verb's destination is not)."""
    text = "Hundreds of farmers marched to the parliament building in Nairobi on Tuesday to protest new taxes."
    loc = _place(analyse(text, None), "protest")
    assert loc is not None and loc.name == "Nairobi"


def test_town_comma_country_keeps_the_country(analyse: Analyse) -> None:
    """"Jaffarabad, Pakistan": a town the gazetteer lacks is still the town, in the country written after it."""
    text = "Unidentified gunmen killed two shopkeepers in Qasimabad Khurd, Pakistan on Sunday."
    loc = _place(analyse(text, None), "killed")
    assert loc is not None and loc.name.startswith("Qasimabad") and loc.country == "PAK"


def test_kind_word_names_a_place(analyse: Analyse) -> None:
    """"Dangoma LGA": a proper name with a kind word after it is a place even when nobody knows it, named
    without the kind word; the state it lies in comes after it."""
    text = "Bandits invaded three villages in Dangoma LGA of Zamfara State, killing at least 20 people."
    loc = _place(analyse(text, None), "invaded")
    assert loc is not None and loc.name == "Dangoma" and loc.feature == "unresolved"


def test_compass_word_alone_is_no_place(analyse: Analyse) -> None:
    text = "At least 30 herders were killed when raiders attacked a camp in a border area of north Kenya."
    loc = _place(analyse(text, None), "attacked")
    assert loc is None or loc.name == "Kenya", loc


@pytest.mark.parametrize(("name", "bare"), [
    ("Maru LGA", "Maru"), ("Durgi village", "Durgi"), ("Hawul local government area", "Hawul"),
    ("Kafr Souseh", "Kafr Souseh"), ("Province", "Province")])
def test_unresolved_name(name: str, bare: str) -> None:
    assert unresolved_name(name) == bare


def test_a_place_the_ner_typed_as_an_object(analyse: Analyse) -> None:
    """"Sword Beach was captured": an act's object the NER typed a place is where, named though unknown."""
    loc = _place(analyse("Sword Beach was captured with light British losses.", None), "captured")
    assert loc is not None and loc.name == "Sword Beach"



def test_an_unknown_place_takes_its_clause_country(analyse: Analyse) -> None:
    """"clashed in Dangoma LGA of Zamfara State": a place the gazetteer lacks lies where the clause's other
    places are."""
    text = "Bandits invaded three villages in Dangoma LGA of Zamfara State, killing at least 20 people."
    loc = _place(analyse(text, None), "invaded")
    assert loc is not None and loc.country == "NGA"


def test_a_destination_the_act_is_the_purpose_of_is_its_place(analyse: Analyse) -> None:
    # the movement is for the act: where he flew is where he met (not "deported to X" after an arrest)
    text = "The prime minister then flew to Berlin to meet with German Chancellor Olaf Scholz."
    loc = _place(analyse(text, "2022-03-05"), "meet")
    assert loc is not None and loc.name == "Berlin"
