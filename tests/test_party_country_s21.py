"""Session 21: a party's own evidence beats the country of the dateline or of a word near it — a company the
tables place keeps its own country though a word of its name names another ("Anglo American": ZAF, not
USA); an organisation named only beside another country's actors takes no dateline country."""

from __future__ import annotations

from collections.abc import Callable

from conftest import code_of
from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def test_title_naming_a_known_company_takes_the_companys_country(analyse: Analyse) -> None:
    text = ("JOHANNESBURG, May 4 - Anglo American Corp deputy chairman Peter Haywood urged the government "
            "to lift the curbs on black miners.")
    assert code_of(analyse(text, "1987-05-04"), "Peter Haywood") == "ZAFBUS"


def test_country_word_inside_a_canadian_companys_name_is_not_the_chief_executives(analyse: Analyse) -> None:
    text = "TORONTO, May 4 - North American Palladium Ltd president John Rowe said output would rise."
    assert code_of(analyse(text, "1987-05-04"), "John Rowe") == "CANBUS"


def test_description_naming_a_known_company_takes_the_companys_country(analyse: Analyse) -> None:
    text = "JOHANNESBURG, May 4 - The Anglo American executive said gold profits rose in the quarter."
    assert code_of(analyse(text, "1987-05-04"), "The Anglo American executive") == "ZAFBUS"


def test_company_whose_name_is_its_country_keeps_it(analyse: Analyse) -> None:
    text = "LONDON, May 4 - American Express chairman James Robinson said card profits would rise."
    assert code_of(analyse(text, "1987-05-04"), "James Robinson") == "USABUS"


def test_donor_group_about_another_country_takes_no_dateline_country(analyse: Analyse) -> None:
    text = ("PARIS, May 4 - A Consultative Group meeting of donors chaired by the World Bank pledged more "
            "aid to Tunisia, Tunisian Planning Minister Ali Salem said.")
    code = code_of(analyse(text, "1987-05-04"), "Consultative Group")
    assert code is None or not code.startswith("FRA"), code


def test_organisation_also_named_apart_from_the_foreign_country_keeps_the_dateline(analyse: Analyse) -> None:
    text = ("PARIS, May 4 - The army ordered 40 radars from Thermodyne Industries on Monday. "
            "Thermodyne Industries will also sell radars to Canada.")
    assert code_of(analyse(text, "1987-05-04"), "Thermodyne Industries") == "FRABUS"


def test_organisation_named_only_beside_a_foreign_country_takes_no_dateline(analyse: Analyse) -> None:
    text = ("PARIS, May 4 - Thermodyne Industries said it won a radar contract from the army. "
            "Thermodyne Industries will also sell radars to Canada.")
    assert code_of(analyse(text, "1987-05-04"), "Thermodyne Industries") == "BUS"
