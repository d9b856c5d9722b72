"""Session 43: a protest held for a demand is against the one the demand is made of. Since efa092f the demand a
strike, march or fast is held for is coded as the protest (CAMEO 14), not as a 02/10 of its own; the party the
demand names — its from-phrase ("to demand better pay from the government", "a better deal from Brussels") or
the one pressed ("to press the government for higher wages") — is the protest's target. A demand that names no
one gives the protest none. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-10"


def protest(result: ArticleResult) -> tuple[str, str | None, str | None]:
    found = [e for e in result.events if e.cameo.startswith("14")]
    assert len(found) == 1, [(e.cameo, e.mentions[0].trigger) for e in result.events]
    event = found[0]
    return (event.cameo, event.source.code if event.source else None,
            event.target.code if event.target else None)


def test_strike_to_demand_pay_from_the_government_is_against_it(analyse: Analyse) -> None:
    result = analyse("Thousands of Brazilian police officers went on strike to demand better pay from the "
                     "government.", DAY)
    assert protest(result) == ("143", "BRACOP", "BRAGOV")
    assert not any(e.cameo.startswith("10") for e in result.events)


def test_march_to_press_the_government_is_against_it(analyse: Analyse) -> None:
    result = analyse("Bolivian teachers marched to the presidential palace in La Paz to press the government "
                     "for higher wages.", DAY)
    assert protest(result)[2] == "BOLGOV"


def test_a_demand_naming_no_one_gives_no_target(analyse: Analyse) -> None:
    result = analyse("About 2,000 Dutch dockers went on strike on Monday to demand higher pay.", DAY)
    assert protest(result)[2] is None
