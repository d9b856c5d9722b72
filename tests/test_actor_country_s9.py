"""A party's country from the words around it, not from a place word inside its name: a city opening a
company's name ("Lyon Food Cos Inc" in an American story) gives way to the story's country; a legal form the
NER left out of a name ("U.S. Design\\nCorp", "Lyon Food Cos Inc") still makes it a company; a person's name
the NER took for a body ("Javier Sicilia's") gets no country from a region word in it; a capital followed by
another country's name is a town of that country ("Buenos Aires, Ecuador"); and a first-level division
acting is its government ("Texas sued", "the state of Guerrero asked")."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline


@pytest.fixture(scope="module")
def read(pipeline: Pipeline):
    cache: dict[tuple[str, str | None], ArticleResult] = {}

    def run(text: str, dateline: str | None = None) -> ArticleResult:
        key = (text, dateline)
        if key not in cache:
            cache[key] = pipeline.analyse(Article(id="t", text=text, published=date(1987, 4, 3),
                                                  dateline=dateline))
        return cache[key]

    return run


def code(result: ArticleResult, word: str) -> str | None:
    """The code of the one entity a mention of which starts with `word`."""
    found = {e.id: e for e in result.entities if any(m.text.startswith(word) for m in e.mentions)}
    assert len(found) == 1, f"{word!r}: {[e.name for e in result.entities]}"
    ent = next(iter(found.values()))
    return ent.actor.code if ent.actor else None


def test_city_in_company_name_gives_way_to_the_story(read) -> None:
    result = read("Hartford Brands Ltd said it has\nbeen sued by Lyon Food Cos Inc which is seeking 2.3 mln dlrs "
                  "in damages over the sale of its former snack foods unit.", "GREENWICH, Conn., April 3 -")
    assert code(result, "Lyon Food") == "USABUS"


def test_legal_form_after_a_line_break_makes_a_company(read) -> None:
    result = read("Quantel Corp and U.S. Design\nCorp <USDC>, said they reached a definitive agreement "
                  "covering the acquisition of U.S. Design by Quantel.", "SAN JOSE, Calif., March 13 -")
    assert code(result, "U.S. Design") == "USABUS"


def test_person_name_read_as_a_body_takes_no_country_from_a_region_word(read) -> None:
    result = read("Hundreds of activists joined Javier Sicilia's Movement for Peace in Cuernavaca.")
    assert not any((e.actor.code or "").startswith("ITA") for e in result.entities if e.actor)


def test_capital_followed_by_another_country_is_a_town_of_that_country(read) -> None:
    result = read("Colombian police have fought the gangs for years. In an operation in Buenos Aires, "
                  "Ecuador, officers arrested three men linked to the gang.")
    assert code(result, "Buenos Aires") == "ECU"


def test_us_state_acting_is_its_government(read) -> None:
    result = read("Texas sued the federal government over the new grazing rules on Monday.")
    assert code(result, "Texas") == "USAGOV"


def test_state_of_a_division_is_its_government_in_that_countrys_story(read) -> None:
    result = read("Mexican federal police arrived in Chilpancingo on Monday. The state of Guerrero asked "
                  "the federal government for more troops.")
    assert code(result, "Guerrero") == "MEXGOV"


def test_division_name_is_coded_only_in_its_own_countrys_story(read) -> None:
    result = read("Peruvian police said the gang moved cocaine through Lima and Callao. Officials in "
                  "Guerrero were not told, a Peruvian prosecutor said.")
    assert not (code(result, "Guerrero") or "").startswith("MEX")


def test_division_the_text_calls_one_is_of_the_one_country_that_has_it(read) -> None:
    result = read("Peruvian police said the gang moved cocaine through Lima and Callao to buyers in the "
                  "Brazilian city of Niteroi, in Rio de Janeiro state.")
    assert code(result, "Rio de Janeiro") == "BRA"


def test_authorities_acting_in_a_town_are_that_towns_countrys(read) -> None:
    result = read("Colombian gangs have spread south across the border. On Monday the authorities arrested "
                  "three Colombians in Guayaquil.")
    assert code(result, "the authorities") == "ECUGOV"


def test_police_speaking_of_another_place_keep_no_country_from_it(read) -> None:
    result = read("Colombian gangs have spread north. Police in Cali said the cocaine was bound for Miami.")
    assert code(result, "Police") == "COLCOP"


def test_ambiguous_exchange_suffix_gives_no_country(read) -> None:
    result = read("Consolidated Brick Ltd <CBRA.S> said it agreed to buy a brick maker for 120 mln dlrs.",
                  "SYDNEY, April 3 -")
    assert code(result, "Consolidated Brick Ltd") == "AUSBUS"


def test_state_named_like_another_countrys_capital_is_the_storys_division(read) -> None:
    result = read("Venezuela's National Guard has stepped up patrols. On Monday the guardsmen arrested two men "
                  "at a checkpoint in Sucre state and seized four rifles.")
    assert not (code(result, "Sucre") or "").startswith("BOL")


def test_spanish_gang_word_opening_a_name_is_no_region(read) -> None:
    result = read("Police in San Salvador said members of the Mara Los Tiburones gang killed two bus drivers "
                  "in Soyapango, El Salvador.")
    assert not any((e.actor.code or "").startswith("TZA") for e in result.entities if e.actor)


def test_wire_code_without_exchange_suffix_is_a_us_listing_when_the_story_says_nothing(read) -> None:
    result = read("Nomura Securities Co Ltd said it will provide Business Radio Network <BRNI> with a daily "
                  "market report from Tokyo.", "NEW YORK, March 3 -")
    assert code(result, "Business Radio Network") == "USABUS"


def test_short_name_opening_a_companys_name_is_that_company(pipeline: Pipeline) -> None:
    result = pipeline.analyse(Article(
        id="t", title="Owens-Corning Agrees With Taiwan Fiber",
        text="Owens-Corning Agrees With Taiwan Fiber\nOwens-Corning Fiberglass Corp said it agreed with Taiwan "
             "Fiber Industries Corp on the manufacture of its fiberglass products under license.",
        published=date(1987, 6, 1), dateline="TOLEDO, Ohio, June 1 -"))
    assert {e.actor.code for e in result.entities if e.actor and "Taiwan Fiber" in e.name} == {"TWNBUS"}


STORY = "Venezuela's crime rate rose again last year. Venezuelan police blamed gangs in Caracas and Maracaibo. "


def test_minister_in_a_story_clearly_about_one_country_is_its(read) -> None:
    result = read(STORY + "Interior Minister Nestor Reverol said police had arrested 20 gang members.")
    assert code(result, "Nestor Reverol") == "VENGOV"


def test_minister_in_a_sentence_naming_another_country_stays_unplaced(read) -> None:
    result = read(STORY + "Interior Minister Juan Perez met Colombian officials in Bogota on Monday.")
    assert not (code(result, "Juan Perez") or "").startswith("VEN")


def test_division_only_acted_on_is_its_country_not_its_government(read) -> None:
    result = read("Mexican cartels have stepped up their incursions into Arizona, US officials said.")
    assert code(result, "Arizona") == "USA"


def test_officials_of_a_division_make_it_act_as_its_government(read) -> None:
    result = read("Guatemalan police reported more killings in Guatemala City. The mayors of Huehuetenango have "
                  "called on the federal government to increase security measures.")
    assert code(result, "Huehuetenango") == "GTMGOV"
