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
