"""Peoples of one country as its actors, places named like bodies, compass words as no country evidence."""

from __future__ import annotations

import datetime

import pytest

from newsevents.actors.candidates import is_direction
from newsevents.actors.knowledge import default_knowledge
from newsevents.actors.role_phrases import place_country
from newsevents.model import Article


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from newsevents.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str, day: datetime.date = datetime.date(2019, 5, 3)) -> list[tuple]:  # type: ignore[no-untyped-def]
    result = pipeline.analyse(Article(id="t", text=text, published=day))
    out = []
    for e in result.events:
        d = e.as_dict()
        out.append((d.get("cameo"), (d.get("source") or {}).get("code"), (d.get("target") or {}).get("code")))
    return out


def _codes(pipeline, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    result = pipeline.analyse(Article(id="t", text=text, published=datetime.date(2019, 5, 3)))
    return {e.name: (e.actor.code if e.actor else None) for e in result.entities}


def test_peoples_are_read_as_their_country() -> None:
    kb = default_knowledge()
    assert kb.demonyms.get("rohingya") == "MMR"
    assert kb.demonyms.get("uyghur") == "CHN"
    assert kb.demonyms.get("chechen") == "RUS"
    # a country's own demonym is never overwritten, and cross-border peoples are not in the table
    assert kb.demonyms.get("indian") == "IND"
    assert kb.demonyms.get("kurdish") != "TUR"
    assert kb.demonyms.get("pashtun") is None


def test_group_named_by_a_people_has_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Rohingya insurgents ambushed an army patrol near Maungdaw on Friday.")
    assert any(src == "MMRREB" for _, src, _ in events)
    events = _events(pipeline, "Chechen rebels attacked a police checkpoint on Sunday.")
    assert any(src == "RUSREB" for _, src, _ in events)


def test_tribal_agency_is_a_place_not_a_government_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(pipeline, "Gunmen killed two tribal elders in Bajaur Agency on Thursday.")
    assert not any(code and code.endswith("GOV") for name, code in codes.items() if "Bajaur" in name)
    assert codes.get("Bajaur Agency") in {None, "PAK"}


def test_compass_words_are_no_country_evidence(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert is_direction("southeast") and is_direction("the far north") and is_direction("south-west")
    assert not is_direction("south africa")
    assert place_country("southeast") is None
    events = _events(pipeline, "Police detained a building contractor in the Southeast on Monday.")
    assert not any("BWA" in (src or "") + (tgt or "") for _, src, tgt in events)


@pytest.mark.parametrize("text", [
    "Siemens's Brazilian unit won a contract to build a power plant.",
    "The Brazilian Siemens unit won a contract to build a power plant.",
    "The Brazilian subsidiary of Siemens won a contract to build a power plant.",
])
def test_unit_named_by_a_nationality_is_of_that_country(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(pipeline, text)
    assert "BRABUS" in codes.values()
    assert "DEUBUS" not in codes.values()


def test_unit_named_in_apposition_takes_the_units_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(pipeline, "Siemens's Brazilian subsidiary, Voltaro Energia Ltda, won a contract on Monday.")
    assert codes.get("Voltaro Energia Ltda") == "BRABUS"


def test_parent_without_a_national_unit_keeps_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(pipeline, "Siemens's power unit won a contract to build a plant in Brazil.")
    assert "BRABUS" not in codes.values()


def test_latin_american_outlets_are_media(pipeline) -> None:  # type: ignore[no-untyped-def]
    kb = default_knowledge()
    assert kb.organizations["el diario de hoy"].code == "SLVMED"
    assert kb.organizations["abc color"].code == "PRYMED"
    codes = _codes(pipeline, "El Diario de Hoy reported that police arrested three gang members.")
    assert codes.get("El Diario de Hoy") == "SLVMED"


def test_george_bush_in_1987_is_the_vice_president(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.analyse(Article(id="t", text="Vice President George Bush met the Saudi crown prince "
                                      "in Washington on Monday.", published=datetime.date(1987, 10, 19)))
    bush = [e for e in result.entities if "Bush" in e.name]
    assert bush and bush[0].actor is not None
    assert bush[0].actor.code == "USAGOV" and bush[0].actor.name != "George W. Bush"
