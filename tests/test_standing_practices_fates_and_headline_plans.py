"""Session 27 sense and modality rules (events/senses.py, data/sense_rules.csv, data/noun_classes.csv,
events/modality.py): a material act or an investigation negated with a present "do" and no time is a standing
practice, no act left undone; meeting with death is dying, no meeting; a headline's bare to-infinitive is a plan
even when an as-clause follows it. The particular acts told beside them stay."""

from __future__ import annotations

import pytest

from conftest import event_codes, trigger_modality


@pytest.mark.parametrize(("text", "codes"), [
    ("His trial was held in Austria, where he has lived since 2009, because that country does not extradite "
     "its citizens.", {"174"}),
    ("Colombian police do not investigate who belongs to the gangs, nor do they keep tabs on them.", {"090"}),
])
def test_a_present_negated_with_do_is_a_standing_practice(analyse, text: str, codes: set[str]) -> None:
    result = analyse(text, "2016-06-01")
    assert not event_codes(result) & codes


def test_an_act_not_done_on_a_day_stays(analyse) -> None:
    result = analyse("The Colombian army did not attack the rebels on Monday.", "2016-06-01")
    assert "190" in event_codes(result)


def test_meeting_death_is_no_meeting(analyse) -> None:
    result = analyse("Twenty-one people in Bolivia's prisons have met with violent deaths in 2019, El Deber "
                     "reported.", "2019-05-02")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_a_meeting_with_a_party_stays(analyse) -> None:
    result = analyse("Mexican Foreign Minister Luis Videgaray met with U.S. Secretary of State Rex Tillerson in "
                     "Mexico City on Monday.", "2017-06-01")
    assert any(code.startswith("04") for code in event_codes(result))


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Senior Japanese Official To Visit Washington As Chip Dispute Widens", "Visit", "intended"),
    ("Brazil To Resume Talks With Creditors While Reserves Fall", "Resume", "intended"),
])
def test_a_headline_infinitive_before_an_as_clause_is_a_plan(analyse, text: str, trigger: str,
                                                              modality: str) -> None:
    assert trigger_modality(analyse(text, "1987-03-30"), trigger) == modality


@pytest.mark.parametrize(("text", "cameo"), [
    ("A French minister said he had given the Korean government a clear warning of sanctions against Korean "
     "companies if Seoul did not open its markets.", "163"),
    ("The Peruvian defence minister warned of attacks by the rebels.", "180"),
])
def test_an_act_warned_of_is_threatened_not_done(analyse, text: str, cameo: str) -> None:
    result = analyse(text, "1987-03-26")
    assert {e.modality for e in result.events if e.cameo == cameo} <= {"intended"}
