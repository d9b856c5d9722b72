"""A violent act told with no doer in the sentences after the lead that go on with the lead's incident was
done by the one armed band the lead names as its doer (sources._incident_doer): not after "In another
incident", another day or another named group, never for the band's own harmed or any armed group's."""

from __future__ import annotations

import pytest

from conftest import readings

LEAD = ("Communist Party of India Maoist (CPI Maoist) cadres abducted three road contractors from Bhejji "
        "village in Sukma District on June 4, reports The Hindu. ")


def later_sources(analyse, text: str, trigger: str) -> set[str | None]:
    """The source codes of the mentions on `trigger` in the sentences after the lead (the first)."""
    result = analyse(text)
    start = text.index(". ") + 2
    return {m.source.code if m.source else None for e in result.events for m in e.mentions
            if m.trigger.lower() == trigger and m.start >= start}


@pytest.mark.parametrize("text", [
    LEAD + "Superintendent of Police Abhishek Meena said two drivers, Ramesh Kunjam and Lakhma Sodi, were "
    "also abducted from the road site.",
    LEAD + "Two drivers of the Bhejji road project, Ramesh Kunjam and Lakhma Sodi, were abducted at gunpoint, "
    "a Police officer said.",
    # the same sentence as below with no other day
    LEAD + "A village headman, Ramesh Kunjam, was abducted from Bhejji village.",
])
def test_a_doerless_abduction_of_the_lead_incident_is_the_lead_bands(analyse, text: str) -> None:
    assert later_sources(analyse, text, "abducted") == {"INDREB"}


@pytest.mark.parametrize("text", [
    # the attack the lead told, with "the"; a description of the attackers between ("gunmen") is no other band
    "Militants attacked a bus carrying pilgrims at Kangan in Ganderbal District on July 3, reports Daily "
    "Excelsior. Police sources said that gunmen fired on the bus near Kangan. Two pilgrims, Sunita Devi and "
    "Ram Prakash, were injured in the attack.",
])
def test_the_lead_attack_told_again_is_the_lead_bands(analyse, text: str) -> None:
    assert later_sources(analyse, text, "attack") == {"INDREB"}


@pytest.mark.parametrize(("text", "trigger"), [
    # another incident, another day, another named group: no carry
    (LEAD + "In another incident, a trader, Ramesh Kunjam, was abducted from Dornapal market.", "abducted"),
    (LEAD + "A village headman, Ramesh Kunjam, was abducted from Bhejji village on May 20.", "abducted"),
    (LEAD + "The Hizbul Mujahideen attacked a camp. A contractor, Ramesh Kunjam, was abducted from Bhejji "
     "village.", "abducted"),
    # the lead's act is an abduction: a killing is no part of it
    (LEAD + "A Police constable, Ramesh Kunjam, was killed in Bhejji village.", "killed"),
])
def test_no_doer_is_carried_out_of_the_lead_incident(analyse, text: str, trigger: str) -> None:
    assert "INDREB" not in later_sources(analyse, text, trigger)


def test_the_bands_own_dead_were_not_killed_by_it(analyse) -> None:
    text = ("Communist Party of India Maoist (CPI Maoist) cadres attacked a Police camp at Bhejji in Sukma "
            "District on June 4, reports The Hindu. Two Maoists were killed in the retaliatory firing at "
            "Bhejji.")
    result = analyse(text)
    assert not any(source == "INDREB" for source, _ in readings(result, "killed"))
