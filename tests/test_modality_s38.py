"""Negation and modality of session 38's classes (events/modality.py, modality_rules.csv): a "neither" on the
act's parties denies the act ("Neither X nor Y have been charged"); a that-clause given as what a noun of
content is ("The theory was that ...") takes that noun's modality; an act in the in-phrase of a taking part
described as alleged ("the alleged participation of soldiers in the massacre") is told on someone's word; a
run-on report's inverted credit ("... reports The News") is not undone by a later source's that-clause, and
a credit the parser cut off into a sentence of its own still credits the sentence it ends. Each rule has a
sentence it must leave alone."""

from __future__ import annotations

import pytest

from conftest import trigger_modality as modality_of
from conftest import trigger_negated as _negated

DAY = "2015-06-01"


@pytest.mark.parametrize(("text", "trigger", "negated"), [
    ("Neither Juan Lopez nor his brother Pedro have been charged with any crime in Mexico.", "charged", True),
    ("Neither of the two suspects was arrested by the Colombian police.", "arrested", True),
    ("Police said neither gang carried out the attack on the bus.", "attack", True),
    # the same acts with no "neither" happened
    ("Juan Lopez and his brother Pedro have been charged with murder in Mexico.", "charged", False),
    ("Two of the suspects were arrested by the Colombian police.", "arrested", False),
])
def test_neither_on_the_parties_denies_the_act(analyse, text, trigger, negated) -> None:
    assert _negated(analyse(text, DAY), trigger) is negated


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The theory was that the Zetas had murdered the four officers to steal their drugs.", "murdered",
     "hypothetical"),
    ("The official version is that rebels ambushed the army patrol near the border.", "ambushed", "reported"),
    # a noun that is no content of anyone's word or guess leaves its clause told
    ("The problem is that the Zetas murdered four officers near the border.", "murdered", "asserted"),
    # a guess at the cause leaves the act known
    ("One theory is that the migrants were killed because their smugglers failed to pay the Zetas.", "killed",
     "asserted"),
])
def test_a_that_clause_predicated_of_a_content_noun_takes_its_modality(analyse, text, trigger,
                                                                         modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Police arrested five students for their alleged involvement in the bomb attack on the university bus.",
     "attack", "reported"),
    ("Police arrested five students for their suspected role in the killing of the teacher.", "killing",
     "reported"),
    ("The alleged participation of Mexican soldiers in the massacre of 22 people has angered residents.",
     "massacre", "reported"),
    # a taking part told as fact
    ("The participation of Mexican soldiers in the massacre of 22 people has angered residents.", "massacre",
     "asserted"),
])
def test_an_alleged_part_in_an_act_reports_the_act(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # the parser cuts the sentence after "Block"; its credit is the piece after the cut
    ("Three labourers were wounded when unknown armed men opened fire at them in Block I area of Gulshan e "
     "Iqbal Town in Karachi on May 2 reports Dawn", "opened", "reported"),
    ("A rickshaw driver was injured when armed assailants opened fire at him in Block I area of North "
     "Nazimabad Town in Karachi on May 2 reports Dawn", "opened", "reported"),
    # an inverted credit followed by a source's that-clause in a run-on report
    ("Meanwhile a man was killed and another sustained injuries when unidentified gunmen fired at them in "
     "Bannu District on July 3 reports The News Sources said that the gunmen escaped", "fired", "reported"),
    # with no credit the act is the writer's
    ("Three labourers were wounded when unknown armed men opened fire at them in Block I area of Gulshan e "
     "Iqbal Town in Karachi on May 2.", "opened", "asserted"),
])
def test_a_run_on_reports_credit_reports_what_comes_before_it(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality
