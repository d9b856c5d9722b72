"""Dates: each listed party of one act takes the day of its own conjunct or list item, and a window of days
joined by a slash ("April 15/May 15") is no date."""

from __future__ import annotations

from datetime import date

from newsevents.when import names_a_time, resolve_event_date, slash_window


def _dates_by_target(result) -> dict[str, set[str | None]]:
    """Each event's target name (its entity's) -> the dates its events carry."""
    names = {e.id: e.name for e in result.entities}
    out: dict[str, set[str | None]] = {}
    for event in result.events:
        if event.target is not None and event.target.entity_id in names:
            out.setdefault(names[event.target.entity_id], set()).add(event.date)
    return out


def test_each_arrested_party_takes_the_day_told_after_it(analyse) -> None:
    text = "Police arrested Juan Ortega on March 30, 2011, Byron Linares on June 18 and Elio Lorenzo on November 8."
    dates = _dates_by_target(analyse(text))
    assert dates["Juan Ortega"] == {"2011-03-30"}
    assert dates["Byron Linares"] == {"2011-06-18"}


def test_each_item_of_a_semicolon_list_keeps_its_own_day(analyse) -> None:
    text = ("The allies lost five bosses: Mauro Ramirez, captured on October 2, 2010; Juan Ortega alias "
            "\"Chamo,\" captured on March 30, 2011; Waldemar Lorenzo Lima (the top leader) captured on April 26, "
            "2011; Byron Linares Cordon, captured on June 18, 2011; and Elio Lorenzo Cordon (Lorenzo Lima's son), "
            "captured on November 8, 2011.")
    dates = _dates_by_target(analyse(text))
    assert dates["Linares Cordon"] == {"2011-06-18"}
    assert dates["Elio Lorenzo Cordon"] == {"2011-11-08"}


def test_a_date_of_another_thing_after_a_party_is_not_its_day(analyse) -> None:
    text = "Police arrested Juan Ortega on March 30, 2011, and Byron Linares, a suspect in the June 18 killing."
    for dates in _dates_by_target(analyse(text)).values():
        assert dates == {"2011-03-30"}


def test_a_slash_window_of_days_is_no_date() -> None:
    assert slash_window("April 15/May 15") and slash_window("15/May 15")
    assert not slash_window("9/11") and not slash_window("March 15")
    assert not names_a_time("15/May 15")
    assert resolve_event_date("15/May 15", date(1987, 4, 9)).date is None


def test_a_sale_for_a_shipment_window_is_dated_by_its_tender(analyse) -> None:
    text = ("A London trader said it sold one cargo of white sugar to India for shipment April 15/May 15 at "
            "yesterday's tender.")
    assert {e.date for e in analyse(text, "1987-04-09").events if e.cameo.startswith("06")} == {"1987-04-08"}
