"""Places, session 19: names the NER typed a people before a bare kind word ("in Tell Bazzik village"), places
described by their distance from another ("in Mishahda, 30 kilometres north of Baghdad"), whose reference
point is not where the act was."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Nine fighters were killed during clashes with the YPG forces in Tell Bazzik village.", "killed",
     "Tell Bazzik"),
    ("On Sunday the rebels launched two more assaults at Hamdaniyeh district and the air academy.",
     "launched", "Hamdaniyeh"),
])
def test_a_name_before_a_bare_kind_word_is_a_place(analyse: Analyse, text: str, trigger: str,
                                                     name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and name.split()[-1] in loc.name, loc


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen killed two men in a Shiite village on Monday.", "killed"),
    ("Gunmen killed five people in the Kurdish district of the city.", "killed"),
])
def test_a_people_or_faith_before_a_kind_word_names_no_place(analyse: Analyse, text: str,
                                                            trigger: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is None or loc.feature != "unresolved", loc


def test_a_place_described_by_its_distance_from_another_is_where(analyse: Analyse) -> None:
    text = "Gunmen killed two soldiers late on Tuesday in Mishahda, 30 kilometres north of Baghdad."
    loc = event_on(analyse(text, None), "killed").location
    assert loc is not None and loc.name == "Mishahda" and loc.country == "IRQ", loc


def test_the_point_a_distance_is_measured_from_is_no_place_of_the_act(analyse: Analyse) -> None:
    text = "The same week, rebels captured two eastern towns, Kassab I and Kassab II, about 300 kilometers " \
           "(190 miles) east of Khartoum."
    loc = event_on(analyse(text, None), "captured").location
    assert loc is None or loc.name != "Khartoum", loc


def test_a_town_measured_from_a_city_keeps_its_own_reading(analyse: Analyse) -> None:
    loc = event_on(analyse("A bomb killed three policemen in Dujail, 50 kilometers north of Baghdad.",
                           None), "killed").location
    assert loc is not None and loc.name != "Baghdad" and loc.country == "IRQ", loc


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a hyphenated name the NER cut into an organisation and a person, known by another of its names
    ("Insurgents captured Mazar-e-Sharif on Tuesday after days of fighting.", "captured", "Mazār-e Sharīf"),
    # a title-like first word the actor stage dropped from a person's name
    ("Two reporters were killed in the town of Sheikh Badr in Tartus province on Friday.", "killed",
     "Sheikh Badr"),
    # two names of one type side by side, the first no place of its own
    ("Government troops killed four militants near Sheikh Najjar district in Aleppo.", "killed",
     "Sheikh Najjar"),
])
def test_a_place_s_name_cut_in_pieces_is_read_whole(analyse: Analyse, text: str, trigger: str,
                                                    name: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is not None and loc.name == name, loc


def test_a_preposition_before_a_name_is_no_part_of_it(analyse: Analyse) -> None:
    loc = event_on(analyse("Troops killed six fighters at Mishahda, 30 kilometres north of Baghdad.", None),
                   "killed").location
    assert loc is not None and loc.name == "Mishahda", loc


def test_a_name_with_a_spaced_particle_is_read_whole(analyse: Analyse) -> None:
    loc = event_on(analyse("Rebels shelled Deir ez-Zor city on Monday.", None), "shelled").location
    assert loc is not None and loc.name == "Deir ez-Zor" and loc.lat is not None, loc


def test_a_people_named_as_persons_is_no_place(analyse: Analyse) -> None:
    text = ("A 30-year-old Briton who was born in Kenya was captured by U.S. Marines after an exchange of "
            "gunfire in the city of Fallujah on Friday.")
    loc = event_on(analyse(text, None), "captured").location
    assert loc is not None and loc.country == "IRQ", loc
