"""Modality of events told under a credit set into their clause (events/modality.py `_parenthetical_source`):
"The rebels, police said, ambushed a convoy" is the police's account (reported), as "police said the rebels
ambushed a convoy" is; a credit set in after a coordinator ("..., and two days later, the weekly says,
fighting broke out") credits only the clause after it. Each rule has a sentence it must leave alone."""

from __future__ import annotations

import pytest

from conftest import trigger_modality as modality_of

DAY = "2015-06-01"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    # a credit between commas inside the clause: the clause is the speaker's account
    ("The rebels, police said, ambushed an army convoy near Dantewada on Sunday.", "ambushed", "reported"),
    ("In the raid on the farm, officials said, the gunmen fired at the guards and shot dead a constable.",
     "shot", "reported"),
    # a credit that goes on with a participle of its own still credits the clause it is set in
    ("Police arrested the mayor of Tumaco, the prosecutor said, adding that he had taken bribes.", "arrested",
     "reported"),
    # the same clause with no credit is the writer's
    ("The rebels ambushed an army convoy near Dantewada on Sunday.", "ambushed", "asserted"),
    # a credit set in after "and" is the later clause's: the killing before it stays the writer's
    ("Marines gunned down Hernandez in May, and two days later, the weekly says, fighting broke out between "
     "the Zetas and the Gulf Cartel.", "gunned", "asserted"),
])
def test_a_credit_set_into_the_clause_reports_it(analyse, text, trigger, modality) -> None:
    assert modality_of(analyse(text, DAY), trigger) == modality
