"""Modality of the fifth round (events/modality.py, modality_rules.csv `credit`, `culprit`, `motive` rows): a
paper credited after the event where lost punctuation hides the credit, a headline ending ": Report", an
allegation with a time phrase between "accused" and its content, a hedge on the doer or the motive only, and a
past-tense clause the parser hung on "wanted"; each with a sentence the rule must leave alone."""

from __future__ import annotations

import pytest

from newsevents.model import ArticleResult


def modality_of(result: ArticleResult, trigger: str) -> str:
    """The modality of the one mention whose trigger is `trigger`."""
    found = {m.modality for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found} in {[m.trigger for e in result.events for m in e.mentions]}"
    return found.pop()


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # a paper credited after the event, the words before it parsed as its subject (punctuation lost)
    ("Nine Taliban militants killed in air strikes in the Tirah valley of Khyber Agency on March 3 reports "
     "The Nation Security officials said the jets hit hideouts", "killed", "reported"),
    # a passive clause the parser hung on "wanted" ("a wanted militant"): no wish, a report
    ("A wanted Hizbul Mujahideen militant was shot dead by troops in a village of Kupwara District on "
     "March 9, reports Greater Kashmir.", "shot", "reported"),
    # the reporter's own sentence, with no credit
    ("Troops shot dead a Hizbul Mujahideen militant in a village of Kupwara District on March 9.", "shot",
     "asserted"),
    # ... and a paper that reports a thing with a that-clause is an ordinary source, still reported
    ("The Nation reports that troops shot dead two militants in Khyber Agency.", "shot", "reported"),
])
def test_a_paper_credited_after_the_event(analyse, text: str, trigger: str, modality: str) -> None:
    assert modality_of(analyse(text), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Gunmen Kill Two Police Officers in Michoacan: Officials", "Kill", "reported"),
    ("Gunmen Shoot Dead Trader in Quetta: Report", "Shoot", "reported"),
    # a colon that opens a quotation or a list is no credit
    ("Gunmen Shoot Dead Trader in Quetta: Police Hunt Attackers", "Shoot", "asserted"),
])
def test_a_headline_ending_in_its_source(analyse, text: str, trigger: str, modality: str) -> None:
    assert modality_of(analyse(text), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # an allegation: the act is on the accuser's word, also with a time phrase before its content
    ("The Venezuelan army has been accused in the past of giving weapons to Colombian rebel groups.", "giving",
     "reported"),
    ("The governor was charged last year with ordering the murder of a journalist.", "murder", "reported"),
    # ... not a plain past with a time phrase
    ("In the past year the Venezuelan army seized weapons from Colombian rebel groups.", "seized", "asserted"),
])
def test_an_allegation_is_reported(analyse, text: str, trigger: str, modality: str) -> None:
    assert modality_of(analyse(text), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # the hedge is on who did it or why, not on whether it happened
    ("Police said that Maoists might have killed the trader over a land dispute.", "killed", "reported"),
    ("Police said that Maoists might have killed the trader.", "killed", "hypothetical"),
    ("A police official said that Baloch separatists could be behind the attack on the bus.", "attack",
     "reported"),
    ("In June the Zetas killed 20 farm workers in Peten, in what was apparently a revenge attack on a local "
     "trafficker.", "killed", "asserted"),
    # a hedge on the act itself stays
    ("The rebels could attack the bus station in Quetta.", "attack", "hypothetical"),
])
def test_a_hedge_on_the_doer_or_motive_leaves_the_act(analyse, text: str, trigger: str, modality: str) -> None:
    assert modality_of(analyse(text), trigger) == modality


@pytest.mark.parametrize("text", [
    # a trend tells of no one act
    "Threats against reporters in Honduras are on the rise.",
    # a state of custody now is no arrest
    "The two gang leaders are currently imprisoned in a prison in the capital of Honduras.",
    "The former Venezuelan mayor remains detained in a Caracas prison.",
])
def test_a_trend_or_a_state_is_no_event(analyse, text: str) -> None:
    assert not [m.trigger for e in analyse(text).events for m in e.mentions]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Honduran police threatened two reporters in San Pedro Sula on Monday.", "threatened"),
    ("Venezuelan police arrested the former mayor in Caracas.", "arrested"),
    ("Two MS-13 gang leaders were imprisoned by a Honduran court last year.", "imprisoned"),
])
def test_an_act_stays(analyse, text: str, trigger: str) -> None:
    assert trigger in [m.trigger for e in analyse(text).events for m in e.mentions]


def test_speaking_to_someone_uncoded_is_no_consultation(analyse) -> None:
    result = analyse("Juan Perez, a Honduran lawyer who spoke to El Heraldo, said the bank could face sanctions.")
    assert "spoke" not in [m.trigger for e in result.events for m in e.mentions]


def test_speaking_to_a_coded_party_stays_a_consultation(analyse) -> None:
    result = analyse("Colombian President Santos talked with FARC leaders in Havana.")
    assert "talked" in [m.trigger for e in result.events for m in e.mentions]
