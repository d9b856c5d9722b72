"""Lead's session-11 rules: an event told as reported keeps that modality; suspects are those arrested; only a
measure one lifts or imposes is one's own act; a phone call with no one named stays a phone call."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_a_killing_told_first_as_reported_stays_reported(analyse: Analyse) -> None:
    text = ("Militants shot dead two traders in Sopore on Monday, reports The Daily Excelsior. "
            "The traders were shot when they were returning home.")
    result = analyse(text, "2019-05-07")
    killings = [e for e in result.events if e.cameo.startswith("18") or e.cameo.startswith("19")]
    assert killings and killings[0].modality == "reported"


def test_a_later_full_assertion_still_makes_it_asserted(analyse: Analyse) -> None:
    result = analyse("Sisi said that Netanyahu had criticized Hamas.\nNetanyahu criticized Hamas on Monday.",
                     "2023-06-01")
    criticism = [e for e in result.events if e.cameo.startswith("11")]
    assert criticism and criticism[0].modality == "asserted"


def test_suspects_arrested_are_those_an_arrest_named(analyse: Analyse) -> None:
    result = analyse("Police in Panama arrested 11 people, including the mayor of Colon, in an operation "
                     "against a drug ring on Tuesday. The suspects were arrested in raids on 14 homes, police "
                     "said.", "2019-06-05")
    arrests = [e for e in result.events if e.cameo == "173"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_another_partys_act_is_no_measure_of_ones_own(analyse: Analyse) -> None:
    [condemn] = [e for e in analyse("France condemned the invasion of Ukraine.", "2023-06-01").events]
    assert condemn.cameo.startswith("11") and condemn.target is None
    [lift] = analyse("Saudi Arabia lifts the blockade of Qatar.", "2021-01-05").events
    assert lift.source and lift.source.code == "SAUGOV" and lift.target and lift.target.code == "QATGOV"


def test_a_phone_call_with_no_one_named_stays_a_call(analyse: Analyse) -> None:
    assert "041" in {e.cameo for e in analyse("Russian President Vladimir Putin spoke by phone on Monday.",
                                               "2023-06-01").events}
    events = analyse("Juan Perez, a Honduran lawyer who spoke to El Heraldo, said the bank could face sanctions.",
                     "2019-02-01").events
    assert all(e.cameo != "040" for e in events)


def test_militants_shot_dead_are_a_fight_and_traffickers_shot_dead_violence(analyse: Analyse) -> None:
    militants = {e.cameo[:2] for e in analyse("Two militants were shot dead in Kupwara on Sunday.",
                                             "2019-05-07").events}
    traffickers = {e.cameo[:2] for e in analyse("Two drug traffickers were shot dead in Culiacan on Sunday.",
                                               "2019-05-07").events}
    assert militants == {"19"} and traffickers == {"18"}


def test_a_member_of_a_body_is_placed_by_the_body_not_where_it_goes(analyse: Analyse) -> None:
    result = analyse("A Ugandan trade mission led by minister of state Balaki Kirya will visit Kenya next week.",
                     "1987-03-02")
    visits = [e for e in result.events if e.cameo.startswith("04")]
    assert visits and visits[0].source and visits[0].source.code == "UGAGOV"
