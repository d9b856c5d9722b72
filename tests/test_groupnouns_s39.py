"""A sector named as a body of people (data/roles.csv: "private enterprise", "industry representatives",
"government quarters", "farm groups", ...) is a party of the act, as a CAMEO coder codes it: the sector its noun
gives, of the country its own nationality word names, else of the story's country; the same words modifying
another noun ("industry output") name no party."""

from __future__ import annotations

from newsevents import ArticleResult


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_private_enterprise_urged_is_the_countrys_business(analyse) -> None:
    result = analyse("RIYADH, March 19 - Saudi Arabia cut its budget again. The government is now urging "
                     "private enterprise to lead the economy.", "1987-03-19")
    assert ("SAUGOV", "SAUBUS") in parties(result, "02")


def test_industry_representatives_asked_are_business(analyse) -> None:
    result = analyse("WASHINGTON, March 25 - Congressman Huckaby of Louisiana said he had asked sugar industry "
                     "representatives to consider how output could be limited.", "1987-03-25")
    assert any(target == "USABUS" for _, target in parties(result, "02"))


def test_calls_from_government_quarters_rejected_are_the_governments(analyse) -> None:
    result = analyse("TOKYO, March 25 - Japan's economy is slowing. The business leader rejected calls from "
                     "some government quarters for higher wages this year.", "1987-03-25")
    assert any(target == "JPNGOV" for _, target in parties(result, "12"))


def test_a_nationality_word_on_the_group_wins_over_the_story(analyse) -> None:
    result = analyse("TOKYO, March 25 - Japan's economy is slowing. U.S. industry officials accused Japan of "
                     "dumping microchips.", "1987-03-25")
    assert any(source == "USABUS" for source, _ in parties(result, "11"))


def test_a_sector_word_modifying_a_noun_is_no_party(analyse) -> None:
    result = analyse("WASHINGTON, March 25 - The U.S. economy grew. Private industry investment fell two pct "
                     "in February.", "1987-03-25")
    assert not any("BUS" in (e.name or "") or (e.actor and e.actor.code and e.actor.code.endswith("BUS"))
                   for e in result.entities)
