"""Counterparts the sentence names but the target readings missed (issue 10, item 2).

An appeal or demand whose for-to clause names who is to act ("called for the central bank to cut rates") is
made to that party; a text that stipulates ("the accord calls for X to ...") and a passive infinitive ("called
for the tax to be repealed": what is done, not who is asked) name no addressee."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The Ruritanian finance minister called for the World Bank to ease its lending terms.", "called", "IGO"),
    ("Business leaders in Ohio are calling for police to step up patrols against car thieves.", "calling",
     "USACOP"),
    ("Chancellor Helmut Kohl appealed for the Bundesbank to lower interest rates.", "appealed", "DEU"),
])
def test_the_one_a_for_clause_asks_to_act_is_the_appeal_target(analyse, text: str, trigger: str,
                                                                target: str) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    assert found and all((t or "").startswith(target) for _, t in found), found


@pytest.mark.parametrize(("text", "trigger"), [
    # a stipulating text asks no one
    ("The trade accord, signed last year, called for Ruritania to stop selling steel below cost.", "called"),
    # a passive infinitive's subject is what the act is done to
    ("The farmers' union called for the import quota to be scrapped.", "called"),
])
def test_no_addressee_from_a_text_or_a_passive_infinitive(analyse, text: str, trigger: str) -> None:
    found = readings(analyse(text, "1987-03-04"), trigger)
    assert all(t is None for _, t in found), found
