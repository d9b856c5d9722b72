"""Event targets of 1987 trade news (session 36, issues 9 and 10; sentences we wrote). "Brussels" acting in a
story about the European Community stands for the Community (seats.csv), not the Belgian government; where the
story names no body seated there it stays Belgium's. A plural role noun modified by a list of countries or
nationalities ("U.S. and Japanese officials", "Peruvian and Bolivian police") is that role of each country. A
rank every body has right after a wire's angle-bracketed company name or ticker ("<CBS> president X") is held
in that company, not in a government."""

from __future__ import annotations


def _parties(result, side: str) -> set[str | None]:
    return {getattr(e, side).code for e in result.events if getattr(e, side) is not None}


def test_brussels_in_an_ec_story_is_the_community(analyse) -> None:
    result = analyse("Spanish farmers marched through Saragossa to demand a better deal from Brussels, which has "
                     "proposed deep cuts in European Community farm prices.", "1987-03-10")
    assert "IGOEUREEC" in _parties(result, "target")
    assert "BELGOV" not in _parties(result, "target")


def test_brussels_with_washington_in_an_ec_story_is_the_community(analyse) -> None:
    result = analyse("The European Community has threatened to retaliate against U.S. farm exports. Washington "
                     "and Brussels accused each other of unfair subsidies.", "1987-03-10")
    codes = _parties(result, "source") | _parties(result, "target")
    assert "IGOEUREEC" in codes and "BELGOV" not in codes


def test_brussels_in_a_story_naming_no_body_seated_there_stays_belgian(analyse) -> None:
    result = analyse("Brussels protested to Paris over the arrest of two Belgian diplomats.", "1987-03-10")
    assert "BELGOV" in _parties(result, "source")


def test_officials_of_two_listed_countries_are_each_government(analyse) -> None:
    result = analyse("U.S. and Japanese officials criticized the proposal on Friday.", "1987-03-10")
    assert {"USAGOV", "JPNGOV"} <= _parties(result, "source")
    assert "USA" not in _parties(result, "source")


def test_a_role_phrase_read_whole_is_split_over_its_listed_nationalities(analyse) -> None:
    result = analyse("American and Japanese negotiators criticized the proposal on Friday.", "1987-03-10")
    assert {"USAGOV", "JPNGOV"} <= _parties(result, "source")


def test_police_of_two_listed_nationalities_are_each_police(analyse) -> None:
    result = analyse("Peruvian and Bolivian police arrested a cocaine trafficker near the border on Monday.",
                     "2015-06-02")
    assert {"PERCOP", "BOLCOP"} <= _parties(result, "source")


def test_a_list_with_a_word_that_is_no_country_is_left_as_before(analyse) -> None:
    result = analyse("Iranian and Western diplomats criticized the proposal on Friday.", "1987-03-10")
    assert not {"IRNGOV", "GOV"} & _parties(result, "source")


def _code(result, name: str) -> str | None:
    return next((e.actor.code if e.actor else None for e in result.entities if e.name == name), "missing")


def test_a_president_after_a_bracketed_ticker_is_of_the_company(analyse) -> None:
    result = analyse("Prosecutors said Omnitel Inc <OMNI> president Harold Brisket was not charged in the tax "
                     "fraud case.", "1987-04-08")
    assert _code(result, "Harold Brisket") not in {"USAGOV", "GOV"}


def test_a_president_after_a_bracketed_table_company_takes_its_code(analyse) -> None:
    result = analyse("American Express Co's <AXP> president Harold Brisket said the strategy was unchanged.",
                     "1987-04-08")
    assert _code(result, "Harold Brisket") == "USABUS"


def test_a_president_after_a_bracketed_firm_name_is_a_businessman(analyse) -> None:
    result = analyse("Police said <Banca Agricola di Sardegna - Bas> president Marco Pillitu and four managers "
                     "were arrested last night on fraud charges.", "1987-04-08")
    assert _code(result, "Marco Pillitu") not in {"ITAGOV", "GOV"}
    assert _code(result, "Marco Pillitu").endswith("BUS")
