"""The other party of an event noun that names none of its own, read from the clause around it (session 41,
issue 10): talks or negotiations told in the adjunct of an act done with a partner were held with that partner
("after weeks of negotiations, the company reached an agreement with the union",
noun_arguments `_adjunct_verb_partner`); an attack driven off was made on the one who drove it off ("its troops
repelled an Iranian attack", `party_words.csv` repel_verb, `_repelled_by`). All sentences written for these
tests, after the corpus wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import assert_mention, mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-03-01"


# -- 1. talks in an adjunct of an act done with a partner ---------------------------------------------------

@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("After months of negotiations, Mexico signed a deal with its creditor banks.", "046", "MEXGOV", "BUS"),
    ("Following talks in Manila, the Philippines reached an accord with the International Monetary Fund.",
     "040", "PHLGOV", "IGOUNOIMF"),
    ("The company reached a tentative agreement with the union on Friday after five weeks of negotiations.",
     "046", "BUS", "LAB"),
])
def test_talks_before_an_act_with_a_partner_are_held_with_it(
        analyse: Analyse, text: str, code: str, source: str, target: str) -> None:
    assert_mention(analyse(text, DAY), code, source, target)


def test_a_with_phrase_of_an_act_with_no_partner_names_no_side_of_the_talks(analyse: Analyse) -> None:
    # chatting is no meeting, agreement or cooperation: the talks were not with the one chatted with
    found = mention_codes(analyse("Hubbard chatted briefly with Reynolds after the meeting.", DAY))
    assert not any(c.startswith("04") and t is not None for c, _, t in found), found


# -- 2. an attack driven off was made on the one who drove it off ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Iraq said its troops repelled an overnight Iranian attack near the port city of Basra.",
    "Iraq said its troops repulsed an attack by two divisions of Iranian Revolutionary Guards near Basra.",
])
def test_an_attack_repelled_targets_the_repeller(analyse: Analyse, text: str) -> None:
    assert_mention(analyse(text, DAY), "190", "IRN", "IRQ")


def test_an_attack_on_a_repellers_positions_targets_it(analyse: Analyse) -> None:
    text = "Iraq said it had repelled an Iranian attack on positions held by its fourth army corps."
    assert_mention(analyse(text, DAY), "190", "IRN", "IRQ")


def test_an_attack_with_its_own_target_keeps_it(analyse: Analyse) -> None:
    # guard: the attack names whom it was made on; the repeller is not put in its place
    assert_mention(analyse("Iraq said its troops repelled an Iranian attack on a Kuwaiti tanker.", DAY),
                   "190", "IRN", "KWT")
