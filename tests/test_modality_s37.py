"""Modality and negation of session 37's classes (events/modality.py, modality_rules.csv): a sentence that
names its source at its close ("..., according to local reports"; a run-on report's "... released reports
Daily Excelsior") is reported in all it tells before the credit; an act that nearly happened, was escaped,
evaded or foiled did not happen (negated), though violence done to a person that only missed its harm did;
what a party is planning or plotting is intended; a purpose that the firing of a weapon itself carries out
("fired rockets to target the post") is done as the firing was. Each rule has a sentence it must leave
alone."""

from __future__ import annotations

import pytest

from conftest import trigger_modality as modality_of

DAY = "2015-06-01"


def _negated(result, trigger: str) -> bool:
    found = {m.negated for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found}"
    return found.pop()


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # a closing "according to" hung by the parser on the last conjunct credits the first one too
    ("Maoists abducted two villagers and torched a truck in Sukma, according to police sources.", "abducted",
     "reported"),
    ("Inmates set fire to mattresses and beheaded at least ten rivals, according to local media.", "set",
     "reported"),
    # a run-on report whose inverted credit the parser read as a plural noun
    ("Unknown militants kidnapped a shopkeeper in Shopian on April 15 and shot at his leg and later released "
     "reports Daily Excelsior The shopkeeper was admitted to hospital", "kidnapped", "reported"),
    # the same acts with no credit are the writer's
    ("Maoists abducted two villagers and torched a truck in Sukma on Sunday.", "abducted", "asserted"),
    # reports denied are no credit of what comes before them
    ("Soldiers shelled the village on Monday and the army dismissed reports India had fired first.", "shelled",
     "asserted"),
])
def test_a_closing_credit_reports_what_comes_before_it(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "negated"), [
    ("Police nearly arrested the gang leader in Lima last week.", "arrested", True),
    ("The trafficker was almost captured by Mexican soldiers in Sinaloa in March.", "captured", True),
    ("Troops foiled an attack by Maoists on a police station in Dantewada.", "attack", True),
    # violence done to a person happened, only its harm missed; a try escaped was made
    ("The blast almost killed the police chief in Quetta.", "killed", False),
    ("The minister narrowly escaped an assassination attempt by militants in Peshawar.", "attempt", False),
    ("Police arrested the gang leader in Lima last week.", "arrested", False),
    # a measure in force that one gets round was imposed
    ("Venezuela continues to use cryptocurrencies to evade US sanctions.", "sanctions", False),
])
def test_an_act_that_nearly_happened_did_not(analyse, text, trigger, negated) -> None:
    assert _negated(analyse(text, DAY), trigger) is negated


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The rebels are planning an attack on the capital.", "attack", "intended"),
    ("Police said the MS13 and Barrio 18 were planning a coordinated offensive against the government.",
     "offensive", "intended"),
    # the definite act a plotter planned in the past is the act itself
    ("Militants planned the Mumbai attacks of 2008 in Karachi.", "attacks", "asserted"),
])
def test_an_act_being_planned_is_intended(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Militants fired three missiles at night to target a military camp in Razmak, but the projectiles landed "
     "near a village.", "target", "asserted"),
    # a bomb planted to target someone has not yet hit anyone
    ("Militants planted a bomb on the road to target security forces in Sukma.", "target", "intended"),
])
def test_what_a_firing_aims_at_is_attacked(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality
