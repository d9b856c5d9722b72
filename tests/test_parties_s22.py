"""Parties with the wrong country or sector (session 22): a person's role in a named group told in a copular
clause ("X was a lieutenant of the Gulf Cartel") codes them as that group's member, as an appositive does; a
trade body named after its members' trade or commodity is its country's businesses (BUS)."""

from __future__ import annotations

from conftest import code_of


def test_copular_rank_of_named_cartel_is_its_member(analyse) -> None:
    # "enforcer" and "lieutenant" are no one-person role rows; the group after "of" says whose they are
    result = analyse("Soldiers detained Jorge Eduardo Salinas in Matamoros on Friday. Salinas was "
                     "reportedly a chief enforcer of the Gulf Cartel.", "2014-05-10")
    assert code_of(result, "Jorge Eduardo Salinas") == "MEXCRM"
    result = analyse("Marines captured Efrain Salas Cota near Culiacan on Friday. Salas was a lieutenant of "
                     "the Sinaloa Cartel, officials said.", "2014-05-10")
    assert code_of(result, "Salas") == "MEXCRM"


def test_copular_member_of_named_group(analyse) -> None:
    result = analyse("Police arrested Carlos Alberto Mejia in Cali. Local press reported that Mejia was a "
                     "member of the Norte del Valle Cartel.", "2012-08-02")
    assert code_of(result, "Carlos Alberto Mejia") == "COLCRM"


def test_copular_victim_of_cartel_is_no_member(analyse) -> None:
    # only a member's or staff word makes one the group's: a victim of a cartel is not of it
    result = analyse("Gunmen shot Jorge Eduardo Salinas in Matamoros on Friday. Salinas was a victim of the "
                     "Gulf Cartel.", "2014-05-10")
    assert code_of(result, "Jorge Eduardo Salinas") == "MEX"


def test_trade_bodies_named_by_trade_or_commodity_are_business(analyse) -> None:
    # a council or association of a trade is no council of state (GOV) nor a bare country
    result = analyse("WASHINGTON, March 4 - The National Pork Producers Council said on Tuesday it opposed "
                     "the new farm bill, which the Senate passed last week.", "1987-03-04")
    assert code_of(result, "National Pork Producers Council") == "USABUS"
    result = analyse("The American Cotton Association urged Congress on Tuesday to reject the bill.",
                     "1987-03-04")
    assert code_of(result, "American Cotton Association") == "USABUS"


def test_commodity_institute_stays_state_body(analyse) -> None:
    # a national commodity institute is a statutory state body, not a trade group
    result = analyse("The Brazilian Sugar Institute said on Tuesday it would cut export quotas.", "1987-03-04")
    assert code_of(result, "Brazilian Sugar Institute") == "BRAGOV"


def test_names_listed_after_a_described_plural_are_its_members(analyse) -> None:
    # "including" lists some of the plural noun's members: each name is one of them
    result = analyse("Police arrested five Zetas members, including Jorge Eduardo Salinas, in Monterrey on "
                     "Friday.", "2014-05-10")
    assert code_of(result, "Jorge Eduardo Salinas") == "MEXCRM"
    result = analyse("Police arrested 12 suspected drug traffickers, including Jorge Eduardo Salinas and Mario "
                     "Ruiz, in Culiacan on Friday.", "2014-05-10")
    assert code_of(result, "Mario Ruiz") == "MEXCRM"


def test_names_listed_among_undescribed_people_get_no_role(analyse) -> None:
    result = analyse("The blast killed 12 people, including Jorge Eduardo Salinas, in Culiacan on Friday.",
                     "2014-05-10")
    assert code_of(result, "Jorge Eduardo Salinas") is None


def test_a_countrys_own_creditors_by_pronoun_are_not_of_it(analyse) -> None:
    # "its creditor banks" are the debtor country's foreign counterparts, as "Bolivia's creditor banks" are
    result = analyse("Ecuador said on Tuesday it would resume talks with its creditor banks next week.",
                     "1987-03-05")
    assert code_of(result, "its creditor banks") == "BUS"
    result = analyse("Peru reached agreement with its foreign creditors on Tuesday.", "1987-03-05")
    assert code_of(result, "its foreign creditors") == "BUS"
