"""Event dates, session 45: a lede's act told again with its time in the next sentences. A perfect told
again by the same verb on the same people named in other words ("The president and two senior managers ... have
been arrested ... bank president Paolo Rinaldi and two managers were arrested last night") takes that time; and a
story's first sentence that sums up an undated done act ("Authorities in Peru have captured a drug
trafficker") takes the day the next sentence gives an act of the same kind, the same act told in detail
("... was arrested by police on March 14"), not one of another kind, of others, or over a stretch."""

from __future__ import annotations

import pytest

from newsevents.events.dating import _lede_act_detailed_next
from newsevents.model import ArticleResult


def lede_dates(result: ArticleResult, trigger: str) -> set[str | None]:
    """The dates of the event mentions on `trigger` in the first sentence; the test fails when there is none."""
    found = {m.date for e in result.events for m in e.mentions
             if m.trigger == trigger and m.sentence_index == 0}
    assert found, f"no event on {trigger!r} in the lede: {[e.mentions[0].trigger for e in result.events]}"
    return found


BANK = (
    "The president and two senior managers of an Italian savings bank have been arrested on embezzlement "
    "charges, police said.\n"
    "    A police officer told reporters bank president Paolo Rinaldi and two managers were arrested last "
    "night.\n")


def test_a_perfect_told_again_on_the_same_people_in_other_words_takes_its_time(analyse) -> None:
    assert lede_dates(analyse(BANK, "1987-05-12"), "arrested") == {"1987-05-11"}


def test_others_told_as_arrested_too_give_the_lede_no_time(analyse) -> None:
    text = BANK.replace("bank president Paolo Rinaldi and two managers were arrested",
                        "two other managers were also arrested")
    assert lede_dates(analyse(text, "1987-05-12"), "arrested") == {"1987-05-12"}


TRAFFICKER = (
    "Authorities in Peru have captured a drug trafficker who ran a cocaine route to Bolivia, highlighting "
    "the growing role of the southern highlands in the drug trade.\n"
    "Juan Perez Soto, alias \"El Flaco,\" was arrested by police on March 14 in the city of Puno, the "
    "Interior Ministry said.\n")


def test_a_summing_lede_takes_the_day_its_detail_gives_an_act_of_its_kind(analyse) -> None:
    assert lede_dates(analyse(TRAFFICKER), "captured") == {"XXXX-03-14"}


def test_an_announced_arrest_takes_the_day_of_the_capture_told_next(analyse) -> None:
    text = ("Honduras has announced the arrest of a suspected gang leader tied to the killing of six bus "
            "drivers, in a case that shows the reach of extortion rings in the country.\n"
            "Police captured Carlos Mejia Lopez on August 9 at a house in San Pedro Sula, La Prensa reported.\n")
    assert lede_dates(analyse(text), "announced") == {"XXXX-08-09"}


def test_an_act_of_another_kind_in_the_next_sentence_gives_no_day(analyse) -> None:
    text = TRAFFICKER.replace("was arrested by police on March 14 in the city of Puno",
                              "saw police seize two tons of cocaine on March 14 in the city of Puno")
    assert lede_dates(analyse(text), "captured") == {None}


@pytest.mark.parametrize(("lede", "day"), [
    ("Police in Guatemala have arrested a gang leader wanted for extortion.", "May 2"),
    ("Police in Guatemala have arrested dozens of gang members over the past three months.", None),
    ("Police in Guatemala have arrested a gang leader, and two other members were also held.", "May 2"),
])
def test_the_detail_s_day_reaches_only_a_summed_up_act_of_one_day(nlp, lede: str, day: str | None) -> None:
    doc = nlp(lede + "\nGang leader Mario Ruiz was arrested on May 2 in Mixco, police said.\n")
    tok = next(t for t in doc if t.text == "arrested")
    assert _lede_act_detailed_next(tok, [tok], None) == day


def test_an_other_person_arrested_next_gives_the_lede_no_day(nlp) -> None:
    doc = nlp("Police in Guatemala have arrested a gang leader wanted for extortion.\n"
              "Two other gang members were arrested on May 2 in Mixco, police said.\n")
    tok = next(t for t in doc if t.text == "arrested")
    assert _lede_act_detailed_next(tok, [tok], None) is None
