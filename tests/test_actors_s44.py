"""A party's country read from a word that names another place, and bodies a short form or a shared name
stands for:

- another name geonames gives a capital stands for it only when it names no other place abroad
  (actors/knowledge.py `_capital_other_name`): "Praja" (a spelling of Praia) opens Indian names ("a Praja
  Court" of the Maoists is no body of Cabo Verde), "Delhi" is India's city (an old name of Dili; as a
  metonym India's government, data/metonyms.csv), "Philadelphia" the American city (Amman's ancient
  name); "Peking", "Teheran" still stand for their capitals;
- a bare head word ("the Bank") after several bodies so named is the one the story is about, named first
  and most ("the Bank" after the World Bank and, once, Japan's Export-Import Bank) (actors/merge.py
  `_story_body`); with no such lead it stays unresolved;
- "the mayor of San Salvador": a capital's full name is looked up before its last word
  (actors/candidates.py `_country_in`), which is a Brazilian city ("Salvador") and no capital's name;
- a name written before a South Asian unit word ("Bara tehsil", division_unit_words.csv) is a place, not
  a person (actors/mentions.py `_unit_word_after`), and of one of the word's countries: the story's, not
  the likeliest namesake abroad (Sudan's Bara) (actors/home.py `unit_countries`, `place_choice`).
"""

from __future__ import annotations

from newsevents import ArticleResult
from newsevents.actors.knowledge import default_knowledge


def codes(result: ArticleResult, name: str) -> set[str | None]:
    """The actor codes of the entities whose mentions include `name`."""
    return {e.actor.code if e.actor else None for e in result.entities
            if any(m.text.replace("\n", " ") == name for m in e.mentions)}


def countries(result: ArticleResult) -> set[str]:
    """The countries the article's coded entities open with."""
    return {e.actor.code[:3] for e in result.entities if e.actor is not None and e.actor.code}


def test_a_capitals_other_name_that_names_another_place_is_no_capital() -> None:
    kb = default_knowledge()
    assert kb.capitals.get("praja") is None  # Praia, Cabo Verde
    assert kb.capitals.get("delhi") is None  # Dili, East Timor
    assert kb.capitals.get("philadelphia") is None  # Amman
    assert kb.capitals.get("bathurst") is None  # Banjul; a Canadian and an Australian town


def test_older_spellings_of_capitals_still_stand_for_them() -> None:
    kb = default_knowledge()
    assert kb.capitals.get("peking") == "CHN"
    assert kb.capitals.get("teheran") == "IRN"
    assert kb.capitals.get("kiev") == "UKR"


def test_a_maoist_praja_court_is_not_of_cabo_verde(analyse) -> None:
    result = analyse("Maoist cadres abducted two villagers from Kutru area of Bijapur District and tried them "
                     "in a Praja Court in the forest, accusing them of being Police informers.", "2018-03-30")
    assert "CPV" not in countries(result)
    assert not any(c and c.startswith("CPV") for c in codes(result, "Praja Court"))


def test_delhi_as_a_metonym_is_india(analyse) -> None:
    result = analyse("Delhi rejected the proposal made by Islamabad on Monday.", "2016-05-02")
    assert codes(result, "Delhi") == {"INDGOV"}
    assert "TLS" not in countries(result)


def test_the_bank_after_the_world_bank_is_the_world_bank(analyse) -> None:
    result = analyse(
        "JAKARTA, March 22 - The World Bank will press Indonesia to open its economy, diplomats said.\n"
        "Indonesia has received 10 billion dlrs from the World Bank since 1968.\n"
        "Japan's Export-Import Bank last month agreed to lend Indonesia 900 mln dlrs.\n"
        "Last month the Bank endorsed the economic changes Indonesia had made.", "1987-03-22")
    assert codes(result, "Bank") == {"IGOUNOWBK"}
    assert codes(result, "Export-Import Bank") == {"JPNGOV"}


def test_the_bank_after_two_banks_named_alike_stays_unresolved(analyse) -> None:
    result = analyse(
        "LONDON, March 22 - Midland Bank and Barclays Bank both cut their base rates today.\n"
        "The Bank said it expected other lenders to follow.", "1987-03-22")
    for name in ("Midland Bank", "Barclays Bank"):
        assert not any({m.text for m in e.mentions} >= {name, "Bank"} for e in result.entities)


def test_the_mayor_of_san_salvador_is_salvadoran(analyse) -> None:
    result = analyse("The mayor of San Salvador met gang leaders in a prison last year.", "2016-04-02")
    assert {e.actor.code for e in result.entities if e.name == "mayor" and e.actor} == {"SLVGOV"}


SCHOOL_BLAST = ("Unidentified militants blew up a government school for girls in Sheikhan area of Bara tehsil in "
                "Khyber Agency. Residents said the saboteurs later took away the furniture of schools destroyed "
                "in Bara. The items are then sold in Bara and nearby areas, a resident said.")


def test_a_tehsil_of_a_name_a_sudanese_town_has_is_pakistans(analyse) -> None:
    result = analyse(SCHOOL_BLAST, "2011-06-12")
    assert "SDN" not in countries(result)
    assert codes(result, "Unidentified militants") == {"PAKUAF"}


def test_a_name_before_tehsil_is_a_place_not_a_person(analyse) -> None:
    result = analyse(SCHOOL_BLAST, "2011-06-12")
    assert all(e.type != "PERSON" for e in result.entities if e.name == "Bara")


def test_a_name_with_no_unit_word_keeps_the_likeliest_place(analyse) -> None:
    result = analyse("Rebels attacked an army convoy near Bara in North Kordofan, Sudan's army said.",
                     "2011-06-12")
    assert "PAK" not in countries(result)
