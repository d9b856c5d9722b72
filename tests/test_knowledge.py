from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.knowledge import ActorKnowledge, default_knowledge
from newsevents.errors import DataError


@pytest.fixture(scope="module")
def kb() -> ActorKnowledge:
    return default_knowledge()


def test_countries_aliases_and_demonyms(kb: ActorKnowledge) -> None:
    assert kb.country_of("Israel") == "ISR"
    assert kb.country_of("Israeli") == "ISR"
    assert kb.country_of("the U.S.") == "USA"
    assert kb.country_of("Britain") == "GBR"
    assert kb.country_of("Türkiye") == "TUR"
    assert kb.country_of("Narnia") is None


def test_capitals_include_older_spellings(kb: ActorKnowledge) -> None:
    assert kb.capitals["kyiv"] == "UKR"
    assert kb.capitals["kiev"] == "UKR"
    assert kb.capitals["moscow"] == "RUS"


@pytest.mark.parametrize(("name", "day", "office"), [
    ("Naftali Bennett", date(2022, 3, 5), "head_of_government"),
    ("Yair Lapid", date(2022, 3, 5), "foreign_minister"),
    ("Yair Lapid", date(2022, 8, 1), "head_of_government"),  # PM and FM at once: the higher office
    ("Boris Johnson", date(2022, 9, 6), None),  # end date exclusive: Truss took over that day
    ("Liz Truss", date(2022, 9, 6), "head_of_government"),
])
def test_office_on_date(kb: ActorKnowledge, name: str, day: date, office: str | None) -> None:
    term = kb.term_on(name, day)
    assert (term.office if term else None) == office


def test_holder_of_office(kb: ActorKnowledge) -> None:
    term = kb.holder_of("RUS", "head_of_state", date(2022, 3, 5))
    assert term is not None and term.name == "Vladimir Putin"
    term = kb.holder_of("USA", "head_of_government", date(2022, 3, 5))  # presidential system
    assert term is not None and term.name == "Joe Biden"
    assert kb.holder_of("RUS", "head_of_state", None) is None


def test_user_table_adds_people_and_organisations(tmp_path: Path) -> None:
    table = tmp_path / "mine.csv"
    table.write_text("name,code,aliases,start,end\nJane Roe,GBRMED,Roe,,\nAcme Mining,ZAFBUS,Acme,,\n")
    kb = ActorKnowledge((table,))
    assert kb.term_on("Roe", date(2024, 1, 1)) is None or kb.terms_for("Roe")[0].code == "GBRMED"
    assert kb.organizations["acme"].code == "ZAFBUS"


def test_bad_user_table_names_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "bad.csv"
    table.write_text("name,code,start\nJane Roe,GBRGOV,not-a-date\n")
    with pytest.raises(DataError, match=r"bad\.csv row 1.*bad date"):
        ActorKnowledge((table,))
    missing = tmp_path / "nocode.csv"
    missing.write_text("name,sector\nJane Roe,GOV\n")
    with pytest.raises(DataError, match="missing column"):
        ActorKnowledge((missing,))
