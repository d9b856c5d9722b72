"""A question headline glued to its story ("...Paraguay?Paraguay has seized"), and a cleric's title the NER
took into a name typed as a body ("[Bishop Fabio Colindres]")."""

from __future__ import annotations

from datetime import date

from newsevents import Article, Pipeline
from newsevents.actors.layout import glued_headline


def test_a_glued_question_headline_is_found_only_at_the_start() -> None:
    text = "Are Phone Pirates Looking to Reach Brazil Through Paraguay?Paraguay has seized 9,000 phones."
    assert glued_headline(text) == "Are Phone Pirates Looking to Reach Brazil Through Paraguay?"
    assert glued_headline("Police said on Monday they would act. Why?Because") is None
    assert glued_headline("Paraguay has seized 9,000 fake phones, police said.") is None


def test_the_glued_headline_is_its_own_sentence_and_no_name(pipeline: Pipeline) -> None:
    text = ("Are Phone Pirates Looking to Reach Brazil Through Paraguay?Paraguay has seized 9,000 fake "
            "phones in Ciudad del Este, police said on Tuesday.")
    result = pipeline.analyse(Article(id="glued", text=text, published=date(2016, 3, 2)))
    names = {e.name for e in result.entities}
    assert not any("Looking" in n or "?" in n for n in names)
    seizures = [e for e in result.events if e.cameo.startswith("17")]
    assert seizures and all(e.source is not None and e.source.code == "PRY" for e in seizures)


def test_a_bishop_typed_as_a_body_is_a_cleric(pipeline: Pipeline) -> None:
    text = "Bishop Fabio Morales met government mediators in San Salvador on Monday."
    result = pipeline.analyse(Article(id="bishop", text=text, published=date(2013, 3, 2)))
    codes = {e.name: e.actor.code if e.actor else None for e in result.entities}
    assert codes.get("Fabio Morales") == "SLVREL"
