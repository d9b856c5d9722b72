"""The doer named as an unnamed part of a named group (events/sources.py `_band_of`): "a faction of the Sinaloa
Cartel killed", "ambushed by a guerrilla cell from the EPP", "a splinter group linked to the Gulf Cartel and known
as the Black Hand left a banner to warn the Zetas". The band is of its group's country and sector; the name it
goes by is its entity (so it stays apart from the group it split from); a band of anyone but an armed or criminal
group, or a band that is a party itself ("a group of Maoists"), is read as before. All sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-03-12"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    return {s for s, _ in readings(result, trigger)}


def source_names(result: ArticleResult, trigger: str) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.source.entity_id or "", "-") for e in result.events for m in e.mentions
            if m.trigger.lower() == trigger and m.source is not None}


def test_faction_of_a_cartel_is_the_cartels_kind(analyse: Analyse) -> None:
    result = analyse("A faction of the Sinaloa Cartel shot dead two police officers in Culiacan on Sunday.", DAY)
    assert sources(result, "shot") == {"MEXCRM"}


def test_cell_from_a_guerrilla_army_did_the_ambush(analyse: Analyse) -> None:
    result = analyse("On March 3, an army patrol was ambushed by a guerrilla cell from the Paraguayan People's "
                     "Army (EPP) near Concepcion.", DAY)
    assert sources(result, "ambushed") == {"PRYREB"}


def test_splinter_group_known_by_a_name_is_that_name_apart_from_its_parent(analyse: Analyse) -> None:
    result = analyse("A splinter group linked to the Gulf Cartel and known as the Black Hand left a severed "
                     "head and a narco-banner to warn the Zetas of what will happen.", DAY)
    assert readings(result, "warn") == {("MEXCRM", "MEXCRM")}
    assert source_names(result, "warn") == {"Black Hand"}


def test_group_of_residents_is_no_armed_band(analyse: Analyse) -> None:
    result = analyse("A group of residents attacked the town hall in Oaxaca on Monday.", DAY)
    assert sources(result, "attacked") == {"MEXCVL"}


def test_group_of_maoists_stays_the_maoists(analyse: Analyse) -> None:
    result = analyse("A group of Maoists torched a truck near Dantewada on Tuesday.", DAY)
    assert sources(result, "torched") == {"INDREB"}
    assert source_names(result, "torched") != {"-"}


def test_faction_of_a_party_is_no_armed_band(analyse: Analyse) -> None:
    result = analyse("A faction of the ruling Liberal Party criticized the president in Tegucigalpa.", DAY)
    assert not {s for s in sources(result, "criticized") if s and s.endswith(("CRM", "REB", "INS", "UAF"))}


# -- a group's "its" on the noun of an intended act: "in the aftermath of its attempt to kill X" -----------------

def test_its_attempt_to_kill_is_the_one_armed_group_named_before(analyse: Analyse) -> None:
    result = analyse("Ramirez joined the Beltran Leyva Organization in the aftermath of its failed 2008 attempt "
                     "to assassinate Gulf Cartel boss Osiel Cardenas in Monterrey.", DAY)
    assert {s for s, _ in readings(result, "assassinate")} == {"MEXCRM"}
    assert source_names(result, "assassinate") == {"Beltran Leyva Organization"}


def test_its_attempt_with_two_groups_named_before_names_no_doer(analyse: Analyse) -> None:
    result = analyse("The Zetas and the Beltran Leyva Organization split in the aftermath of its failed 2008 "
                     "attempt to assassinate Osiel Cardenas in Monterrey.", DAY)
    assert source_names(result, "assassinate") <= {"-"}


def test_their_efforts_keep_the_clause_subject(analyse: Analyse) -> None:
    result = analyse("The arrest of Guzman may see Mexican authorities shift their efforts to capturing other "
                     "Sinaloa Cartel leaders.", DAY)
    assert not {s for s, _ in readings(result, "capturing") if s and s.endswith("CRM")}
