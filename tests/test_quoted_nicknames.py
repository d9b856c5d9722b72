"""A nickname quoted after "alias" names the person before it even where the NER misses it (doubled quotes
of a CSV export, a code-like "Z40"), and the nickname used alone later is that person, not an uncoded
organisation; a nickname no "alias" introduced stays what it was."""

from __future__ import annotations

import pytest

from conftest import readings

ALIASED = [
    'Honduran police arrested Ramiro Salgado Pineda, alias ""Membrillo,"" a Honduran trafficker, in '
    'Tegucigalpa. Weeks later Membrillo was expelled from Honduras for violating immigration law.',
    'Honduran police arrested Ramiro Salgado Pineda, alias ""K19,"" a Honduran trafficker, in Tegucigalpa. '
    'Weeks later K19 was expelled from Honduras for violating immigration law.',
]


@pytest.mark.parametrize("text", ALIASED)
def test_a_quoted_nickname_alone_later_is_the_person(analyse, text: str) -> None:
    result = analyse(text, "2016-05-10")
    arrested = {t for _, t in readings(result, "arrested")}
    expelled = {t for _, t in readings(result, "expelled")}
    assert arrested == {"HNDCRM"}
    assert expelled == arrested


def test_the_nickname_joins_the_persons_entity(analyse) -> None:
    result = analyse(ALIASED[0], "2016-05-10")
    names = [{m.text for m in e.mentions} for e in result.entities]
    assert any({"Ramiro Salgado Pineda", "Membrillo"} <= n for n in names)


def test_a_quoted_word_with_no_alias_before_it_is_no_person(analyse) -> None:
    result = analyse('Honduran police seized a boat called ""Membrillo"" in Tegucigalpa. Membrillo was '
                     'searched by officers.', "2016-05-10")
    assert not any("Membrillo" in {m.text for m in e.mentions} and e.type == "PERSON"
                   for e in result.entities)
