"""Actors by kind: group and role nouns of a story's country, named people with a descriptor, security forces
and armed groups, bodies named after a place. Self-written sentences in the style of regional conflict news."""

from __future__ import annotations

from conftest import code_of, entity_with
from newsevents import ArticleResult


def code_ending(result: ArticleResult, words: str) -> str | None:
    """The code of the one entity a mention of which ends with `words` ("two villagers" for "villagers")."""
    found = {e.id: e for e in result.entities for m in e.mentions if m.text.endswith(words)}
    assert len(found) == 1, f"{words!r}: {[(e.name, [m.text for m in e.mentions]) for e in result.entities]}"
    ent = next(iter(found.values()))
    return ent.actor.code if ent.actor else None

INDIA_STORY = """Maoists shot dead two villagers in Gadchiroli district of Maharashtra in India on Monday night, police said.
Security forces later killed a Maoist commander, Rajesh Tudu, in an encounter in the same district.
Miscreants also abducted two masons from a nearby village, Indian officials said."""

PAKISTAN_STORY = """Unidentified gunmen shot dead a police constable, Gulzar Alvi, in Karachi on Tuesday.
TTP spokesman Shahid Khan claimed responsibility for the killing in a telephone call to reporters.
The Sindh Rangers arrested three suspects later, and Pakistan's interior ministry ordered an inquiry."""


def test_bare_and_counted_group_nouns_are_the_story_country_groups(analyse) -> None:
    result = analyse(INDIA_STORY, "2011-05-03")
    assert code_of(result, "Maoists") == "INDREB"
    assert code_ending(result, "villagers") == "INDCVL"
    assert code_of(result, "Security forces") == "INDMIL"
    assert code_of(result, "police") == "INDCOP"
    assert code_of(result, "Miscreants") == "INDUAF"
    assert code_ending(result, "masons") == "INDLAB"


def test_a_rank_in_a_movement_takes_the_movement_sector(analyse) -> None:
    result = analyse(INDIA_STORY, "2011-05-03")
    assert code_of(result, "Rajesh Tudu") == "INDREB"


def test_descriptor_before_a_name_codes_the_person(analyse) -> None:
    result = analyse(PAKISTAN_STORY, "2011-05-03")
    assert code_of(result, "Gulzar Alvi") == "PAKCOP"
    assert code_of(result, "Unidentified gunmen") == "PAKUAF"


def test_spokesman_of_a_named_group_takes_the_group_code(analyse) -> None:
    result = analyse(PAKISTAN_STORY, "2011-05-03")
    assert code_of(result, "Shahid Khan") == "PAKINS"
    assert code_of(result, "Sindh Rangers") == "PAKMIL"


def test_security_forces_and_armed_groups_from_the_tables(analyse) -> None:
    text = ("CRPF personnel and BSF troopers arrested two NSCN-IM cadres and a ULFA militant in Assam on Friday. "
            "In Bangladesh, the Rapid Action Battalion detained five JMB members, officials in Dhaka said.")
    result = analyse(text, "2009-06-12")
    assert code_of(result, "CRPF") == "INDCOP"
    assert code_of(result, "BSF") == "INDMIL"
    assert code_of(result, "NSCN-IM") == "INDREB"
    assert code_of(result, "ULFA") == "INDREB"
    assert code_of(result, "Rapid Action Battalion") == "BGDCOP"
    assert code_of(result, "JMB") == "BGDREB"


def test_a_state_or_city_in_a_body_name_gives_its_country(analyse) -> None:
    result = analyse("Assam Police arrested a trader, Abdul Rahim, on Sunday. Karachi police said two "
                     "suspects had fled.", "2010-02-07")
    assert code_of(result, "Assam Police") == "INDCOP"
    assert code_of(result, "Karachi police") == "PAKCOP"


def test_a_place_shared_by_two_countries_takes_the_story_home(analyse) -> None:
    text = ("The Punjab Police arrested three suspects in Amritsar on Sunday. India's home ministry said the "
            "arrests followed the blast in Amritsar, and Indian officials visited India's border posts.")
    result = analyse(text, "2010-02-07")
    assert code_of(result, "The Punjab Police") == "INDCOP"


def test_companies_named_after_places_are_not_state_bodies(analyse) -> None:
    result = analyse("Morgan Stanley said on Monday it would buy Texas Commerce Bank for $1 billion.",
                     "1987-03-02")
    ent = entity_with(result, "Morgan Stanley")
    assert ent.actor is None or not ent.actor.code.endswith("COP")


def test_indefinite_offices_still_name_nobody(analyse) -> None:
    result = analyse("An Australian foreign minister would never accept such terms, analysts said.", "2020-01-01")
    assert all(not any(m.text.lower().startswith("an australian") for m in e.mentions) for e in result.entities)


def test_officials_said_stays_without_actor(analyse) -> None:
    result = analyse("Officials said the talks would resume next week.", "2020-01-01")
    assert not any(m.text == "Officials" for e in result.entities for m in e.mentions)


def test_an_abbreviation_after_a_name_whose_brackets_were_lost(analyse) -> None:
    text = ("The Rapid Action Battalion RAB arrested two JMB cadres in Dhaka on Monday, Bangladesh police said. "
            "Twelve deputies of the Mexican Congress were not involved.")
    result = analyse(text, "2012-04-02")
    assert code_of(result, "Rapid Action Battalion RAB") == "BGDCOP"
    assert code_of(result, "Bangladesh police") == "BGDCOP"


def test_division_names_and_the_generic_words_that_are_no_place() -> None:
    from newsevents.actors.home import GENERIC_PLACE_WORDS, division_countries

    assert division_countries("assam") == frozenset({"IND"})
    assert "coast" in GENERIC_PLACE_WORDS  # "Coast Guard" is no body of Kenya's Coast province


def test_a_local_group_is_of_the_country_its_clause_happens_in(analyse) -> None:
    text = ("In Guatemala, police arrested seven people for extorting bus drivers. Honduras has seen a wave of "
            "extortion, and Honduran officials say Honduras needs help from Honduras's neighbours.")
    result = analyse(text, "2014-07-01")
    assert code_of(result, "police") == "GTMCOP"


def test_rangers_alone_are_pakistan_rangers(analyse) -> None:
    text = "The Rangers fired at labourers near the border in Punjab, India, Indian officials said. India protested."
    result = analyse(text, "2014-09-20")
    assert code_of(result, "Rangers") == "PAKMIL"
    assert code_ending(result, "labourers") == "INDLAB"


def test_a_person_identified_as_takes_the_noun_before(analyse) -> None:
    text = ("A villager identified as Sukhram Poyam was killed by Maoists in Narayanpur District of "
            "Chhattisgarh in India on Monday, Indian police said.")
    result = analyse(text, "2013-02-27")
    assert code_of(result, "Sukhram Poyam") == "INDCVL"


def test_a_small_town_alone_gives_no_home(analyse) -> None:
    text = "Unidentified militants abducted three ginger traders from an area near Terang on March 15."
    result = analyse(text, "2012-03-16")
    assert all(not (e.actor and e.actor.code.startswith("AUS")) for e in result.entities)


def test_a_place_further_out_is_not_the_clause_country(analyse) -> None:
    text = ("Five oil workers were kidnapped in the department of Arauca on the Venezuela border. Colombia has "
            "seen more kidnappings this year, Colombian officials in Colombia said.")
    result = analyse(text, "2011-08-01")
    assert code_ending(result, "workers") == "COLLAB"
