"""Targets (session 16): victims named by an occupation ("eight coal miners", "a storekeeper") are the target
with their occupation's sector; a described person modified by a name no table codes ("the Shia doctor") is
that person, not the uncoded name."""

from __future__ import annotations


def _targets(analyse, text: str, cameo_root: str) -> list[str | None]:
    result = analyse(text, "2019-05-03")
    return [e.target.code if e.target else None for e in result.events if e.cameo.startswith(cameo_root)]


def test_kidnapped_miners_are_labour(analyse) -> None:
    assert _targets(analyse, "Militants kidnapped eight coal miners in Quetta on Monday.", "18") == ["PAKLAB"]


def test_storekeeper_shot_dead_is_a_civilian(analyse) -> None:
    assert _targets(analyse, "Gunmen shot dead a storekeeper in Karachi on Sunday.", "18") == ["PAKCVL"]


def test_lecturer_abducted_is_education(analyse) -> None:
    found = _targets(analyse, "Unidentified men abducted a university lecturer in Peshawar on Friday.", "18")
    assert found == ["PAKEDU"]


def test_doctor_of_an_uncoded_community_is_the_victim(analyse) -> None:
    # (session 42: the faith word is no owner, so the doctor keeps his occupation's sector, as above)
    assert _targets(analyse, "Gunmen shot dead the Shia doctor in Karachi on Sunday.", "18") == ["PAKHLH"]


def test_coded_nationality_of_the_victim_is_kept(analyse) -> None:
    found = _targets(analyse, "Militants kidnapped two Chinese engineers in Peshawar on Monday.", "18")
    assert all(code is None or code.startswith("CHN") for code in found)



def test_object_misparsed_as_a_participle_subject_is_the_victim(analyse) -> None:
    found = _targets(analyse, "Armed militants abducted a truck driver of Kumar Company engaged in road construction "
                              "in Manipur on November 10.", "18")
    assert found == ["INDCVL"]


def test_occupation_beats_the_company_it_works_for(analyse) -> None:
    found = _targets(analyse, "Militants kidnapped a guard of the Hindustan Construction Company in Sukma on Monday.",
                     "18")
    assert found == ["INDCVL"]


def test_member_of_a_gang_stays_a_criminal(analyse) -> None:
    assert _targets(analyse, "Police arrested the leader of the gang in Lahore on Monday.", "17") == ["PAKCRM"]
