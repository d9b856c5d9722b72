"""Session 37: a deal's counterpart written as a news wire's angle-bracketed firm name right after the deal's
verb ("agreed to acquire <X Inc>", "to sell <X> to <Y>"): `lines.read_wire_names` reads it as the verb's
object, as it does after a preposition, so the parser no longer starts a new sentence at the bracket and the
deal keeps its other party. Sentences written for these tests in the manner of 1987 wire copy."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult, Pipeline
from newsevents.lines import read_wire_names

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-12"


def target_names(result: ArticleResult, trigger: str) -> set[str]:
    """The names of the target entities of the readings whose trigger word is `trigger`."""
    names = {e.id: e.name for e in result.entities}
    return {names.get(m.target.entity_id, "") for ev in result.events for m in ev.mentions
            if m.trigger == trigger and m.target and m.target.entity_id}


def test_a_bracketed_firm_agreed_to_be_acquired_is_the_deals_counterpart(analyse: Analyse) -> None:
    result = analyse("<Delmar Industries Inc> said it agreed to acquire <Harbor Marine Supply Co> for 12 mln "
                     "dlrs in cash.", DAY)
    named = target_names(result, "agreed")
    assert any(n.startswith("Harbor Marine Supply") for n in named), (named, readings(result, "agreed"))


def test_a_bracketed_firm_in_a_letter_of_intent_to_buy_is_the_counterpart(analyse: Analyse) -> None:
    result = analyse("Pinecrest Bancorp said it signed a letter of intent to purchase <Lakeland Federal Savings "
                     "Bank> for stock.", DAY)
    named = target_names(result, "signed")
    assert any(n.startswith("Lakeland Federal Savings") for n in named), (named, readings(result, "signed"))


def test_a_bracketed_firm_sold_to_a_buyer_leaves_the_buyer_the_counterpart(analyse: Analyse) -> None:
    # what is sold is no party of the sale: the deal is with the buyer
    result = analyse("Dunmore Foods Plc said its <Westlake Inc> unit had agreed to sell <Coastal Cleaning Co> to "
                     "<Ridgeway Holdings Inc> of Ohio for 20 mln dlrs cash.", DAY)
    named = target_names(result, "agreed")
    assert any(n.startswith("Ridgeway Holdings") for n in named), (named, readings(result, "agreed"))
    assert not any(n.startswith("Coastal Cleaning") for n in named), named


def test_a_deal_verbs_bracketed_object_is_read_as_its_object(pipeline: Pipeline) -> None:
    doc = read_wire_names(pipeline.nlp.make_doc("It agreed to buy <Harbor Marine Supply Co> and <Verdi "
                                                "Costruzioni Spa> said so."))
    first, second = [t for t in doc if t.text == "<"]
    assert (first.norm_, second.norm_) == ("(", "<")
    assert doc[first.i + 1].is_sent_start is False  # "Harbor" continues the sentence


def test_a_name_conjoined_to_a_wire_bracket_is_a_conjunct_of_the_bracketed_name() -> None:
    # the parse the small model gives "<Alder Resources Ltd> and Birch Resources Ltd said": "Birch ... Ltd"
    # hangs as a conjunct on the closing bracket, which hangs on "Ltd"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.events.parties import wire_bracket_conjuncts
    words = ["<", "Alder", "Resources", "Ltd", ">", "and", "Birch", "Resources", "Ltd", "said"]
    heads = [9, 3, 3, 9, 3, 4, 8, 8, 4, 9]
    deps = ["dep", "compound", "compound", "nsubj", "appos", "cc", "compound", "compound", "conj", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert [t.i for t in wire_bracket_conjuncts(doc[3])] == [8]
    assert wire_bracket_conjuncts(doc[8]) == []  # the second name has no bracket of its own
