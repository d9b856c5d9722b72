"""Event sources (events/sources.py, source_words.csv) named around the subject rather than as it, round s17:
a lawyer for a client acts for the client. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-05-03"


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of the trigger's mentions."""
    return {s for s, _ in readings(result, trigger)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Lawyers for Texaco asked the judge to dismiss the suit on Monday.", "asked"),
    ("An attorney for Texaco asked the court to delay the hearing.", "asked"),
])
def test_a_lawyer_for_a_company_acts_for_the_company(analyse: Analyse, text: str, trigger: str) -> None:
    result = analyse(text, DAY)
    found = sources(result, trigger)
    assert "USABUS" in found, readings(result, trigger)
    assert not any(s and s.endswith("JUD") for s in found), readings(result, trigger)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Four villagers were killed as CPI-Maoist cadres triggered a landmine blast in Bijapur District.",
     "killed", "INDREB"),
    ("Two policemen were killed when Taliban fighters set off a roadside bomb in Kandahar on Monday.",
     "killed", "AFGREB"),
])
def test_a_passive_harm_when_a_party_set_off_a_device_is_that_partys(
        analyse: Analyse, text: str, trigger: str, source: str) -> None:
    result = analyse(text, DAY)
    assert source in sources(result, trigger), readings(result, trigger)


def test_a_device_set_off_by_the_harmeds_own_side_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Three Indian Army soldiers were killed when Indian Army soldiers triggered a landmine "
                     "in Kupwara.", DAY)
    # not the soldiers; at most the unidentified setter of the landmine (implied.py, session 41)
    assert sources(result, "killed") <= {None, "INDUAF"}, readings(result, "killed")


def test_a_killing_resulting_from_an_armed_groups_act_is_the_groups(analyse: Analyse) -> None:
    result = analyse("The Maoists blew up a jeep of the convoy in Bijapur District resulting in the killing of "
                     "two BJP leaders.", DAY)
    assert "INDREB" in sources(result, "killing"), readings(result, "killing")


def test_a_killing_resulting_from_a_harmless_act_of_a_government_has_no_doer(analyse: Analyse) -> None:
    result = analyse("The Afghan government raised fuel prices in Kabul, resulting in the killing of two "
                     "protesters.", DAY)
    assert not any(s and s.endswith("GOV") for s in sources(result, "killing")), readings(result, "killing")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Texaco Inc said its unit agreed to acquire Brock Oil Co.", "agreed", "USABUS"),
    ("Texaco Inc said its Dexter Holdings unit agreed to acquire Brock Oil Co.", "agreed", "USABUS"),
    ("Texaco Inc said its Texaco Canada unit agreed to buy a refinery from Brock Oil Co.", "agreed", "CANBUS"),
    ("The Indian Army said its unit killed five militants in Kupwara.", "killed", "INDMIL"),
])
def test_a_companys_unit_acts_as_the_company_unless_named_of_another_country(
        analyse: Analyse, text: str, trigger: str, source: str) -> None:
    result = analyse(text, DAY)
    assert source in sources(result, trigger), readings(result, trigger)


def test_they_after_a_news_credit_in_a_run_on_sentence_is_the_group_before_it(analyse: Analyse) -> None:
    result = analyse("Maoists set ablaze four trucks of a road camp in Bhadradri Kothagudem District on January 27 "
                     "reports Telangana Today They also abducted two workers from one of the trucks", "2016-01-28")
    assert "INDREB" in sources(result, "abducted"), readings(result, "abducted")


def test_they_after_a_news_credit_stays_unread_when_two_groups_fit(analyse: Analyse) -> None:
    result = analyse("Police arrested two Lashkar militants in Sopore on March 2 reports Daily Excelsior They also "
                     "abducted a trader from the market", "2016-03-03")
    assert not any(s and s.endswith(("REB", "COP")) for s in sources(result, "abducted")), \
        readings(result, "abducted")


def test_a_fight_between_the_harmeds_own_men_and_police_is_the_polices(analyse: Analyse) -> None:
    result = analyse("Two cadres of Purba Banglar Communist Party were killed in a shootout between their cohorts "
                     "and Police in Jhenidah District on July 12.", "2016-07-13")
    assert "BGDCOP" in sources(result, "killed"), readings(result, "killed")


def test_a_harm_in_incidents_of_a_fight_is_read_through_the_fight(analyse: Analyse) -> None:
    result = analyse("Two cadres of Purba Banglar Communist Party were killed in separate incidents of shootout "
                     "between their cohorts and Police in Jhenidah District on July 12.", "2016-07-13")
    assert "BGDCOP" in sources(result, "killed"), readings(result, "killed")


def test_a_harm_when_a_named_groups_suicide_bomber_blew_himself_up_is_the_groups(analyse: Analyse) -> None:
    result = analyse("At least 13 persons were killed when a Taliban suicide bomber blew himself up at a mosque in "
                     "Kabul on March 2.", "2015-03-03")
    assert "AFGREB" in sources(result, "killed"), readings(result, "killed")


def test_a_lone_suicide_bomber_names_no_doer(analyse: Analyse) -> None:
    result = analyse("Three Afghan policemen were killed when a suicide bomber blew himself up near the Indian "
                     "consulate in Jalalabad on January 13.", "2015-01-14")
    # no group read; the unidentified bomber is coded as unidentified attackers (recall audit seed 7978)
    assert sources(result, "killed") <= {None, "AFGUAF"}, readings(result, "killed")
