"""Event parties (events/parties.py) a sentence names through a body's installation whose kind is told by an
extra common noun: "an army check post", "a police patrol vehicle", "a CRPF check post" are the army's, the
police's and the CRPF's, as "an army post" is. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def codes(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every event mention of the article."""
    return {(m.source.code if m.source else None, m.target.code if m.target else None)
            for e in result.events for m in e.mentions}


@pytest.mark.parametrize(("text", "target"), [
    ("Suspected militants attacked an army check post in Kupwara district of Jammu and Kashmir on Sunday.",
     "INDMIL"),
    ("Militants fired at a police patrol vehicle in Sopore town of Baramulla district in Jammu and Kashmir.",
     "INDCOP"),
    ("Militants lobbed a grenade at a CRPF check post in Pulwama district of Jammu and Kashmir.", "INDCOP"),
])
def test_a_bodys_installation_of_a_named_kind_is_the_body(analyse: Analyse, text: str, target: str) -> None:
    found = codes(analyse(text, DAY))
    assert any(t == target for _, t in found), found


def test_a_kind_word_with_no_body_names_no_target(analyse: Analyse) -> None:
    found = codes(analyse("Militants attacked a border check post in Kupwara district of Jammu and Kashmir.",
                          DAY))
    assert all(t is None for _, t in found), found


# -- a fight in an active violent verb's adjunct is fought by the verb's doer ----------------------------------

def test_a_fight_in_an_active_killings_adjunct_is_the_killers(analyse: Analyse) -> None:
    found = codes(analyse("Militants killed a shopkeeper in an encounter with troops in Kupwara district of "
                          "Jammu and Kashmir on Sunday.", DAY))
    assert ("INDREB", "INDMIL") in found, found
    assert (None, "INDMIL") not in found, found


def test_a_passive_killings_fight_still_names_the_killer(analyse: Analyse) -> None:
    found = codes(analyse("A soldier was killed in an encounter with militants in Kupwara district of Jammu and "
                          "Kashmir on Sunday.", DAY))
    assert found == {("INDREB", "INDMIL")}, found


# -- a killing told as a noun names its victim, also one told only as someone's kin ----------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("The family condemned the murder of his son by drug traffickers in Tijuana, Mexico, last week.",
     ("MEXCRM", "MEXCVL")),
    ("Residents protested the killing of two traders by unidentified gunmen in Quetta, Pakistan.",
     ("PAKUAF", "PAKBUS")),
])
def test_a_killing_noun_names_doer_and_victim(analyse: Analyse, text: str, pair: tuple[str, str]) -> None:
    found = codes(analyse(text, DAY))
    assert pair in found, found


# -- a fight the harmed suffered in: the side not harmed is the source ------------------------------------------

def test_the_side_not_harmed_in_a_fight_is_its_source(analyse: Analyse) -> None:
    found = codes(analyse("Three police personnel were injured in a fierce encounter with Maoists in Narayanpur "
                          "District of Chhattisgarh on June 14.", DAY))
    assert ("INDREB", "INDCOP") in found, found
    assert (None, "INDREB") not in found, found


def test_a_killing_and_an_injury_in_one_fight_read_once(analyse: Analyse) -> None:
    found = codes(analyse("Two militants were killed and a soldier injured in an encounter with troops in "
                          "Kupwara district of Jammu and Kashmir on Sunday.", DAY))
    assert found == {("INDMIL", "INDREB")}, found


def test_kin_of_a_named_group_is_no_civilian(analyse: Analyse) -> None:
    found = codes(analyse("Police in Honduras arrested the youngest brother of the Rivera Maradiaga clan in "
                          "San Pedro Sula on Monday.", DAY))
    assert all((t or "")[-3:] != "CVL" for _, t in found), found
