"""Statements that tell no one act (session 25, sense_rules.csv and noun_classes.csv): a toll counted over a
year through a bare plural act noun ("300 people died in attacks last year"), a present perfect count since a
dated point ("following the 2018 ceasefire, 35 activists have been murdered"), acts said to happen
"increasingly", criteria one "meets", claims evidence "supports", a cause acts are "blamed on", a war told by its length ("the five-year war"),
a company's goods returned or products promised; and for violence and modality (violence_kinds.csv,
modality.py): militants firing on an army convoy fight (19x), a suicide attack or hostage-taking by unnamed
attackers is unconventional (18x), a manhunt launched to arrest someone has made no arrest yet (intended)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from conftest import event_on, triggers
from newsevents.events.detect import violence_kind
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "is_event"), [
    # a yearly toll through a bare plural act noun; one day's attacks and clashes stay events
    ("More than 300 people died in attacks on bus drivers in Honduras last year, violence that is mostly linked "
     "to extortion.", "attacks", False),
    ("Twelve people died in attacks on the village of Tamo on Monday.", "attacks", True),
    ("Three soldiers were killed in clashes with rebels in Kunar province on Tuesday.", "killed", True),
    # a count since a dated point in the present perfect
    ("Following the signing of the ceasefire in 2018, 35 community activists have been murdered in the region, "
     "according to figures from a local monitoring group.", "murdered", False),
    # a trend: "increasingly" on the act or on the verb framing it
    ("Peru has backed Bolivia in the border dispute and its trucks have increasingly been the target of Chilean "
     "attacks.", "attacks", False),
    ("Bandits have increasingly attacked trucks on the northern highway.", "attacked", False),
    ("Bandits attacked two trucks on the northern highway on Sunday.", "attacked", True),
    ("The security firm says users keep falling for scams. Gangs in Peru have also increasingly resorted to "
     "malware attacks against Peruvian banks to make up for customers' growing caution.", "attacks", False),
    ("Gangs in Peru resorted to malware attacks against two Peruvian banks on Monday, the police said.", "attacks",
     True),
    # a cause an act is blamed on is no party accused
    ("The problem has drawn attention in Peru, Ecuador and Bolivia, which have all seen prison riots with many "
     "deaths, blamed at least partly on the lack of room for inmates.", "blamed", False),
    # criteria met, claims supported
    ("Delta Corp said its shares will be delisted from the exchange because it no longer meets listing "
     "criteria.", "meets", False),
    ("Wiretaps show the cartels are in regular contact with their Spanish partners, supporting claims that the "
     "gangs have become transnational networks.", "supporting", False),
    ("Greece and Denmark supported the Commission's view that Bonn should cut taxes.", "supported", True),
    # a war told by its length is background; business dealings told with trigger words
    ("Egypt has backed Sudan in the five-year war against the rebels in the south.", "war", False),
    ("Iraq launched a war against Iran in September 1980.", "war", True),
    ("The leased jets will be returned to Delta Leasing Corp at the end of the charter.", "returned", False),
    ("Iran returned the seized tanker to Britain on Friday.", "returned", True),
    ("Lotus Development Corp is already promising new versions of its spreadsheet.", "promising", False),
])
def test_totals_trends_and_requirements(analyse: Analyse, text: str, trigger: str, is_event: bool) -> None:
    found = triggers(analyse(text, "2019-05-03"))
    assert (trigger in found) == is_event, found


@pytest.mark.parametrize(("text", "trigger", "root"), [
    ("Terrorists opened fire on the last vehicle of an army convoy near Anantnag on Monday.", "opened", "19"),
    ("Militants opened fire on a police party at a petrol station in Quetta, killing four policemen.", "opened",
     "18"),
    ("A group of gunmen shot and killed a soldier of the National Guard while he was on a routine patrol in "
     "Zulia state on Saturday.", "shot", "18"),
])
def test_fire_on_an_army_convoy_is_a_fight(analyse: Analyse, text: str, trigger: str, root: str) -> None:
    assert event_on(analyse(text, "2019-05-03"), trigger).cameo[:2] == root


@pytest.mark.parametrize(("text", "victim", "code"), [
    ("Five suicide fighters carried out an attack on the cafe in Dhaka.", None, "180"),
    ("Gunmen stormed the cafe and carried out an attack, taking ten guests hostage.", None, "180"),
    ("Five fighters carried out an attack on the army camp in Kupwara.", "INDMIL", "190"),
    ("Four militants were killed in retaliatory fire as they attempted a suicide attack on the camp.", "INDREB",
     "190"),
])
def test_a_suicide_attack_or_hostage_taking_is_unconventional(nlp: Language, text: str, victim: str | None,
                                                               code: str) -> None:
    attack = next(t for t in nlp(text) if t.text == "attack")
    assert violence_kind(attack, "190", None, victim) == code


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Militants hurled a grenade at a CRPF party in Sopore. A manhunt was launched to arrest the attackers.",
     "arrest", "intended"),
    ("Militants hurled a grenade at a CRPF party in Sopore. Police arrested the attackers on Tuesday.",
     "arrested", "asserted"),
])
def test_a_manhunt_launched_to_arrest_is_no_arrest_yet(analyse: Analyse, text: str, trigger: str,
                                                       modality: str) -> None:
    assert event_on(analyse(text, "2019-05-03"), trigger).modality == modality
