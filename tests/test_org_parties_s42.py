"""Organisations and officials named as a party (issue 9 of the Reuters audit, session 42): a company's
officer by his rank or department, a company placed by "of <country>" after the wire's bracket, a minister
titled with his portfolio after "for", a board named by its company's name, and pressure groups. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-06"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("NEW YORK, April 6 - Acme Drug Co said it will ship the new drug this month.\n"
     "    Laura Benton, vice president of investor relations, said the drug would be costly.", "Laura Benton",
     "BUS"),
    ("NEW YORK, April 6 - Acme Drug Co said it will ship the new drug this month.\n"
     "    Acme senior vice president Walter Greene said the drug would be costly.", "Walter Greene", "USABUS"),
    ("NEW YORK, April 6 - Acme Drug Co said it will ship the new drug this month.\n"
     "    Walter Greene, executive vice president, said the drug would be costly.", "Walter Greene", "USABUS"),
])
def test_company_officer_is_business(analyse: Analyse, text: str, name: str, code: str) -> None:
    # (a department's vice president is placed by no country word here: his sector is what is checked)
    assert (code_of(analyse(text, DAY), name) or "").endswith(code)


def test_bracketed_company_of_country(analyse: Analyse) -> None:
    text = ("HOUSTON, April 6 - Gulfstar Energy Inc said it reached an agreement with (Prairie Fields Gas Ltd) "
            "of Canada to import natural gas for its customers.")
    assert code_of(analyse(text, DAY), "Prairie Fields Gas Ltd") == "CANBUS"


def test_minister_titled_with_portfolio(analyse: Analyse) -> None:
    text = ("OTTAWA, April 6 - Minister of State for Finance Paul Lavigne said he has asked the banks "
            "for an explanation of credit card rates.")
    assert ("020", "CANGOV", None) in mention_codes(analyse(text, DAY))


def test_portfolio_title_keeps_its_country(analyse: Analyse) -> None:
    text = ("TOKYO, April 6 - Japan should open its rice market, visiting U.S. Under-Secretary of State for "
            "Economic Affairs Ralph Meyers told reporters.")
    assert (code_of(analyse(text, DAY), "Ralph Meyers") or "").startswith("USA")


def test_board_named_by_its_company(analyse: Analyse) -> None:
    text = ("NEW YORK, April 6 - Harlan Capital Inc said it is still offering to acquire Keystone Utilities "
            "Inc for 40 dlrs a share.\n    The Keystone Utilities board rejected the offer last week.")
    sources = {source for code, source, _ in mention_codes(analyse(text, DAY)) if code == "120"}
    assert sources == {"USABUS"}


def test_pressure_groups_are_ngos(analyse: Analyse) -> None:
    text = ("MANILA, April 6 - President Corazon Aquino announced a land reform plan on Monday.\n"
            "    Land reform pressure groups have called on Aquino to hand her family's estate to its tenants.")
    found = mention_codes(analyse(text, DAY))
    assert any(code.startswith("02") and (source, target) == ("PHLNGO", "PHLGOV") for code, source, target in found)
