"""Parties audit 2026-11-28: state banks and people named by their nationality.

An export-import bank is a state export-credit agency (GOV: org_words.csv); Gosbank by its English name
"State Bank of the USSR" is the Soviet central bank (GOV), its Bank for Foreign Trade a state-owned bank (BUS);
people named only by a nationality noun whom the text ties to a crime ("two Colombians were arrested for drug
trafficking", "arrested over a cocaine shipment": crime_predicates.csv) are that country's criminals (CRM),
while a nationality adjective ("Spanish police") and nationals the text ties to no crime keep their code."""

from __future__ import annotations

from conftest import code_of


def test_an_export_import_bank_is_a_state_agency(analyse) -> None:
    result = analyse("Officials of the Export-Import Bank asked Congress for more money on Tuesday.", "1987-03-03")
    assert code_of(result, "Export-Import Bank") == "USAGOV"


def test_the_soviet_state_bank_is_a_central_bank_and_its_trade_bank_a_state_company(analyse) -> None:
    result = analyse("The State Bank of the USSR and the Bank for Foreign Trade of the USSR signed a loan "
                     "accord with a group of Western banks on Monday.", "1987-06-01")
    assert code_of(result, "State Bank of the USSR") == "SUNGOV"
    assert code_of(result, "Bank for Foreign Trade of the USSR") == "SUNBUS"


def test_nationals_arrested_for_a_crime_are_criminals(analyse) -> None:
    result = analyse("Three Colombians were arrested for drug trafficking at the airport in Lima on Monday.",
                     "2015-04-06")
    assert code_of(result, "Colombians") == "COLCRM"


def test_nationals_arrested_over_a_crime_are_criminals(analyse) -> None:
    result = analyse("Police in Madrid arrested two Venezuelans over a cocaine shipment on Friday.",
                     "2015-04-10")
    assert code_of(result, "Venezuelans") == "VENCRM"


def test_nationals_tied_to_no_crime_keep_their_country(analyse) -> None:
    result = analyse("Three Colombians were detained at the border for questioning on Monday.", "2015-04-06")
    assert code_of(result, "Colombians") != "COLCRM"


def test_initials_after_a_spanish_name_in_brackets_are_the_body(analyse) -> None:
    # "(Policia Nacional Civil - PNC)": the short form after the body's own-language name is that body
    result = analyse("SAN SALVADOR, May 3 - Last year the National Civil Police (Policia Nacional Civil - PNC) "
                     "seized 300 rifles from the gangs. On Monday the PNC arrested 40 gang members in Soyapango.",
                     "2016-05-03")
    assert code_of(result, "PNC") == code_of(result, "National Civil Police")
    assert (code_of(result, "PNC") or "").endswith("COP")
