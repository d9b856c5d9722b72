"""The 1975-2015 office holders of the Americas and Europe, the Soviet Union, Eastern Europe and Turkey
(office_holders_history_americas_europe.csv): the table is well formed, and its people are coded by the
article's date where PETRARCH's dictionaries had them out of office (ELI), in no office or not at all."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

import pycountry
import pytest

from conftest import assert_one_office_of_a_kind_at_a_time, code_of
from newsevents.actors.knowledge import ActorKnowledge, default_knowledge, normalize
from newsevents.resources import load_table, parse_date, split_list

TABLE = "office_holders_history_americas_europe"
HISTORICAL = {row["code"] for row in load_table("historical_states")} | {"SUN", "YUG", "CSK", "DDR"}
OFFICES = {"head_of_state", "head_of_government", "vice_president", "foreign_minister", "defense_minister",
           "finance_minister", "interior_minister", "justice_minister", "trade_minister", "agriculture_minister",
           "energy_minister", "oil_minister", "central_bank_governor", "cabinet_member", "agency_head",
           "military_chief", "party_leader", "igo_head", "former_official"}
MILITARY = {"defense_minister", "military_chief"}


@pytest.fixture(scope="module")
def kb() -> ActorKnowledge:
    return default_knowledge()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return load_table(TABLE, ("name", "code", "office", "start", "source"))


def test_rows_are_well_formed(rows: list[dict[str, str]]) -> None:
    countries = {c.alpha_3 for c in pycountry.countries} | HISTORICAL
    countries |= {row["iso3"] for row in load_table("countries", ("iso3",))}
    organisations = {row["code"] for table in ("organizations", "petrarch_organizations")
                     for row in load_table(table)}
    assert len(rows) >= 1000
    seen: set[tuple[str, str]] = set()
    for row in rows:
        where = f"{row['name']} {row['start']}"
        start, end = parse_date(row["start"], where), parse_date(row["end"], where)
        assert start is not None, where
        former = row["office"] == "former_official"
        assert former or end is not None, where  # every term here has ended by 2026
        assert end is None or start < end, where
        assert (end is None or end > date(1975, 1, 1)) and start <= date(2015, 12, 31), where  # 1975-2015
        assert row["office"] in OFFICES, where
        assert row["source"], where
        if former:
            assert row["code"] == row["country"] + "ELI", where
            assert all(" " in alias for alias in split_list(row["aliases"])), where  # no surname alone
        elif row["office"] == "igo_head":
            assert row["code"] in organisations and not row["country"], where
        else:
            assert row["country"] in countries and row["code"][:3] == row["country"], where
            sector = row["code"][3:]
            assert sector in {"GOV", "MIL", "SPY"}, where
            assert (sector == "MIL") == (row["office"] in MILITARY), where
        assert (row["name"], row["start"]) not in seen, where
        seen.add((row["name"], row["start"]))


def test_one_person_holds_one_office_of_a_kind_at_a_time(rows: list[dict[str, str]]) -> None:
    assert_one_office_of_a_kind_at_a_time(rows)


def test_no_alias_names_two_people_in_office_on_the_same_day(rows: list[dict[str, str]]) -> None:
    """A surname alias ("Baker") must point to one person at a time, else "Baker said" is ambiguous."""
    spans: dict[str, list[tuple[date, date, str]]] = {}
    for row in rows:
        start, end = parse_date(row["start"], ""), parse_date(row["end"], "") or date(2100, 1, 1)
        assert start is not None
        for alias in {normalize(a) for a in [row["name"], *split_list(row["aliases"])]}:
            spans.setdefault(alias, []).append((start, end, row["name"]))
    for alias, terms in spans.items():
        terms.sort()
        for a, b in pairwise(terms):
            assert a[2] == b[2] or a[1] <= b[0], (alias, a, b)


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Malcolm Baldrige", date(1987, 3, 2), "USAGOV"),  # commerce secretary: absent from PETRARCH
    ("Baldrige", date(1987, 3, 2), "USAGOV"),  # the surname alone, as Reuters writes it
    ("James Baker", date(1987, 3, 2), "USAGOV"),  # Treasury 1985-88: PETRARCH had him ELI
    ("James Baker", date(1990, 3, 2), "USAGOV"),  # secretary of state
    ("Clayton Yeutter", date(1987, 3, 2), "USAGOV"),  # trade representative
    ("Richard Lyng", date(1987, 3, 2), "USAGOV"),
    ("Dilson Funaro", date(1987, 2, 20), "BRAGOV"),
    ("Funaro", date(1987, 2, 20), "BRAGOV"),
    ("Nigel Lawson", date(1987, 3, 2), "GBRGOV"),
    ("Bettino Craxi", date(1986, 5, 1), "ITAGOV"),
    ("Juan Sourrouille", date(1987, 3, 2), "ARGGOV"),
    ("Gerhard Stoltenberg", date(1987, 3, 2), "DEUGOV"),  # West German finance minister: DEU
    ("Karl Otto Poehl", date(1987, 3, 2), "DEUGOV"),  # Bundesbank president: a central bank is GOV
    ("Eduard Shevardnadze", date(1987, 3, 2), "SUNGOV"),  # Soviet foreign minister, PETRARCH: GEOELI
    ("Eduard Shevardnadze", date(1995, 3, 2), "GEOGOV"),
    ("Dmitry Yazov", date(1988, 3, 2), "SUNMIL"),  # Soviet defence minister
    ("Gustavo Petricioli", date(1987, 3, 2), "MEXGOV"),
    ("Michael Wilson", date(1987, 3, 2), "CANGOV"),
    ("Turgut Ozal", date(1987, 3, 2), "TURGOV"),
    ("Margaret Thatcher", date(1987, 3, 2), "GBRGOV"),  # PETRARCH's right row still holds
    ("Caspar Weinberger", date(1987, 3, 2), "USAGOVMIL"),  # PETRARCH's, untouched
])
def test_office_holder_codes_on_a_date(kb: ActorKnowledge, name: str, day: date, code: str) -> None:
    term = kb.term_on(name, day)
    assert term is not None and term.code == code


def test_out_of_office_dates_give_no_term(kb: ActorKnowledge) -> None:
    assert kb.term_on("Malcolm Baldrige", date(1990, 6, 1)) is None  # died in office in 1987
    assert kb.term_on("Nigel Lawson", date(1992, 6, 1)) is None
    assert kb.term_on("Dilson Funaro", date(1988, 6, 1)) is None


@pytest.mark.parametrize(("name", "day", "code"), [
    ("James Baker", date(1995, 6, 1), "USAELI"),
    ("Colin Powell", date(2006, 6, 1), "USAELI"),  # after the State Department
    ("Alvaro Uribe", date(2012, 6, 1), "COLELI"),
])
def test_people_petrarch_knew_are_elites_out_of_office(kb: ActorKnowledge, name: str, day: date,
                                                       code: str) -> None:
    """The table replaces PETRARCH's rows for its people, PETRARCH's ELI periods included: after their last
    office they stay their country's elites."""
    term = kb.term_on(name, day)
    assert term is not None and term.code == code


