"""Violence kinds round two (violence_kinds.csv): an armed group's ambush or firing on forces the actor coder left
uncoded, an attack on forces by an unnamed doer the forces fought back, attacks on shrines and tombs; and text
that is no prose (web addresses, path slugs, e-mail addresses: lines.unwrapped) names no act and no party."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.lines import unwrapped
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_rebels_ambushing_a_search_party_with_a_gun_battle_fight(analyse: Analyse) -> None:
    result = analyse("Maoists ambushed a search party in Bijapur District on Thursday, triggering an hour-long "
                     "gun battle.", "2019-05-03")
    assert event_on(result, "ambushed").cameo.startswith("19")


def test_militants_firing_at_a_bus_of_troopers_fight(analyse: Analyse) -> None:
    result = analyse("The other militants fired at the bus carrying BSF troopers from either side.", "2019-05-03")
    assert event_on(result, "fired").cameo.startswith("19")


def test_militants_firing_at_villagers_stay_unconventional(analyse: Analyse) -> None:
    result = analyse("Militants fired at villagers in Sopore on Monday.", "2019-05-03")
    assert event_on(result, "fired").cameo.startswith("18")


def test_an_unnamed_doer_attacking_a_camp_the_forces_defended_fights(analyse: Analyse) -> None:
    result = analyse("The CRPF camp at Sumbal was attacked early on Friday, and the gun battle went on till dawn.",
                     "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("19")


def test_an_attack_on_tombs_is_no_military_force(analyse: Analyse) -> None:
    result = analyse("They have also attacked the tombs of revered poets Rehman Baba and Khushal Khan Khattak.",
                     "2019-05-03")
    assert event_on(result, "attacked").cameo == "180"


def test_an_attack_on_a_shrine_with_explosives_is_a_bombing(analyse: Analyse) -> None:
    result = analyse("The Taliban attacked the shrine of a Sufi saint in Peshawar with explosives.", "2019-05-03")
    assert event_on(result, "attacked").cameo == "183"


def test_marines_killing_a_cartel_leader_in_a_shootout_fight(analyse: Analyse) -> None:
    result = analyse("Mexican marines killed Zetas leader Heriberto Lazcano in a shootout in Coahuila on Sunday.",
                     "2019-05-03")
    assert event_on(result, "killed").cameo.startswith("19")


@pytest.mark.parametrize("text", [
    "Accessed September 14, 2015. /news/briefs/el-salvador-government-warns-of-unified-super-gangs.",
    "Read more at http://www.example.gob.sv/2015/09/14/gobierno-amenaza-con-capturar-a-pandilleros today.",
    "Questions go to police-attack-desk@example.org.",
])
def test_words_of_an_address_are_no_event(analyse: Analyse, text: str) -> None:
    assert not analyse(text, "2019-05-03").events


def test_an_event_told_beside_an_address_stays(analyse: Analyse) -> None:
    result = analyse("Police arrested the gang leader in San Salvador on Monday, according to "
                     "http://www.example.com/2015/police-arrest-gang-leader.", "2019-05-03")
    assert event_on(result, "arrested").cameo.startswith("17")


@pytest.mark.parametrize(("text", "kept"), [
    ("Amazon.com said the 50/50 venture and/or its 24/7 service runs.", "Amazon.com said the 50/50 venture and/or"),
    ("See www.reuters.com.", "See "),
    ("a European Community (EC)/OAPEC/OPEC seminar.", "a European Community (EC)/OAPEC/OPEC seminar"),
])
def test_blanking_keeps_names_fractions_and_the_final_stop(text: str, kept: str) -> None:
    out = unwrapped(text)
    assert len(out) == len(text)
    assert out.startswith(kept)
    assert out.endswith(text[-1])
    assert "reuters" not in out
