"""A foreign suspect held with no doer and no place named (events/implied.py, data/implied_doers.csv story
'foreign'): a private person or group of another country arrested in a story of one country, the sentence
placing nothing elsewhere, is held by the story's state; a foreign official is not, nor one the sentence may
put abroad."""

from __future__ import annotations

from newsevents import ArticleResult


def implied(result: ArticleResult, root: str) -> list[str]:
    """The source codes of the events of one code prefix whose source was implied."""
    return [e.source.code or "" for e in result.events
            if e.cameo.startswith(root) and e.source is not None and e.source.basis == "implied"]


STORY = ("GUATEMALA CITY, May 3 - Guatemala's security minister spoke on Friday about cartels in Guatemala. "
         "Guatemalan officials in Guatemala say Guatemala is under pressure. ")


def test_foreign_traffickers_arrested_with_no_place_are_held_by_the_storys_state(analyse) -> None:
    result = analyse(STORY + "Two Colombian drug traffickers were arrested on Tuesday with cash in their bags.",
                     "2016-05-05")
    assert implied(result, "173") == ["GTMGOV"]


def test_a_foreign_minister_arrested_with_no_place_gets_no_implied_doer(analyse) -> None:
    result = analyse(STORY + "Colombia's former defense minister was arrested on Tuesday.", "2016-05-05")
    assert implied(result, "173") == []


def test_a_foreign_suspect_the_sentence_places_abroad_gets_no_story_doer(analyse) -> None:
    result = analyse(STORY + "Two Colombian drug traffickers were arrested on Tuesday in Madrid.",
                     "2016-05-05")
    assert "GTMGOV" not in implied(result, "173")
