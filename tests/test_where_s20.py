"""Places, session 20: a later scene joined to an act ("captured ... and is held in X", "taken into X") is not
where the act happened; sites named only by generic words ("the International Airport", "City Hall") name no
place; a site the gazetteer lacks stands in the town that owns it ("Chicago's Drake Hotel")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.actors.knowledge import normalize
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "held"), [
    ("Corporal Avi Meron was captured by gunmen in March and is believed to be held in the Gaza Strip.",
     "captured", "Gaza"),
    ("Lopes was captured by Indonesian troops in 1993 and spent eight years in a Dili jail.", "captured",
     "Dili"),
    ("An hour later, the Israeli soldier was captured by Hezbollah guerrillas and taken into Lebanon.",
     "captured", "Lebanon"),
])
def test_where_a_captive_was_kept_or_taken_afterwards_is_no_place_of_the_capture(
        analyse: Analyse, text: str, trigger: str, held: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is None or held not in loc.name, loc


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the place of the act's own clause stands next to the later scene
    ("Corporal Avi Meron was captured by gunmen in Rafah and is believed to be held in the Gaza Strip.",
     "captured", "Rafah"),
    # a holding act is where it holds: "held in X and tortured"
    ("Sergeant Cohen was held in Nablus and tortured by his captors for a week.", "tortured", "Nablus"),
    # a sending verb's "into" phrase is where an act on a place went: "stormed into the town"
    ("Rebels stormed into the town of Kibati and captured three soldiers.", "captured", "Kibati"),
])
def test_the_acts_own_place_stays_beside_a_later_scene(analyse: Analyse, text: str, trigger: str,
                                                       name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and normalize(name) in normalize(loc.name), loc


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The army launched a new offensive in the western sector of Homs on Sunday, targeting the rebel "
     "positions near the International Airport.", "launched", "Homs"),
    ("In Chicago, more than 500 nurses protested outside City Hall.", "protested", "Chicago"),
])
def test_a_site_named_only_by_generic_words_is_no_place_name(analyse: Analyse, text: str, trigger: str,
                                                            name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and loc.name == name, loc


def test_a_site_the_gazetteer_lacks_stands_in_the_town_that_owns_it(analyse: Analyse) -> None:
    text = "Several hundred people demonstrated outside Chicago's famous Drake Hotel on Friday."
    loc = event_on(analyse(text, None), "demonstrated").location
    assert loc is not None and loc.name == "Chicago" and loc.lat is not None, loc


def test_a_named_site_with_no_owner_keeps_its_own_name(analyse: Analyse) -> None:
    loc = event_on(analyse("Gunmen attacked the Serena Hotel in Kabul on Monday.", None), "attacked").location
    assert loc is not None and loc.country == "AFG", loc


def test_a_demonym_the_ner_typed_a_place_is_no_container_of_its_own(analyse: Analyse) -> None:
    text = ("At least three people, including a Dutch aid worker, were shot dead near the southern Angolan "
            "city of Lubango on Friday.")  # (the NER types "Angolan" a place here)
    loc = event_on(analyse(text, None), "shot").location
    assert loc is not None and loc.name == "Lubango", loc


def test_a_name_the_gazetteer_lacks_drops_the_kind_phrase_before_it() -> None:
    from newsevents.where import unresolved_name

    assert unresolved_name("the village of Tarki Chu") == "Tarki Chu"
    assert unresolved_name("the key town of ‘Ibtaya") == "‘Ibtaya"
    assert unresolved_name("the town of la Dorada") == "the town of la Dorada"  # (no capital: not cut)
