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


def modality_of(result: ArticleResult, cameo: str) -> str:
    """The modality of the one event coded `cameo`."""
    found = {e.modality for e in result.events if e.cameo == cameo}
    assert len(found) == 1, f"{cameo}: {found} in {codes(result)}"
    return found.pop()


def test_an_act_a_move_could_clear_the_way_for_is_hypothetical(analyse) -> None:
    result = analyse("The foreign ministers approved the pact, a step which could clear the way towards "
                     "establishing diplomatic ties with Portugal, officials said.")
    assert all(e.modality != "asserted" for e in result.events if e.cameo == "054")


def test_talks_an_accord_paved_the_way_for_are_no_fact(analyse) -> None:
    result = analyse("The accord paved the way for talks between Israel and Egypt.")
    assert modality_of(result, "040") == "hypothetical"


def test_ties_established_stay_asserted(analyse) -> None:
    result = analyse("Japan and China established diplomatic ties on Monday.")
    assert modality_of(result, "054") == "asserted"
