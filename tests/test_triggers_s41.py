"""Session 41: "opened firing" and "opened gunfire" are opening fire (event_triggers.csv, open + fire|firing|gunfire),
as "opened fire" was: the shooting had been lost when a report wrote the noun another way. Sentences written for
these tests in the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2012-08-20"


def test_opened_indiscriminate_firing_on_a_force_is_shooting_at_it(analyse: Analyse) -> None:
    result = analyse("The troopers were returning from an operation when armed Maoists opened indiscriminate firing "
                     "on the Security Forces in Sukma District on August 19.", DAY)
    assert ("INDREB", "INDMIL") in readings(result, "opened") or ("INDREB", "INDCOP") in readings(result, "opened"), \
        readings(result, "opened")


def test_opened_gunfire_names_the_shooters(analyse: Analyse) -> None:
    result = analyse("Suspected NSCN-IM militants opened gunfire on a police patrol in Ukhrul District on "
                     "August 19.", DAY)
    assert {source for source, _ in readings(result, "opened")} == {"INDREB"}, readings(result, "opened")


def test_an_opened_inquiry_is_no_shooting(analyse: Analyse) -> None:
    result = analyse("The state government opened an inquiry into the firing on the protesters on August 19.", DAY)
    assert all(e.cameo[:2] not in {"18", "19"} for e in result.events if any(
        m.trigger == "opened" for m in e.mentions)), [e.cameo for e in result.events]


def test_a_growers_commodity_association_is_agriculture(analyse: Analyse) -> None:
    # org_words.csv: a body of the farmers who grow a crop or raise stock is AGR (CAMEO actor codebook), not a firm
    result = analyse("The Iowa Soybean Association urged the Agriculture Department on Monday to raise the "
                     "loan rate.", "1987-03-10")
    assert ("USAAGR", "USAGOV") in readings(result, "urged") or any(
        s == "USAAGR" for s, _ in readings(result, "urged")), readings(result, "urged")


def test_a_processors_association_stays_business(analyse: Analyse) -> None:
    result = analyse("The National Soybean Processors Association urged the Agriculture Department on Monday to "
                     "raise the loan rate.", "1987-03-10")
    assert all(s is None or s.endswith("BUS") for s, _ in readings(result, "urged")), readings(result, "urged")