def test_surname_alone_names_only_the_sitting_holder(kb: ActorKnowledge) -> None:
    assert kb.term_on("Baker", date(1995, 6, 1)) is None
    assert kb.term_on("James Baker", date(1988, 11, 1)) is None  # between two terms: no ELI guessed
    term = kb.term_on("Baker", date(1990, 6, 1))
    assert term is not None and term.name == "James Baker"


def test_role_resolves_to_the_holder_of_the_day(kb: ActorKnowledge) -> None:
    term = kb.holder_of("USA", "finance_minister", date(1987, 3, 2))
    assert term is not None and term.name == "James Baker"
    term = kb.holder_of("SUN", "foreign_minister", date(1987, 3, 2))
    assert term is not None and term.name == "Eduard Shevardnadze"
    term = kb.holder_of("BRA", "finance_minister", date(1987, 6, 1))
    assert term is not None and term.name == "Luiz Carlos Bresser Pereira"


@pytest.mark.parametrize(("published", "code"), [
    ("1987-03-02", "USAGOV"),  # commerce secretary
    ("1992-03-02", "USAELI"),  # all his terms ended in 1987: a former official of his country, not GOV
])
def test_article_dated_in_office_codes_the_minister(analyse: Any, published: str, code: str) -> None:
    text = ("Commerce chief warns on trade bill\n"
            "WASHINGTON - Malcolm Baldrige said on Monday that the bill would hurt exports, and "
            "Baldrige urged Congress to drop it.")
    assert code_of(analyse(text, published), "Malcolm Baldrige") == code
