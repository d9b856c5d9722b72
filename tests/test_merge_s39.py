"""One event per happening (session 39): an attack an article tells twice is one event when the second telling
is the same attack read under the other violence root (18x / 19x) with the same sides, gives the side the first
telling lacked (a killing, then who opened fire), or is "the attack" no group claimed; a fight's two sides, the
return fire and another incident stay apart."""

from __future__ import annotations

from conftest import party_code
from newsevents.events.lexicon import default_lexicon
from newsevents.merge import codes_compatible, opens_new_incident, views_of_one_attack


def _violence(result):
    return [e for e in result.events if e.cameo[:2] in {"18", "19"}]


def test_a_killing_and_the_fire_that_did_it_are_one_event(analyse) -> None:
    result = analyse("An Assistant Sub Inspector, identified as Ghulam Nabi, was shot dead near a hotel in Quetta on "
                     "March 4, reports Dawn. Police said that the officer was returning home when two assailants "
                     "riding a motorcycle came close and opened indiscriminate fire.")
    [event] = _violence(result)
    assert party_code(event, "source") == "PAKUAF" and party_code(event, "target") == "PAKCOP"
    assert event.date == "XXXX-03-04"
    assert {m.sentence_index for m in event.mentions} == {0, 1}


def test_an_attack_coded_18x_and_19x_with_the_same_sides_is_one_event(analyse) -> None:
    result = analyse("Unidentified militants attacked a convoy of paramilitary troops in Awaran District on "
                     "September 26, reports Dawn. Officials said that armed assailants opened fire at a convoy of "
                     "the Frontier Corps near Awaran town.")
    [event] = _violence(result)
    assert party_code(event, "target") == "PAKMIL"


def test_the_attack_no_group_claimed_is_the_rocket_attack(analyse) -> None:
    result = analyse("A soldier was killed and two others were injured in a rocket attack on a check post of the "
                     "Frontier Corps in Panjgur District on April 16, reports Dawn. No group claimed responsibility "
                     "for the attack.")
    [event] = _violence(result)
    assert {m.sentence_index for m in event.mentions} == {0, 1}


def test_another_incident_stays_another_event(analyse) -> None:
    result = analyse("A constable was killed in Bannu District on May 3, reports Dawn. In another incident, "
                     "militants opened fire on a check post in Kohat District.")
    assert len(_violence(result)) == 2
    # told without the turn, the fire is the killing's
    result = analyse("A constable was killed in Bannu District on May 3, reports Dawn. Police said militants "
                     "opened fire on him near his home.")
    assert len(_violence(result)) == 1


def test_the_return_fire_stays_apart_from_the_attack(analyse) -> None:
    result = analyse("Militants opened fire in the main bazaar of Kech District on May 3, reports Dawn. Four "
                     "militants were killed when police returned fire.")
    assert len(_violence(result)) == 2


def test_views_of_one_attack() -> None:
    lexicon = default_lexicon()
    assert views_of_one_attack("180", "190", lexicon)
    assert views_of_one_attack("183", "190", lexicon)      # a bombing and "the attack" told as armed force
    assert not views_of_one_attack("183", "193", lexicon)  # two specific kinds of force
    assert not views_of_one_attack("181", "190", lexicon)  # a taking of people is not the fire
    assert not views_of_one_attack("190", "173", lexicon)  # an arrest after an attack
    assert not codes_compatible("180", "190", lexicon)     # across articles the roots stay apart


def test_opens_new_incident() -> None:
    assert opens_new_incident("In another incident, militants opened fire on a check post.")
    assert opens_new_incident("Meanwhile, two policemen were injured in Kohat.")
    assert not opens_new_incident("Another activist was injured in the attack.")
    assert not opens_new_incident("Two activists were shot dead in separate attacks on the same day.")
