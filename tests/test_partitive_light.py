"""A noun that portions an event noun ("a round of talks", "two days of meetings", "a wave of attacks") under a
light verb passes the light verb's subject to the event, as "held talks" does (event_cues.csv `partitive`)."""
from typing import Any

from conftest import mention_codes


def test_a_round_of_talks_completed_has_its_doer(analyse: Any) -> None:
    result = analyse("Zambia has completed a new round of talks with the IMF.", "2014-06-18")
    assert ("040", "ZMBGOV", "IGOUNOIMF") in mention_codes(result)


def test_days_of_talks_held_have_both_parties(analyse: Any) -> None:
    result = analyse("Israel and Egypt held two days of talks in Cairo on Monday.", "2014-06-18")
    assert ("040", "ISRGOV", "EGYGOV") in mention_codes(result)


def test_a_portion_under_a_verb_that_is_not_light_gives_no_doer(analyse: Any) -> None:
    # "described" tells of the attacks; the minister did not attack anyone
    result = analyse("The Interior Minister described a series of attacks on the police.", "2014-06-18")
    assert all(src is None or not src.endswith("GOV") for code, src, _ in mention_codes(result)
               if code.startswith("18"))
