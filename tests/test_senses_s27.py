"""Events the sentence does not support and modalities a strict coder reads otherwise (session 27 audits): a
thing said to be easy or hard to act on is no act; a body's standing mission told in a present relative clause
is no act; a killing whose doer is only believed ("thought to have been murdered by X") happened and is told on
someone's word; a "given that" clause presents its act as a fact, whatever the main clause guesses. On
sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def codes(analyse: Analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2014-06-02").events}


def modalities(analyse: Analyse, text: str, prefix: str) -> set[str]:
    return {e.modality for e in analyse(text, "2014-06-02").events if e.cameo.startswith(prefix)}


@pytest.mark.parametrize(("text", "prefix"), [
    ("American bankers say that Tokyo's banking regulations are easier to meet than their own.", "04"),
    ("Officials in Lima said the new Peruvian export rules were hard to meet.", "04"),
])
def test_a_thing_easy_or_hard_to_act_on_is_no_act(analyse: Analyse, text: str, prefix: str) -> None:
    assert not any(c.startswith(prefix) for c in codes(analyse, text))


def test_a_bodys_mission_in_a_present_relative_clause_is_no_act(analyse: Analyse) -> None:
    text = "Ana Torres heads Amnesty International, which defends the rights of prisoners in Mexico."
    assert not any(c.startswith("05") for c in codes(analyse, text))


def test_a_killing_whose_doer_is_believed_happened(analyse: Analyse) -> None:
    text = ("Mexican police found 14 bodies, thought to have been murdered by the Sinaloa Cartel, in a ravine "
            "near Culiacan.")
    found = modalities(analyse, text, "18")
    assert found and "hypothetical" not in found


def test_an_agreement_given_as_fact_keeps_its_own_modality(analyse: Analyse) -> None:
    text = ("Given that Japan and the United States have now agreed to the plan, the tariffs could be lifted "
            "next month.")
    found = modalities(analyse, text, "03")
    assert found == {"asserted"}


@pytest.mark.parametrize(("text", "prefix"), [
    ("Chrysler Corp said it has had numerous inquiries from lenders who want to join the financing.", "09"),
    ("The Bank of England's rate stance is threatening the British government's exchange rate policy, "
     "dealers said.", "13"),
])
def test_business_asked_about_or_a_policy_endangered_is_no_act(analyse: Analyse, text: str,
                                                              prefix: str) -> None:
    assert not any(c.startswith(prefix) for c in codes(analyse, text))

