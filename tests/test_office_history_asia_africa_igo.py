"""The 1975-2015 office holders of Asia, the Middle East, Africa, Oceania and the international
organisations (office_holders_history_asia_africa_igo.csv): the table is well formed and its people are
coded by the article's date, where PETRARCH's dictionaries had them out of office (ELI) or not at all."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest

from conftest import assert_one_office_of_a_kind_at_a_time, code_of
from newsevents.actors.knowledge import ActorKnowledge, default_knowledge
from newsevents.resources import load_table, parse_date, split_list

TABLE = "office_holders_history_asia_africa_igo"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
HISTORICAL = {row["code"] for row in load_table("historical_states")} | {"SUN", "YUG", "CSK", "DDR", "SCG"}
OFFICES = {"head_of_state", "head_of_government", "vice_president", "foreign_minister", "defense_minister",
           "finance_minister", "interior_minister", "trade_minister", "agriculture_minister", "oil_minister",
           "central_bank_governor", "igo_head", "party_leader", "other"}


@pytest.fixture(scope="module")
def kb() -> ActorKnowledge:
    return default_knowledge()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return load_table(TABLE, ("name", "code", "office", "start", "source"))


def test_rows_are_well_formed(rows: list[dict[str, str]]) -> None:
    countries = {c.alpha_3 for c in pycountry.countries} | HISTORICAL
    organisations = {row["code"] for table in ("organizations", "petrarch_organizations")
                     for row in load_table(table)}
    seen: set[tuple[str, str, str]] = set()  # one person may take two offices on one day
    for row in rows:
        where = f"{row['name']} {row['start']}"
        start, end = parse_date(row["start"], where), parse_date(row["end"], where)
        assert start is not None, where
        assert end is None or start < end, where
        assert date(1940, 1, 1) <= start <= date(2015, 12, 31), where  # terms of the years 1975-2015
        assert row["office"] in OFFICES, where
        if row["office"] == "igo_head":
            assert row["code"] in organisations and not row["country"], where
        else:
            assert row["country"] in countries and row["code"][:3] == row["country"], where
            assert row["code"][3:] in {"GOV", "MIL"}, where
            # defence ministers and armed-forces chiefs (office "other") are MIL, every other office GOV
            assert row["code"][3:] == "MIL" or row["office"] != "defense_minister", where
            assert row["code"][3:] == "GOV" or row["office"] in {"defense_minister", "other"}, where
        assert (row["name"], row["office"], row["start"]) not in seen, where
        seen.add((row["name"], row["office"], row["start"]))


def test_one_person_holds_one_office_of_a_kind_at_a_time(rows: list[dict[str, str]]) -> None:
    assert_one_office_of_a_kind_at_a_time(rows)


def test_no_one_word_alias_is_an_ordinary_word(rows: list[dict[str, str]]) -> None:
    """"Begin said" is Menachem Begin, but a lone "Begin" must not become him: one-word names and aliases are
    surnames that are not English words (the converter's test for PETRARCH's aliases)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        import convert_petrarch_actors
    finally:
        sys.path.remove(str(SCRIPTS))
    words = convert_petrarch_actors.Words()
    one_word = {alias for row in rows for alias in [row["name"], *split_list(row["aliases"])] if " " not in alias}
    assert one_word and not [w for w in one_word if words.ordinary(w.lower()) or len(w) < 3]


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Yasuhiro Nakasone", date(1987, 3, 2), "JPNGOV"),
    ("Kiichi Miyazawa", date(1987, 3, 2), "JPNGOV"),  # finance minister 1986-88: PETRARCH had him ELI
    ("Miyazawa", date(1987, 3, 2), "JPNGOV"),  # the surname alone, as Reuters writes it
    ("Satoshi Sumita", date(1987, 6, 1), "JPNGOV"),  # Bank of Japan governor: a central bank is GOV
    ("Hisham Nazer", date(1987, 6, 1), "SAUGOV"),
    ("Yamani", date(1986, 3, 1), "SAUGOV"),
    ("Shimon Peres", date(1987, 6, 1), "ISRGOV"),  # foreign minister in the rotation government
    ("Yitzhak Rabin", date(1987, 6, 1), "ISRMIL"),  # defence minister
    ("Michel Camdessus", date(1987, 6, 1), "IGOUNOIMF"),
    ("Barber Conable", date(1987, 6, 1), "IGOUNOWBK"),
    ("Javier Perez de Cuellar", date(1987, 6, 1), "IGOUNO"),  # not a Peruvian elite while UN chief
    ("Jacques Delors", date(1987, 6, 1), "IGOEUREEC"),
])
def test_office_holder_codes_on_a_date(kb: ActorKnowledge, name: str, day: date, code: str) -> None:
    term = kb.term_on(name, day)
    assert term is not None and term.code == code


def test_surname_of_a_petrarch_person_is_coded_and_the_full_name_keeps_petrarch(kb: ActorKnowledge) -> None:
    """PETRARCH codes "Yasuhiro Nakasone" (GOV in office, ELI after) but not "Nakasone said": the surname is
    ours for the tenure, the full name stays PETRARCH's."""
    term = kb.term_on("Nakasone", date(1987, 3, 2))
    assert term is not None and term.code == "JPNGOV"
    assert kb.term_on("Nakasone", date(1990, 3, 2)) is None
    term = kb.term_on("Yasuhiro Nakasone", date(1990, 3, 2))
    assert term is not None and term.code == "JPNELI"


def test_out_of_office_dates_give_no_term(kb: ActorKnowledge) -> None:
    assert kb.term_on("Hisham Nazer", date(1996, 6, 1)) is None  # Naimi was oil minister then
    assert kb.term_on("Michel Camdessus", date(2001, 6, 1)) is None


def test_role_resolves_to_the_holder_of_the_day(kb: ActorKnowledge) -> None:
    term = kb.holder_of("JPN", "finance_minister", date(1987, 3, 2))
    assert term is not None and term.name == "Kiichi Miyazawa"
    term = kb.holder_of("SAU", "oil_minister", date(1985, 3, 2))
    assert term is not None and term.name == "Ahmed Zaki Yamani"


@pytest.mark.parametrize(("published", "code"), [
    ("1987-03-02", "JPNGOV"),  # finance minister
    ("1993-03-02", "JPNGOV"),  # prime minister
])
def test_article_dated_in_office_codes_the_minister(analyse: Any, published: str, code: str) -> None:
    text = ("Tokyo urges restraint on the yen\n"
            "TOKYO - Kiichi Miyazawa said on Monday that Japan would cooperate with its partners to "
            "keep the dollar stable.")
    assert code_of(analyse(text, published), "Kiichi Miyazawa") == code
