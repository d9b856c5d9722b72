"""Senses and modality of the seventh round (events/senses.py, sense_rules.csv): a rescue of people told as
abducted frees captives, a security operation and no humanitarian aid (073), even where the captivity is told
only by a participle verb; a rescue of flood victims stays aid."""

from __future__ import annotations

from newsevents.model import ArticleResult


def codes(result: ArticleResult) -> set[str]:
    """The CAMEO codes of the article's events."""
    return {e.cameo for e in result.events}


def test_a_rescue_of_people_told_abducted_is_no_aid(analyse) -> None:
    result = analyse("Soldiers have launched an operation in the hills to rescue three engineers, abducted on "
                     "Monday by rebels of the liberation front for a ransom, reports a local daily.")
    assert "073" not in codes(result)


def test_a_rescue_of_a_man_who_was_kidnapped_is_no_aid(analyse) -> None:
    result = analyse("Police rescued a trader, who was kidnapped by armed men last week, from a forest camp.")
    assert "073" not in codes(result)


def test_a_rescue_of_flood_victims_stays_aid(analyse) -> None:
    result = analyse("The Indian army rescued 40 villagers stranded by floods in Assam on Monday.")
    assert "073" in codes(result)
