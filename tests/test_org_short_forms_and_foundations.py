"""Organisations the article names itself: a short form it defines beats a table body with the same letters,
a table company's everyday short name stands for it after its full name, a wire's angle brackets mark a
company, the bare head noun ("the Foundation") is the one body so named before, and a foundation no table
knows is of the dateline's country (of the story's only when named in the story's language), and a name a
person is quoted talking to is a news outlet."""

from __future__ import annotations

import pytest

from conftest import code_of, event_on, party_code


def test_short_form_set_off_by_commas_is_the_articles_body(analyse) -> None:
    result = analyse("NEW YORK, March 5 - The Semiconductor Industry Association, SIA, urged the Commerce "
                     "Department to impose duties on imported memory chips. The SIA accused Japanese makers of "
                     "dumping chips in Asia.", "1987-03-20")
    assert code_of(result, "SIA") == "USABUS"  # not Singapore Airlines
    assert party_code(event_on(result, "accused"), "source") == "USABUS"


def test_a_variant_of_the_tables_name_keeps_its_short_form(analyse) -> None:
    result = analyse("Car thefts doubled in Bolivia last year, said a report by the Organisation for Economic "
                     "Co-operation and Development (OECD). The OECD urged Bolivia to reform its police.",
                     "2016-03-20")
    assert (code_of(result, "OECD") or "").startswith("IGO")


def test_typed_short_name_after_the_companys_full_name(analyse) -> None:
    result = analyse("THE HAGUE, May 4 - Royal Dutch Shell Group reported higher first quarter profits on "
                     "Tuesday. Union leaders said Shell rejected their demand for a pay rise.", "1987-05-04")
    assert code_of(result, "Shell") == "NLDBUS"


def test_wire_tagged_name_is_a_company(analyse) -> None:
    result = analyse("RIYADH, March 17 - Ali Hamad said <Abdullah Fahd Trading> agreed with the banks to "
                     "reschedule its debt.", "1987-03-17")
    assert code_of(result, "Abdullah Fahd Trading>") == "SAUBUS"


@pytest.mark.parametrize(("text", "mention", "code"), [
    # a foundation under a dateline, and "the Foundation" after it
    ("DENVER, June 2 - The Ardent Foundation, a charity set up by the late hotelier Walter Ardent, sold its 12 "
     "pct stake in Ardent Hotels Corp. The Foundation accused the company's board of blocking an earlier "
     "sale.", "Foundation", "USANGO"),
    ("NEW YORK, March 3 - Benson Drug Corp said the Lowell Research Foundation sued it on Monday, alleging "
     "patent infringement.", "Lowell Research Foundation", "USANGO"),
    # named in English in a story with no dateline: maybe a foreign funder, no country
    ("Crime in Mexico rose in 2015, said a study funded by the Dunmore Foundation. The Dunmore Foundation "
     "criticized the Mexican government for failing to protect journalists.", "Dunmore Foundation", "NGO"),
    # named in the story's own language: of the story's country
    ("Kidnappings in Colombia rose in 2015, said Maria Gomez of the Fundacion Paz Urbana. Murders fell in "
     "Medellin, she added.", "Fundacion Paz Urbana", "COLNGO"),
])
def test_foundation_country(analyse, text: str, mention: str, code: str) -> None:
    assert code_of(analyse(text, "1987-03-03"), mention) == code


def test_a_name_a_person_talks_to_is_a_news_outlet(analyse) -> None:
    result = analyse("Smuggling has surged along Colombia's border with Venezuela. The gangs tax every truck, "
                     "shopkeeper Ana Ruiz told La Silla Azul. Police in Cucuta arrested two smugglers on Monday.",
                     "2016-03-20")
    assert code_of(result, "La Silla Azul") == "COLMED"
