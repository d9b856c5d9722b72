"""A forceful act's purpose infinitive of aiming names whom it was meant for ("fired three missiles
apparently to target a military camp": the military), but not for a device only planted (it may be defused
before it strikes); and the doer of an agreed deal is never its own other party ("agreed to acquire an
interest in X for a stake in itself": X, not the doer, whom the target would then drop)."""

from __future__ import annotations

import pytest

from newsevents import ArticleResult


def target_names(result: ArticleResult, trigger: str) -> set[str | None]:
    """The names of the targets of every event mention whose trigger is `trigger` (None: no named target)."""
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.target.entity_id) if m.target and m.target.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


def target_codes(result: ArticleResult, trigger: str) -> set[str | None]:
    """The target codes of every event mention whose trigger is `trigger`."""
    return {m.target.code if m.target else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger}


@pytest.mark.parametrize(("text", "expected"), [
    ("Unidentified militants in the October 9 night fired four rockets apparently to target a military camp "
     "in Datta Khel subdivision of North Waziristan Agency.", "PAKMIL"),
])
def test_a_purpose_of_aiming_names_the_target(analyse, text: str, expected: str) -> None:
    result = analyse(text, "2015-10-10")
    assert expected in target_codes(result, "fired")


def test_a_planted_device_is_not_aimed_by_its_purpose(analyse) -> None:
    result = analyse("According to Police, unidentified militants planted a remote controlled bomb on the road "
                     "to target school buses in Mardan District. However, the bomb was safely defused by "
                     "Police.", "2015-10-10")
    assert target_codes(result, "planted") <= {None}


@pytest.mark.parametrize(("text", "trigger", "partner"), [
    ("Halsey Corp said it has signed a definitive agreement to acquire a 70 pct interest in privately held "
     "Norland Chemical Inc for a 15.5 pct interest in Halsey.", "signed", "Norland Chemical Inc"),
    ("Dunmore Industries Inc said it agreed to buy a 40 pct stake in Brixton Tool Co for a ten pct stake in "
     "Dunmore.", "agreed", "Brixton Tool Co"),
])
def test_the_doer_is_never_its_own_deal_partner(analyse, text: str, trigger: str, partner: str) -> None:
    result = analyse(text, "1987-03-09")
    assert partner in target_names(result, trigger)
