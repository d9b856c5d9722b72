"""Subject pronouns read as the entity they stand for, so events and quotes have their source."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, Entity, Pipeline
from newsevents.actors.pronouns import resolve_pronouns
from newsevents.model import Mention


def sources(pipeline: Pipeline, text: str, trigger: str) -> set[str | None]:
    result = pipeline.analyse(Article(id="t", text=text, published=date(1987, 5, 2)))
    return {m.source.code if m.source else None for e in result.events for m in e.mentions
            if m.trigger == trigger}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Indonesian Energy Minister Subroto arrived in Vienna on Sunday. He urged OPEC to cut output.", "urged",
     "IDNGOV"),
    ("Iran said it would attack Iraq if the talks failed.", "attack", "IRNGOV"),
])
def test_a_subject_pronoun_is_its_antecedent(pipeline: Pipeline, text: str, trigger: str, code: str) -> None:
    assert sources(pipeline, text, trigger) == {code}


def test_a_pronoun_with_two_possible_antecedents_stays_unresolved(pipeline: Pipeline) -> None:
    text = ("Japanese Trade Minister Hajime Tamura met U.S. Trade Representative Clayton Yeutter in Tokyo. "
            "Later, he urged Seoul to open its markets.")
    assert sources(pipeline, text, "urged") <= {None, "JPNGOV"}


@pytest.mark.parametrize(("second", "resolved"), [("It cut prices on Monday.", True),
                                                 ("It is expected that prices will fall.", False)])
def test_it_is_the_organisation_before_unless_it_is_empty(pipeline: Pipeline, second: str, resolved: bool) -> None:
    doc = pipeline.nlp(f"Ford Motor Co said sales fell. {second}")
    ford = Entity("e1", "Ford Motor Co", "ORG", (Mention(0, 13, "Ford Motor Co"),))
    found = resolve_pronouns(doc, [ford], {0: "e1", 1: "e1", 2: "e1"})
    it = next(t.i for t in doc if t.text == "It")
    assert (found.get(it) == "e1") is resolved
