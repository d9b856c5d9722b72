"""Event places, session 4: captures act on places (their object or passive subject is where), participles
hung from a time clause, sites the gazetteer lacks standing in their town, names the NER typed as something
else inside "the village of X", and what is never a place (demonyms, a country naming who acted, origins,
attributions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult
from newsevents.where import default_gazetteer

Analyse = Callable[[str, str | None], ArticleResult]


def _place_name(result: ArticleResult, trigger: str) -> str | None:
    loc = event_on(result, trigger).location
    return loc.name if loc is not None else None


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the object of a capture, and its passive subject
    ("Militia fighters captured Baidoa on Tuesday after two days of shelling.", "captured", "Baidoa"),
    ("Kisangani was captured by government troops last week, the army said.", "captured", "Kisangani"),
    # a participle the parser hangs from a time clause tells what the main clause's subject did, there
    ("Gunmen stormed the village of Kawuri as residents were preparing for evening prayers, killing 12 "
     "people and burning homes.", "killing", "Kawuri"),
    # past "hometown of", "resort of"
    ("American forces captured two suspected militia leaders near the hometown of Tikrit on Friday.", "captured",
     "Tikrīt"),
    # a site the gazetteer lacks stands in the town it names
    ("Gunmen shot at Sarajevo airport on Monday, forcing peacekeepers to return fire.", "shot", "Sarajevo"),
    # a reduced relative: the noun the participle describes is what was captured
    ("Israel will never return the Golan Heights captured in 1967, the minister said.", "captured",
     "Golan Heights"),
    # the object of the purpose clause is where an offensive was launched
    ("Turkish troops launched an offensive to capture the border town of Jarabulus on Wednesday.", "launched",
     "Jarābulus"),
])
def test_places_of_acts_on_places(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    assert _place_name(analyse(text, "2021-05-02"), trigger) == place


def test_the_village_inside_an_organisation_span(analyse: Analyse) -> None:
    text = ("The Syrian army launched a powerful assault on Thursday, targeting the Islamic State's defenses at "
            "the village of Sharifah in western Palmyra.")
    assert _place_name(analyse(text, "2021-05-02"), "launched") == "Sharifah"


@pytest.mark.parametrize(("text", "trigger"), [
    # a demonym is no place (there is a town called Canadian, Texas)
    ("A civilian was killed when a suicide bomber detonated a car near a Canadian convoy on Sunday.", "killed"),
    # a country modifying the act says who acted, not where
    ("At least nine militants were killed in a U.S. airstrike on Monday, officials said.", "killed"),
    # an origin: where they came from
    ("Thousands of Kurds from across Europe demonstrated on Saturday to demand his release.", "demonstrated"),
    # a name the NER may take for a place, as the object of a capture, is a person unless the gazetteer
    # knows it
    ("Police captured Barghouti on Monday after a long search.", "captured"),
])
def test_never_a_place(analyse: Analyse, text: str, trigger: str) -> None:
    assert event_on(analyse(text, "2021-05-02"), trigger).location is None


def test_an_attribution_is_not_the_place_of_the_act(analyse: Analyse) -> None:
    text = ("According to a military source embedded with the army in northern Latakia, government forces "
            "captured the hill after killing 20 rebels.")
    loc = event_on(analyse(text, "2021-05-02"), "captured").location
    assert loc is None or loc.name != "Latakia"


def test_a_man_from_a_town_was_not_killed_there(analyse: Analyse) -> None:
    text = "A young man from Kobane city was killed by border guards on Friday."
    assert event_on(analyse(text, "2021-05-02"), "killed").location is None


def test_a_town_the_actor_tables_code_as_its_country_is_the_town() -> None:
    place = default_gazetteer().geocode("Kobane")
    assert place is not None and place.feature == "city" and place.country == "SYR"
    usa = default_gazetteer().geocode("USA")
    assert usa is not None and usa.feature == "country"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # patrols act on the place patrolled
    ("Police and troops in riot gear patrolled downtown Ulan Bator on Friday after two days of rioting.",
     "patrolled", "Ulan Bator"),
    # "north of X" is near X
    ("On Monday, two Norwegian peacekeeping troops were shot and wounded by a renegade Afghan soldier as they "
     "were traveling on a road north of Kabul.", "shot", "Kabul"),
    # a country's building is in that country, not its doer
    ("Supporters of the opposition clashed with police near Pakistan's parliament on Tuesday.", "clashed",
     "Pakistan"),
    # a division before the country it lies in
    ("Thousands of farmers demonstrated against a land seizure in China's southern Guangdong province on "
     "Monday.", "demonstrated", "Guangdong"),
    # what describes the subject comes after the act's own place
    ("Nearly all the detainees at Guantanamo Bay were captured in Afghanistan in 2001, officials said.",
     "captured", "Afghanistan"),
])
def test_which_place_of_the_sentence(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    assert _place_name(analyse(text, "2021-05-02"), trigger) == place


def test_a_surname_shot_is_no_town(analyse: Analyse) -> None:
    text = "Miller was shot dead in Rafah in May 2003 while filming a documentary."
    assert _place_name(analyse(text, "2021-05-02"), "shot") == "Rafaḩ"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a war's event named after its place
    ("The journalist was captured during the 1989 US invasion of Panama and taken to Miami.", "captured",
     "Panama"),
    # a relative clause on "where" describes the place it hangs from, not the main clause's
    ("Noriega was captured during the 1989 US invasion of Panama and taken to the United States, where he was "
     "convicted of drug trafficking.", "convicted", "United States"),
    # a relative clause's noun phrase is its own
    ("The incident occurred three months before the poison gas release in the Tokyo subway system that killed "
     "12 and sickened thousands.", "killed", "Tokyo"),
    # a country's waters patrolled
    ("Somalia's seawaters are being patrolled by warships from Britain, the United States, Germany and France.",
     "patrolled", "Somalia"),
])
def test_places_of_phrases_and_clauses(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    assert _place_name(analyse(text, "2021-05-02"), trigger) == place


def test_escaping_towards_a_town_is_not_there(analyse: Analyse) -> None:
    text = ("Three ISIS terrorists were killed in the clashes and two others were arrested, while the rest "
            "escaped the city towards Raqqa.")
    assert _place_name(analyse(text, "2021-05-02"), "killed") is None


def test_divisions_by_their_bare_name_and_quotes_however_written() -> None:
    gaz = default_gazetteer()
    cesar = gaz.geocode("Cesar province")
    assert cesar is not None and cesar.feature == "admin1" and cesar.country == "COL"
    daraa = [c.place for c in gaz.candidates("Dara’a Governorate")]
    assert any(p.feature == "admin1" and p.country == "SYR" for p in daraa)


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a name the gazetteer lacks before "area of" a known city names the part, not the city
    ("A suicide bomber detonated his explosives inside the Kafr Souseh area of Damascus on Thursday, killing "
     "five civilians.", "killing", "Kafr Souseh"),
    # ... while a people's word before "city of" names no part
    ("Al-Jayji was killed in a similar attack near the Iraqi city of Mosul in Nineveh province.", "killed",
     "Mosul"),
    # a division the name itself says is one
    ("The Islamic State launched another massive assault on the Deir Ezzor Governorate this weekend, striking "
     "the army's defenses.", "launched", "Deir ez-Zor"),
])
def test_parts_and_divisions(analyse: Analyse, text: str, trigger: str, place: str) -> None:
    assert _place_name(analyse(text, "2021-05-02"), trigger) == place


def test_a_kind_word_after_a_people_is_no_place(analyse: Analyse) -> None:
    text = "A suicide bomber killed at least seven people at a checkpoint outside a Shiite district on Sunday."
    loc = event_on(analyse(text, "2021-05-02"), "killed").location
    assert loc is None or loc.name != "Shiite"


def test_names_however_spaced_and_divisions_named_so() -> None:
    gaz = default_gazetteer()
    deir = gaz.geocode("Deir Ezzor")
    assert deir is not None and deir.country == "SYR"
    gov = gaz.geocode("Deir Ezzor Governorate")
    assert gov is not None and gov.feature == "admin1"
