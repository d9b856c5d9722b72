"""Actor codes, session 18: a sector the text gives besides the country ("Swiss banks" CHEBUS, "Dutch
dockworkers" NLDLAB, "a bank spokesman" BUS and "the spokesman" after him), and a place's name inside a company's
name ("Stanley Works" is no Falklands body).

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from conftest import code_of


def test_countrys_banks_are_its_business_sector(analyse) -> None:
    result = analyse("ZURICH, May 4 - Swiss banks are refusing to join the new loan for Peru, while "
                     "Dutch insurers said they would contribute.", "1987-05-04")
    assert code_of(result, "Swiss banks") == "CHEBUS"
    assert code_of(result, "Dutch insurers") == "NLDBUS"


def test_countrys_trade_workers_are_labour(analyse) -> None:
    result = analyse("ROTTERDAM, June 2 - A walkout by Dutch dockworkers entered its third day, while "
                     "Australian miners voted to return to work.", "1987-06-02")
    assert code_of(result, "Dutch dockworkers") == "NLDLAB"
    assert code_of(result, "Australian miners") == "AUSLAB"


def test_sector_noun_without_country_names_no_one(analyse) -> None:
    # "banks" alone, no country, no "the": whose banks, the text does not say (precision first)
    result = analyse("Banks are being asked to contribute 10 pct of their exposure to Ecuador.", "1987-05-04")
    assert all("bank" not in m.text.lower() for e in result.entities for m in e.mentions)


def test_bank_spokesman_speaks_for_a_business(analyse) -> None:
    result = analyse("MUNICH, April 2 - Bayerische Handelsbank AG has written off 40 mln marks of loans, a "
                     "bank spokesman said. The spokesman declined to name the borrowers.", "1987-04-02")
    assert code_of(result, "a bank spokesman") == "DEUBUS"
    assert code_of(result, "The spokesman") == "DEUBUS"


def test_union_and_police_spokesmen_take_their_bodys_sector(analyse) -> None:
    union = analyse("LONDON, May 6 - The stoppage will go on into next week, a union spokesman said.",
                    "1987-05-06")
    assert code_of(union, "a union spokesman") == "GBRLAB"
    police = analyse("KARACHI, May 6 - Three suspects were held overnight, a police spokesman said.",
                     "1987-05-06")
    assert code_of(police, "a police spokesman") == "PAKCOP"


def test_embassy_spokesman_is_not_the_datelines_government(analyse) -> None:
    # an embassy's spokesman speaks for a foreign government: no spokesman of the dateline's country
    result = analyse("LONDON, May 6 - The talks broke down on Tuesday, an embassy spokesman said.", "1987-05-06")
    assert all(not (e.actor and e.actor.code == "GBRGOV") for e in result.entities)


def test_the_spokesman_after_two_spokesmen_is_nobodys_in_particular(analyse) -> None:
    result = analyse("LAHORE, May 6 - A police spokesman said two suspects were held. An army spokesman "
                     "denied any raid. The spokesman said troops stayed in barracks.", "1987-05-06")
    assert code_of(result, "A police spokesman") == "PAKCOP"
    assert code_of(result, "An army spokesman") == "PAKMIL"
    assert code_of(result, "The spokesman") not in {"PAKCOP", "PAKMIL"}


def test_capital_inside_company_name_is_no_country(analyse) -> None:
    # Stanley is the Falklands' capital; "Stanley Works", "Victoria Mills" are companies of the story's country
    result = analyse("NEW YORK, March 9 - Stanley Works said it acquired Brant Hinge Co for 20 mln dlrs.",
                     "1987-03-09")
    assert code_of(result, "Stanley Works") == "USABUS"
    mills = analyse("NEW YORK, March 9 - Victoria Mills said it sold its yarn unit to Corbett Textile Co.",
                    "1987-03-09")
    assert code_of(mills, "Victoria Mills") == "USABUS"


def test_person_named_like_a_company_stays_a_person(analyse) -> None:
    # a given name that is no place before a company word: a person (the rule needs a place's name)
    result = analyse("NEW YORK, March 9 - Edna Mills, a retired teacher, said she would sue the city.",
                     "1987-03-09")
    assert code_of(result, "Edna Mills") == "USAEDU"


def test_bank_spokesman_after_the_central_bank_speaks_for_it(analyse) -> None:
    result = analyse("OSLO, April 17 - The central bank sold 2 billion crowns of notes on Friday, a bank "
                     "spokesman told reporters.", "1987-04-17")
    assert code_of(result, "a bank spokesman") == code_of(result, "The central bank")
