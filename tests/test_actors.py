"""Entity merging and actor coding on realistic articles (our own bundled examples and inline texts)."""

from __future__ import annotations

import pytest

from conftest import SHARED, code_of, entity_with

BENNETT_STYLE = """Israeli Prime Minister Naftali Bennett met with Russian President Vladimir Putin in Moscow on Saturday.
Mr. Bennet "just finished a meeting in the Kremlin with the Russian president," his spokesman said.
The prime minister flew from Israel to Moscow, accompanied by Israeli construction minister Zeev Elkin.
In recent days, the government of the Jewish state has been widely criticized for being too timid towards Moscow.
Israel condemned the invasion through its foreign minister, Yair Lapid, but Naftali Bennet did not condemn Russia.
Before the trip, the head of the Israeli government spoke with Volodymyr Zelensky. If Bennett proposed a meeting with Vladimir Zelensky, the Kremlin rejected it.
The Prime Minister then flew to Berlin to meet with German Chancellor Olaf Scholz."""


def test_name_variants_titles_and_roles_merge_into_one_person(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    bennett = entity_with(result, "Naftali Bennett")
    texts = {m.text for m in bennett.mentions}
    assert {"Bennet", "Naftali Bennet", "Bennett", "The prime minister", "The Prime Minister",
            "the head of the Israeli government"} <= texts
    assert bennett.type == "PERSON"
    assert bennett.actor is not None and bennett.actor.code == "ISRGOV"


def test_role_with_country_resolves_to_office_holder(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    assert entity_with(result, "the Russian president") == entity_with(result, "Vladimir Putin")
    assert code_of(result, "Vladimir Putin") == "RUSGOV"


def test_transliterated_given_names_merge_but_different_surnames_do_not(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    assert entity_with(result, "Vladimir Zelensky") == entity_with(result, "Volodymyr Zelensky")
    assert entity_with(result, "Vladimir Zelensky") != entity_with(result, "Vladimir Putin")
    assert code_of(result, "Volodymyr Zelensky") == "UKRGOV"


def test_metonyms_and_bodies(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    assert entity_with(result, "Jewish state") == entity_with(result, "Israel")
    assert code_of(result, "Israel") == "ISR"
    assert code_of(result, "Kremlin") == "RUSGOV"
    assert entity_with(result, "Kremlin").type == "FAC"
    assert code_of(result, "the government of the Jewish state") == "ISRGOV"
    assert entity_with(result, "Moscow").type == "GPE"
    assert entity_with(result, "Berlin").type == "GPE"


def test_titles_and_appositives_code_people(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    assert code_of(result, "Zeev Elkin") == "ISRGOV"
    assert code_of(result, "Olaf Scholz") == "DEUGOV"
    assert entity_with(result, "its foreign minister") == entity_with(result, "Yair Lapid")
    assert code_of(result, "Yair Lapid") == "ISRGOV"
    spokesman = entity_with(result, "his spokesman")
    assert spokesman.actor is not None and spokesman.actor.code == "ISRGOV"
    assert "Naftali Bennett" in spokesman.name


def test_demonyms_in_titles_are_not_separate_entities(analyse) -> None:
    result = analyse(BENNETT_STYLE, "2022-03-05")
    assert not [e for e in result.entities if e.type == "NORP" and e.name in {"Israeli", "Russian", "German"}]


def test_office_holders_are_coded_by_the_date_of_the_article(analyse) -> None:
    text = "Netanyahu said on Tuesday that talks with the Palestinians would resume."
    assert code_of(analyse(text, "2020-06-02"), "Netanyahu") == "ISRGOV"
    in_opposition = analyse(text, "2022-03-01")  # Bennett was prime minister then
    assert code_of(in_opposition, "Netanyahu") is None


def test_former_officials_are_elites(analyse) -> None:
    result = analyse("Former Israeli prime minister Ehud Olmert criticised the plan on Monday.", "2023-03-01")
    assert code_of(result, "Ehud Olmert") == "ISRELI"


def test_ner_mislabels_are_repaired(analyse) -> None:
    text = ("Israel has repeatedly asked Kyiv to mediate. Both observe Shabbat but invoke security needs. "
            "Ukrainian President Volodymyr Zelensky spoke to Naftali Bennett, and Naftali Bennet replied.")
    result = analyse(text, "2022-03-05")
    kyiv = entity_with(result, "Kyiv")
    assert kyiv.type == "GPE" and kyiv.actor is not None and kyiv.actor.code == "UKRGOV"
    assert not any(m.text == "Shabbat" for e in result.entities for m in e.mentions)
    assert entity_with(result, "Naftali Bennet") == entity_with(result, "Naftali Bennett")


def test_unknown_people_get_their_title_country_and_sector(example) -> None:
    result = example("sahel_2024-03-16.txt")
    # "Assistant Secretary of State" is a title only the US government uses (national_bodies.csv title rows)
    assert code_of(result, "Molly Phee") == "USAGOV"
    # A colonel named with no country, in a story about Niger's junta: a domestic title, so the article's
    # country (actor.basis "article"), as a coder would code him.
    assert code_of(result, "Amadou Abdramane") == "NERMIL"
    assert code_of(result, "U.S. troops") == "USAMIL"
    assert entity_with(result, "U.S. troops") == entity_with(result, "American troops")
    assert code_of(result, "Pentagon") == "USAMIL"
    assert code_of(result, "ECOWAS") == "IGOWAFWAS"


def test_surname_only_mentions_join_their_person_whatever_the_ner_said(example) -> None:
    result = example("gaza_ceasefire_2024-11-27.txt")
    blinken = entity_with(result, "Antony Blinken")
    assert sum(m.text == "Blinken" for m in blinken.mentions) == 2
    assert blinken.actor is not None and blinken.actor.code == "USAGOV"
    assert entity_with(result, "Qatar's prime minister") == entity_with(
        result, "Sheikh Mohammed bin Abdulrahman Al Thani")
    assert code_of(result, "Hezbollah") == "LBNREB"
    assert code_of(result, "the Israeli cabinet") == "ISRGOV"
    assert code_of(result, "Gaza") == "PSE"


def test_roles_without_a_name_resolve_by_country_and_office(example) -> None:
    result = example("ankara_nato_2023-01-14.txt")
    assert entity_with(result, "The Turkish leader") == entity_with(result, "Recep Tayyip Erdogan")
    kristersson = entity_with(result, "Ulf Kristersson")
    assert {"Kristersson", "The Swedish prime minister"} <= {m.text for m in kristersson.mentions}
    assert code_of(result, "Ulf Kristersson") == "SWEGOV"
    assert code_of(result, "Jens Stoltenberg") == "IGOWSTNAT"
    assert code_of(result, "Antony Blinken") == "USAGOV"


def test_translation_noise_does_not_break_coding(example) -> None:
    result = example("wang_wong_beijing_2022-12-21.txt")
    wang = entity_with(result, "Wang Yi")
    assert "Wang" in {m.text for m in wang.mentions}  # surname-first name: "Wang" alone is him
    assert wang.actor is not None and wang.actor.code == "CHNGOV"
    assert code_of(result, "Penny Wong") == "AUSGOV"
    assert entity_with(result, "The foreign minister of Australia") == entity_with(result, "Penny Wong")
    assert code_of(result, "Cheng Lei") == "AUSMED"
    assert code_of(result, "Chinese Foreign Ministry") == "CHNGOV"
    assert not any(m.text == "an Australian foreign minister" for e in result.entities for m in e.mentions)


def test_every_mention_offset_points_at_its_text(example) -> None:
    for name in ("brasilia_summit_2023-05-30.txt", "gaza_ceasefire_2024-11-27.txt"):
        result = example(name)
        for ent in result.entities:
            for m in ent.mentions:
                assert result.article.text[m.start:m.end] == m.text


@pytest.mark.skipif(not (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").exists(),
                    reason="../shared/examples not present: the canonical example is not part of a user's clone")
def test_canonical_example_actors(analyse) -> None:
    text = (SHARED / "examples" / "bennett_moscow_2022-03-05.txt").read_text(encoding="utf-8")
    result = analyse(text, "2022-03-05")
    bennett = entity_with(result, "Naftali Bennett")
    assert {"Bennet", "Bennett", "Naftali Bennet", "the prime minister", "The Prime Minister",
            "the head of the Israeli government"} <= {m.text for m in bennett.mentions}
    assert bennett.actor is not None and bennett.actor.code == "ISRGOV"
    assert entity_with(result, "the Russian president") == entity_with(result, "Vladimir Putin")
    for name, code in [("Vladimir Putin", "RUSGOV"), ("Volodymyr Zelensky", "UKRGOV"), ("Olaf Scholz", "DEUGOV"),
                       ("Yair Lapid", "ISRGOV"), ("Zeev Elkin", "ISRGOV"), ("Kremlin", "RUSGOV")]:
        assert code_of(result, name) == code, name
    assert code_of(result, "United Nations General Assembly") == "IGOUNO"
    for place in ("Moscow", "Berlin"):
        assert entity_with(result, place).type == "GPE"
    assert entity_with(result, "Kremlin").type == "FAC"
