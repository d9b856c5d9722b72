"""Senses, session 8 (events/senses.py, sense_rules.csv, noun_classes.csv): statements that are not events
(generic and modal statements, capabilities and purposes, shelters from an act), figurative objects (a
perception fought, a company's own businesses supported, an activity misparsed as a verb's modifier), and an
intent to act coded as intent (CAMEO 03x by the root of the act agreed, pledged or promised; agreeing to halt
talks is the halt, 164). Each class is tested with the real-event use of the same verb beside it."""

from __future__ import annotations

import pytest


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2019-05-03").events}


@pytest.mark.parametrize(("text", "absent"), [
    # generic or modal statements about an act: no act happened
    ("It is difficult for Colombian police to arrest gang leaders in the mountains.", "17"),
    ("It can take years for the Colombian government to confiscate property from drug lords.", "17"),
    ("Attacking the police is dangerous, the FARC commander said.", "18"),
    # what a thing or a body is for: a capability
    ("The Colombian army is designed to defend against guerrilla attacks.", "05"),
    ("The United States created special Colombian police units to kill drug traffickers.", "18"),
    ("Aetna will use the proceeds to support its insurance businesses.", "05"),
    # what a shelter guards against is not told to happen
    ("The tankers will gain naval protection against Iranian attacks.", "19"),
    ("The remote region offers FARC rebels a respite from offensives by Colombian security forces.", "19"),
    # a habit or a tendency, not one happening
    ("Mexican gangs often kill informants in Sinaloa.", "18"),
    ("Colombian rebels tend to attack army convoys at night.", "19"),
    ("The Colombian army usually raids FARC camps at dawn.", "19"),
    # figurative or non-political objects
    ("The Mexican government is fighting the perception that security is worsening.", "19"),
    ("The Mexican government is battling inflation.", "19"),
    ("Because such small-time smuggling supports so many communities, Colombian authorities are reluctant to "
     "crack down.", "05"),
    # a company issuing its own stock deals with no other party
    ("Consolidated Gold Ltd said it agreed to issue 10 mln dlrs of common stock in a private placement.", "03"),
])
def test_not_an_event(analyse, text: str, absent: str) -> None:
    assert not any(c.startswith(absent) for c in cameos(analyse, text))


@pytest.mark.parametrize(("text", "present"), [
    # the same verbs reporting acts that happened
    ("Colombian police arrested the gang leader in Medellin on Tuesday.", "173"),
    ("It took Colombian police three days to arrest the suspect.", "173"),
    ("The Colombian army used helicopters to attack the rebel camp.", "190"),
    ("Colombian troops fought the FARC near the border.", "190"),
    ("The United States supports the Colombian government.", "051"),
    ("The Colombian army launched an offensive against the rebels.", "190"),
    ("Iranian gunboats attacked two tankers in the Gulf on Monday.", "190"),
    ("Colombian troops repeatedly attacked the FARC camp last week.", "190"),
])
def test_real_events_kept(analyse, text: str, present: str) -> None:
    assert present in cameos(analyse, text)


@pytest.mark.parametrize(("text", "code"), [
    ("The European Union agreed to meet Iranian negotiators next week.", "036"),
    ("The rebels agreed to hold talks with the Colombian government.", "036"),
    ("Iran and Iraq agreed to resume negotiations.", "036"),
    ("India pledged to support Bangladesh.", "032"),
    ("Iran promised to release the British sailors.", "035"),
    ("Pakistan agreed to provide military aid to Afghanistan.", "033"),
    ("China agreed to cooperate with Japan on security.", "030"),
    # agreeing to halt talks is the halt itself
    ("Iran agreed to halt negotiations with the European Union.", "164"),
])
def test_intent_coded_by_the_acts_root(analyse, text: str, code: str) -> None:
    codes = cameos(analyse, text)
    assert code in codes
    assert not codes - {code, "040", "046"}  # a nominal "talks" may be read beside it, never another 03x


def test_a_past_meeting_telling_who_people_are_is_no_consultation(analyse) -> None:
    result = analyse("She said she spoke with Argentine women who had met Marita.", "2019-05-03")
    assert not any(m.trigger == "met" for e in result.events for m in e.mentions)
    # a particular person's meeting stays, told in a relative clause or not
    result = analyse("The Argentine minister, who had met the Iranian envoy on Monday, resigned.", "2019-05-03")
    assert any(m.trigger == "met" for e in result.events for m in e.mentions)


def events(analyse, text: str) -> set[tuple[str, str]]:
    return {(e.cameo, e.modality) for e in analyse(text, "2019-05-03").events}


@pytest.mark.parametrize(("text", "expected"), [
    # a vow or a speaker's own "will" to do a cooperative act is the intent, made as it is spoken
    ("Israel vowed to cooperate with Egypt against smuggling.", {("031", "asserted")}),
    ("Iran vowed to support Syria.", {("032", "asserted")}),
    ("Iran said it would cooperate with the IAEA.", {("031", "asserted")}),
    ("The FARC announced they will release the hostages.", {("035", "asserted")}),
    # an act that is no cooperation stays the planned act
    ("Colombian police said they would arrest the killers.", {("173", "intended")}),
    ("Pakistan vowed to arrest the killers.", {("173", "intended")}),
])
def test_intent_stated_is_the_statement(analyse, text: str, expected: set[tuple[str, str]]) -> None:
    assert events(analyse, text) == expected
