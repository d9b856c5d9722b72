"""Targets (session 4): the party a sentence names as affected is the event's target, with a code a coder
would give it (inferred codes say so), and a place is never the victim when a person is named."""

from __future__ import annotations

import pytest

from newsevents.events.party_words import values, words
from newsevents.model import ActorRef


def _events(analyse, text: str, cameo_root: str) -> list[tuple[ActorRef | None, ActorRef | None, str]]:
    result = analyse(text, "2012-05-03")
    names = {e.id: e.name for e in result.entities}
    return [(e.source, e.target, names.get(e.target.entity_id or "", "") if e.target else "")
            for e in result.events if e.cameo.startswith(cameo_root)]


def _code(ref: ActorRef | None) -> str | None:
    return ref.code if ref else None


def test_named_victim_of_militants_is_an_inferred_civilian_of_the_place(analyse) -> None:
    found = _events(analyse, "SRINAGAR, May 2: Militants shot dead Mohammad Rafiq Bhat near his house in "
                             "Anantnag district on Tuesday.", "18")
    assert found
    _, target, name = found[0]
    assert name == "Mohammad Rafiq Bhat"
    assert target is not None and target.code == "INDCVL" and target.basis == "inferred"


def test_unnamed_described_captives_are_targets(analyse) -> None:
    found = _events(analyse, "Suspected militants abducted two tribal youths from Tura town in West Garo "
                             "Hills district on Monday.", "18")
    assert any(_code(t) == "INDCVL" for _, t, _ in found)


def test_arrested_dealers_are_criminals_of_the_country(analyse) -> None:
    found = _events(analyse, "Police arrested four dealers in Arequipa on Friday.", "173")
    assert [_code(t) for _, t, _ in found] == ["PERCRM"]
    assert found[0][1] is not None and found[0][1].basis == "inferred"


def test_sector_of_the_victim_comes_from_his_description(analyse) -> None:
    found = _events(analyse, "Militants shot dead a police constable in Kulgam district on Sunday.", "18")
    assert [(_code(s), _code(t)) for s, t, _ in found] == [("INDREB", "INDCOP")]


def test_group_cadres_killed_by_troops_take_the_group_sector(analyse) -> None:
    found = _events(analyse, "Troops killed three Maoist cadres in an encounter in Gadchiroli district of "
                             "Maharashtra.", "19")
    assert [_code(t) for _, t, _ in found] == ["INDREB"]


def test_identified_as_names_the_victim(analyse) -> None:
    found = _events(analyse, "A shopkeeper, identified as Gul Zaman, was shot dead by unidentified armed "
                             "men in Bannu District of Khyber Pakhtunkhwa on April 5.", "18")
    assert found and found[0][2] == "Gul Zaman"


def test_possessor_of_a_capture_is_the_captive(analyse) -> None:
    result = analyse("Colombian police announced Rojas's capture on Tuesday.", "2012-05-03")
    names = {e.id: e.name for e in result.entities}
    captures = [e for e in result.events if e.mentions[0].trigger == "capture"]
    for event in captures:
        assert event.source is None or names.get(event.source.entity_id or "") != "Rojas"


def test_state_doers_leave_a_named_victim_without_a_sector(analyse) -> None:
    found = _events(analyse, "KABUL, May 2: Afghan troops killed Abdul Wahid in Kandahar province.", "19")
    assert all(_code(t) in {None, "AFG"} for _, t, _ in found)


def test_a_victim_abroad_gets_no_guessed_country(analyse) -> None:
    # Doers of another country than the story's and no place in the clause: the country is not guessed.
    found = _events(analyse, "WASHINGTON, May 2: Colombian soldiers killed Pedro Alvarez, officials said.",
                    "19")
    assert all(_code(t) in {None, "COL", "COLCVL"} for _, t, _ in found)


@pytest.mark.parametrize("name", ["owned_thing", "installation", "police_lemma", "summon_verb", "description",
                                  "patient_possessor", "person_description", "crime_word"])
def test_party_word_sets_are_loaded_from_data(name: str) -> None:
    assert words(name)


def test_person_descriptions_are_cameo_sectors() -> None:
    # CAMEO's role codes for people described by what they are or do (occupations included: a farmer AGR, a
    # teacher or student EDU, a journalist MED, a trader BUS, a labourer LAB, a priest REL)
    cameo_person_sectors = {"CRM", "COP", "MIL", "CVL", "REB", "AGR", "BUS", "EDU", "MED", "LAB", "REL"}
    assert {v for v in values("person_description").values() if v} <= cameo_person_sectors


