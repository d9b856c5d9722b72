"""Negation of session 45's class (events/modality.py `_refused`): an act in a "without" phrase did not happen
("sent troops without consulting Congress", "the Commission may extend the scheme without consulting
ministers") — unless the "without" is itself negated ("not without a fight", "did not leave without meeting
him"). The act the phrase hangs on is left as it is."""

from __future__ import annotations

import pytest

DAY = "1987-04-01"


def _negated(result, trigger: str) -> bool:
    found = {m.negated for e in result.events for m in e.mentions if m.trigger == trigger}
    assert len(found) == 1, f"{trigger!r}: {found}"
    return found.pop()


@pytest.mark.parametrize(("text", "trigger", "negated"), [
    ("The President sent troops to Honduras without consulting Congress.", "consulting", True),
    ("The West German finance ministry announced the plan without consulting the Bundesbank.", "consulting",
     True),
    ("The Tokyo city government signed the contract without asking the Japanese Finance Ministry for "
     "approval.", "asking", True),
    # the act the phrase hangs on happened
    ("The President sent troops to Honduras without consulting Congress.", "sent", False),
    # a negated "without" says the act was done
    ("The French foreign minister did not leave Cairo without meeting President Mubarak.", "meeting", False),
    ("The French foreign minister left Cairo after meeting President Mubarak.", "meeting", False),
])
def test_an_act_done_without_another(analyse, text, trigger, negated) -> None:
    assert _negated(analyse(text, DAY), trigger) is negated
