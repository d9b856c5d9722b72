"""An arrangement "agreed with" a named party, the participle on the noun naming it, is an agreement concluded
(CAMEO 057), not a pledge (030); "agreed with X to ..." as a clause's verb keeps its own rows."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_a_package_agreed_with_a_lender_is_a_concluded_agreement(analyse: Analyse) -> None:
    for text in ("Tanzania has begun to restructure loss-making state firms in line with a package agreed with "
                 "the IMF.", "The protest was aimed at measures agreed with the International Monetary Fund, "
                 "including a devaluation of the pound."):
        agreed = [e for e in analyse(text, "1987-03-02").events if e.mentions[0].trigger == "agreed"]
        assert [e.cameo for e in agreed] == ["057"], text
        assert agreed[0].target is not None and agreed[0].target.code == "IGOUNOIMF"


def test_agreeing_with_a_view_is_still_no_agreement(analyse: Analyse) -> None:
    result = analyse("The minister said he agreed with analysts who called the currency overvalued.",
                     "1987-03-02")
    assert all(e.cameo != "057" for e in result.events)
