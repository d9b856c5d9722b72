"""The other side of an act agreed to, named by a with-phrase on the noun of what is agreed ("agreed to an
interview with X", "agreed to a merger with X"): the parser hangs the with-phrase on that noun, not on the
verb. Only a named party counts; a manner or a backer is no partner."""

from __future__ import annotations

from conftest import readings


def test_an_interview_agreed_to_with_a_paper_names_the_paper(analyse) -> None:
    result = analyse("The former mayor agreed to a radio interview with the Guardian on Tuesday.", "2015-05-04")
    targets = {t for _, t in readings(result, "agreed")}
    assert any(t and t.endswith("MED") for t in targets), readings(result, "agreed")


def test_a_merger_agreed_to_with_a_company_names_it(analyse) -> None:
    result = analyse("Ferrox Mining Corp said it agreed to a merger with Dalton Minerals Inc.", "1987-04-02")
    targets = {t for _, t in readings(result, "agreed")}
    assert targets and all(t and t.endswith("BUS") for t in targets), readings(result, "agreed")


def test_a_manner_or_a_backer_is_no_partner(analyse) -> None:
    for text in ("The council agreed to the plan with some reluctance.",
                 "The German government agreed to the proposal with the support of France."):
        result = analyse(text, "1987-04-02")
        assert all(t is None for _, t in readings(result, "agreed")), readings(result, "agreed")
