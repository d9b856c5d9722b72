"""Violence a coder codes that no row read (data/event_triggers.csv, session 27 recall rows): a person assaulted,
beaten to death or beheaded by a named side suffers unconventional violence (18). Other senses of the words stay
out."""

from __future__ import annotations

from conftest import event_codes


def roots(codes: set[str]) -> set[str]:
    """The CAMEO roots (two digits) of the codes."""
    return {code[:2] for code in codes}


def test_a_driver_assaulted_by_rebels_is_assaulted(analyse) -> None:
    result = analyse("Rebels assaulted the driver of a construction company in Gaya district of Bihar.",
                     "2015-03-04")
    assert "18" in roots(event_codes(result))


def test_a_villager_beaten_to_death_suffers_violence(analyse) -> None:
    result = analyse("A farmer was beaten to death by rebels in Gumla district of Jharkhand.", "2015-03-04")
    assert "180" in event_codes(result)


def test_a_company_beating_forecasts_is_no_assault(analyse) -> None:
    result = analyse("General Motors beat analysts' forecasts for the first quarter.", "1987-04-07")
    assert not roots(event_codes(result)) & {"18", "19"}


def test_a_beheaded_officer_suffers_violence(analyse) -> None:
    result = analyse("Gang members beheaded a police officer in the Mexican state of Michoacan.", "2015-03-04")
    assert "180" in event_codes(result)


def test_an_assault_with_no_doer_is_no_event(analyse) -> None:
    # a coder codes no assault whose doer the sentence does not name
    result = analyse("A journalist was assaulted outside his home in Tegucigalpa on Monday.", "2015-03-04")
    assert "18" not in roots(event_codes(result))
