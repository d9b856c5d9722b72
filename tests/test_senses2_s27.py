"""Senses a strict coder reads otherwise (session 27 audits, second round): people captured are arrested even
when the parser hangs a place on the verb; sanctions a warning is of are threatened, not imposed; a company
suspending its own staff reduces no relations; an act said to be "not the first time" or a standing
accusation ("have long been accused") is no particular event; a relative clause with a modal on a negated
predicate ("was not one that he could support") is negated. On sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents import ArticleResult

Analyse = Callable[[str, str | None], ArticleResult]


def codes(analyse: Analyse, text: str) -> set[str]:
    return {e.cameo for e in analyse(text, "2014-06-02").events}


def test_people_captured_are_arrested_though_a_place_hangs_on_the_verb(analyse: Analyse) -> None:
    found = codes(analyse, "The arrest of Digna Valle shook Honduras. Three of her brothers were then captured "
                           "in October , with the arrests occurring just days apart in the province of Copan -- "
                           "the family's base of operations.")
    assert "192" not in found
    assert "173" in found


def test_a_town_captured_is_still_occupied(analyse: Analyse) -> None:
    assert "192" in codes(analyse, "Rebels captured the town of Kunduz on Monday.")


def test_sanctions_warned_of_are_not_imposed(analyse: Analyse) -> None:
    found = codes(analyse, "The British minister said he had given the Japanese government a clear warning of "
                           "sanctions against Japanese companies.")
    assert not any(c.startswith("16") for c in found)
    assert "163" in codes(analyse, "The United States imposed sanctions against Japan on Friday.")


@pytest.mark.parametrize("text", [
    "Volkswagen said it has suspended Guenther Borchert, head of the financial transfer department.",
    "Volkswagen said it has suspended several staff members.",
])
def test_a_company_suspending_its_staff_is_no_reduced_relations(analyse: Analyse, text: str) -> None:
    assert not any(c.startswith("16") for c in codes(analyse, text))


@pytest.mark.parametrize(("text", "prefix"), [
    ("This is not the first time that Paraguayan police officers have been accused of stealing seized timber.",
     "11"),
    ("Yet this is not the first time Colombian authorities have arrested Juan Rodriguez.", "17"),
    ("Venezuelan officials have long been accused of helping the FARC.", "11"),
])
def test_a_remark_on_earlier_acts_is_no_event(analyse: Analyse, text: str, prefix: str) -> None:
    assert not any(c.startswith(prefix) for c in codes(analyse, text))


def test_the_first_time_an_act_happens_is_an_event(analyse: Analyse) -> None:
    assert "173" in codes(analyse, "This is the first time that Colombian authorities have arrested Juan Rodriguez.")
    assert "112" in codes(analyse, "The US government accused Venezuelan officials of helping the FARC.")


def test_what_a_thing_is_not_one_to_support_is_negated(analyse: Analyse) -> None:
    events = [e for e in analyse("Senator Smith said the bill was not one that he could support.",
                                 "2014-06-02").events if e.cameo.startswith("05")]
    assert events and all(e.negated for e in events)
