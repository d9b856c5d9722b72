"""The extractive summary: three informative, distinct sentences, in article order, with offsets."""

from __future__ import annotations

from conftest import EXAMPLES

REPEATED_LEDE = """Ministers agree to restore dialogue
Chinese Foreign Minister Wang Yi held talks with Australian Foreign Minister Penny Wong in Beijing on Wednesday.
Chinese Foreign Minister Wang Yi held talks with Australian Foreign Minister Penny Wong in Beijing on Wednesday.
Wang said the two sides should seek common ground while reserving differences.
Wong raised the case of detained Australian citizens and the trade barriers on Australian wine and barley.
The weather in Beijing was cold.
Both sides agreed to restore regular dialogue on trade, climate and consular matters."""


def test_summary_has_three_distinct_sentences_in_article_order(analyse) -> None:
    result = analyse(REPEATED_LEDE, "2022-12-21")
    assert len(result.summary) == 3
    texts = [s.text for s in result.summary]
    assert len(set(texts)) == 3
    indexes = [s.sentence_index for s in result.summary]
    assert indexes == sorted(indexes)
    for s in result.summary:
        assert REPEATED_LEDE[s.start:s.end] == s.text


def test_summary_prefers_sentences_that_report_events(analyse) -> None:
    result = analyse(REPEATED_LEDE, "2022-12-21")
    texts = " ".join(s.text for s in result.summary)
    assert "held talks" in texts
    assert "The weather in Beijing was cold." not in texts


def test_short_article_summary_is_its_sentences(analyse) -> None:
    text = "Talks resume\nIndian and Chinese commanders met at the border on Monday to discuss the standoff."
    result = analyse(text, "2022-12-19")
    assert [s.text for s in result.summary] == [
        "Indian and Chinese commanders met at the border on Monday to discuss the standoff."]


def test_every_bundled_example_has_a_distinct_summary(example) -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        result = example(path.name)
        texts = [s.text for s in result.summary]
        assert 1 <= len(texts) <= 3 and len(set(texts)) == len(texts), path.name
