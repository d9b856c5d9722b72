"""A comma glued between a day and the next word ("on June 14,reports Greater Kashmir") is split off before
parsing, so the date and the credit are read; a comma inside a number stays."""

from __future__ import annotations

from spacy.language import Language

from newsevents import ArticleResult


def test_glued_comma_after_a_day_is_its_own_token(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("in Sopore on June 14,reports Greater Kashmir.")]
    assert words[words.index("14"):words.index("14") + 3] == ["14", ",", "reports"]


def test_glued_comma_before_an_article_is_split(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("Earlier on November 30,a constable was abducted.")]
    assert "30" in words and "a" in words


def test_thousands_keep_their_commas(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("Avg shrs 4,512,806 vs 1,000 and 12,000th.")]
    assert "4,512,806" in words and "1,000" in words


def test_glued_credit_no_longer_hides_the_day(analyse) -> None:
    result: ArticleResult = analyse(
        "Militants hurled a grenade at a police post in Sopore area of Baramulla District on June 14,reports "
        "Greater Kashmir. Police said the grenade exploded on the road.", "2016-06-16")
    dates = {ev.date for ev in result.events if ev.mentions[0].trigger.lower().startswith("hurl")}
    assert dates == {"2016-06-14"}
