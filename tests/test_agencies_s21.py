"""Actor codes, round 21: national agencies, departments and regulators named by a name only one state's body
bears (organizations_agencies.csv), which the other tables left uncoded; names several states share stay the
story's (no row).

Self-written sentences only (no corpus text)."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from conftest import assert_mention, code_of


@pytest.mark.parametrize(("text", "published", "mention", "code"), [
    ("DHS deported 80 Haitian migrants to Port-au-Prince on Tuesday.", "2019-06-11", "DHS", "USAGOV"),
    ("The Department of Homeland Security suspended the program for Venezuelan nationals.", "2020-02-03",
     "Department of Homeland Security", "USAGOV"),
    ("The Department for International Development halted its grants to the Malawian ministry.",
     "2012-07-19", "Department for International Development", "GBRGOV"),
    ("The FDA rejected the drugmaker's application for the new heart medicine.", "1987-04-02", "FDA",
     "USAGOV"),
    ("The Kuomintang criticised the cabinet's plan to lift currency controls.", "1987-05-14", "Kuomintang",
     "TWNPTY"),
    ("Segob denied that the federal government had negotiated with the cartel.", "2016-08-22", "Segob",
     "MEXGOV"),
    ("The DIAN seized 40 containers of smuggled cigarettes in Barranquilla.", "2017-03-09", "DIAN", "COLGOV"),
    ("The Home Office deported the Albanian gang leader last year.", "2018-10-30", "Home Office", "GBRGOV"),
    ("The Judicial Investigation Organization arrested two Honduran traffickers in Limon.", "2016-04-12",
     "Judicial Investigation Organization", "CRICOP"),
    ("The Immigration and Naturalization Service deported 300 Guatemalans last month.", "1998-05-04",
     "Immigration and Naturalization Service", "USAGOV"),
])
def test_an_agency_only_one_state_has_is_that_state_s(analyse, text: str, published: str,
                                                       mention: str, code: str) -> None:
    assert code_of(analyse(text, published), mention) == code


def test_an_agency_acting_is_a_coded_party(analyse) -> None:
    # the party was uncoded before: "DHS returned ..." had no source code
    result = analyse("DHS returned 500 stolen statues to the government of Peru.", "2019-06-11")
    assert_mention(result, "084", source="USAGOV", target="PER")


def test_a_foreign_ministry_of_one_state_written_with_its_country(analyse) -> None:
    result = analyse("Mexico's Interior Ministry accused the state governor of hiding the killings.", "2015-03-12")
    assert_mention(result, "112", source="MEXGOV")


def test_names_several_states_bear_get_no_row() -> None:
    """"Interior Ministry", "Department of Justice", "PNC" are bodies of many states: the story's country
    decides, never a row of this table."""
    path = resources.files("newsevents").joinpath("data/organizations_agencies.csv")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    names = {n.strip().lower() for row in csv.DictReader(lines)
             for n in [row["name"], *row["aliases"].split("|")] if n}
    shared = {"interior ministry", "ministry of finance", "department of justice", "pnc", "uif", "sat",
              "policia nacional civil", "fiscalia general de la republica", "cdc", "cps", "arena", "pri"}
    assert not names & shared
    assert all(row["code"] == row["country"] + row["sector"] and row["source"].startswith("newsevents authors")
               for row in csv.DictReader(lines))


@pytest.mark.parametrize(("text", "published", "code", "source"), [
    ("The Hezbollah group fired rockets at Israeli troops near the border.", "2006-07-20", "190", "LBNREB"),
    ("The Hamas movement rejected the Egyptian proposal for a truce.", "2014-07-16", "120", "PSEREB"),
])
def test_a_known_group_written_with_a_group_noun_is_the_subject(analyse, text: str, published: str,
                                                                  code: str, source: str) -> None:
    # the subject's head is "group"/"movement": before, the event had no source
    assert_mention(analyse(text, published), code, source=source)


def test_a_company_group_is_left_to_the_name_tables(analyse) -> None:
    # "the Tata group" is no armed group (BUS is not a suffix sector): the company still buys
    result = analyse("The Tata group bought a British steel maker last year.", "2007-01-31")
    assert_mention(result, "061", source="INDBUS", target="GBR")
