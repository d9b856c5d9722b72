"""A company's own gatherings are no consultation (data/sense_rules.csv, session 23b rows; noun class audience
with analysts): a meeting before or with analysts is a briefing, and a company's meeting with no other party is
its board's or shareholders'. Meetings of a company with another named party stay."""

from __future__ import annotations

from conftest import event_codes


def consults(codes: set[str]) -> bool:
    """Whether any of the codes is a consultation (04x)."""
    return any(code.startswith("04") for code in codes)


def test_a_meeting_before_analysts_is_no_consultation(analyse) -> None:
    result = analyse("Yesterday, Chrysler's stock climbed 2 points on expectations that the company might "
                     "disclose good news at a meeting before analysts on April 9.", "1987-04-07")
    assert not consults(event_codes(result))


def test_a_company_meeting_with_analysts_is_no_consultation(analyse) -> None:
    result = analyse("General Motors met with analysts in New York on Tuesday.", "1987-04-07")
    assert not consults(event_codes(result))


def test_two_companies_meeting_stays(analyse) -> None:
    result = analyse("Texaco officials met with Pennzoil executives on Monday to discuss a settlement.",
                     "1987-04-07")
    assert "040" in event_codes(result)


def test_a_company_meeting_foreign_officials_stays(analyse) -> None:
    result = analyse("Exxon held a meeting with Venezuelan oil officials in Caracas.", "1987-04-07")
    assert "040" in event_codes(result)


def test_an_opec_meeting_stays(analyse) -> None:
    # OPEC's code (IGOBUSOPC) has a BUS part: a cartel of states meets as states do
    result = analyse("Spot crude prices are now 80 cents a barrel higher than at the start of the OPEC meeting "
                     "last Thursday, traders said.", "1987-04-07")
    assert "040" in event_codes(result)


def test_a_company_meeting_with_its_creditors_stays(analyse) -> None:
    result = analyse("Hidroelectrica del Sur SA, the Spanish power utility, will hold the first meeting with "
                     "members of a new debt negotiating committee in Seville on Tuesday, bankers said.", "1987-04-07")
    assert "040" in event_codes(result)
