"""Statistics told through a pace or a stretch (events/senses.py _rate, _year_total): acts counted "at an
alarming rate", over "the same period" the text has told, or over "the three years that/since" a clause
measures are totals, no one act (CAMEO codes happenings; audits judge such counts not_event)."""

from __future__ import annotations

from conftest import event_codes as codes


def test_killings_at_an_alarming_rate_are_a_statistic(analyse) -> None:
    result = analyse("Community leaders across Guatemala were killed at an alarming rate in 2017, a rights "
                     "group said.", "2018-01-10")
    assert not {c for c in codes(result) if c.startswith("18")}


def test_a_count_over_the_same_period_is_a_statistic(analyse) -> None:
    result = analyse("Peruvian police said 120 coca farmers were arrested in 2014. At least 35 relatives of "
                     "the farmers were also murdered over the same period.", "2015-03-02")
    assert not {c for c in codes(result) if c.startswith("18")}


def test_a_count_over_years_a_clause_measures_is_a_statistic(analyse) -> None:
    result = analyse("Honduran soldiers killed 60 gang members during the three years that the operation "
                     "lasted.", "2015-03-02")
    assert not {c for c in codes(result) if c.startswith("18") or c.startswith("19")}


def test_one_killing_at_a_checkpoint_stays(analyse) -> None:
    result = analyse("Honduran soldiers killed two gang members at a checkpoint in Tegucigalpa on Monday.",
                     "2015-03-02")
    assert {c for c in codes(result) if c.startswith("18") or c.startswith("19")}


def test_a_small_count_over_the_same_period_stays(analyse) -> None:
    result = analyse("Honduran soldiers arrested two gang leaders in March. Rebels killed three soldiers in "
                     "an ambush over the same period.", "2015-03-02")
    assert {c for c in codes(result) if c.startswith("18") or c.startswith("19")}
