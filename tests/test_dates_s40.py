"""Dates an event's own sentence or the one before gives, left untaken (issue 11, session 40).

- a state participle ("his house located near the market on March 14") has no time of its own: the parser
  hangs the clause's day on it, and the day dates the clause above ("was abducted while he was walking to his
  house located ... on March 14"); a past progressive "while" clause is told at the time of its clause;
- a verb coordinated with a passive, tagged as a simple past ("who was arrested and pleaded guilty in 2014"),
  shares the predicate's day;
- a holiday held on one month-day every year ("on Christmas Eve") keeps that month-day in a record with no
  year (TimeML's yearless "XXXX-12-24"); a movable feast ("Easter") does not; a participle in a "with"
  phrase ("with 150 commandos attacking a ranch") is told at the time of the verb the phrase is on;
- the doers of an attack named with "the" ("the gunmen", "the assailants") go on with the happening the
  sentence before dates;
- a harm told in the passive "after" an act of force ("was shot and injured after two gunmen opened fire
  ... in the evening of November 2") is that act's outcome, on its day; not a harm after an abduction.
"""

from __future__ import annotations

from newsevents.when import yearless_date


def _dated(analyse, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(date, date phrase) of each event mention on `trigger` in a record with no publication date."""
    result = analyse(text, None)
    found = [(m.date, m.date_text) for e in result.events for m in e.mentions if m.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found


def test_a_day_hung_on_a_state_participle_dates_the_clause(analyse) -> None:
    text = ("A shopkeeper was abducted by unidentified gunmen while he was walking to his house located near "
            "the Borbari market in Tinsukia District on March 14 reports The Sentinel Police chief Ram Das "
            "said on March 15 that a search operation was on to trace the shopkeeper")
    assert _dated(analyse, text, "abducted") == [("XXXX-03-14", "March 14")]


def test_a_coordinated_past_shares_the_passives_day(analyse) -> None:
    text = ("A former border agent has been sentenced to 12 years in prison for passing data to a cartel. "
            "Ramirez -- who was originally arrested and pleaded guilty in 2014 -- claimed he did not know the "
            "data was being used to aid smugglers.")
    assert _dated(analyse, text, "arrested") == [("2014", "2014")]


def test_a_fixed_holiday_keeps_its_month_day_without_a_year() -> None:
    assert yearless_date("Christmas Eve") == "XXXX-12-24"
    assert yearless_date("on New Year's Day") == "XXXX-01-01"
    assert yearless_date("Easter") is None  # a movable feast: no month-day without its year
    assert yearless_date("last Christmas") is None  # counted from a day the record does not give


def test_a_with_participle_is_told_at_its_verbs_time(analyse) -> None:
    text = ("The operation was launched on Christmas Eve, with 150 police commandos attacking a ranch in a "
            "rural area of Meta, in eastern Colombia.")
    assert _dated(analyse, text, "attacking") == [("XXXX-12-24", "Christmas Eve")]


def test_the_attackers_go_on_with_the_happening_told_before(analyse) -> None:
    text = ("Killings in Rio Rise Again\n\nViolence in the state is on the rise again. On June 3, at least 12 people were killed in the town of Osasco in "
            "a string of shootings which lasted two hours. According to residents, the gunmen targeted young "
            "men with criminal records.")
    assert _dated(analyse, text, "targeted") == [("XXXX-06-03", "June 3")]


def test_the_attackers_doing_another_act_take_no_day(analyse) -> None:
    text = ("Killings in Rio Rise Again\n\nViolence in the state is on the rise again. On June 3, at least 12 people were killed in the town of Osasco in "
            "a string of shootings which lasted two hours. According to residents, the gunmen also targeted "
            "young men with criminal records.")
    assert all(date is None for date, _ in _dated(analyse, text, "targeted"))


def test_a_harm_after_an_act_of_force_takes_its_day(analyse) -> None:
    text = ("A trader was shot and injured after two unidentified gunmen opened fire inside his shop at Main "
            "Road in Dimapur District in the evening of November 2.")
    assert _dated(analyse, text, "shot") == [("XXXX-11-02", "November 2")]


def test_a_harm_after_an_abduction_takes_not_its_day(analyse) -> None:
    text = ("The body of a trader was found in a forest in Dimapur District. The trader was killed after "
            "militants abducted him from his shop on November 2.")
    assert all(date is None for date, _ in _dated(analyse, text, "killed"))


RUN_ON = ("A Border Security Force BSF trooper identified as Ramesh Kumar was killed and a Police man "
          "identified as Bashir Ahmed was injured as they foiled an attempt by Jaish e Mohammad militants to "
          "storm into their camp at Bemina area of Srinagar early on March 12 reports Daily Excelsior A BSF "
          "spokesman said that in the early hours on March 12 militants armed with rifles were seen approaching "
          "the camp The sentries opened fire as they noticed two persons carrying weapons he said As the troops "
          "searched the building the militants opened fire in which one BSF man was killed and another Police "
          "man was injured Police and BSF rescued around 15 persons including children from the area They were "
          "taken to safer places")


def test_another_victim_opens_no_new_incident_in_a_run_on_lead(analyse) -> None:
    assert set(_dated(analyse, RUN_ON, "rescued")) == {("XXXX-03-12", "March 12")}


def test_another_incident_still_ends_the_leads_day(analyse) -> None:
    text = RUN_ON.replace("As the troops searched", "In another incident troops searched")
    assert (None, None) in _dated(analyse, text, "killed")  # the toll told after the turn
