"""The one an accusation, demand or appeal told in a that-clause is made against or to: the clause's subject
described by its of-phrase, possessor or a role with a country ("alleged that a leader of the Zetas paid"),
and in a passive clause its by-phrase's doer ("charged that the vote was rigged by the ruling party"), never
what the passive act is done to (events/targets.py `_described_subject`, `_clause_agent`)."""

from __future__ import annotations

from newsevents import ArticleResult


def targets(result: ArticleResult, code: str) -> list[str | None]:
    """The target codes of the events of one CAMEO code."""
    return [e.target.code if e.target else None for e in result.events if e.cameo == code]


def test_an_allegation_against_a_leader_of_a_cartel_accuses_the_cartel(analyse) -> None:
    result = analyse("US prosecutors have alleged that in 2009 a leader of the Zetas "
                     "paid a businessman to launder the group's money.", "2013-05-03")
    assert targets(result, "112") == ["MEXCRM"]


def test_an_accusation_told_in_a_passive_clause_accuses_its_doer(analyse) -> None:
    result = analyse("Egypt's opposition charged that the vote had been rigged by the ruling "
                     "National Democratic Party.", "1987-04-07")
    assert targets(result, "112") == ["EGYPTY"]


def test_a_demand_that_captives_be_freed_is_not_made_to_the_captives(analyse) -> None:
    result = analyse("The Peruvian union demanded that the detained miners be released.",
                     "2013-05-03")
    assert all(t is None or not t.endswith(("CVL", "LAB")) for t in targets(result, "100"))


def test_a_state_defending_its_own_strategy_acts_on_no_party(analyse) -> None:
    result = analyse("U.S. Treasury Secretary James Baker defended the U.S. strategy for handling the debt "
                     "crisis on Tuesday.", "1987-04-07")
    assert [e.source.code if e.source else None for e in result.events if e.cameo == "052"] == ["USAGOV"]
    assert targets(result, "052") == [None]


def test_a_state_backing_a_pact_is_not_its_own_counterpart(analyse) -> None:
    result = analyse("West German Finance Minister Gerhard Stoltenberg reaffirmed West German backing for the "
                     "Louvre accord on Monday.", "1987-04-07")
    assert "DEU" not in targets(result, "051")


def test_rebels_war_against_their_state_and_an_arrest_of_a_national_keep_the_country(analyse) -> None:
    war = analyse("The Colombian guerrillas' war against the Colombian state lasted five decades.",
                  "2016-05-03")
    assert "COL" in [e.target.code if e.target else None for e in war.events if e.source
                     and e.source.code == "COLREB"]
    arrest = analyse("Nicaraguan authorities arrested Nicaraguan national Bismarck Lira last August.",
                     "2016-05-03")
    assert targets(arrest, "173") == ["NIC"]
