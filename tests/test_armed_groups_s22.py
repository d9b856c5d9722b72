"""Armed groups and parties of South Asia (and a few of Latin America) the tables used to lack: a Naga faction
named with its bracketed short form is the insurgent faction, never a government council; the Karbi tigers,
al-Qaeda's South Asian branch, Kashmir's National Conference, Nepal's UML and the old Colombian cartels have
their own rows."""

from __future__ import annotations

import pytest

from conftest import code_of


@pytest.mark.parametrize("faction", ["NSCN R", "NSCN K", "NSCN IM"])
def test_naga_faction_with_its_bracketed_short_form_is_an_insurgent_source(analyse, faction: str) -> None:
    # Before the rows, "Council of Nagaland (NSCN R" was an unknown council: INDGOV.
    result = analyse(f"Suspected cadres of National Socialist Council of Nagaland ({faction}) shot dead a "
                     "village headman in Tirap District on March 3.", "2018-03-05")
    assert all(not (m.source and m.source.code == "INDGOV") for e in result.events for m in e.mentions)
    assert any(m.source and m.source.code == "INDREB" for e in result.events for m in e.mentions)


def test_karbi_tigers_short_form_alone_is_an_insurgent_group(analyse) -> None:
    result = analyse("Police arrested two KPLT militants in Diphu on Tuesday.", "2016-08-10")
    assert code_of(result, "KPLT") == "INDREB"


def test_al_qaeda_branch_of_the_subcontinent_is_not_the_core_organisation(analyse) -> None:
    result = analyse("Al Qaeda in the Indian Subcontinent (AQIS) claimed responsibility for the murder of a "
                     "blogger in Dhaka on Friday.", "2016-04-09")
    assert code_of(result, "Al Qaeda in the Indian Subcontinent") == "PAKINS"


def test_kashmir_national_conference_named_with_its_short_form_is_an_opposition_party(analyse) -> None:
    result = analyse("Militants lobbed a grenade at the house of a National Conference (NC) leader in "
                     "Anantnag District on Sunday.", "2018-03-05")
    codes = {e.name: e.actor.code for e in result.entities if e.actor}
    assert codes.get("Jammu and Kashmir National Conference") == "INDOPP", codes


def test_another_countrys_national_conference_is_not_the_kashmiri_party(analyse) -> None:
    result = analyse("The National Conference of Governors met in Mexico City on Monday to discuss security.",
                     "2015-06-02")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert "INDOPP" not in codes


def test_nepal_unified_marxist_leninist_party_is_nepalese_opposition(analyse) -> None:
    result = analyse("Unidentified gunmen opened fire at a Communist Party of Nepal Unified Marxist Leninist "
                     "(CPN UML) candidate in Saptari District on Monday.", "2017-11-20")
    assert code_of(result, "Communist Party of Nepal Unified Marxist Leninist") == "NPLOPP"


@pytest.mark.parametrize("cartel", ["Cali Cartel", "Medellin Cartel"])
def test_old_colombian_cartels_are_colombian_criminal_organisations(analyse, cartel: str) -> None:
    result = analyse(f"A former accountant of the {cartel} was extradited to the United States on Thursday.",
                     "2014-02-14")
    assert code_of(result, cartel) == "COLCRM"
