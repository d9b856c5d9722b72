"""Places, session 11: where a group, paper or bank is based ("the London-based Observatory", "a UK-based
monitoring group") is no place of what it does or reports; the event's own place still stands."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on
from newsevents.model import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The fighting has killed more than 2,000 people, according to the Britain-based, pro-opposition "
     "Syrian Observatory for Human Rights.", "killed"),
    ("Rebels killed five soldiers, according to the London-based Syrian Observatory for Human Rights.",
     "killed"),
    ("Gunmen killed ten villagers, a London-based rights group said.", "killed"),
    ("The Paris-based group said militants killed ten villagers.", "killed"),
])
def test_a_body_s_home_is_no_place_of_the_act(analyse: Analyse, text: str, trigger: str) -> None:
    loc = event_on(analyse(text, None), trigger).location
    assert loc is None, loc


def test_the_act_s_own_place_stands_beside_a_based_reporter(analyse: Analyse) -> None:
    text = ("Security forces shot dead six people in the central city of Hama, the Britain-based Observatory "
            "reported.")
    loc = event_on(analyse(text, None), "shot").location
    assert loc is not None and loc.country == "SYR", loc
