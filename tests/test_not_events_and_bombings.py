"""Session 26 not-events and kinds of force (events/senses.py slots negated_condition and stat_head on present
participles; data/sense_rules.csv, noun_classes.csv, violence_kinds.csv): statistics, danger nouns, figurative
fights, agreeing with a forecast, money-market paper, medical evacuations and acts named in a negated condition
are no events; agreeing with a recommendation endorses it (051), a killing told with its bomb by non-state
attackers is a bombing (183), unions launching strikes strike (143). Their real counterparts stay."""

from __future__ import annotations

import pytest

from conftest import event_codes, trigger_modality

NOT_EVENTS = [
    # a share of a count is a statistic
    ("Nearly 60 percent of the 512 men killed in Honduras in 2014 were murdered by street gangs.", "18"),
    # people counted while doing an act
    ("Airline officials blamed a fall in the number of Japanese tourists visiting Britain.", "04"),
    # a danger, no threat made
    ("To confront Mexico's current threats, what is needed is a new strategy.", "13"),
    ("One of the fundamental threats to migrants is that they are robbed on the road.", "13"),
    # a figurative fight
    ("The opposition leader is fighting for his political survival after the vote.", "19"),
    # a forecast shared
    ("Jones told Reuters that he agrees with one Salomon Brothers analyst's prediction that Delco will earn at "
     "least 3 dlrs a share in 1987.", "03"),
    # a market operation
    ("The Bank of England purchased 200 mln stg bank bills in band two at 9-3/4 pct.", "06"),
    # a medical evacuation
    ("The wounded villagers shall be airlifted to Ranchi for further treatment, the DIG said.", "07"),
    # a kind of people described by a present refusal
    ("Such arrangements can turn violent; Honduran army officers have been known to beat traders who refuse to pay "
     "them bribes.", "12"),
    # what another party must do for a threat not to be carried out
    ("Brazilian officials said they might suspend interest payments if foreign banks did not agree to new loans.",
     "03"),
]


@pytest.mark.parametrize(("text", "root"), NOT_EVENTS)
def test_no_event_of_that_root(analyse, text: str, root: str) -> None:
    assert not any(code.startswith(root) for code in event_codes(analyse(text, "1987-03-12")))


CODED = [
    ("The minister agreed with an IMF recommendation that farm prices be freed.", "051"),
    ("Maoists blew up a bridge near Dantewada in the evening of July 20 killing eight villagers.", "183"),
    ("Prime Minister Nawaz Sharif clashed with President Asif Ali Zardari over the judges issue.", "110"),
    ("Canadian unions said they have launched three-day strikes in Ontario to protest against new pension laws.",
     "143"),
]


@pytest.mark.parametrize(("text", "code"), CODED)
def test_coded_by_its_kind(analyse, text: str, code: str) -> None:
    assert code in event_codes(analyse(text, "2016-05-05"))


KEPT = [
    # a count of one act's toll, a threat made, a real fight, a shared plan, an arrest, a shooting
    ("Gunmen killed 12 people in the attack on the market in Tegucigalpa on Monday.", "18"),
    ("The rebels renewed their threats to kill the hostages on Monday.", "13"),
    ("Troops fought for control of the town of Rann with Boko Haram insurgents on Sunday.", "19"),
    ("Brazil agreed with Argentina to cut tariffs on wheat.", "0"),
    ("Indian troops clashed with militants in Kupwara on Monday.", "19"),
    ("Police arrested the gang leader in Tegucigalpa on Monday if he did not pay, officials said.", "17"),
]


@pytest.mark.parametrize(("text", "root"), KEPT)
def test_real_counterparts_stay(analyse, text: str, root: str) -> None:
    codes = event_codes(analyse(text, "2016-05-05"))
    assert any(code.startswith(root) for code in codes), codes


@pytest.mark.parametrize("text", [
    "Militants opened fire on a police party in Kulgam District on May 6, killing two policemen.",
    "Security forces shot dead a suicide bomber near the camp in Kupwara on Monday.",
    "Half way through the state of emergency, there have been no real blows struck against the EPP guerrillas.",
])
def test_no_bombing_without_a_bomb_set_off_by_non_state_attackers(analyse, text: str) -> None:
    codes = event_codes(analyse(text, "2016-05-05"))
    assert "183" not in codes


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # an accusation denied was still made; an act denied is denied
    ("The minister denied accusations by the opposition that he had taken bribes.", "accusations", "asserted"),
    ("The rebels denied killing the mayor.", "killing", "denied"),
    # "likely" with its own infinitive hedges that infinitive, not the talks it was hung near
    ("Japanese Foreign Minister Tadashi Kuranari arrived in Beijing for talks with Chinese leaders likely to "
     "focus on trade.", "talks", "asserted"),
])
def test_modality_of_denied_claims_and_hedged_agendas(analyse, text: str, trigger: str, modality: str) -> None:
    assert trigger_modality(analyse(text, "1987-03-12"), trigger) == modality
