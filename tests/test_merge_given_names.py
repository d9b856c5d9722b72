"""A person named again by his given names alone ("Ivan Archivaldo" after "Ivan Archivaldo Guzman"), as Spanish
news does, is the one person whose full name opens with them; with two such people the short name stays apart."""

from __future__ import annotations


def _people(result) -> list[str]:
    return [e.name for e in result.entities if e.type == "PERSON"]


def test_given_names_alone_are_the_one_full_name(analyse) -> None:
    result = analyse("The sons of the trafficker, Jorge Ramiro Salcedo and Luis Armando Salcedo, were put on the "
                     "Treasury list. Luis Armando was arrested in Sinaloa in 2009 for money laundering.",
                     "2012-05-02")
    people = _people(result)
    assert "Luis Armando" not in people, people
    full = next(e for e in result.entities if e.name == "Luis Armando Salcedo")
    assert any(m.text == "Luis Armando" for m in full.mentions)


def test_given_names_two_people_share_stay_apart(analyse) -> None:
    result = analyse("Luis Armando Salcedo and Luis Armando Ortega were both named in the case. Luis Armando was "
                     "arrested in Sinaloa in 2009.", "2012-05-02")
    full = [e for e in result.entities if e.name.startswith("Luis Armando ")]
    assert all(not any(m.text == "Luis Armando" for m in e.mentions) for e in full)
