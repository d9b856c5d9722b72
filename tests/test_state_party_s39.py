"""A state named by its own name acting as a state (events/implied.py state_party, data/implied_sectors.csv
state_act): in appeals, talks, agreements, criticism, rejections, threats and sanctions its party is its
government (PHLGOV), as a CAMEO coder codes it; in a strike, a fight or any act of no state_act row it stays the
country alone, and a nationality word (NORP) is never made a government."""

from __future__ import annotations

from newsevents import ArticleResult


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_a_country_appealing_to_banks_is_its_government(analyse) -> None:
    result = analyse("The Philippines on Tuesday called on its creditor banks to accept a new debt plan, "
                     "officials said.", "1987-03-10")
    assert ("PHLGOV", "BUS") in parties(result, "02")


def test_a_country_urged_by_another_is_its_government_on_both_sides(analyse) -> None:
    result = analyse("Turkey on Monday urged Greece to open a dialogue over the disputed Aegean waters.",
                     "1987-03-30")
    assert ("TURGOV", "GRCGOV") in parties(result, "02")


def test_a_country_imposing_sanctions_is_its_government(analyse) -> None:
    result = analyse("The United States imposed sanctions on two Mexican businessmen on Tuesday.",
                     "2016-06-07")
    assert any(source == "USAGOV" for source, _ in parties(result, "16"))


def test_a_country_in_a_clash_stays_the_country(analyse) -> None:
    result = analyse("Pakistan fired mortar shells at Indian posts along the border on Sunday.", "2016-10-02")
    codes = [code for pair in parties(result, "1") for code in pair if code]
    assert codes and not any(code.endswith("GOV") for code in codes)


def test_a_nationality_word_is_not_made_a_government(analyse) -> None:
    result = analyse("Japanese officials criticised American producers on Friday for dumping chips.",
                     "1987-03-27")
    assert all(target != "USAGOV" for _, target in parties(result, "11"))
