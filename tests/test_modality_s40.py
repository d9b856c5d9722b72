"""Lead's session-40 rule: an event first told on a credit of its whole sentence ("..., reports The Hindu",
"According to sources, ...") keeps that modality when a later sentence retells it in the narrative's voice;
a speaker's own that-clause is no such credit (test_lead_s11)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _violence(result: ArticleResult) -> list[str]:
    return [e.modality for e in result.events if e.cameo[:2] in {"18", "19"}]


def test_an_inverted_credit_keeps_a_retold_attack_reported(analyse: Analyse) -> None:
    text = ("A police constable was hacked to death by Maoist cadres near the weekly market in Dantewada "
            "District on January 9, reports The Hindu. The attack was carried out by a small action team of "
            "the Maoists.")
    assert _violence(analyse(text, "2014-01-10")) == ["reported"]


def test_an_according_to_credit_keeps_a_retold_killing_reported(analyse: Analyse) -> None:
    for credit, lead in (("According to sources, ", "Maoist cadres shot dead a trader"),
                         ("", "Maoist cadres shot dead a trader, according to local reports,")):
        text = (f"{credit}{lead} near the weekly market in Dantewada District on Tuesday. The Maoists shot the "
                "trader when he was returning home.")
        assert _violence(analyse(text, "2014-09-18")) == ["reported"], text


def test_a_lead_in_the_narrative_voice_stays_asserted(analyse: Analyse) -> None:
    text = ("A police constable was hacked to death by Maoist cadres near the weekly market in Dantewada "
            "District on January 9. The attack was carried out by a small action team of the Maoists, the "
            "district police chief said.")
    assert _violence(analyse(text, "2014-01-10")) == ["asserted"]


def test_a_visit_its_visitor_leaves_on_next_week_is_a_plan_on_the_coming_day(analyse: Analyse) -> None:
    # published on a Monday: "on Wednesday" with a present "leaves" is the coming Wednesday
    result = analyse("Prime Minister Yasuhiro Nakasone leaves on his official visit to the United States on "
                     "Wednesday.", "1987-04-27")
    [visit] = [e for e in result.events if e.cameo == "042"]
    assert (visit.modality, visit.date) == ("intended", "1987-04-29")


def test_talks_held_on_a_coming_day_in_the_present_are_a_plan(analyse: Analyse) -> None:
    planned = analyse("Prime Minister Yasuhiro Nakasone holds talks with President Reagan on Thursday.",
                      "1987-04-27").events
    held = analyse("Prime Minister Yasuhiro Nakasone held talks with President Reagan on Thursday.",
                   "1987-04-27").events
    assert [(e.modality, e.date) for e in planned if e.cameo.startswith("04")] == [("intended", "1987-04-30")]
    assert [(e.modality, e.date) for e in held if e.cameo.startswith("04")] == [("asserted", "1987-04-23")]


def test_an_outlet_that_reports_that_relays_its_account(analyse: Analyse) -> None:
    text = ("The Assam Tribune reports that militants shot dead a trader near the weekly market in Kokrajhar "
            "District on Tuesday. The militants shot the trader when he was returning home.")
    assert _violence(analyse(text, "2014-09-18")) == ["reported"]
