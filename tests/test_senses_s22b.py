"""Session 22 (second round) sense rules (events/senses.py, data/sense_rules.csv, data/noun_classes.csv): a
reaction one meets is no meeting, people a present passive relative clause describes are a kind ("those who
are arrested"), ("met opposition from X"), a relative pronoun's doer is the noun its clause
describes ("the quake, which struck"), and a company calling its preferred stock redeems it, no discussion. The
meetings with a party and the calls on a party told beside them stay."""

from __future__ import annotations

from conftest import event_codes


def test_a_plan_that_met_opposition_is_no_meeting(analyse) -> None:
    result = analyse("Minister Carlos Vellano presented a new wage plan, but met opposition from President "
                     "Alfonsin and the unions.", "1987-03-12")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_strong_opposition_met_is_no_meeting(analyse) -> None:
    result = analyse("The Dutch finance minister has met strong opposition from the coalition parties to his "
                     "spending cuts.", "1987-03-12")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_a_minister_meeting_opposition_leaders_stays(analyse) -> None:
    result = analyse("Brazilian Finance Minister Dilson Funaro met opposition leaders in Brasilia on Tuesday.",
                     "1987-03-12")
    assert "040" in event_codes(result)


def test_a_quake_told_in_a_relative_clause_is_no_attack(analyse) -> None:
    result = analyse("An agency statement estimated the epicentre of the quake, which struck at 6:15 A.M. (2115 "
                     "GMT), as being under the sea off Miyagi prefecture, some 300 km north of Tokyo.", "1987-03-12")
    assert not any(code.startswith(("18", "19")) for code in event_codes(result))


def test_a_company_calling_its_preferred_is_no_discussion(analyse) -> None:
    result = analyse("Halverson Gas <HGC> Calls 2.40 Dlr Preferred", "1987-03-12")
    assert not any(code.startswith("04") for code in event_codes(result))


def test_a_call_on_a_government_stays(analyse) -> None:
    result = analyse("The United Nations called on Iraq to halt the shelling of Iranian cities.", "1987-03-12")
    assert any(code.startswith("0") for code in event_codes(result))


def test_the_share_of_those_who_are_arrested_is_no_arrest(analyse) -> None:
    result = analyse("More than 80 percent of those who are arrested in Cali avoid trial because of errors in "
                     "police reports, according to a study by El Pais newspaper.", "2016-06-01")
    assert "173" not in event_codes(result)


def test_all_foreigners_who_are_convicted_are_no_conviction(analyse) -> None:
    result = analyse("He cannot return to Canada without a permit, as is the case with all foreigners who are "
                     "convicted of arms trafficking.", "2016-06-01")
    assert not any(code.startswith("11") for code in event_codes(result))


def test_officers_who_are_charged_after_a_comma_stay(analyse) -> None:
    result = analyse("Arrest warrants were issued for 14 of the police officers, who are charged with killing "
                     "three farmers, reports Globo.", "2016-06-01")
    assert event_codes(result) & {"173", "112", "111"}
