"""A person's code decided after the descriptions: a legislator's title the text gives beats the office-holder
table's government tenure (coding.py), and a civil office beats the crime an alias or accusation gives in the
person's cluster (merge.py)."""

from __future__ import annotations

from conftest import code_of


def test_senator_title_beats_a_later_cabinet_post(analyse) -> None:
    # the tables know Marco Rubio as Secretary of State from 2025: "Sen." on the page is his office then
    result = analyse("Sen. Marco Rubio urged Venezuela to release the jailed opposition leaders.", "2026-03-02")
    assert code_of(result, "Marco Rubio") == "USALEG"


def test_the_cabinet_title_keeps_the_government_tenure(analyse) -> None:
    result = analyse("Secretary of State Marco Rubio urged Venezuela to release the jailed opposition leaders.",
                     "2026-03-02")
    assert code_of(result, "Marco Rubio") == "USAGOV"


def test_senator_title_takes_the_tables_country_not_the_storys(analyse) -> None:
    # a story about Colombia before his cabinet tenure: the table still tells whose senator he is
    text = ("Colombian prosecutors charged three army officers in Bogota on Monday. Sen. Marco Rubio "
            "criticized the Colombian government over the killings.")
    assert code_of(analyse(text, "2015-06-10"), "Marco Rubio") == "USALEG"


def test_an_accused_official_is_of_his_office_not_a_criminal(analyse) -> None:
    text = ("US prosecutors accused Hector Ruiz Calderon, alias 'Comandante Lobo', of laundering money for a "
            "Colombian cartel. Ruiz Calderon, El Salvador's deputy health minister, denied the charges on "
            "Monday.")
    assert code_of(analyse(text, "2014-06-10"), "Ruiz Calderon") == "SLVGOV"


def test_an_accused_former_official_is_an_elite(analyse) -> None:
    text = ("US prosecutors accused Hector Ruiz Calderon, alias 'Comandante Lobo', of laundering money for a "
            "Colombian cartel. Ruiz Calderon, El Salvador's former deputy health minister, denied the charges "
            "on Monday.")
    assert code_of(analyse(text, "2014-06-10"), "Ruiz Calderon") == "SLVELI"


def test_a_former_police_officer_with_an_alias_stays_a_criminal(analyse) -> None:
    # police and soldiers in a drug ring are left to the first description
    text = ("Guatemalan police arrested Oscar Lemus, alias 'El Gato', on Monday. Lemus, a former police "
            "lieutenant, denied the charges.")
    assert code_of(analyse(text, "2014-06-10"), "Oscar Lemus") == "GTMCRM"
