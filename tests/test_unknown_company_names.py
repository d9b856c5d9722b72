"""Companies no table knows, named as wires name them: a run of capitalised words ending in a legal form is a
company even where the NER saw no name (under a headline), and the company's one-word short name later in the
story ("Kessler" after "J.W. Kessler Group Inc") is that company, not a place or nobody."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents import Article, ArticleResult, Pipeline


@pytest.fixture(scope="module")
def wire(pipeline: Pipeline):
    cache: dict[tuple[str, str], ArticleResult] = {}

    def run(text: str, dateline: str) -> ArticleResult:
        if (text, dateline) not in cache:
            cache[(text, dateline)] = pipeline.analyse(
                Article(id="w", text=text, published=date(1987, 3, 18), dateline=dateline))
        return cache[(text, dateline)]

    return run


def _entity_codes(result: ArticleResult) -> dict[str, str | None]:
    """Each mention's text -> its entity's actor code."""
    return {m.text: (e.actor.code if e.actor else None) for e in result.entities for m in e.mentions}


def _source_code(result: ArticleResult, trigger: str) -> str | None:
    events = [ev for ev in result.events if ev.mentions[0].trigger == trigger]
    assert events, [ev.mentions[0].trigger for ev in result.events]
    return events[0].source.code if events[0].source else None


HEADLINE_STORY = ("Quillan Software <Qsft> To Make Acquisition\n\n"
                  "Quillan Software Corp said it has agreed in principle to acquire privately-held "
                  "network maker Dorsey Data II Corp for about three mln common shares.")


def test_company_under_headline_is_named_and_placed_by_dateline(wire) -> None:
    result = wire(HEADLINE_STORY, "READING, Pa., March 18 -")
    assert _entity_codes(result).get("Quillan Software Corp") == "USABUS"
    assert _source_code(result, "agreed") == "USABUS"


@pytest.mark.parametrize(("text", "names"), [
    ("Shares of Quillan Software Corp rose after Dorsey Data II Corp said it would buy them.",
     ["Quillan Software Corp", "Dorsey Data II Corp"]),
    # where a name with "and" begins is unclear: no "Whitley Co" cut out of "Pratt and Whitley Co"
    ("Pratt and Whitley Co said it won a contract from the Navy.", []),
    ("Analysts at Morgan Hale and Co Inc said the offer was low.", []),
    # "AG" and "SA" are initials too (the Attorney General, South Africa): no legal form by themselves
    ("The Texas AG said the merger was under review.", []),
])
def test_legal_form_runs(nlp, text: str, names: list[str]) -> None:
    from newsevents.actors.mentions import _legal_form_names

    assert [s.text for s in _legal_form_names(nlp(text), [])] == names


SHORT_NAME_STORY = ("J.W. Kessler Group Inc shares rose on speculation the company would receive a takeover "
                    "offer, traders said.\n    Kessler several months ago rejected a buyout offer from "
                    "Dunmore Capital Corp. A Kessler official declined comment.")


def test_short_name_is_the_company_named_in_full(wire) -> None:
    result = wire(SHORT_NAME_STORY, "NEW YORK, March 18 -")
    full = next(e for e in result.entities if any(m.text == "J.W. Kessler Group Inc" for m in e.mentions))
    assert "Kessler" in {m.text for m in full.mentions}
    assert full.actor is not None and full.actor.code == "USABUS"
    assert _source_code(result, "rejected") == "USABUS"


def test_surname_of_a_named_person_stays_the_person(wire) -> None:
    # a person named in full with the company's first word as surname: "Kessler" alone may be either
    text = ("Kessler Tool Corp said its founder Martin Kessler would retire. Kessler said the board would "
            "name a successor.")
    result = wire(text, "DAYTON, Ohio, March 18 -")
    tool = next(e for e in result.entities if any(m.text == "Kessler Tool Corp" for m in e.mentions))
    assert "Kessler" not in {m.text for m in tool.mentions}


def test_generic_first_word_is_no_short_name(wire) -> None:
    # "National" of "National Harbor Corp" is too common to stand alone for the company
    text = ("National Harbor Corp said it agreed to sell its ferry unit. National officials declined to "
            "comment.")
    result = wire(text, "BALTIMORE, March 18 -")
    harbor = next(e for e in result.entities if any(m.text == "National Harbor Corp" for m in e.mentions))
    assert {m.text for m in harbor.mentions} == {"National Harbor Corp"}


def test_dotted_initials_written_without_dots_are_the_company(wire) -> None:
    text = ("R.M.L. Growers Holdings Ltd said it extended its offer for 40 pct of Harlan Foods Ltd. RML, a "
            "group of fruit growers, is appealing a securities commission ruling against the bid.")
    result = wire(text, "TORONTO, March 18 -")
    full = next(e for e in result.entities if any(m.text == "R.M.L. Growers Holdings Ltd" for m in e.mentions))
    assert "RML" in {m.text for m in full.mentions}
    assert full.actor is not None and full.actor.code == "CANBUS"


@pytest.mark.parametrize(("text", "name", "code"), [
    # a description in apposition gives an unknown name its country and sector
    ("Vortex, an Argentine gang of former police officers, threatened shopkeepers in Rosario.", "Vortex",
     "ARGCRM"),
    # the name's own words keep their sector; the description gives the country
    ("Halvorsen Ltd, a Norwegian shipping company, said it would buy two tankers.", "Halvorsen Ltd", "NORBUS"),
    # a list of names after a group noun: each is one of the group (a name the NER took for a place too)
    ("Leaders of three Colombian criminal gangs, the Rastrojos, the Urabenos and the Corvinos, met in Cali "
     "to divide their territories.", "Corvinos", "COLCRM"),
])
def test_description_in_apposition_codes_the_name(analyse, text: str, name: str, code: str) -> None:
    from conftest import code_of

    assert code_of(analyse(text, "2015-03-12"), name) == code


def test_a_known_place_in_apposition_stays_a_place(analyse) -> None:
    # "Medellin, home of rival gangs": a place the tables know is no group, whatever describes it
    result = analyse("Medellin, a city long held by rival criminal gangs, saw murders fall.", "2015-03-12")
    medellin = next(e for e in result.entities if any(m.text == "Medellin" for m in e.mentions))
    assert medellin.type == "GPE" and medellin.actor is not None and medellin.actor.code.startswith("COL")


def test_nationality_of_a_description_places_the_body(wire) -> None:
    # the dateline is Madrid's; the description says the bank is Brazilian
    result = wire("The accord was signed with Banco Halvor, a Brazilian state bank, on Monday.", "MADRID, March 18 -")
    assert _entity_codes(result).get("Banco Halvor") == "BRABUS"


def test_hyphenated_american_description_is_american(analyse) -> None:
    # "Mexican-American": Americans of Mexican descent, so a gang so described is American, not Mexican
    from conftest import code_of

    result = analyse("Most were identified with the Nortenos, a predominantly Mexican-American street gang, "
                     "police said.", "2015-03-12")
    assert code_of(result, "Nortenos") == "USACRM"
