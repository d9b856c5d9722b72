"""A threat or warning is never made to its doer's own state (session 33): "Iran's navy commander warned that
Iran would close the Strait" is made to no one the sentence names, "Britain warned that it would retaliate if
Japan did not open its markets" to Japan; a warning to another party, or to the state's own rebels, stays."""

from __future__ import annotations


def _targets(result, root: str) -> list[str | None]:
    return [e.target.code if e.target else None for e in result.events if e.cameo.startswith(root)]


def test_a_warning_of_the_own_state_s_act_is_not_made_to_that_state(analyse) -> None:
    result = analyse("Egypt's army chief warned that Egypt would close the Suez Canal if its ships were attacked, "
                     "Cairo radio said.", "1987-05-01")
    assert "EGY" not in _targets(result, "13")


def test_the_one_the_condition_asks_to_act_is_the_one_warned(analyse) -> None:
    result = analyse("France warned on Monday that it would retaliate if Brazil did not lift its import curbs.",
                     "1987-05-04")
    assert _targets(result, "13") == ["BRAGOV"]


def test_a_warning_to_another_state_stays(analyse) -> None:
    result = analyse("North Korea warned that the United States would face a nuclear strike if it attacked.",
                     "1987-05-04")
    assert _targets(result, "13") == ["USAGOV"]


# --- people hurt when a bomb went off were hurt by a bombing (183), doer named or not ---

def _bombings(result) -> list[str | None]:
    return [e.target.code if e.target else None for e in result.events if e.cameo == "183"]


def test_people_injured_when_a_bomb_exploded_are_a_bombing_s_victims(analyse) -> None:
    result = analyse("One person was injured when a bomb exploded inside a rickshaw in Quetta on Monday.",
                     "2014-05-06")
    assert _bombings(result) and all(code and code.startswith("PAK") for code in _bombings(result))


def test_a_bomb_that_went_off_injuring_people_is_a_bombing(analyse) -> None:
    result = analyse("A bomb went off in a crowded market in Peshawar on Monday, injuring one person.",
                     "2014-05-06")
    assert _bombings(result)


def test_people_killed_when_a_bus_overturned_are_no_bombing_s_victims(analyse) -> None:
    result = analyse("Two passengers were killed when a bus overturned near Quetta on Monday.", "2014-05-06")
    assert not [e for e in result.events if e.cameo.startswith("18")]
