"""Negation and pattern words of session 45 (events/modality.py `_refused`, events/patterns.py `_dated_month`):
an act in a "without" phrase did not happen ("sent troops without consulting Congress", "the Commission may
extend the scheme without consulting ministers") unless the "without" is itself negated ("not without a fight",
"did not leave without meeting him"), and the act the phrase hangs on is left as it is; a month's name in a date
("as of March 27") is no word of a verb pattern ("held a march": 141)."""

from __future__ import annotations

import pytest

from conftest import trigger_negated as _negated

DAY = "1987-04-01"


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


@pytest.mark.parametrize(("text", "codes"), [
    # a month in a date is no "march" of a verb pattern (hold + march: 141)
    ("Acme Holdings held about 31.8 pct of the voting power of Revlon Group Inc as of March 27, a "
     "spokesman said.", set()),
    ("Thousands of students held a march in Seoul on Monday to protest against the government.", {"141"}),
])
def test_a_dated_month_is_no_pattern_word(analyse, text, codes) -> None:
    found = {e.cameo for e in analyse(text, DAY).events if any(m.trigger in {"held", "march"} for m in e.mentions)}
    assert found == codes
