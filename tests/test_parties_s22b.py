"""Parties with the wrong sector (session 22, second round): a rank that heads a body of any kind (chairman,
president, director) named after a body no table knows takes the sector the body's head noun gives
("Kenyan Tea Authority chairman" GOV, "Labour Party chairman" PTY), not the rank's default (BUS)."""

from __future__ import annotations

from conftest import code_of


def test_authority_chairman_is_government(analyse) -> None:
    # an Authority is a state body: its chairman speaks for the state, not for a company
    result = analyse("Kenyan Tea Authority chairman Joseph Kamau said he would visit Brussels to lobby "
                     "against the proposed levy.", "1987-06-10")
    assert code_of(result, "Joseph Kamau") == "KENGOV"


def test_bracketed_short_form_does_not_hide_the_head_noun(analyse) -> None:
    result = analyse("Malaysian Rubber Authority (MRA) chairman Ahmad Razak said exports would fall "
                     "sharply this year.", "1987-06-10")
    assert code_of(result, "Ahmad Razak") == "MYSGOV"


def test_party_chairman_is_party(analyse) -> None:
    result = analyse("British Labour Party chairman Derek Holt said the government had failed the miners.",
                     "1987-06-10")
    assert code_of(result, "Derek Holt") == "GBRPTY"


def test_company_chairman_stays_business(analyse) -> None:
    # the rule only lends a sector the body's words give: a bank or company keeps its chairman in BUS
    result = analyse("Hokuriku Shipping Corporation chairman Kenji Ota said profits would rise.", "1987-06-10")
    assert code_of(result, "Kenji Ota") == "JPNBUS"


def test_secretary_of_a_field_is_no_body_head(analyse) -> None:
    # "Energy Secretary" is a minister's title: "energy" names a trade, not a body he heads
    result = analyse("U.S. Energy Secretary John Herrington criticised the oil import plan.", "1987-06-10")
    assert code_of(result, "John Herrington") == "USAGOV"
