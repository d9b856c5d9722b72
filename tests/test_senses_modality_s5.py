"""Senses, modality and sentence breaks, round 5 (sense_rules.csv, noun_classes.csv, events/senses.py,
events/modality.py, modality_rules.csv, lines.py): armed groups taking people into custody abduct them, armed
state doers keep conventional force, threats of violence are threats, possibilities are not asserted, and a
period glued to the next sentence ends a sentence unless it ends an abbreviation."""

from __future__ import annotations

import pytest

from newsevents.events.senses import threatened_violence


def events(analyse, text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in analyse(text, "2023-03-13").events]


@pytest.mark.parametrize("text", [
    "Maoist rebels took two forest officials into custody in Bijapur district on Sunday.",
    "Two engineers were taken into custody by militants in Kunar province.",
    "Militants rounded up a dozen men in the village on Monday.",
])
def test_armed_groups_taking_people_into_custody_abduct_them(analyse, text: str) -> None:
    found = {code for code, _ in events(analyse, text)}
    assert "181" in found and "173" not in found, found


@pytest.mark.parametrize("text", [
    "Police took three suspects into custody in Lahore on Sunday.",
    "The police rounded up 40 suspects after the attack in Karachi.",
])
def test_police_custody_stays_an_arrest(analyse, text: str) -> None:
    assert "181" not in {code for code, _ in events(analyse, text)}


@pytest.mark.parametrize("text", [
    "Indian Army troops killed Pakistani national Abdul Rashid in Kupwara on Sunday.",
    "Pakistani Taliban leader Hakimullah Mehsud was killed by the army in North Waziristan.",
    "Police killed a Bangladeshi in Dhaka.",
])
def test_armed_state_doers_use_conventional_force(analyse, text: str) -> None:
    found = {code for code, _ in events(analyse, text)}
    assert found and all(code.startswith("19") for code in found), found


@pytest.mark.parametrize("text", [
    "The rebels threatened to kill the hostages on Monday.",
    "The rebels threatened to kidnap foreign engineers.",
    "The Zetas said they would kill the journalists.",
    "The ULFA said it would attack Indian Army camps.",
])
def test_threatened_violence_is_a_threat_made(analyse, text: str) -> None:
    found = events(analyse, text)
    assert ("138", "asserted") in found, found
    assert not [code for code, _ in found if code[:2] in {"18", "19"}], found


def test_violence_another_predicts_is_no_threat(analyse) -> None:
    found = events(analyse, "Police said the rebels would attack the town.")
    assert "138" not in {code for code, _ in found}, found


def test_threatened_violence_needs_the_speaker_as_doer(nlp) -> None:
    own = nlp("The cartel said it would kill the journalists.")
    other = nlp("The mayor said the cartel would kill the journalists.")
    assert threatened_violence(next(t for t in own if t.lemma_ == "kill"))
    assert not threatened_violence(next(t for t in other if t.lemma_ == "kill"))


@pytest.mark.parametrize("text", [
    "The possibility of new talks between India and Pakistan was discussed in Delhi.",
    "The United States raised the prospect of sanctions against Russia.",
    "There were hopes for new talks between Israel and Syria.",
])
def test_possible_events_are_not_asserted(analyse, text: str) -> None:
    found = events(analyse, text)
    assert found and all(modality != "asserted" for _, modality in found), found


@pytest.mark.parametrize(("text", "count"), [
    ("Two militants were killed in the encounter, the police said.The attackers fled towards the forest.", 2),
    ("Lt.Gen Rao met Insp.Kumar of the district police in Srinagar on Monday.", 1),
    ("He met J.Kumar at the U.S. embassy in Delhi on Monday.", 1),
])
def test_glued_periods(pipeline, text: str, count: int) -> None:
    assert len(list(pipeline.nlp(text).sents)) == count
