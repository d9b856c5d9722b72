"""Violence kinds round four (violence_kinds.csv, noun_classes.csv): a labour strike is a strike (143), never a
military strike; uncoded strikers clashing with the police riot (145); gunmen's or a gang's attack on civilians
is unconventional violence (180) while a seizure of territory stays an occupation (192); an "exchange" is a fight
only as an exchange of fire (a telephone exchange is none)."""

from __future__ import annotations

from collections.abc import Callable

from conftest import event_codes, event_on
from newsevents.events.detect import _context_tests, violence_kinds
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_seizing_control_of_a_region_stays_an_occupation(analyse: Analyse) -> None:
    result = analyse("Armed groups seized control of the region after the guerrillas left.", "2019-05-03")
    assert event_on(result, "seized").cameo == "192"


def test_gunmen_attacking_a_pilgrims_bus_are_unconventional(analyse: Analyse) -> None:
    result = analyse("Gunmen attacked a bus carrying pilgrims in Mastung on Monday.", "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("18")


def test_gunmen_attacking_a_car_near_a_telephone_exchange_are_unconventional(analyse: Analyse) -> None:
    result = analyse("The armed men attacked the car near the telephone exchange in Kharan town, killing his "
                     "nephew on the spot.", "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("18")


def test_militants_attacking_a_village_in_a_gunfight_with_troops_still_fight(analyse: Analyse) -> None:
    result = analyse("Militants attacked the village, triggering a gunfight with troops.", "2019-05-03")
    assert event_on(result, "attacked").cameo.startswith("19")


def test_a_targeted_attack_with_no_doer_is_unconventional(analyse: Analyse) -> None:
    result = analyse("A trader was shot dead in a targeted attack outside his shop in Quetta on Monday.",
                     "2019-05-03")
    assert event_on(result, "shot").cameo.startswith("18")


def test_a_checkpost_attacked_in_an_exchange_of_fire_is_a_fight(analyse: Analyse) -> None:
    result = analyse("Two militants and a soldier were killed in an exchange of fire at a check post that was "
                     "attacked by militants in Bannu on June 3.", "2019-06-04")
    assert event_on(result, "attacked").cameo.startswith("19")


def test_a_guild_strike_against_a_newspaper_is_a_labour_strike(analyse: Analyse) -> None:
    result = analyse("The guild said it is studying its next moves in its strike against the Daily Courier after "
                     "eight of its units voted to accept a contract proposal.", "1987-03-12")
    assert event_on(result, "strike").cameo == "143"


def test_a_retaliatory_strike_against_a_country_stays_military(analyse: Analyse) -> None:
    result = analyse("Rumours said the United States had launched a retaliatory strike against Iran.",
                     "1987-10-19")
    assert all(code[:2] == "19" for code in event_codes(result)), event_codes(result)
    assert event_codes(result)


def test_a_tanker_struck_by_a_missile_is_no_strike(analyse: Analyse) -> None:
    result = analyse("The Kuwaiti tanker was struck by a missile on Friday.", "1987-10-19")
    assert "143" not in event_codes(result)


def test_uncoded_striking_miners_clashing_with_police_riot(analyse: Analyse) -> None:
    result = analyse("Striking miners clashed with police in Oviedo on Tuesday.", "1987-03-12")
    assert event_on(result, "clashed").cameo == "145"


def test_rebels_clashing_with_police_still_fight(analyse: Analyse) -> None:
    result = analyse("Rebels clashed with police in the hills of Kandhamal on Tuesday.", "2012-03-12")
    assert event_on(result, "clashed").cameo.startswith("19")


def test_context_cells_with_several_tests_all_hold() -> None:
    tests = _context_tests("union|@labour;!missile")
    assert [t.negated for t in tests] == [False, True]
    assert "union" in tests[0].lemmas and "labour" in tests[0].classes
    assert _context_tests("") == ()


def test_every_row_gives_a_force_or_protest_code() -> None:
    assert all(k.code == "keep" or k.code[:2] in {"14", "17", "18", "19"} for k in violence_kinds())
    assert any(k.code == "143" for k in violence_kinds())
