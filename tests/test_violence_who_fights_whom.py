"""Violence kinds by who fights whom (violence_kinds.csv, sense_rules.csv): a soldier or a policeman shot dead
with no fight told is a targeted killing (18x), not a fight; armed groups opening fire on forces that challenged,
cornered or came upon them fight them (19x), while the same words about a passer-by change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


@pytest.mark.parametrize(("text", "trigger", "root"), [
    # a lone soldier or tribal policemen shot dead on a road: targeted killings
    ("Earlier, a Frontier Corps (FC) Havaldar, Gulzar, a resident of Mardan, was shot dead on Ring Road in "
     "Peshawar on March 3, reports Dawn.", "shot", "18"),
    ("Unidentified assailants shot dead two Levies (tribal police force) personnel in Landi Kotal area of "
     "the Khyber Agency on March 3, reports The News.", "shot", "18"),
    # a soldier shot dead in an encounter stays a fight
    ("A soldier was shot dead in an encounter with militants in Baramulla District on March 3.", "shot", "19"),
    # militants firing when challenged, to escape, or on the police who came upon them: an exchange of fire
    ("When challenged, the militants opened fire with automatic weapons, said the Army.", "opened", "19"),
    ("However, the Maoists opened fire in a bid to escape, the Superintendent of Police said.", "opened", "19"),
    ("Sensing the presence of the Police, the NSCN cadres opened fire at the Police.", "opened", "19"),
    # militants firing at a civilian stay unconventional violence
    ("Militants opened fire at a shopkeeper in Sopore town on March 3.", "opened", "18"),
])
def test_violence_kind_by_who_fights_whom(analyse: Analyse, text: str, trigger: str, root: str) -> None:
    assert event_on(analyse(text, "2015-03-04"), trigger).cameo[:2] == root
