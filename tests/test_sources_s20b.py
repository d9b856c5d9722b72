"""Sources named around the act (events/sources.py, events/parties.py): the two sides of a fight the parser read
as one noun with coordinated name modifiers. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2017-06-12"


# -- 1. "between the X and the Y cadres": two sides, not one noun ---------------------------------------------

def test_coordinated_names_before_cadres_are_two_sides(analyse: Analyse) -> None:
    result = analyse("A farmer, identified as Ramesh Oraon (40), was killed during an encounter between the "
                     "Security Forces (SFs) and the Communist Party of India Maoist (CPI Maoist) cadres at Dumri "
                     "forest in Latehar District on June 10, reports The Hindu.", DAY)
    # each named side's act on the other (session 35)
    assert readings(result, "encounter") == {("INDMIL", "INDREB"), ("INDREB", "INDMIL")}


def test_a_fight_with_one_named_side_keeps_no_second_side(analyse: Analyse) -> None:
    result = analyse("A trader was injured during a gunfight between rival PLFI cadres at Murhu in Khunti "
                     "District on June 10.", DAY)
    assert readings(result, "gunfight") == {(None, "INDREB")}


# -- 2. a device is never a party ------------------------------------------------------------------------------

def _source_names(result: ArticleResult, trigger: str) -> set[str | None]:
    """The names of the sources of the event mentions on `trigger` (None: no source or an unnamed one)."""
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.source.entity_id) if m.source and m.source.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


def test_a_device_named_before_attack_is_not_its_source(analyse: Analyse) -> None:
    result = analyse("Unidentified militants blew up a portion of the railway track a three foot portion of the "
                     "track in an Improvised Explosive Device IED attack in Sohbatpur area of Jaffarabad "
                     "District on June 7 reports Dawn", DAY)
    assert not any(n and "Device" in n for n in _source_names(result, "attack"))


def test_a_group_named_before_attack_stays_its_source(analyse: Analyse) -> None:
    result = analyse("The Tehreek-e-Taliban Pakistan (TTP) attack on a checkpost in Bannu District on June 7 "
                     "left two soldiers dead.", DAY)
    assert {s for s, _ in readings(result, "attack")} == {"PAKINS"}


# -- 3. a gerund the parser coordinated with an infinitive goes with the gerund of means -------------------------

def test_a_gerund_after_an_infinitive_is_done_by_the_means_doer(analyse: Analyse) -> None:
    result = analyse("Panama took steps under President Juan Varela to combat money laundering by funding "
                     "several financial units designed to track illicit flows and signing a bilateral "
                     "information agreement with Colombia.", "2016-05-03")
    assert readings(result, "signing") == {("PANGOV", "COLGOV")}


def test_a_gerund_coordinated_with_a_gerund_keeps_its_own_reading(analyse: Analyse) -> None:
    result = analyse("Panama signed a bilateral information agreement with Colombia after funding several "
                     "financial units.", "2016-05-03")
    assert readings(result, "signed") == {("PANGOV", "COLGOV")}
