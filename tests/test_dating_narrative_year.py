"""Dates: a month named without a year in a story with no publication date takes the year its narrative is in.

- when the story's latest time (`context_year`) leaves the year open (a later year is named otherwise), a
  month phrase ("In November") takes the year of the time told with its month just before it, in its
  sentence or the one before ("accused ... in March 2013. In November, police captured": November 2013);
  month phrases told since carry it on ("In November ... and in February": the next year);
- not from a bare year in the sentence before ("signed a treaty in 2011. Additionally, in June ...": the
  story may be back in its own year), nor from a time two sentences back, nor from a span of years.
"""

from __future__ import annotations

from conftest import event_on

LATER_YEAR = " As of 2017, the brothers remain in a Tegucigalpa prison awaiting trial."


def _date(analyse, text: str, trigger: str) -> str | None:
    return event_on(analyse(text), trigger).date


def test_month_takes_the_year_told_in_the_sentence_before(analyse) -> None:
    text = ("Honduran prosecutors link the trafficker to the Ramos Paz clan, which the United States accused of "
            "money laundering in March 2013. In November, Honduran police captured Mario Ramos Paz and "
            "Ernesto Ramos Paz." + LATER_YEAR)
    assert _date(analyse, text, "captured") == "2013-11"


def test_month_phrases_told_since_carry_the_year_on(analyse) -> None:
    text = ("Honduran prosecutors link the trafficker to the Ramos Paz clan, which the United States accused of "
            "money laundering in September 2013. In November, Honduran police captured Mario Ramos Paz, and "
            "in February he was extradited to the United States." + LATER_YEAR)
    assert _date(analyse, text, "captured") == "2013-11"
    assert _date(analyse, text, "extradited") == "2014-02"


def test_a_bare_year_in_the_sentence_before_leaves_the_month_open(analyse) -> None:
    text = ("Paraguay and Venezuela signed a cooperation treaty worth $300 million in 2011. Additionally, in "
            "June Paraguayan President Horacio Cartes met his Venezuelan counterpart in Asuncion." + LATER_YEAR)
    assert _date(analyse, text, "met") == "XXXX-06"  # the month told, its year open


def test_a_time_two_sentences_back_is_too_far(analyse) -> None:
    text = ("The United States accused the Ramos Paz clan of money laundering in March 2013. The clan's "
            "leaders have long run cattle ranches along the border with Guatemala. In November, Honduran "
            "police captured Mario Ramos Paz." + LATER_YEAR)
    assert _date(analyse, text, "captured") == "XXXX-11"  # the month told, its year open
