"""Event arguments read from the parse (events/arguments.py): parties named inside phrases, clause targets,
sources of copular and light frames, passives without role swaps. One sentence a rule applies to and one
it must not, each written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
Pair = tuple[str | None, str | None]
DAY = "1987-03-02"


def targets(result: ArticleResult, trigger: str) -> set[str | None]:
    return {t for _, t in readings(result, trigger)}


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    return {s for s, _ in readings(result, trigger)}


# -- targets named inside phrases --------------------------------------------------------------------

def test_a_role_named_by_its_country_inside_the_phrase_takes_that_country(analyse: Analyse) -> None:
    result = analyse("Peru's finance minister held talks with the president of the Peruvian central bank "
                     "on Monday.", DAY)
    assert any(t and t.startswith("PER") for t in targets(result, "talks")), readings(result, "talks")


def test_a_place_an_unnamed_group_meets_in_is_not_its_owner(analyse: Analyse) -> None:
    result = analyse("Mexico's foreign minister held talks with officials in Geneva on Monday.", DAY)
    found = targets(result, "talks")
    assert found and not any(t and t.startswith("CHE") for t in found), found


def test_between_two_parties_when_the_row_names_another_preposition(analyse: Analyse) -> None:
    result = analyse("Qatar negotiated between Israel and Hamas for a week.", DAY)
    assert {t[:3] for t in targets(result, "negotiated") if t} >= {"ISR", "PSE"}, readings(result, "negotiated")


def test_no_between_no_clause_target(analyse: Analyse) -> None:
    result = analyse("Qatar negotiated for a week.", DAY)
    assert targets(result, "negotiated") == {None}


def test_the_owner_of_an_object_is_the_target(analyse: Analyse) -> None:
    result = analyse("The Bundesbank criticised the rise in Japan's interest rates.", DAY)
    assert "JPNGOV" in targets(result, "criticised"), readings(result, "criticised")


def test_what_an_event_object_was_done_to_is_not_the_target(analyse: Analyse) -> None:
    result = analyse("France condemned the invasion of Ukraine.", DAY)
    found = targets(result, "condemned")
    assert found and not any(t and t.startswith("UKR") for t in found), found


# -- appeals, transfers, against ---------------------------------------------------------------------

def test_an_appeal_targets_the_party_asked_to_act(analyse: Analyse) -> None:
    result = analyse("The IMF called for overhauls in how Indonesia manages its banks.", DAY)
    assert "IDNGOV" in targets(result, "called"), readings(result, "called")


def test_an_appeal_for_something_done_to_a_thing_has_no_addressee(analyse: Analyse) -> None:
    result = analyse("Brazil's president called for the revival of the regional bloc.", DAY)
    assert readings(result, "called") and targets(result, "called") == {None}, readings(result, "called")


def test_the_recipient_of_an_offer_is_a_party_even_unnamed(analyse: Analyse) -> None:
    result = analyse("Japan offered refugees emergency aid on Monday.", DAY)
    assert targets(result, "offered") == {"REF"}, readings(result, "offered")


def test_an_offer_with_no_recipient_has_no_target(analyse: Analyse) -> None:
    result = analyse("Japan offered emergency aid on Monday.", DAY)
    assert targets(result, "offered") <= {None}, readings(result, "offered")


def test_the_object_of_against_is_the_target(analyse: Analyse) -> None:
    result = analyse("Iran threatened retaliation against Israel.", DAY)
    assert "ISRGOV" in targets(result, "threatened"), readings(result, "threatened")


def test_a_date_is_no_party(analyse: Analyse) -> None:
    result = analyse("Iran threatened retaliation on Sunday.", DAY)
    assert targets(result, "threatened") == {None}, readings(result, "threatened")


# -- role nouns with no name --------------------------------------------------------------------------

def test_a_role_noun_with_no_name_is_a_target(analyse: Analyse) -> None:
    # The one the police of a country charge is of that country (an inferred code, session 4); a former
    # judge holds no office (ELI, session 23: parties.former_role).
    result = analyse("Peruvian police charged a former judge with fraud.", DAY)
    assert readings(result, "charged") == {("PERCOP", "PERELI")}, readings(result, "charged")


def test_an_unnamed_group_with_no_doer_is_no_event(analyse: Analyse) -> None:
    result = analyse("Three judges were arrested on Monday.", DAY)
    assert not readings(result, "arrested"), readings(result, "arrested")


def test_a_doer_of_no_known_country_is_no_source(analyse: Analyse) -> None:
    result = analyse("Officials warned the rebels on Monday.", DAY)
    assert sources(result, "warned") <= {None}, readings(result, "warned")


def test_a_role_owned_by_a_place_takes_its_country(analyse: Analyse) -> None:
    result = analyse("Authorities in Argentina arrested a former judge.", DAY)
    # the arrested is of their country; a former judge holds no office (ELI, parties.former_role)
    assert readings(result, "arrested") == {("ARGGOV", "ARGELI")}


@pytest.mark.parametrize("text", ["Prosecutors charged cartel leaders with fraud.",
                                  "Prosecutors charged business leaders with fraud.",
                                  "Prosecutors charged Western diplomats with fraud."])
def test_a_role_word_under_another_group_word_is_not_that_role(analyse: Analyse, text: str) -> None:
    result = analyse(text, DAY)
    assert "GOV" not in targets(result, "charged"), readings(result, "charged")


def test_a_group_named_before_is_not_a_new_party(analyse: Analyse) -> None:
    result = analyse("The leaders signed a defence treaty in Brasilia.", DAY)
    assert "GOV" not in sources(result, "signed"), readings(result, "signed")


# -- sources of copular, light and passive frames ------------------------------------------------------

def test_the_subject_of_is_on_a_visit_is_the_visitor(analyse: Analyse) -> None:
    result = analyse("Trade Minister John Duffy is on a two-day visit to Malaysia.", DAY)
    assert any(s and t == "MYS" for s, t in readings(result, "visit")), readings(result, "visit")


def test_who_reports_on_an_attack_did_not_attack(analyse: Analyse) -> None:
    result = analyse("The Kyiv Post reported on the attack on Kharkiv.", DAY)
    assert all(s is None or not s.endswith("MED") for s in sources(result, "attack")), readings(result, "attack")


def test_the_subject_of_was_due_to_meet_is_the_source(analyse: Analyse) -> None:
    result = analyse("Turkey's ambassador was due to meet Papandreou on Friday.", DAY)
    assert any(s and s.startswith("TUR") for s in sources(result, "meet")), readings(result, "meet")


def test_the_subject_of_a_main_clause_does_not_meet_for_the_clause_subject(analyse: Analyse) -> None:
    result = analyse("President Ozal of Turkey was glad that Greece's ambassador met Papandreou.", DAY)
    found = sources(result, "met")
    assert found and not any(s and s.startswith("TUR") for s in found), readings(result, "met")


def test_the_owner_of_the_meeting_invited(analyse: Analyse) -> None:
    result = analyse("The Brazilian finance minister had been invited to the World Bank's meeting.", DAY)
    assert any(s and "WBK" in s and t and t.startswith("BRA") for s, t in readings(result, "invited")), \
        readings(result, "invited")


def test_a_place_one_was_invited_to_did_not_invite(analyse: Analyse) -> None:
    result = analyse("The Brazilian finance minister had been invited to Washington.", DAY)
    assert sources(result, "invited") <= {None}, readings(result, "invited")


def test_a_passive_keeps_its_roles(analyse: Analyse) -> None:
    result = analyse("The army killed three rebels and was criticised by Amnesty International.", DAY)
    assert ("NGOHRIAMN", "MIL") in readings(result, "criticised"), readings(result, "criticised")
    assert all(s != "MIL" for s in sources(result, "criticised"))


def test_the_one_asked_is_not_the_asker(analyse: Analyse) -> None:
    result = analyse("Asked about the talks with Japan, Chancellor Nigel Lawson said nothing new.", DAY)
    # A reporter's question is no appeal at all (senses); whatever is read, the one asked is never its source.
    assert all(s is None for s in sources(result, "asked")), readings(result, "asked")


def target_names(result: ArticleResult, trigger: str) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names[m.target.entity_id] for e in result.events for m in e.mentions
            if m.trigger.lower() == trigger.lower() and m.target and m.target.entity_id}


def test_an_organisation_owns_its_members(analyse: Analyse) -> None:
    result = analyse("Mexican authorities arrested eight members of the Zetas cartel.", DAY)
    assert any("Zetas" in name for name in target_names(result, "arrested")), readings(result, "arrested")


def test_a_person_does_not_own_his_relatives_or_enemies(analyse: Analyse) -> None:
    result = analyse("Mexican police arrested the cousin of President Ricardo Martinelli.", DAY)
    assert not any("Martinelli" in n for n in target_names(result, "arrested")), readings(result, "arrested")


# -- visits and things sent ----------------------------------------------------------------------------

def test_a_visit_with_no_to_phrase_is_to_where_the_visitor_arrived(analyse: Analyse) -> None:
    result = analyse("Chancellor Helmut Kohl of West Germany arrived in Madrid on an official visit.", DAY)
    assert any(t and t.startswith("ESP") for t in targets(result, "visit")), readings(result, "visit")


def test_talks_do_not_target_the_city_they_are_held_in(analyse: Analyse) -> None:
    result = analyse("Chancellor Helmut Kohl of West Germany was in Madrid for talks.", DAY)
    assert not any(t and t.startswith("ESP") for t in targets(result, "talks")), readings(result, "talks")


def test_a_visitor_set_off_by_commas_is_the_source(analyse: Analyse) -> None:
    result = analyse("Mexico's foreign minister, on a visit to Peru, met President Alan Garcia.", DAY)
    assert ("MEXGOV", "PER") in {(s, t and t[:3]) for s, t in readings(result, "visit")}, readings(result, "visit")


def test_troops_sent_somewhere_are_not_the_target(analyse: Analyse) -> None:
    result = analyse("Indonesia is ready to send troops to Cambodia.", DAY)
    found = targets(result, "send")
    assert found and "MIL" not in found and all(t and t.startswith("KHM") for t in found), found


def test_an_airport_people_are_arrested_at_is_not_the_target(analyse: Analyse) -> None:
    result = analyse("Indonesian police arrested two Malaysian soldiers at Jakarta airport.", DAY)
    assert targets(result, "arrested") == {"MYSMIL"}, readings(result, "arrested")


def test_an_unnamed_group_with_no_doer_is_no_event_even_in_a_countrys_story(analyse: Analyse) -> None:
    result = analyse("Peru's president Alan Garcia praised the police on Monday. Three judges were killed.", DAY)
    assert not readings(result, "killed"), readings(result, "killed")
    # An arrest is different: with no doer named it is the police's of the story's country (a guess).
    result = analyse("Peru's president Alan Garcia praised the police on Monday. Three judges were arrested.", DAY)
    assert {s for s, _ in readings(result, "arrested")} <= {"PERCOP"}, readings(result, "arrested")


def test_a_complement_names_whom_its_object_goes_to(analyse: Analyse) -> None:
    result = analyse("Britain agreed to sell its Canadian unit to France.", DAY)
    assert targets(result, "agreed") == {"FRAGOV"}, readings(result, "agreed")


def test_a_complement_with_no_recipient_keeps_its_objects_owner(analyse: Analyse) -> None:
    result = analyse("Britain agreed to sell the Canadian unit.", DAY)
    assert targets(result, "agreed") == {"CAN"}, readings(result, "agreed")


def test_those_acted_on_take_no_country_from_the_story_alone(analyse: Analyse) -> None:
    text = "WASHINGTON, March 2 - The Colombian military continued to kill civilians through 2014."
    result = analyse(text, DAY)
    assert targets(result, "kill") <= {"CVL", "COLCVL", None}, readings(result, "kill")


def test_forces_sent_under_an_agreement_are_not_its_other_party(analyse: Analyse) -> None:
    result = analyse("Venezuela and Colombia agreed to send more security forces to their border.", DAY)
    assert {(s and s[:3], t and t[:3]) for s, t in readings(result, "agreed")} == {("VEN", "COL"), ("COL", "VEN")}, \
        readings(result, "agreed")


def test_inferred_parties_say_so(analyse: Analyse) -> None:
    result = analyse("LIMA, May 4 - Three men were arrested in Cusco on Friday, police said.", DAY)
    [arrest] = [e for e in result.events if e.cameo.startswith("17")]
    assert arrest.source is not None and arrest.source.code == "PERCOP"
    assert arrest.source.entity_id is None and arrest.source.basis == "inferred"
    named = analyse("Peruvian police arrested three men in Cusco on Friday.", DAY)
    assert all(e.source is None or e.source.basis is None for e in named.events)
