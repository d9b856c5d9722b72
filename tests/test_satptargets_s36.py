"""An object "him"/"her" of a verb that shares its doer with an earlier verb is the person that verb acted on
by name (session 36, issue 10): "Maoists stopped a bus, abducted constable X and killed him" is a killing
of X, also when another person (a commander, a place name the recogniser typed a person) stands before him
in the sentence; not when the pronoun does not agree with that person, nor when its verb has a doer of its
own."""

from __future__ import annotations

import pytest


def _targets(result, trigger: str) -> list[str]:
    names = {e.id: e.name for e in result.entities}
    return [names.get(e.target.entity_id, "") for e in result.events
            if e.target is not None and e.target.entity_id is not None
            and any(m.trigger == trigger for m in e.mentions)]


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("On the orders of their commander Ramanna, the Maoists stopped a bus, abducted constable Ramesh Kumar of "
     "the Chhattisgarh Armed Force and killed him on May 3.", "killed", "Ramesh Kumar"),
    ("Acting on a tip from area commander Sukhdev, the rebels dragged trader Bashir Ahmad out of his shop "
     "and shot him in Sopore on June 2.", "shot", "Bashir Ahmad"),
])
def test_the_pronoun_is_the_person_the_first_verb_named(analyse, text: str, trigger: str, victim: str) -> None:
    result = analyse(text, "2014-06-03")
    assert _targets(result, trigger) and all(victim in n for n in _targets(result, trigger)), \
        _targets(result, trigger)


def test_a_pronoun_of_the_other_sex_is_not_the_named_man(analyse) -> None:
    result = analyse("On the orders of commander Ramanna, the Maoists abducted Mr Ramesh Kumar and killed her "
                     "on May 3.", "2014-05-04")
    assert not any("Ramesh Kumar" in n for n in _targets(result, "killed")), _targets(result, "killed")


def _target_names(result, cameo_root: str) -> list[str]:
    names = {e.id: e.name for e in result.entities}
    return [names.get(e.target.entity_id, "") for e in result.events
            if e.cameo.startswith(cameo_root) and e.target is not None and e.target.entity_id is not None]


@pytest.mark.parametrize(("text", "place"), [
    ("Two CRPF personnel were injured when Maoists triggered a landmine blast at Kistaram in Sukma District on "
     "November 21.", "Kistaram"),
])
def test_a_place_named_where_the_act_was_done_is_no_target(analyse, text: str, place: str) -> None:
    # a name no table codes, told only as where ("at X", "in X division"), is a place, never a party
    result = analyse(text, "2016-11-22")
    assert not any(place in n for n in _target_names(result, "18")), _target_names(result, "18")


def test_a_named_group_fired_at_stays_the_target(analyse) -> None:
    result = analyse("Suspected militants fired at the Central Reserve Police Force in Sopore on May 3.", "2016-05-04")
    assert any("Central Reserve Police Force" in n for n in _target_names(result, "1")), \
        _target_names(result, "1")
