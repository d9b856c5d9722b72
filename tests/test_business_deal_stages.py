"""Business deals between companies (issue 10's convention): a deal agreed only in principle, by a letter of
intent or tentatively is still to come (intended); two companies that "said they" signed or entered into
an agreement are each the other's party."""

from __future__ import annotations

import pytest

DAY = "1987-03-20"


def deals(result) -> list:
    return [e for e in result.events if e.cameo == "057" or e.cameo.startswith("06")]


def named_pairs(result) -> set[tuple[str | None, str | None]]:
    names = {e.id: e.name for e in result.entities}
    return {(names.get(e.source.entity_id) if e.source else None,
             names.get(e.target.entity_id) if e.target else None) for e in deals(result)}


@pytest.mark.parametrize("text", [
    "Harcourt Mining Corp said it agreed in principle to sell its smelting unit to Delmont Metals Inc.",
    "Harcourt Mining Corp said it has signed a letter of intent to acquire Delmont Metals Inc for 40 mln dlrs.",
    "Harcourt Mining Corp said it entered into a letter of intent with Delmont Metals Inc to buy its mills.",
    "Harcourt Mining Corp said it reached a tentative agreement with Delmont Metals Inc to sell its mills.",
])
def test_a_provisional_deal_is_intended(analyse, text: str) -> None:
    found = deals(analyse(text, DAY))
    assert found and all(e.modality == "intended" for e in found), [(e.cameo, e.modality) for e in found]


@pytest.mark.parametrize("text", [
    "Harcourt Mining Corp said it has signed a definitive agreement to acquire Delmont Metals Inc.",
    "Harcourt Mining Corp said it completed the acquisition of Delmont Metals Inc.",
])
def test_a_definitive_deal_stays_done(analyse, text: str) -> None:
    found = deals(analyse(text, DAY))
    assert found and all(e.modality in {"asserted", "reported"} for e in found)


def test_a_tentative_agreement_rejected_is_a_real_rejection(analyse) -> None:
    result = analyse("Workers at the plant rejected a tentative contract agreement with Harcourt Mining Corp.", DAY)
    rejected = [e for e in result.events if e.cameo.startswith("12")]
    assert rejected and all(e.modality == "asserted" for e in rejected)


def test_companies_that_said_they_signed_are_each_the_other_s_party(analyse) -> None:
    result = analyse("Toronto-based Harcourt Mining Corp and Chicago-based Delmont Metals Inc said they signed a supply agreement.", DAY)
    pairs = named_pairs(result)
    assert any(s and t and "Harcourt" in s and "Delmont" in t for s, t in pairs), pairs
    assert any(s and t and "Delmont" in s and "Harcourt" in t for s, t in pairs), pairs


def test_one_company_that_said_it_signed_keeps_its_own_party(analyse) -> None:
    result = analyse("Harcourt Mining Corp said it signed a five-year supply agreement with Delmont Metals Inc.", DAY)
    pairs = named_pairs(result)
    assert any(s and t and "Harcourt" in s and "Delmont" in t for s, t in pairs), pairs
    assert not any(s and "Delmont" in s for s, _ in pairs), pairs


def test_two_named_companies_the_parser_nests_are_both_speakers(analyse) -> None:
    # the parser tends to hang "X Resources Ltd" on "Y Resources Ltd" as a modifier keeping the "and"
    result = analyse("Toronto-based Alder Resources Ltd and Chicago-based Birch Resources Ltd said they had agreed "
                     "to merge.", DAY)
    sides = {name for pair in named_pairs(result) for name in pair if name}
    assert any("Alder" in n for n in sides) and any("Birch" in n for n in sides), named_pairs(result)


def test_a_settlement_with_a_third_side_is_not_between_the_subjects(analyse) -> None:
    result = analyse("Toronto-based Harcourt Mining Corp and Chicago-based Delmont Metals Inc said they reached a "
                     "settlement with the plaintiffs in the lawsuit.", DAY)
    names = {e.id: e.name for e in result.entities}
    between = [e for e in result.events if e.source and e.target
               and {names.get(e.source.entity_id), names.get(e.target.entity_id)} >= {"Harcourt Mining Corp",
                                                                                       "Delmont Metals Inc"}]
    assert not between


def test_a_deal_agreed_in_principle_keeps_the_day_it_was_agreed(analyse) -> None:
    result = analyse("On March 3, Harcourt Mining Corp said it agreed in principle to sell its Fenwick unit to "
                     "Delmont Metals Inc.", DAY)
    found = deals(result)
    assert found and all(e.modality == "intended" and str(e.date) == "1987-03-03" for e in found), found



@pytest.mark.parametrize("text", [
    "Peru and Ecuador reached an agreement with the signing of a border treaty in Brasilia.",
    "Peru and Ecuador reached an agreement with each other on the border.",
])
def test_sides_that_agreed_by_an_act_or_with_each_other_stay_each_other_s_party(analyse, text: str) -> None:
    pairs = {(e.source.code, e.target.code) for e in analyse(text, DAY).events
             if e.cameo == "057" and e.source and e.target}
    assert {("PERGOV", "ECUGOV"), ("ECUGOV", "PERGOV")} <= pairs, pairs
