"""A comment withheld, told by its own negation or object, is CAMEO 011 (decline comment), as "declined to
comment" is: "said it would not comment", "had no comment", "declined comment"; the event is the refusal, so it
is not negated. A comment made, a silence ("has not commented") or a comment withheld by no coded party is no
event (sentences we wrote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def declined(analyse: Analyse, text: str) -> set[tuple[str | None, bool]]:
    """(source code, negated) of every 011 event of `text`."""
    result = analyse(text, "1987-04-08")
    return {(e.source.code if e.source else None, e.negated) for e in result.events if e.cameo == "011"}


@pytest.mark.parametrize(("text", "source"), [
    ("The U.S. Commerce Department said it could not comment on market rumours.", "USAGOV"),
    ("A spokesman for the U.S. Commerce Department said it would not comment on the offer.", "USAGOV"),
    ("Borden Inc had no comment on the lawsuit.", "USABUS"),
    ("The U.S. Commerce Department made no comment on the offer.", "USAGOV"),
    ("A U.S. Commerce Department spokesman declined comment on the report.", "USAGOV"),
    ("A Mexican government spokesman said it would not comment on the arrests.", "MEXGOV"),
])
def test_a_withheld_comment_is_declined_comment(analyse: Analyse, text: str, source: str) -> None:
    assert declined(analyse, text) == {(source, False)}


@pytest.mark.parametrize("text", [
    "Borden Inc commented on the offer on Tuesday.",  # a comment made
    "Borden Inc said the comment was unfair.",  # a comment named, none withheld
    "Analysts would not comment on the offer.",  # no coded party withholds it
    "The Mexican government has not commented on the arrests.",  # a silence, no refusal
    "Borden Inc did not comment on the offer.",
])
def test_no_withheld_comment_no_declined_comment(analyse: Analyse, text: str) -> None:
    assert declined(analyse, text) == set()
