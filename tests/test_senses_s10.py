"""Senses and modality, session 10 (events/senses.py, events/modality.py, sense_rules.csv, noun_classes.csv,
modality_rules.csv): statements that are not events (trends, generic definitions in the simple present, states
of custody or occupation, a danger that "poses a threat", a body sitting in session, conditions that "aid",
the terms of a deal "calling for" an act, wages received, a company suspending its own staff), and modality
(an act a negated verb governs is negated; a cause is given as fact; "there has been speculation X would" is a
conjecture). Each class is tested with the real-event use of the same word beside it."""

from __future__ import annotations

import pytest


def events(analyse, text: str, day: str = "2019-05-03") -> list:
    return list(analyse(text, day).events)


def cameos(analyse, text: str) -> set[str]:
    return {e.cameo for e in events(analyse, text)}


@pytest.mark.parametrize(("text", "absent"), [
    # trends
    ("In Sonora, attacks by criminal groups on mining companies have grown more frequent this year.", "18"),
    ("Kidnappings of Central American migrants have increased sharply in the Mexican border states.", "18"),
    ("A growing stream of bribery allegations against Mexican mayors has worried the government.", "112"),
    # a generic definition: a kind of doer in the simple present
    ("The minister spoke on Monday. Police fear an 'express kidnapping', when gangs kidnap a driver and force "
     "him to withdraw cash.", "18"),
    # a state of custody or occupation
    ("The Sinaloa Cartel leader, incarcerated in a federal prison in Jalisco, is talking to his lawyer.", "17"),
    ("The guards gave the inmates the keys to three cells occupied by members of the MS13 gang.", "19"),
    # a danger is no threat made
    ("Organised crime poses a threat to the Mexican state.", "13"),
    ("This phenomenon is a threat not only to the US, but to other countries in the hemisphere as well.", "13"),
    # a body sitting in session
    ("The Irish parliament meets next Tuesday.", "04"),
    # conditions do not aid
    ("Lower interest rates and strong demand will continue to aid General Motors Corp, analysts said.", "07"),
    # the terms of a deal
    ("Midlantic Corp signed an agreement calling for its subsidiary to merge into County Bancorp.", "02"),
    # pay received is no visit
    ("The Indian villagers were returning home after receiving their wages from the contractor.", "04"),
    # acts counted out of the cases a review found
    ("Of the 42 cases confirmed by the Washington Post in court documents, 19 minors have been charged with "
     "manslaughter.", "17"),
    # a central bank's money market operation
    ("The Bank of England said it has provided around 205 mln stg late assistance to the market.", "07"),
    # a company suspending its own staff
    ("Volkswagen AG said it had suspended two managers of its currency department.", "16"),
])
def test_not_an_event(analyse, text: str, absent: str) -> None:
    assert not any(c.startswith(absent) for c in cameos(analyse, text))


@pytest.mark.parametrize(("text", "present"), [
    ("Criminal groups attacked a mining company in Sonora on Monday.", "18"),
    ("Gangs kidnapped three Honduran migrants in Veracruz on Monday.", "18"),
    ("The gang threatened to kill the Mexican journalist.", "13"),
    ("The Mexican police arrested the Sinaloa Cartel leader in Jalisco on Monday.", "17"),
    ("Russian troops occupied the Ukrainian town of Kupiansk on Monday.", "19"),
    ("The Irish prime minister met the British prime minister in Dublin on Monday.", "04"),
    ("The United States will aid Colombia with 300 mln dlrs in military assistance.", "07"),
    ("The European Union called for talks between Serbia and Kosovo.", "02"),
    ("The Iranian president received the Iraqi foreign minister in Tehran.", "04"),
    ("The United States suspended its military aid to Honduras.", "16"),
    ("The United States provided military assistance to the Colombian army.", "07"),
    ("Of the ten hostages, three were killed by the rebels on Monday.", "18"),
])
def test_real_events_kept(analyse, text: str, present: str) -> None:
    assert any(c.startswith(present) for c in cameos(analyse, text))


def test_negated_governor_negates_the_act(analyse) -> None:
    found = [e for e in events(analyse, "The Mexican government cannot sit down to negotiate with the Zetas "
                                        "cartel, the minister said.") if e.cameo.startswith("04")]
    assert found and all(e.negated for e in found)
    kept = [e for e in events(analyse, "The Mexican government sat down to negotiate with the Zetas cartel.")
            if e.cameo.startswith("04")]
    assert kept and not any(e.negated for e in kept)


def test_hesitation_denied_is_no_negation(analyse) -> None:
    found = [e for e in events(analyse, "Indian troops did not hesitate to attack the militants in Sopore.")
             if e.cameo.startswith("19")]
    assert all(not e.negated for e in found)


def test_cause_is_given_as_fact(analyse) -> None:
    found = [e for e in events(analyse, "Because of the wage negotiations between German employers and the IG "
                                        "Metall union, the Bundesbank would be unlikely to cut rates.")
             if e.cameo.startswith("04")]
    assert found and all(e.modality == "asserted" for e in found)


def test_speculation_is_hypothetical(analyse) -> None:
    found = [e for e in events(analyse, "There has been speculation Venezuela would demand a cut in its spread, "
                                        "but the finance director said there were no plans for that.")
             if e.cameo.startswith("10")]
    assert all(e.modality == "hypothetical" for e in found)


def test_sequel_is_done_not_planned(analyse) -> None:
    found = [e for e in events(analyse, "Argentine customs officials went on to arrest nine Colombians.")
             if e.cameo.startswith("17")]
    assert found and all(e.modality == "asserted" for e in found)
    aimed = [e for e in events(analyse, "Colombian police raided the house to arrest the gang leader.")
             if e.cameo == "173"]
    assert aimed and all(e.modality == "intended" for e in aimed)


def test_not_able_to_agree_is_negated(analyse) -> None:
    found = [e for e in events(analyse, "Miller said negotiators for the union and General Motors have still not "
                                        "been able to agree on the main issue.") if e.cameo.startswith("03")]
    assert found and all(e.negated for e in found)


def test_wanted_act_is_intended(analyse) -> None:
    found = [e for e in events(analyse, "Civil society groups want the Honduran attorney general to charge and "
                                        "arrest the owners of the company.") if e.cameo.startswith("17")]
    assert found and all(e.modality == "intended" for e in found)


def test_known_habit_is_no_event(analyse) -> None:
    text = "Gangs in San Pedro Sula have been known to recruit kindergartners and threaten children."
    assert not any(c.startswith("13") for c in cameos(analyse, text))
    assert any(c.startswith("13") for c in cameos(analyse, "Gangs in San Pedro Sula threatened the Honduran "
                                                           "teachers on Monday."))


def test_be_to_is_a_schedule(analyse) -> None:
    found = [e for e in events(analyse, "Dutch employers and the port union FNV are to meet again this afternoon, "
                                        "spokesmen told Reuters.") if e.cameo.startswith("04")]
    assert found and all(e.modality == "intended" for e in found)
    blamed = [e for e in events(analyse, "The rebels are to blame for the attack on the Colombian army, the "
                                         "minister said.") if e.cameo.startswith("112")]
    assert all(e.modality != "intended" for e in blamed)


def test_be_to_schedules_only_its_own_infinitive(analyse) -> None:
    found = [e for e in events(analyse, "Howe's main mission in Washington was to brief Shultz on Prime Minister "
                                        "Margaret Thatcher's visit to the Soviet Union last week.")
             if e.cameo.startswith("042")]
    assert found and all(e.modality == "asserted" for e in found)
