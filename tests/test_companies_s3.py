"""Companies, unions, central banks and international bodies: coded with their country and sector
(organizations_companies.csv, organizations_central_banks.csv, organizations_igo_extra.csv, org_words.csv)."""

from __future__ import annotations

import pytest

from conftest import code_of
from newsevents.actors.knowledge import default_knowledge, home_business
from newsevents.actors.org_names import default_org_names


@pytest.fixture(scope="module")
def kb():
    return default_knowledge()


@pytest.mark.parametrize(("name", "code"), [
    ("NEC", "JPNBUS"), ("Genetech", "USABUS"), ("Hoffmann-La Roche", "CHEBUS"), ("Dayton Hudson", "USABUS"),
    ("Hachette", "FRABUS"), ("Nippon Mining", "JPNBUS"), ("Soo Line", "USABUS"), ("Loblaw", "CANBUS"),
    ("UAW", "USALAB"), ("Teamsters", "USALAB"), ("COSATU", "ZAFLAB"), ("TUC", "GBRLAB"),
    ("Kyodo News", "JPNMED"), ("Bundesbank", "DEUGOV"), ("Banco de Mexico", "MEXGOV"),
    ("Securities and Exchange Commission", "USAGOV"), ("Euratom", "IGOEUREEC"), ("Paris Club", "IGOBUSPRC"),
    ("World Court", "IGOUNOJUD"), ("Euroclear", "BELBUS"), ("Cedel", "LUXBUS"), ("Mercosur", "IGOSAMBUS"),
])
def test_table_names_have_country_and_sector(kb, name: str, code: str) -> None:
    from newsevents.actors.knowledge import normalize, on_day

    with on_day(None):  # the table's own rows, whatever day an earlier article left set (Mercosur is from 1991)
        assert kb.organizations[normalize(name)].code == code


def test_company_is_known_with_a_legal_form_after_its_name(kb) -> None:
    assert kb.organizations["loblaw cos"].code == "CANBUS"
    assert kb.organizations["dome petroleum ltd"].code == "CANBUS"
    assert kb.organizations["nippon mining co ltd"].code == "JPNBUS"
    assert kb.organizations["nec corp"].code == "JPNBUS"
    # a union or a central bank takes no legal form; a one-word name no legal form that is a word too, a
    # name that is a word none
    assert "uaw inc" not in kb.organizations and "bundesbank ag" not in kb.organizations
    assert kb.organizations["nippon mining group"].code == "JPNBUS"
    assert "investor group" not in kb.organizations and "total co" not in kb.organizations
    assert kb.organizations["international trade commission"].code == "USAGOV"
    assert "ptt" not in kb.organizations  # a European posts and telephone authority as often as Thailand's


def test_names_that_are_words_or_places_are_known_only_as_typed_organisations(kb) -> None:
    for word in ("shell", "apple", "total", "dome", "solidarity"):
        assert word not in kb.organizations, word
        assert word in kb.typed_organizations, word
    assert kb.typed_organizations["dome"].code == "CANBUS"


def test_petrarch_multinational_with_a_home_country_is_a_business_of_that_country(kb) -> None:
    countries = kb.country_names
    assert home_business({"name": "X", "code": "MNCUSA"}, countries)["code"] == "USABUS"
    assert home_business({"name": "X", "code": "MNCUSAMED"}, countries)["code"] == "USAMED"
    assert home_business({"name": "X", "code": "MNCJPN"}, countries)["country"] == "JPN"
    assert home_business({"name": "X", "code": "MNC"}, countries)["code"] == "MNC"  # no country: as it is
    assert home_business({"name": "X", "code": "MNCAFRMED"}, countries)["code"] == "MNCAFRMED"
    assert kb.organizations["pacific gas and electric"].code == "USABUS"


@pytest.mark.parametrize(("name", "sector"), [
    ("Reserve Bank of Malawi", "GOV"), ("Central Bank of Ruritania", "GOV"),
    ("Saudi Arabian Monetary Agency", "GOV"), ("First National Bank of Wichita", "BUS"),
    ("National Bank of Kuwait", "BUS"), ("Amalgamated Transit Workers", "LAB"),
    ("International Brotherhood of Boilermakers", "LAB"), ("Zambia Congress of Trade Unions", "LAB"),
    ("Harbin Aircraft", "BUS"), ("Nord Stream Pipeline", "BUS"), ("Dow Jones News Service", "MED"),
])
def test_sector_from_the_words_of_an_unknown_name(name: str, sector: str) -> None:
    assert default_org_names().sector(name) == sector


def test_companies_unions_and_igos_in_an_article(analyse) -> None:
    text = ("NEC Corp said on Monday it would sue Seiko Epson Corp over the design of its personal computers.\n"
            "The United Auto Workers union said it would open talks with Chrysler Corp next week.\n"
            "Loblaw Cos Ltd said it agreed to buy the Toronto grocery chain for 120 mln dlrs.\n"
            "Euratom officials met the Paris Club of creditor governments in Brussels.")
    result = analyse(text, "1987-03-16")
    assert code_of(result, "NEC Corp") == "JPNBUS"
    assert code_of(result, "Seiko Epson Corp") == "JPNBUS"
    assert code_of(result, "Chrysler Corp") == "USABUS"
    assert code_of(result, "Loblaw Cos Ltd") == "CANBUS"
    assert code_of(result, "Euratom") == "IGOEUREEC"


def test_an_ordinary_word_is_no_company_in_running_text(analyse) -> None:
    text = ("Total output of crude oil rose 4 pct in March, the ministry said.\n"
            "Apple growers in the valley asked the government for credit.")
    result = analyse(text, "1987-04-02")
    codes = {e.actor.code for e in result.entities if e.actor}
    assert "FRABUS" not in codes and "USABUS" not in codes


@pytest.fixture(scope="module")
def parse():
    from newsevents.nlp import load_spacy
    from newsevents.settings import Settings

    nlp = load_spacy(Settings().model)

    def run(text: str, name: str):
        doc = nlp(text)
        start = text.index(name)
        return doc.char_span(start, start + len(name))

    return run


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Telcom Holdings said it agreed to acquire the company for 10 mln dlrs.", "Telcom Holdings", "BUS"),
    ("Pictel said it will sell its 20 pct stake in the venture.", "Pictel", "BUS"),
    ("Dotronix's shareholders approved the plan on Tuesday.", "Dotronix", "BUS"),
    ("Shares of Vertex rose two dlrs on the news.", "Vertex", "BUS"),
    # what armed groups and cartels buy or sell is no deal object
    ("The Ansar Brigade acquired rockets from smugglers.", "Ansar Brigade", None),
    ("The Zetas said they would sell the cocaine in Texas.", "Zetas", None),
])
def test_business_context_of_a_name_that_says_nothing_of_itself(parse, text: str, name: str,
                                                                 sector: str | None) -> None:
    assert default_org_names().context_sector(parse(text, name)) == sector
