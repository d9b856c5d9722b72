"""Organisations and office holders as a strict coder reads them: a company takes no partner's country, a
company's short name is the company's, a lone surname is the one holder of that name in office that day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import code_of, entity_with
from newsevents import Article


@pytest.mark.parametrize(("text", "published", "mention", "code"), [
    # the one holder so named in office on the day, in a story naming his country
    ("Shultz told reporters the United States would press Japan to open its markets.", "1987-05-12",
     "Shultz", "USAGOV"),
    # an alias of a later holder (Benigno Aquino III, 2010) gives way to the holder of the day
    ("The rescheduling with foreign banks was signed in Manila on Tuesday, Aquino said.", "1987-05-12",
     "Aquino", "PHLGOV"),
])
def test_lone_surname_is_the_one_holder_in_office(analyse, text, published, mention, code):
    assert code_of(analyse(text, published), mention) == code


@pytest.mark.parametrize(("text", "published"), [
    # no country of his named: a private Shultz as likely
    ("Shultz told reporters prices would rise.", "1987-05-12"),
    # no day: no office held
    ("Shultz told reporters the United States would press Japan to open its markets.", None),
])
def test_lone_surname_unresolved_without_country_or_day(analyse, text, published):
    ent = entity_with(analyse(text, published), "Shultz")
    assert ent.actor is None or ent.actor.code is None


def test_full_name_given_keeps_lone_surname_to_its_own_person(analyse):
    result = analyse("John Baker, president of Acme Corp, said sales rose. Baker told reporters in Chicago "
                     "the dollar had fallen.", "1987-05-12")
    assert entity_with(result, "Baker") is entity_with(result, "John Baker")
    assert code_of(result, "Baker") != "USAGOV"


def test_short_form_after_a_rank_word_is_the_company(analyse):
    result = analyse(
        "An investor group trying to acquire Harlan Inc said it would move to unseat the board.\n"
        "    General Acquisition Co, a partnership of Dawson and Green and Acme Industries Inc, said in a "
        "letter sent to Harlan on Friday that it was willing to negotiate.\n"
        "    Harlan officials declined to comment.\n"
        "    General Acquisition said the board could not make an informed decision until it had talked "
        "with the group.", "1987-03-30")
    company = entity_with(result, "General Acquisition Co")
    assert entity_with(result, "General Acquisition") is company
    assert not [e for e in result.entities if e.type == "PERSON" and e.name == "Acquisition"]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Central bank governors of the Group of 10 met in Basle on Monday.", "Group of 10", "IGOGOS"),
    # initials of a country before a creditors' noun are the holders' own nationality
    ("Peru offered to repay U.S. bondholders part of the defaulted debt.", "U.S. bondholders", "USABUS"),
    # ... a possessive is not
    ("Peru's bondholders rejected the offer.", "Peru's bondholders", "BUS"),
])
def test_group_names_and_creditor_nationality(analyse, text, mention, code):
    assert code_of(analyse(text, "1987-05-12"), mention) == code


def test_body_against_a_crime_is_not_of_that_crime(analyse):
    result = analyse("The Alliance Against Organized Crime said extortion grew in Honduras.", "2015-05-12")
    assert "CRM" not in (code_of(result, "Alliance Against Organized Crime") or "")


@pytest.mark.parametrize(("published", "military"), [("1987-03-30", False), ("2022-03-30", True)])
def test_founded_body_name_is_a_surname_before(analyse, published, military):
    result = analyse("Wagner and Brown, a Texas oil partnership, said it would bid for Harlan Inc.", published)
    assert (code_of(result, "Wagner") or "").endswith("MIL") is military


def test_company_blocked_from_dateline_takes_no_partner_country(pipeline):
    text = ("Widget Corp said it agreed to become the exclusive distributor of Osaka-based Sanko Co Ltd toy "
            "lines in Australia and also agreed to buy the business of Sanko Australia.\n"
            "The Sanko agreement is expected to add 10 mln dlrs to Widget's sales in 1987.")
    result = pipeline.analyse(Article(id="t", text=text, published=date(1987, 3, 2),
                                      dateline="AKRON, Ohio, March 2 -"))
    assert code_of(result, "Widget Corp") != "JPNBUS"


@pytest.mark.parametrize(("text", "mention", "code"), [
    # an organ of a party is the party's
    ("The Executive Council of the Liberal Democratic Party approved the tax plan on Tuesday in Tokyo.",
     "Executive Council", "JPNPTY"),
    # ... of a ruling party the tables code as the government, the government's
    ("The Political Bureau of the Communist Party of China met in Beijing on Monday.", "Political Bureau",
     "CHNGOV"),
])
def test_organ_of_a_party_takes_its_sector(analyse, text, mention, code):
    assert code_of(analyse(text, "1987-05-12"), mention) == code
