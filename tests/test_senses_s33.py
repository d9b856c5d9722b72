"""A view ruled out is no rejection (session 33): "did not rule out that X happened" and "would not rule out the
potential for higher prices" judge what may be so; ruling out an act or a proposal stays a rejection."""

from __future__ import annotations


def _rejections(result) -> list[str]:
    return [e.cameo for e in result.events if e.cameo.startswith("12")]


def test_a_that_clause_ruled_out_is_no_rejection(analyse) -> None:
    result = analyse("Hoechst did not rule out that some patients may have been infected through its serum in "
                     "the past.", "1987-03-17")
    assert _rejections(result) == []


def test_a_potential_ruled_out_is_no_rejection(analyse) -> None:
    result = analyse("The Saudi oil minister would not rule out the potential for 25 dlrs a barrel by the spring.",
                     "1987-03-17")
    assert _rejections(result) == []


def test_an_act_ruled_out_stays_a_rejection(analyse) -> None:
    result = analyse("French Finance Minister Edouard Balladur ruled out a reflationary program on Monday.",
                     "1987-03-17")
    assert _rejections(result) != []


# --- loans stopped to a party are economic assistance stopped (CAMEO 1621) ---

def test_loans_suspended_to_a_country_are_aid_stopped(analyse) -> None:
    result = analyse("The Inter-American Development Bank suspended new loans to Nicaragua on Monday, bank "
                     "officials said.", "1987-03-17")
    assert "162" in [e.cameo for e in result.events]


def test_a_company_suspending_its_own_dividend_is_no_aid_stopped(analyse) -> None:
    result = analyse("Texaco Inc suspended its quarterly dividend and halted credit lines to its dealers.",
                     "1987-03-17")
    assert "162" not in [e.cameo for e in result.events]
