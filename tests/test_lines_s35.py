"""Session 35: a news wire's angle-bracketed firm name after a preposition is that preposition's object
(lines.py `read_wire_names`): "reached agreement with <X Spa> for ...", where the small model read the bracket as
a symbol and started a new sentence at the name, so the agreement lost its partner. Sentences written for these
tests in the shape of the class."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import Article, ArticleResult, Pipeline
from newsevents.lines import read_wire_names

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-02"


def target_names(result: ArticleResult, trigger: str) -> set[str | None]:
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.target.entity_id) if m.target and m.target.entity_id else None
            for ev in result.events for m in ev.mentions if m.trigger == trigger}


def test_agreement_with_a_bracketed_firm_is_made_with_it(analyse: Analyse) -> None:
    result = analyse("Rossi Tessuti Spa said it reached agreement with <Bianchi Finanziaria Spa> for a joint "
                     "venture in leasing.", DAY)
    assert "Bianchi Finanziaria Spa" in target_names(result, "reached"), readings(result, "reached")


def test_a_joint_agreement_entered_with_a_bracketed_firm_is_entered_with_it(analyse: Analyse) -> None:
    result = analyse("Tround Systems Inc said it entered into a joint agreement with <Lucas Engineering Ltd>.", DAY)
    named = target_names(result, "entered")
    assert any((n or "").startswith("Lucas Engineering") for n in named), (named, readings(result, "entered"))


def test_brackets_keep_their_text_and_norms_after_the_parse(pipeline: Pipeline) -> None:
    result = pipeline.analyse(Article(id="t", text="Rossi Tessuti Spa said it reached agreement with <Bianchi "
                                      "Finanziaria Spa> for a joint venture."))
    assert all(not e.name.startswith("<") for e in result.entities), [e.name for e in result.entities]


def test_only_a_name_after_a_preposition_is_read(pipeline: Pipeline) -> None:
    doc = read_wire_names(pipeline.nlp.make_doc("It signed with <Bianchi Finanziaria Spa> today and <Verdi "
                                                "Costruzioni Spa> said so."))
    first, second = [t for t in doc if t.text == "<"]
    assert (first.norm_, second.norm_) == ("(", "<")
    assert doc[first.i + 1].is_sent_start is False  # "Bianchi" continues the sentence
    assert doc[second.i + 1].is_sent_start is None  # after "and" the parser decides


def test_a_one_word_listing_code_is_no_name(pipeline: Pipeline) -> None:
    doc = read_wire_names(pipeline.nlp.make_doc("It agreed with <RADT> on a merger."))
    assert [t.norm_ for t in doc if t.text == "<"] == ["<"]
