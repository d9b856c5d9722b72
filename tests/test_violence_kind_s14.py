"""Which kind of force an act is (violence_kinds.csv, detect.violence_kind): 17x, 18x or 19x by who acts on whom
and the act's own word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on, mention_codes
from newsevents.events.detect import violence_kind, violence_kinds
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_the_table_loads_with_a_code_or_keep_on_every_row() -> None:
    kinds = violence_kinds()
    assert kinds
    assert all(k.code == "keep" or k.code[:2] in {"14", "17", "18", "19"} for k in kinds)


def test_an_international_militant_group_killing_is_unconventional(analyse: Analyse) -> None:
    result = analyse("The Islamic State claimed the killing of a Hindu grocer, who was hacked to death by "
                     "unidentified men in Jhenaidah District on Tuesday.", "2019-05-03")
    assert event_on(result, "killing").cameo == "180"


def test_an_international_militant_group_attacking_an_army_still_fights(analyse: Analyse) -> None:
    result = analyse("Islamic State militants attacked an army post in Kunar on Monday.", "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("19")


def test_a_police_offensive_against_a_trafficking_network_is_coercion(analyse: Analyse) -> None:
    result = analyse("Colombian police have launched an offensive against the drug trafficking network of the "
                     "Urabenos.", "2019-05-03")
    assert ("170", "COLCOP", "COLCRM") in mention_codes(result)


def test_police_raiding_a_cartel_hideout_is_coercion_not_war(analyse: Analyse) -> None:
    result = analyse("Police raided a hideout of the Sinaloa Cartel in Culiacan on Monday.", "2019-05-03")
    assert not any(c.startswith("19") for c, _, _ in mention_codes(result))


def test_police_killing_gangsters_stays_as_coded(analyse: Analyse) -> None:
    # the table is silent on a killing of criminals: the sense rules' code stands
    result = analyse("Police killed two gangsters in Karachi on Monday.", "2019-05-03")
    assert event_on(result, "killed").cameo == "190"


def test_an_armed_groups_fire_met_by_a_police_raid_is_a_fight(analyse: Analyse) -> None:
    result = analyse("Police raided the house in Quetta on Monday but the terrorists opened fire on them.",
                     "2019-05-03")
    assert event_on(result, "opened").cameo == "190"


def test_militants_shooting_a_policeman_dead_stay_unconventional(analyse: Analyse) -> None:
    result = analyse("Militants shot dead a policeman in Sopore on Monday.", "2019-05-03")
    assert event_on(result, "shot").cameo == "180"


def test_police_shooting_civilians_dead_is_no_military_force(analyse: Analyse) -> None:
    result = analyse("Police shot dead two civilians at a market in Tuticorin on Monday.", "2019-05-03")
    assert event_on(result, "shot").cameo.startswith("18")


def test_police_firing_on_demonstrators_is_violent_repression(analyse: Analyse) -> None:
    result = analyse("Police opened fire on the demonstrators in Dhaka on Monday, killing three.", "2019-05-03")
    assert event_on(result, "opened").cameo == "175"


def test_civilians_killed_in_crossfire_stay_as_coded(analyse: Analyse) -> None:
    result = analyse("Two civilians were killed in crossfire between police and militants in Sopore on Monday.",
                     "2019-05-03")
    assert event_on(result, "killed").cameo.startswith("19")


def test_a_killing_is_a_bombing_only_when_its_own_clause_names_the_bomb(analyse: Analyse) -> None:
    bombing = analyse("Two soldiers were killed when Maoists triggered a landmine blast in Sukma on Monday.",
                      "2019-05-03")
    assert event_on(bombing, "killed").cameo == "183"


@pytest.mark.parametrize(("cameo", "source", "target", "expected"), [
    ("190", "IMGMUSISI", None, "180"),   # IS with no victim read: terrorism
    ("190", "IMGMUSISI", "AFGMIL", "190"),  # IS against an army: a fight
    ("190", "MEXCOP", "MEXCRM", "170"),  # police against criminals by an operation
    ("190", "INDMIL", "INDREB", "190"),  # the table is silent: troops against rebels
    ("173", "COLCOP", "COLCRM", "173"),  # an arrest is left alone
])
def test_the_table_by_parties_on_a_plain_act(nlp, cameo: str, source: str | None, target: str | None,
                                             expected: str) -> None:
    tok = next(t for t in nlp("They launched an operation.") if t.lemma_ == "launch")
    assert violence_kind(tok, cameo, source, target) == expected


def test_an_armed_group_that_bombs_conducts_a_bombing(analyse: Analyse) -> None:
    result = analyse("Militants bombed a police station in Peshawar on Monday.", "2019-05-03")
    assert event_on(result, "bombed").cameo == "183"


def test_warplanes_bombing_stay_aerial_weapons(analyse: Analyse) -> None:
    result = analyse("Israeli warplanes bombed Hamas positions in Gaza on Monday.", "2019-05-03")
    assert event_on(result, "bombed").cameo == "195"


def test_a_state_battling_gangs_enforces_the_law(analyse: Analyse) -> None:
    result = analyse("Costa Rica battles illegal logging gangs.", "2019-05-03")
    assert event_on(result, "battles").cameo == "170"


def test_a_word_of_a_name_is_no_context(analyse: Analyse) -> None:
    # "Operation" in the camp's name tells of no operation the militants' attack met (session 45: an ambush of
    # the forces is a fight by its own word, so the test reads an attack)
    result = analyse("Militants attacked the Police Operation Camp at Bawegre on Monday.", "2019-05-03")
    assert not any(c.startswith("19") and s and s.endswith("REB") for c, s, _ in mention_codes(result))


def test_gang_killings_of_officers_outside_operations_stay_unconventional(analyse: Analyse) -> None:
    result = analyse("Gang members killed 16 police officers, many of them off duty, outside of the operations.",
                     "2019-05-03")
    assert event_on(result, "killed").cameo.startswith("18")
