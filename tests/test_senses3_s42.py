"""Trigger words read in a sense that is not the event (events/senses.py, sense_rules.csv, noun_classes.csv,
violence_kinds.csv; session 44, audit issue 10): a statement or press release "released" (no 084), a pact that
"does not threaten" jobs (no 130), a central bank that "supports" a pattern of exchange rates or a company its
line of credit (no 051), a "financial assault" (sanctions, no 18x), a figure shot at and injured (an attempt,
185, not an assassination, 186) and a police raid that met no fire (17x, not 190). The event senses of the
same words stay. All sentences written for these tests, after Reuters, SATP and InsightCrime wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import event_on, readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-25"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Montedison will buy the starch business of Unilever for 200 mln dlrs, a statement by Montedison released "
     "by its Milan office said.", "released"),
    ("According to a release of the PREPAK, its cadres were told to stay away from the talks.", "release"),
    ("Kumar said the union was told that a wage pact agreed with Ford workers in Britain does not threaten "
     "German jobs.", "threaten"),
    ('Baker said, "The Bundesbank supports this pattern of exchange rates and we will see if it helps trade."',
     "supports"),
    ("The company said it will use the proceeds of the sale to support its line of credit with First Chicago.",
     "support"),
    ("The US Treasury named the club a money laundering front for the cartel, in a new financial assault "
     "against the Cali syndicate.", "assault"),
])
def test_a_word_in_another_sense_is_no_event(analyse: Analyse, text: str, trigger: str) -> None:
    assert not readings(analyse(text, DAY), trigger)


@pytest.mark.parametrize(("text", "trigger", "root"), [
    ("Israel released 20 Lebanese prisoners on Monday.", "released", "08"),
    ("The rebels threatened the villagers of Kamjong.", "threatened", "13"),
    ("The United States supports the government of President Aquino, Shultz said.", "supports", "05"),
    ("The IMF said it supported the Bank of Japan's raising of interest rates last month.", "supported", "05"),
    ("The Iraqi army launched a fresh assault on Iranian positions east of Basra, Baghdad radio said.", "launched",
     "19"),
])
def test_the_event_sense_stays(analyse: Analyse, text: str, trigger: str, root: str) -> None:
    assert event_on(analyse(text, DAY), trigger).cameo.startswith(root)


def test_a_figure_shot_and_injured_survived_an_attempt(analyse: Analyse) -> None:
    result = analyse("A general councillor belonging to the Pakistan Peoples Party (PPP) was shot at and injured by "
                     "assailants in the limits of the Saddar Police Station in Rawalpindi on March 8, reports Dawn.",
                     "2013-03-10")
    assert event_on(result, "shot").cameo == "185"


def test_a_figure_shot_dead_was_assassinated(analyse: Analyse) -> None:
    result = analyse("A general councillor belonging to the Pakistan Peoples Party (PPP) was shot dead by assailants "
                     "in the limits of the Saddar Police Station in Rawalpindi on March 8, reports Dawn.", "2013-03-10")
    assert event_on(result, "shot").cameo == "186"


def test_a_police_raid_that_met_no_fire_is_coercion(analyse: Analyse) -> None:
    result = analyse("Police conducted a raid in Joao Pessoa on Tuesday.", "2013-03-10")
    assert event_on(result, "raid").cameo.startswith("17")


def test_a_police_raid_that_met_fire_is_a_fight(analyse: Analyse) -> None:
    result = analyse("A policeman and a militant were killed in an exchange of fire during a raid conducted by "
                     "police at a house in Quetta on March 8.", "2013-03-10")
    assert not event_on(result, "raid").cameo.startswith("17")
