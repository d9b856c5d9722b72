"""Senses and modality of the seventh round (events/senses.py, sense_rules.csv): a rescue of people told as
abducted frees captives, a security operation and no humanitarian aid (073), even where the captivity is told
only by a participle verb; a rescue of flood victims stays aid."""

from __future__ import annotations

from conftest import event_codes as codes
from conftest import modality_of


def test_a_rescue_of_people_told_abducted_is_no_aid(analyse) -> None:
    result = analyse("Soldiers have launched an operation in the hills to rescue three engineers, abducted on "
                     "Monday by rebels of the liberation front for a ransom, reports a local daily.")
    assert "073" not in codes(result)


def test_a_rescue_of_a_man_who_was_kidnapped_is_no_aid(analyse) -> None:
    result = analyse("Police rescued a trader, who was kidnapped by armed men last week, from a forest camp.")
    assert "073" not in codes(result)


def test_a_rescue_of_flood_victims_stays_aid(analyse) -> None:
    result = analyse("The Indian army rescued 40 villagers stranded by floods in Assam on Monday.")
    assert "073" in codes(result)


def test_an_act_a_move_could_clear_the_way_for_is_hypothetical(analyse) -> None:
    result = analyse("The foreign ministers approved the pact, a step which could clear the way towards "
                     "establishing diplomatic ties with Portugal, officials said.")
    assert all(e.modality != "asserted" for e in result.events if e.cameo == "054")


def test_talks_an_accord_paved_the_way_for_are_no_fact(analyse) -> None:
    result = analyse("The accord paved the way for talks between Israel and Egypt.")
    assert modality_of(result, "040") == "intended"


def test_ties_established_stay_asserted(analyse) -> None:
    result = analyse("Japan and China established diplomatic ties on Monday.")
    assert modality_of(result, "054") == "asserted"


def test_groundwork_laid_for_talks_is_a_plan(analyse) -> None:
    result = analyse("A Japanese trade team is in Washington laying the groundwork for talks between the "
                     "Japanese minister and U.S. officials.")
    assert modality_of(result, "040") == "intended"


def test_a_crime_named_as_a_charge_is_no_killing(analyse) -> None:
    result = analyse("Peruvian police arrested Juan Perez, a leader of the Shining Path, on Monday. He is "
                     "also accused of murder and kidnapping.")
    found = codes(result)
    assert "173" in found
    assert not any(c.startswith(("18", "19", "20")) for c in found)


def test_a_particular_killing_charged_stays(analyse) -> None:
    result = analyse("He was charged with the murder of a journalist in Lima.")
    assert any(e.cameo.startswith("18") for e in result.events)


def test_an_attempt_at_killing_is_no_killing_done(analyse) -> None:
    result = analyse("Salvadoran police are investigating the attack. In May, police officers found a truck "
                     "that had been booby-trapped with explosives, an apparent attempt at killing police.")
    assert all(e.modality != "asserted" for e in result.events if e.cameo.startswith("18"))


def test_a_meeting_a_proposal_was_made_at_stays_asserted(analyse) -> None:
    result = analyse("Iran met Iraqi officials in Geneva on Monday, and a proposal at the meeting was "
                     "rejected.")
    assert all(e.modality != "intended" for e in result.events if e.cameo.startswith("04"))
