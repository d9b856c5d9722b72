"""Dates: an act the story dates in another sentence, or whose sentence's date is another act's.

- an accord named by its dated noun ("the March 14 Rome agreement") and then told by its verb ("agreed") is
  that accord, concluded on its day, also when a name stands between the date and the noun;
- an undated act of the lede that a next sentence names with "the" and a day ("the demand ... was made on
  March 29", "the offer, which began on March 2") or, for a speech, the same speaker's dated speech ("In a
  speech Sunday, Castro said") is of that day;
- a commitment or threat (data/date_cues.csv `commitment`) with a day ahead inside what it threatens is made
  on the story's day: the day is the threatened act's;
- a year inside a relative clause told ahead on another noun ("terms that will allow it to meet targets in
  1987") is that clause's time, not the event's;
- "this week's meeting": the NER's lone "week" is this week;
- an act a present obligation puts on a party ("has to cut", data/date_cues.csv `obligation`) is still to be
  done: no day; a past "had to cut" is done on the story's day;
- what a verb of answering answers ("responding to allegations", data/date_cues.csv `motive`) came before;
- in a record with no publication date, an act told with "also" in the lead's happening ("was also arrested
  in the raid") or in a relative clause that goes on with it ("a scuffle ensued, during which ...") is the
  lead's day's.
"""

from __future__ import annotations

import pytest

from conftest import date_in_clause, mention_dates


def _dates(analyse, text: str, trigger: str, published: str = "1988-04-01") -> set[str | None]:
    """The dates of the event mentions on `trigger`."""
    return mention_dates(analyse(text, published), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Oil ministers said they would act in line with the March 14 Rome agreement by five producers. Saudi "
     "Arabia, Kuwait, Iran, Iraq and Libya agreed to cooperate in limiting output.", "agreed", {"1988-03-14"}),
    ("Harlan Capital Inc and its chairman Peter Voss have demanded a list of Boxwell Corp shareholders from the "
     "company. In a filing with the Securities and Exchange Commission, Voss said the demand for the list was "
     "made on March 29.", "demanded", {"1988-03-29"}),
    # a demand told again without "the" may be another one: the lede's act keeps the story's day
    ("Harlan Capital Inc and its chairman Peter Voss have demanded a list of Boxwell Corp shareholders from the "
     "company. Voss said a demand was also made on March 29.", "demanded", {"1988-04-01"}),
    ("Dalton Corp said a federal court in Delaware issued a preliminary injunction, enjoining Fenwick Holdings "
     "Inc's tender offer for Dalton. It said the order prevents Fenwick from buying shares during the offer, "
     "which began on March 2.", "offer", {"1988-03-02"}),
])
def test_an_act_named_again_with_a_day_takes_it(analyse, text: str, trigger: str,
                                                 expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger) == expected


@pytest.mark.parametrize(("second", "expected"), [
    ("In a speech Sunday, Castro said heavy rains had slowed harvesting.", ("2018-03-11", "relative")),
    ("In an interview on Sunday, he said heavy rains had slowed harvesting.", ("2018-03-11", "relative")),
    # another speaker's speech is another speech
    ("In a speech Sunday, Vice President Raul Gomez said heavy rains had slowed harvesting.",
     ("2018-03-14", "publication")),
])
def test_a_lede_speech_takes_the_day_of_the_speakers_dated_speech(nlp, second: str,
                                                                  expected: tuple[str, str]) -> None:
    text = ("Cuban president Fidel Castro told a congress of young communists here that the sugar harvest is "
            f"far behind schedule. {second}")
    assert date_in_clause(nlp, text, "told") == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The union threatened to strike at 10 a.m. EDT on Thursday unless the company meets its demands.",
     "threatened", {"1987-10-16"}),
    ("Iran promised to resume talks with Iraq on Tuesday.", "promised", {"1987-10-16"}),
    # a day of the threat itself, not inside what it threatens, still dates it
    ("Iran threatened Iraq with attacks on Sunday.", "threatened", {"1987-10-11"}),
])
def test_a_threat_is_made_on_the_story_day_not_the_threatened(analyse, text: str, trigger: str,
                                                              expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger, "1987-10-16") == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Chile is currently negotiating a loan with Peru that will let it build roads in 1988.", "negotiating",
     {"1987-03-02"}),
    ("Traders stayed sidelined ahead of this week's Group of Seven meeting in Washington.", "meeting",
     {"1987-W10"}),
    ("The army, reacting to attacks by rebels on its posts, shelled the town.", "attacks", {None}),
    ("Korea has to cut its tariffs on American beef.", "cut", {None}),
    ("Korea needs to cut its tariffs on American beef.", "cut", {None}),
    ("Korea had to cut its tariffs on American beef.", "cut", {"1987-03-02"}),
])
def test_a_time_of_another_clause_is_not_the_events(analyse, text: str, trigger: str,
                                                    expected: set[str | None]) -> None:
    assert _dates(analyse, text, trigger, "1987-03-02") == expected


@pytest.mark.parametrize(("second", "trigger", "expected"), [
    ("The gang leader Rupen Sarkar was also arrested in the raid.", "arrested", "March 3"),
    ("When the men refused, a scuffle ensued, during which the militants opened fire at the guards.", "opened",
     "March 3"),
    # in a one-day digest "also" adds an act to the day (events audit satp 7833 item 42); "again" tells
    # another act, on a day not given
    ("The gang leader Rupen Sarkar was also arrested.", "arrested", "March 3"),
    ("The gang leader Rupen Sarkar was arrested again.", "arrested", None),
])
def test_a_records_act_in_the_leads_happening_takes_its_day(analyse, second: str, trigger: str,
                                                            expected: str | None) -> None:
    text = ("Police raided a hideout of a kidnapping gang in West Garo Hills District on March 3 and rescued "
            f"a boy, reports The Shillong Times. {second}")
    result = analyse(text)
    found = {m.date_text for e in result.events for m in e.mentions if m.trigger == trigger}
    assert found == {expected}
