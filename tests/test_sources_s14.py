"""Event sources (events/sources.py) the sentence names around the subject rather than as it: the owner of
the aircraft or weapon that acted; a band described as criminal or armed; no police guessed for an arrest
named by a noun. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult, Pipeline
from newsevents.actors.pronouns import object_person

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of the trigger's mentions."""
    return {s for s, _ in readings(result, trigger)}


# -- 1. the owner of a war machine is the doer ----------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Pakistan Air Force jets struck militant hideouts in the Rajgal valley on Monday.", "struck", "PAKMIL"),
    ("Israeli jets struck Hamas positions in Gaza on Monday.", "struck", "ISRMIL"),
    ("Five militants were killed by Pakistani jets in North Waziristan.", "killed", "PAKMIL"),
    ("A US drone killed four militants in North Waziristan on Monday.", "killed", "USAMIL"),
])
def test_the_owner_of_the_aircraft_did_what_it_did(analyse: Analyse, text: str, trigger: str,
                                                   code: str) -> None:
    assert code in sources(analyse(text, DAY), trigger), readings(analyse(text, DAY), trigger)


# -- 2. a band an adjective describes ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("A criminal group kidnapped three businessmen in Guerrero state on Monday.", "kidnapped", "MEXCRM"),
    ("A drug gang kidnapped a mayor in Michoacan.", "kidnapped", "MEXCRM"),
])
def test_a_described_criminal_band_is_a_source(analyse: Analyse, text: str, trigger: str, code: str) -> None:
    assert code in sources(analyse(text, DAY), trigger), readings(analyse(text, DAY), trigger)


def test_a_plain_group_is_no_described_band(analyse: Analyse) -> None:
    # "a group" says nothing of who they are: no party is made up for it
    result = analyse("A group of villagers blocked the highway in Guerrero on Monday.", DAY)
    assert not any(s and s.endswith(("CRM", "UAF")) for s in sources(result, "blocked")), \
        readings(result, "blocked")


# -- 3. an arrest named by a noun guesses no arrester ------------------------------------------------------

def test_an_arrest_noun_with_its_captive_guesses_no_police(analyse: Analyse) -> None:
    result = analyse("The Maoists called a strike on Monday in protest against the recent arrest of Ramesh "
                     "Yadav, a zonal commander, police officials in Patna said.", DAY)
    assert not any(s and s.endswith("COP") for s in sources(result, "arrest")), readings(result, "arrest")


def test_a_passive_arrest_keeps_the_guessed_police(analyse: Analyse) -> None:
    result = analyse("Three gang members were arrested in Lima on Monday, police said.", DAY)
    assert "PERCOP" in sources(result, "arrested"), readings(result, "arrested")


# -- 4. a claimant's own fighters; "they" after a sentence naming one group --------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Islamic State claimed on June 8 that its fighters had kidnapped a Chinese couple in Quetta.", "kidnapped",
     "IMGMUSISI"),
    ("The Taliban said their fighters killed ten soldiers in Helmand.", "killed", "AFGREB"),
    ("Pakistan said its troops killed five militants in North Waziristan.", "killed", "PAKMIL"),
])
def test_fighters_a_claimant_calls_its_own_are_the_claimant(analyse: Analyse, text: str, trigger: str,
                                                            code: str) -> None:
    assert code in sources(analyse(text, DAY), trigger), readings(analyse(text, DAY), trigger)


def test_they_is_the_one_group_the_previous_subject_names(analyse: Analyse) -> None:
    result = analyse("Two ULFA militants confessed to the killing of a trader in Tinsukia on Monday. They also "
                     "attacked a tea garden manager in Dibrugarh in March.", DAY)
    assert "INDREB" in sources(result, "attacked"), readings(result, "attacked")


def test_they_is_none_when_two_groups_fit(analyse: Analyse) -> None:
    result = analyse("Police arrested two JMB militants in Rajshahi on Sunday. They had bombed a checkpoint "
                     "in Dhaka in October.", DAY)
    assert ("BGDCOP", "BGDCOP") not in readings(result, "bombed"), readings(result, "bombed")
    assert not any(s == "BGDCOP" for s in sources(result, "bombed")), readings(result, "bombed")


# -- 5. a bill's owner does what the bill is said to do ----------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Claiborne Pell introduced a bill to keep the Amtrak line in federal hands. His legislation, which "
     "also rejects President Reagan's call to sell the line, would affect eight states.", "rejects"),
    ("The bill, sponsored by Senator Lloyd Bentsen, rejects the administration's proposal to cut farm "
     "subsidies.", "rejects"),
])
def test_the_sponsor_is_the_source_of_what_the_bill_does(analyse: Analyse, text: str, trigger: str) -> None:
    result = analyse(text, "1987-03-10")
    assert "USALEG" in sources(result, trigger), readings(result, trigger)


# -- 6. a claim whose "for" the text lost ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Three policemen were killed in an attack in Quetta on Monday. A spokesperson of the Baloch Liberation "
     "Army claimed responsibility of the attack.", "killed"),
    ("The BLA claimed responsibility of the blast that killed five soldiers in Turbat.", "killed"),
])
def test_responsibility_of_an_act_is_claimed(analyse: Analyse, text: str, trigger: str) -> None:
    assert "PAKREB" in sources(analyse(text, DAY), trigger), readings(analyse(text, DAY), trigger)


# -- 7. the one who ordered an act; the sender of a message ------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The journalist was killed on the orders of the Zetas in Veracruz.", "killed", "MEXCRM"),
    ("A letter left by the Maoists at the spot threatened the villagers in Malkangiri.", "threatened", "INDREB"),
])
def test_the_one_behind_an_act_is_its_source(analyse: Analyse, text: str, trigger: str, code: str) -> None:
    assert code in sources(analyse(text, DAY), trigger), readings(analyse(text, DAY), trigger)


def test_an_order_of_no_violent_act_names_no_doer(analyse: Analyse) -> None:
    result = analyse("The plant was closed on the orders of the court in Monterrey.", DAY)
    assert not any(s and s.endswith("JUD") for e in result.events for s in [e.source.code if e.source else None]
                   if e.cameo.startswith("18")), [e.cameo for e in result.events]


# -- 8. an object "him" for the target reader (pronouns.object_person) -------------------------------------

@pytest.mark.parametrize(("text", "resolved"), [
    ("Dr Abdul Rehman left his clinic in Mirpurkhas on Monday. Two militants stopped his car and shot him.",
     True),
    ("Ahmed Khan met Rashid Ali in Quetta on Monday. Later two militants shot him.", False),
])
def test_an_object_him_is_the_one_person_named_before(pipeline: Pipeline, text: str, resolved: bool) -> None:
    doc = pipeline.nlp(text)
    him = next(t for t in doc if t.lower_ == "him")
    found = object_person(him, doc._.entities, doc._.mention_entity)
    names = {e.id: e.name for e in doc._.entities}
    assert (found is not None and "Rehman" in names[found]) if resolved else found is None, found
