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
    assert _targets(result, "13") == ["BRA"]


def test_a_warning_to_another_state_stays(analyse) -> None:
    result = analyse("North Korea warned that the United States would face a nuclear strike if it attacked.",
                     "1987-05-04")
    assert _targets(result, "13") == ["USA"]