def test_an_extradited_person_gets_no_country_from_the_story(analyse) -> None:
    # The one extradited is seldom of the story's country nor of where he is sent.
    found = _events(analyse, "MEXICO CITY, May 2: Joaquin Herrera Soto was extradited to the United States on "
                             "Friday.", "174")
    assert all(_code(t) is None for _, t, _ in found)


def test_capture_noun_with_a_captive_is_an_arrest_by_inferred_police(analyse) -> None:
    found = _events(analyse, "LIMA, May 2: Police announced the capture of Alberto Rojas, a drug "
                             "trafficker, in Callao.", "173")
    assert found
    source, target, name = found[0]
    # the police who announce a capture made it (read, not inferred, since 'announce' is a light verb)
    assert source is not None and source.code == "PERCOP"
    assert name == "Alberto Rojas" and _code(target) == "PERCRM"


def test_unnamed_victim_of_gunmen_is_a_civilian_of_the_story(analyse) -> None:
    found = _events(analyse, "KARACHI, May 2: Unidentified gunmen shot dead Muhammad Aslam in Orangi Town "
                             "on Wednesday.", "18")
    assert [(_code(t), n) for _, t, n in found] == [("PAKCVL", "Muhammad Aslam")]


def test_an_armed_group_of_no_country_is_of_the_clause_place(analyse) -> None:
    # No dateline and no home: the clause's place tells the country of the militants and their victim.
    found = _events(analyse, "Militants shot dead a police constable at a market in Bijbehara on Sunday.",
                    "18")
    assert [(_code(s), _code(t)) for s, t, _ in found] == [("INDREB", "INDCOP")]


def test_a_proposal_is_its_proposers(analyse) -> None:
    found = _events(analyse, "Baldrige said he had agreed to Rha's proposal for cooperation on joint "
                             "ventures.", "03")
    assert [n for _, _, n in found] == ["Rha"]


def test_a_country_modifier_victim_keeps_its_bare_country(analyse) -> None:
    # "Israeli towns" is the country attacked, not a civilian sector the story does not name.
    found = _events(analyse, "Hamas fighters attacked Israeli towns near the Gaza border on Saturday.", "1")
    assert [_code(t) for _, t, _ in found] == ["ISR"]


def test_a_place_typed_as_a_person_is_no_victim(analyse) -> None:
    # "him" never stands for a place name the recogniser typed a person ("... Ghat ...", "... Town").
    result = analyse("KARACHI, May 2: Unidentified militants kidnapped a trader from Saddar Town Karachi. "
                     "They later shot him dead.", "2012-05-03")
    names = {e.id: e.name for e in result.entities}
    for event in result.events:
        if event.target is not None and event.target.entity_id:
            assert "Town" not in names[event.target.entity_id]


def test_the_captives_not_the_place_at_which_they_were_taken(analyse) -> None:
    found = _events(analyse, "PATNA, May 2: Maoists abducted two security guards of a private company at "
                             "Chakai in Jamui District on Tuesday.", "18")
    assert [_code(t) for _, t, _ in found] in (["INDCVL"], ["INDBUS"])  # a company's guards


def test_the_speakers_own_group_is_not_the_one_warned(analyse) -> None:
    found = _events(analyse, "GUWAHATI, May 2: The spokesman of the NDFB, B Daimary, said the outfit was not "
                             "involved in the killing and warned not to blame the NDFB.", "13")
    assert all(n != "National Democratic Front of Bodoland" for _, _, n in found)


def test_the_speaker_may_be_acted_on_by_another(analyse) -> None:
    result = analyse("Coradian Corp said a group led by Sage Equities Group agreed to buy a 7.6 pct interest in "
                     "Coradian.", "1987-03-03")
    names = {e.id: e.name for e in result.entities}
    targets = [names.get(e.target.entity_id or "") for e in result.events if e.target is not None]
    assert all("Coradian" in (n or "") for n in targets)


def test_a_country_named_on_the_captives_stays_the_target(analyse) -> None:
    found = _events(analyse, "Hamas released 13 Israeli hostages on Friday under a truce agreement brokered "
                             "by Qatar.", "08")
    assert [_code(t) for _, t, _ in found] == ["ISR"]
