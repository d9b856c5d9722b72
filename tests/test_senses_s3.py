"""Senses by the parties (sense_rules.csv doer/victim rows), non-events of business news, and modality of
schedules: each rule on a sentence where it applies and one where it must not."""

from __future__ import annotations

import pytest

from newsevents.events.detect import _violence_anaphors
from newsevents.events.senses import PartyTest, code_roles, default_senses
from newsevents.model import ActorRef, EventMention


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2023-03-13").events}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # organised state forces use conventional force (19x)
    ("Indian Army troops killed three militants in Kupwara district.", "190", "180"),
    # rebels assaulting a state's territory fight (19x)
    ("Hamas fighters attacked Israeli towns near the Gaza border on Saturday.", "190", "180"),
    # gunmen, rebels and mobs use unconventional violence (18x)
    ("Maoists killed two villagers in Dantewada district on Monday.", "180", "190"),
    ("Unidentified gunmen shot dead a police constable in Srinagar on Sunday.", "180", "190"),
    # a bomb, an IED or a suicide bomber: a non-military bombing (183)
    ("A suicide bomber killed 12 people at a market in Quetta.", "183", "190"),
    ("A CRPF trooper was killed in an IED blast in Sukma district.", "183", "190"),
    # a political figure killed by non-state gunmen is assassinated (186)
    ("Gunmen killed a member of parliament in Karachi on Friday.", "186", "190"),
])
def test_violence_is_coded_by_the_doer_the_instrument_and_the_victim(analyse, text, expected, absent) -> None:
    found = cameos(analyse, text)
    assert expected in found and absent not in found


def test_fighting_between_two_armed_sides_stays_conventional(analyse) -> None:
    found = cameos(analyse, "Three militants were killed in an encounter with security forces in Shopian.")
    assert found and all(code.startswith("19") for code in found)


@pytest.mark.parametrize("text", [
    "Terpstra has resigned as president and chief operating officer of MidCon Corp.",
    "Asked what role Mexico would play, Argentine Economy Minister Juan Sourrouille said the talks went well.",
    "Ecuador's finance minister signed the loans after the IADB's annual meeting here.",
])
def test_business_news_non_events_are_not_coded(analyse, text) -> None:
    assert not {c for c in cameos(analyse, text) if c[:2] in {"02", "04", "08"}}


def test_a_political_resignation_is_still_coded(analyse) -> None:
    assert "083" in cameos(analyse, "Italian Prime Minister Bettino Craxi resigned on Tuesday.")


@pytest.mark.parametrize(("text", "modality"), [
    ("Negotiations between Brazil and its creditor banks are about to start.", "intended"),
    ("Negotiations between Brazil and its creditor banks started on Monday.", "asserted"),
])
def test_a_scheduled_event_is_intended(analyse, text, modality) -> None:
    events = analyse(text, "2023-03-13").events
    assert events and {e.modality for e in events} == {modality}


def test_party_conditions_read_role_codes() -> None:
    assert code_roles("INDCOP") == {"IND", "COP"} and code_roles("UAF") == {"UAF"}
    state = PartyTest(frozenset({"MIL", "COP"}))
    assert state.holds("PAKMIL") and not state.holds("PAKREB") and not state.holds(None)
    assert PartyTest(frozenset({"MIL"}), negated=True).holds(None)
    assert PartyTest(frozenset({"none"})).holds(None)
    assert PartyTest(frozenset({"state"})).holds("ISR") and not PartyTest(frozenset({"state"})).holds("UAF")
    assert any(rule.on_parties for rules in default_senses().rules.values() for rule in rules)


@pytest.mark.parametrize(("text", "fires"), [
    # speaking and consulting need an addressee
    ("Venezuelan Finance Minister Hector Hurtado spoke with Brazilian Finance Minister Dilson Funaro on Monday.",
     True),
    ("Speaking after a meeting of the Cartagena group, Venezuelan Finance Minister Hector Hurtado said debt "
     "was a burden.", False),
    # a company's appeal to its own shareholders, a participle that names a thing
    ("The company also is asking shareholders to approve an amendment limiting the liability of directors.",
     False),
    ("Par said its generic form of Keflex, called Cephalexin, will be made by an overseas supplier.", False),
])
def test_consultations_and_appeals_need_a_party_addressed(analyse, text, fires) -> None:
    assert bool({c for c in cameos(analyse, text) if c[:2] in {"02", "04"}}) is fires


def test_an_anaphoric_attack_takes_the_kind_of_the_attack_it_refers_to(analyse) -> None:
    text = ("Militants attacked a police party in Budgam district of Jammu and Kashmir on July 1. Two policemen "
            "were injured in the attack, the police said.")
    found = cameos(analyse, text)
    assert "180" in found and not any(c.startswith("19") for c in found)


@pytest.mark.parametrize(("text", "modality"), [
    # an attribution at the end of a sentence whose punctuation was lost
    ("Pakistan Rangers killed two of our workers in Karachi he added.", "reported"),
    ("Pakistan Rangers killed two MQM workers in Karachi.", "asserted"),
    # an event known only by appearances is reported
    ("Mexican police apparently arrested the drug lord in Sinaloa.", "reported"),
])
def test_a_trailing_attribution_makes_the_sentence_reported(analyse, text, modality) -> None:
    events = analyse(text, "2023-03-13").events
    assert events and {e.modality for e in events} == {modality}


def test_an_anaphoric_encounter_stays_a_fight_and_an_anaphoric_attack_follows_its_antecedent() -> None:
    def mention(trigger: str, start: int, cameo: str, anaphoric: bool) -> EventMention:
        party = None if anaphoric else ActorRef("e1", "INDREB")
        return EventMention(0, 0, 10, "", trigger, start, start + 5, cameo, party, None, False, "asserted", 0.5,
                            anaphoric=anaphoric)
    read = _violence_anaphors([mention("shot", 0, "180", False), mention("attack", 20, "190", True),
                               mention("encounter", 40, "190", True)])
    assert [m.cameo for m in read] == ["180", "180", "190"]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Putin and Biden spoke for two hours on Monday.", "040", None),
    ("Russian President Vladimir Putin spoke by phone on Monday.", "041", None),
    ("Brazilian bank workers voted to strike on March 24.", "143", "190"),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", "190", None),
])
def test_speaking_striking_and_attacking_in_their_event_senses(analyse, text, expected, absent) -> None:
    found = cameos(analyse, text)
    assert expected in found and absent not in found


@pytest.mark.parametrize("text", [
    "In the U.S., people talk about fair trade, but not here, Japanese Trade Minister Hajime Tamura said.",
    "Robert Empie, ordered removed from office, plans to fight the charges.",
    "The U.S. Congress is trying to attack the trade deficit.",
    "Venezuelan Finance Minister Hector Hurtado talked with reporters in Caracas.",
])
def test_talk_without_a_party_and_fights_against_things_are_no_events(analyse, text) -> None:
    assert not {c for c in cameos(analyse, text) if c[:2] in {"04", "19"}}
