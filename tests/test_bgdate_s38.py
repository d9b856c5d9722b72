"""Event dates, session 38: acts of a wire story given the publication day, or another clause's day, though
their sentence or the one before tells they happened earlier. A gathering told again with "the" ("backed
Brazil at the London talks") takes the day the story gave it when it first told it, however far back; a
gathering in a clause the event reports ("told a news conference he carried the negotiations at the meeting")
dates that clause, not the telling; a day in a to-infinitive of a relative clause or participle phrase ("which
are due to resume early next week", "Asked to clarify his remarks on Monday") is that clause's own time; and a
time still to come in the story's period ("later this month") dates no done act."""

from __future__ import annotations

import pytest

from conftest import mention_dates
from newsevents.events.dating import _later_this

COFFEE = (
    "Collapse of talks on coffee export quotas last week may put pressure on Washington, officials said.\n"
    "    The head of the U.S. delegation said the United States is willing to resume the negotiations in "
    "April.\n"
    "    He said the United States will be flexible on the method of setting quotas.\n"
    "    He said the administration would review its coffee policy after the collapse of the Geneva talks.\n"
    "    Officials said producers may try to flood the market in the coming months.\n"
    "    This could lead to appeals from Latin American countries for an easing of the U.S. stance.\n"
    "    The State Department may then face conflicting pressures, officials said.\n"
    "    Honduras backed Colombia at the Geneva talks in resisting quotas based on objective criteria.\n")


def test_a_gathering_told_again_far_on_takes_its_first_telling_s_day(analyse) -> None:
    assert mention_dates(analyse(COFFEE, "1987-03-04"), "backed") == {"1987-W09"}


def test_a_new_gathering_between_breaks_the_chain(analyse) -> None:
    text = COFFEE.replace("This could lead to appeals", "A new meeting could lead to appeals").replace(
        "at the Geneva talks in", "at the meeting in").replace("Collapse of talks", "Collapse of a meeting")
    assert mention_dates(analyse(text, "1987-03-04"), "backed") == {"1987-03-04"}


def test_a_gathering_in_a_reported_clause_does_not_date_the_telling(analyse) -> None:
    result = analyse(
        "The finance minister said he was hopeful after the support offered by consumers at last week's sugar "
        "meeting in London.\n"
        "    The Colombian minister told a news conference here he argued for larger quotas at the meeting.\n", "1987-03-05")
    assert mention_dates(result, "told") == {"1987-03-05"}


def test_a_day_in_a_relative_clause_s_infinitive_is_that_clause_s(analyse) -> None:
    result = analyse("Talks between the union and the shipyards, which are due to resume early next week, are "
                     "deadlocked with the union refusing to accept longer working hours.", "1987-03-13")
    assert mention_dates(result, "refusing") == {"1987-03-13"}


def test_a_day_in_a_participle_phrase_s_infinitive_is_that_phrase_s(analyse) -> None:
    result = analyse("Asked by a reporter to clarify his statement on Monday in which he said the agreement "
                     "should lapse, the minister said Malaysia was ready to back extension of the tin agreement.",
                     "1987-04-08")
    assert mention_dates(result, "back") == {"1987-04-08"}


@pytest.mark.parametrize(("phrase", "expected"), [
    ("later this month", True), ("some time later this year", True), ("later that month", False),
    ("earlier this month", False),
])
def test_later_this_tells_a_time_still_to_come(phrase: str, expected: bool) -> None:
    assert _later_this(phrase) is expected


def test_a_time_still_to_come_dates_no_done_act(analyse) -> None:
    result = analyse("Treasury officials declined to comment on the draft regulation, which is expected to be "
                     "released some time later this month.", "1987-04-07")
    assert mention_dates(result, "declined") == {"1987-04-07"}
