"""A sale's other side is its buyer (the dative or the object of "to"), never what is sold nor the company a
sold stake is in; with no buyer named the sale has no target (issue 10's convention: the parties of a deal)."""

from __future__ import annotations

DAY = "1987-03-20"


def sale_targets(result) -> set[str | None]:
    names = {e.id: e.name for e in result.entities}
    return {names.get(e.target.entity_id) if e.target else None
            for e in result.events if e.cameo == "057" or e.cameo.startswith("06")}


def test_the_dative_buyer_is_the_target_not_the_company_the_stake_is_in(analyse) -> None:
    targets = sale_targets(analyse("The French development authority agreed to sell Harcourt Mining Corp its "
                                   "30 pct stake in Delmont Metals Inc.", DAY))
    assert any(t and "Harcourt" in t for t in targets), targets
    assert not any(t and "Delmont" in t for t in targets), targets


def test_units_sold_to_an_unnamed_buyer_are_no_target(analyse) -> None:
    targets = sale_targets(analyse("Harcourt Mining Corp said it agreed to sell its Wabash Insurance Co, Fenwick "
                                   "Insurance Co and Dorley Life Co subsidiaries to a management-led group.", DAY))
    assert not any(t and ("Wabash" in t or "Fenwick" in t or "Dorley" in t) for t in targets), targets


def test_a_unit_sold_to_a_named_buyer_has_the_buyer_as_target(analyse) -> None:
    targets = sale_targets(analyse("Harcourt Mining Corp said it agreed to sell its Fenwick Insurance Co unit "
                                   "to Delmont Metals Inc.", DAY))
    assert any(t and "Delmont" in t for t in targets), targets
