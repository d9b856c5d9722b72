"""Parties whose role the text gives, coded by that role and not by a bare country:

- a wire's capitalised plural after a country word ("U.S. Officials said", "Japanese Officials") is the role
  noun it is (actors/role_phrases.py `role_lemma`): USAGOV, JPNGOV, not the bare country of "U.S.";
- a name the NER took for a person's, in apposition to a private body's description ("X, a private Brazilian
  company") is that body (actors/mentions.py `_mistyped_body`): BRABUS, not the bare country;
- the head of a state's Board of Investment is an official (data/org_words.csv): GOV;
- a people's word with "the", standing as a noun, in a state's act ("the Saudis had demanded", "the Nigerians
  are negotiating") is that state's side (events/implied.py `_people_as_state`): GOV; a people's word
  describing a noun ("the Japanese market") or without "the" is not.
"""

from __future__ import annotations

from newsevents import ArticleResult


def codes(result: ArticleResult, name: str) -> set[str]:
    """The actor codes of the entities whose mentions include `name`."""
    return {e.actor.code for e in result.entities if e.actor is not None
            and any(m.text.replace("\n", " ") == name for m in e.mentions)}


def parties(result: ArticleResult, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one code prefix."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo.startswith(root)]


def test_capitalised_officials_after_us_are_the_government(analyse) -> None:
    result = analyse("TOKYO, April 2 - The ministry will tell U.S. Officials at talks later this month that "
                     "opening the market would hurt farmers.", "1987-04-02")
    assert codes(result, "U.S. Officials") == {"USAGOV"}
    assert any(target == "USAGOV" for _, target in parties(result, "04"))


def test_capitalised_officials_after_a_people_word_are_that_government(analyse) -> None:
    result = analyse("TOKYO, March 3 - Japanese Officials said they would meet American trade negotiators "
                     "in Washington next week.", "1987-03-03")
    assert codes(result, "Japanese Officials") == {"JPNGOV"}


def test_a_name_described_as_a_private_company_is_a_company(analyse) -> None:
    result = analyse("TORONTO, March 2 - The miner also agreed to buy a 19 pct stake in Novo Astro, a private "
                     "Brazilian company, and a 16 pct interest in another gold property.", "1987-03-02")
    assert codes(result, "Novo Astro") == {"BRABUS"}


def test_the_head_of_a_board_of_investment_is_an_official(analyse) -> None:
    result = analyse("BANGKOK, April 17 - A Japanese maker of audio tapes plans to build a plant here, Chira "
                     "Phanupong, head of Thailand's Board of Investment, told reporters.", "1987-04-17")
    assert codes(result, "Chira Phanupong") == {"THAGOV"}


def test_the_saudis_demanding_are_the_saudi_government(analyse) -> None:
    result = analyse("RIO DE JANEIRO, March 12 - The Saudis had demanded that Brazil obtain credit guarantees "
                     "from leading international banks.", "1987-03-12")
    assert ("SAUGOV", None) in parties(result, "10")


def test_the_nigerians_negotiating_are_the_nigerian_government(analyse) -> None:
    result = analyse("LAGOS, April 2 - He said the Nigerians are now trying to negotiate bilateral accords "
                     "with members of the Paris Club.", "1987-04-02")
    assert any(source == "NGAGOV" for source, _ in parties(result, "04"))


def test_a_people_word_describing_a_noun_stays_no_government(analyse) -> None:
    result = analyse("WASHINGTON, March 27 - American officials criticised the Japanese market on Friday for "
                     "shutting out U.S. chips.", "1987-03-27")
    assert all(target != "JPNGOV" for _, target in parties(result, "11"))
