"""A protest act (CAMEO 14: a boycott, strike, blockade) that names no one, told "in protest at/against/over"
another's plan, decision, policy or law, is against the owner of that instrument, named by its possessor or
its of-phrase; an instrument of the doer itself, or of no coded party, gives no target."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the possessor of the decision protested at, the "in protest" phrase hung on the boycotted meeting
    ("Taiwan is boycotting the yearly meeting of the Asian Development Bank in protest at the Bank's decision "
     "to alter its name in the organisation.", "boycotting", "IGOASADEVADB"),
    ("Taiwan is boycotting the conference in Tokyo in protest at the World Bank's decision to change its name.",
     "boycotting", "IGOUNOWBK"),
    # the possessor of the proposals protested over, the phrase hung on the blocked roads
    ("Farmers blocked roads across the country in protest over the European Community's price proposals.",
     "blocked", "IGOEUREEC"),
    # a place coded as its state stands for it
    ("Coal miners struck in protest at Tokyo's new coal policy.", "struck", "JPNGOV"),
])
def test_a_protest_is_against_the_owner_of_what_it_protests(analyse, text: str, trigger: str,
                                                            expected: str) -> None:
    found = readings(analyse(text, "1987-04-28"), trigger)
    assert found and {t for _, t in found} == {expected}, found


@pytest.mark.parametrize(("text", "trigger"), [
    # the doer's own plan, or one of no coded party, names no one protested against
    ("The union staged a strike in protest at its own plan.", "strike"),
    ("Residents rallied in protest over their decision to close the hospital.", "rallied"),
])
def test_an_own_or_unnamed_instrument_gives_no_target(analyse, text: str, trigger: str) -> None:
    assert all(t is None for _, t in readings(analyse(text, "1987-04-28"), trigger))
