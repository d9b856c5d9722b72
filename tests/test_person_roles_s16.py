"""What a person or group is (roles.csv, actors/merge.py): an unnamed man is a civilian (CVL; PETRARCH's PPL
is no CAMEO sector); a rank owned by a criminal or armed group ("its leader") is of that group's sector, not an
office of the state. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import code_of
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2019-05-03"


def _codes(result: ArticleResult) -> set[str]:
    """Every actor code of the article's events, sources and targets."""
    found: set[str] = set()
    for ev in result.events:
        for party in (ev.source, ev.target):
            if party is not None and party.code:
                found.add(party.code)
    return found


# -- 1. no PPL sector ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Maoists shot dead a man in Bijapur district of Chhattisgarh on Monday.",
    "Gunmen killed two men in Medellin, Colombia, on Sunday.",
    "Police in Honduras arrested a Honduran man in Tegucigalpa on Friday.",
])
def test_an_unnamed_man_is_no_ppl(analyse: Analyse, text: str) -> None:
    codes = _codes(analyse(text, DAY))
    assert codes, "the sentence's event should be coded"
    assert not any(code.endswith("PPL") for code in codes)


def test_a_named_country_man_is_a_civilian(analyse: Analyse) -> None:
    result = analyse("Maoists shot dead a man in Bijapur district of Chhattisgarh on Monday.", DAY)
    assert "INDCVL" in _codes(result)


# -- 2. a rank in a criminal or rebel group is of that group's sector ------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("The Familia Michoacana said its leader had been arrested in Morelia.", "MEXCRM"),
    ("The Sinaloa Cartel lost its commander when soldiers killed him in Culiacan.", "MEXCRM"),
])
def test_its_rank_in_a_criminal_group(analyse: Analyse, text: str, code: str) -> None:
    result = analyse(text, DAY)
    mention = "its leader" if "its leader" in text else "its commander"
    assert code_of(result, mention) == code


def test_its_leader_of_a_country_stays_government(analyse: Analyse) -> None:
    result = analyse("Germany said its leader would visit Paris next week.", DAY)
    assert code_of(result, "its leader") == "DEUGOV"


# -- 3. two names never merge through a shared role -------------------------------------------------------------

def test_a_role_with_its_own_name_is_not_an_earlier_holder_of_the_role(analyse: Analyse) -> None:
    text = ("She had campaigned for the ruling party candidate Ana Beltran Ortiz, who came third. "
            "In May 2012, days before the vote for governor in Sonora, the leading candidate, Ramiro Fuentes "
            "Lara, was shot dead by gunmen.")
    result = analyse(text, DAY)
    for ent in result.entities:
        texts = {m.text for m in ent.mentions}
        assert not ("Ana Beltran Ortiz" in texts and "the leading candidate" in texts)


# -- 4. other sectors: a secretary general is no military general; a drug czar is a government office ----------

def test_a_union_secretary_general_is_no_general(analyse: Analyse) -> None:
    result = analyse("Hector Alonso, CGT secretary general, called a strike in Buenos Aires on Monday.", DAY)
    assert not (code_of(result, "Hector Alonso") or "").endswith("MIL")


def test_a_countrys_drug_czar_is_government(analyse: Analyse) -> None:
    result = analyse("Peru's drug czar met US officials in Lima on Tuesday.", DAY)
    assert code_of(result, "Peru's drug czar") == "PERGOV"
