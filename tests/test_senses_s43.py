"""Triggers read in the wrong sense or coded by their surface verb (session 43): the aim of a strike, fast or
march is no appeal of its own, a new police or armed force announced is that force raised, rallying to contain
something is no demonstration, a fight against trade practices is no force, and generic remarks ("there are
cases of", "may be related to") and counts over a decade tell no one act."""

from __future__ import annotations

from newsevents.model import ArticleResult


def _codes(result: ArticleResult) -> list[str]:
    return sorted(e.cameo for e in result.events)


def _sources(result: ArticleResult, cameo: str) -> list[str | None]:
    return [e.source.code if e.source else None for e in result.events if e.cameo == cameo]


def test_the_aim_of_a_strike_is_no_appeal(analyse) -> None:
    result = analyse("Dock workers in Santos on Tuesday called a two-day strike starting Friday to press for "
                     "higher wages.", "1987-03-10")
    assert "143" in _codes(result)
    assert not [c for c in _codes(result) if c.startswith("02") or c.startswith("10")]


def test_the_aim_of_a_fast_is_no_appeal(analyse) -> None:
    result = analyse("About 800 teachers entered their third day of fast in church halls to press for a rise "
                     "in the minimum wage, union leader Juan Mamani said on Monday.", "1987-03-10")
    assert not [c for c in _codes(result) if c.startswith("02")]


def test_the_aim_of_a_march_is_no_demand(analyse) -> None:
    result = analyse("Thousands of farmers clashed with police in Zaragoza on Monday during a march to demand "
                     "a better deal from the government.", "1987-03-10")
    assert not [c for c in _codes(result) if c.startswith("10")]


def test_a_meeting_held_to_demand_keeps_its_demand(analyse) -> None:
    result = analyse("On March 5, the miners' union met in La Paz to demand higher wages from the government.",
                     "1987-03-10")
    assert "100" in _codes(result)


def test_a_police_battalion_announced_is_police_power_raised(analyse) -> None:
    result = analyse("On April 20, Security Minister Carlos Rivas announced the formation of a special "
                     "battalion made up of 300 members of the National Civil Police.", "2016-04-22")
    assert _codes(result) == ["153"]
    assert all(code and code.endswith("GOV") for code in _sources(result, "153"))


def test_army_battalions_announced_are_armed_forces_raised(analyse) -> None:
    result = analyse("President Salvador Sanchez Ceren on Monday announced the creation of two battalions of "
                     "800 soldiers to fight crime in the most violent towns.", "2016-04-22")
    assert "154" in _codes(result)
    assert "010" not in _codes(result)


def test_a_plain_announcement_stays_a_statement(analyse) -> None:
    result = analyse("President Salvador Sanchez Ceren on Monday announced the government would review its "
                     "security plan.", "2016-04-22")
    assert "153" not in _codes(result) and "154" not in _codes(result)


def test_authorities_rallying_to_contain_violence_hold_no_rally(analyse) -> None:
    result = analyse("Authorities in Honduras are rallying to contain gang violence, security minister Julian "
                     "Pacheco said on Monday.", "2016-04-22")
    assert "141" not in _codes(result)


def test_farmers_rallying_to_demand_prices_hold_a_rally(analyse) -> None:
    result = analyse("Thousands of Spanish farmers rallied in Madrid on Monday to demand higher prices.",
                     "1987-03-10")
    assert "141" in _codes(result)


def test_a_fight_against_trade_practices_is_no_force(analyse) -> None:
    result = analyse("U.S. Trade Representative Clayton Yeutter said on Monday Washington will use the trade "
                     "law to fight unfair practices by Japan.", "1987-03-10")
    assert not [c for c in _codes(result) if c.startswith("19")]


def test_there_are_cases_of_killers_tells_no_killing(analyse) -> None:
    result = analyse("Sao Paulo police are under scrutiny. There are cases of military police officers who "
                     "take part in crime and commit murders for money, the ombudsman said.", "2016-04-22")
    assert not [c for c in _codes(result) if c.startswith("18") or c.startswith("19")]


def test_killings_that_may_be_related_to_moonlighting_tell_no_killing(analyse) -> None:
    result = analyse("Sao Paulo police are under scrutiny. Killings committed by off-duty military police may be "
                     "related to private security work, the ombudsman said.", "2016-04-22")
    assert not [c for c in _codes(result) if c.startswith("18") or c.startswith("19")]


def test_arrests_counted_over_the_past_decade_are_no_arrest(analyse) -> None:
    result = analyse("Costa Rica's Judicial Investigation Agency has arrested 14 members of the MS13 gang in "
                     "the past decade, the newspaper reported.", "2016-04-22")
    assert "173" not in _codes(result)


def test_an_arrest_last_week_stays_an_arrest(analyse) -> None:
    result = analyse("Costa Rica's Judicial Investigation Agency arrested 14 members of the MS13 gang in San "
                     "Jose last week.", "2016-04-22")
    assert "173" in _codes(result)


def test_a_gerund_compared_against_tells_no_support(analyse) -> None:
    result = analyse("Critics said Treasury Secretary James Baker was more interested in protecting the banks "
                     "than supporting the Brazilian government.", "1987-03-10")
    assert "051" not in _codes(result)


def test_support_told_outright_stays_support(analyse) -> None:
    result = analyse("Treasury Secretary James Baker on Monday supported the Brazilian government's debt plan.",
                     "1987-03-10")
    assert "051" in _codes(result)


def test_the_case_of_one_member_tells_his_arrest(analyse) -> None:
    result = analyse("The newspaper described several failures; there is also the case of a Barrio 18 member "
                     "who was arrested by police in Tegucigalpa on May 3 but never charged.", "2016-06-22")
    assert "173" in _codes(result)
