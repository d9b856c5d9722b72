"""Lawsuits told in news (CAMEO 115, bring lawsuit against): a suit or an action filed or brought with no
against-phrase, a suit filed by its plaintiff, an injunction sought, a party named as a defendant in a suit, and
a suit that charges a party (event_triggers.csv, party_words.csv doer_verb / defendant_verb, sense_rules.csv,
events/noun_arguments.py). The plaintiff is the source, the one sued the target, never the court. All
sentences written for these tests, after 1987 wire wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import mention_codes
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "1987-04-01"


def lawsuits(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of every CAMEO 115 mention of an article."""
    return {(s, t) for code, s, t in mention_codes(result) if code == "115"}


# -- 1. a suit or an action filed or brought, with or without an against-phrase -----------------------------

@pytest.mark.parametrize("text", [
    "HOUSTON, April 1 - Baker International Corp said it has filed suit in a Texas state court to force the "
    "completion of its planned merger.",
    "NEWARK, April 1 - Bancroft Convertible Fund Inc said it filed a suit in federal court seeking to block a "
    "hostile takeover offer.",
    "LOS ANGELES, April 1 - ILC Technology Inc said it has filed a civil action in state court to recover "
    "company funds.",
])
def test_a_suit_filed_is_a_lawsuit_of_its_filer(analyse: Analyse, text: str) -> None:
    assert any(source == "USABUS" for source, _ in lawsuits(analyse(text, DAY)))


def test_a_suit_filed_by_its_plaintiff_against_a_party(analyse: Analyse) -> None:
    result = analyse("NEW YORK, April 1 - A suit filed by Pennzoil Co against Texaco Inc last year sought "
                     "damages of ten billion dlrs.", DAY)
    assert ("USABUS", "USABUS") in lawsuits(result)


def test_an_injunction_sought_against_a_party(analyse: Analyse) -> None:
    result = analyse("DETROIT, April 1 - General Motors Corp said it sought an injunction against the United "
                     "Auto Workers union.", DAY)
    assert ("USABUS", "USALAB") in lawsuits(result)


def test_legal_action_taken_against_a_party(analyse: Analyse) -> None:
    result = analyse("NEW YORK, April 1 - Allied Corp said it took legal action against Union Carbide Corp over "
                     "the unpaid royalties.", DAY)
    assert ("USABUS", "USABUS") in lawsuits(result)


# -- 2. the one sued: a party named as a defendant, a party the suit charges ------------------------------

def test_a_party_named_as_a_defendant_is_the_one_sued(analyse: Analyse) -> None:
    result = analyse("HONOLULU, April 1 - Pacific Resources Inc said it has been named as a defendant in a "
                     "lawsuit filed in California by Aetna Life and Casualty Co.", DAY)
    assert any(target == "USABUS" for _, target in lawsuits(result))


def test_a_suit_charging_a_party_is_no_state_charge(analyse: Analyse) -> None:
    result = analyse("SANTA CLARA, April 1 - Intel Corp later filed a suit charging NEC Corp with infringing "
                     "on its copyrights.", DAY)
    assert ("USABUS", "JPNBUS") in lawsuits(result)
    assert not any(code == "173" for code, _, _ in mention_codes(result))


def test_the_suit_as_subject_of_charges_is_a_lawsuit(analyse: Analyse) -> None:
    result = analyse("NEW YORK, April 1 - The suit, filed in 1983, charges Porterfield Inc with overbilling "
                     "its clients, the company said.", DAY)
    assert not any(code == "173" for code, _, _ in mention_codes(result))
    assert lawsuits(result)


# -- 3. no lawsuit: other senses of the words ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "DALLAS, April 1 - Hughes Tool Co followed suit and cut its list prices by five pct.",
    "LONDON, April 1 - The chairman wore a grey suit to the annual meeting of Acme Holdings Plc.",
    "WASHINGTON, April 1 - Senator Robert Byrd said he would bring up for Senate action a moratorium on aid.",
    "BOGOTA, April 1 - The government took action against drug traffickers in the northern provinces.",
])
def test_no_lawsuit_in_other_senses(analyse: Analyse, text: str) -> None:
    assert not lawsuits(analyse(text, DAY))
