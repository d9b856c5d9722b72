"""Actor codes, round 11: place words inside common-noun phrases ("Molotov cocktails"), a capital that is a
common noun's namesake ("the Valley"), a shared place name read in the story's country, a role in
apposition owned by a group ("X, its commander"), a member noun of a cartel ("Zeta leader"), inhabitants
and locals as civilians.

Self-written sentences only (no corpus text)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from conftest import code_of
from newsevents import Article, Pipeline
from newsevents.actors.home import story_choice

DAY = date(2019, 5, 3)


def _analyse(pipeline: Pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.analyse(Article(id="t", text=text, published=DAY))


def _names(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    return {e.name: (e.actor.code if e.actor else None) for e in _analyse(pipeline, text).entities}


def test_place_word_modifying_a_thing_is_no_actor(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Protesters hurled stones and Molotov cocktails at a police picket in Srinagar.")
    assert "RUS" not in codes.values()


def test_capital_modifying_a_group_noun_stays_a_place(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Moscow officials denied the report on Tuesday.")
    assert codes.get("Moscow") == "RUSGOV"


def test_namesake_capital_after_the_is_no_government(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Police said two militants were arrested in the Valley on Monday.")
    assert not any(c and c.startswith("AIA") for c in codes.values())


def test_capital_whose_country_the_story_names_stays(pipeline: Pipeline) -> None:
    codes = _names(pipeline, "Anguilla held elections on Monday. Officials in the Valley counted the votes.")
    assert codes.get("Valley") == "AIAGOV"


def test_shared_place_name_is_read_in_the_story_country() -> None:
    assert story_choice(frozenset({"CHN", "PAK"}), Counter({"PAK": 3, "IND": 1})) == "PAK"
    assert story_choice(frozenset({"CHN", "PAK"}), Counter({"IND": 2})) is None
    assert story_choice(frozenset({"IND", "PAK"}), Counter({"IND": 1, "PAK": 1})) is None
    assert story_choice(frozenset({"CHE", "USA"}), Counter({"BRA": 3, "USA": 1})) is None
    assert story_choice(frozenset({"CHE", "USA"}), Counter({"USA": 1})) is None


def test_appositive_role_owned_by_a_group_takes_its_code(pipeline: Pipeline) -> None:
    text = ("Jaish-e-Mohammed claimed the attack in Pulwama. Umar Qasmi, its commander, said the outfit "
            "would strike again.")
    assert code_of(_analyse(pipeline, text), "Umar Qasmi") == "PAKREB"


def test_appositive_role_owned_by_a_country_stays_government(pipeline: Pipeline) -> None:
    text = "Pakistan rejected the charge. Its foreign minister, Shah Mahmood Qureshi, spoke in Islamabad."
    assert code_of(_analyse(pipeline, text), "Shah Mahmood Qureshi") == "PAKGOV"


def test_a_cartel_member_noun_names_the_cartel(pipeline: Pipeline) -> None:
    text = "Marines captured Zeta leader Juan Ramirez in Nuevo Laredo on Sunday."
    assert code_of(_analyse(pipeline, text), "Juan Ramirez") == "MEXCRM"


def test_locals_are_civilians(pipeline: Pipeline) -> None:
    events = _analyse(pipeline, "Locals protested against the police in Shopian on Friday.").events
    assert any(e.source is not None and (e.source.code or "").endswith("CVL") for e in events)


def test_bracketed_word_of_a_name_completes_it(pipeline: Pipeline) -> None:
    glued = "Troopers killed two cadres of the Communist Party of India Maoist(CPI Maoist) in Sukma."
    spaced = "The Communist Party of India (Maoist) called a strike in Bastar."
    other = "The Communist Party of India (CPI) held a rally in Hyderabad."
    for text, code in ((glued, "INDREB"), (spaced, "INDREB"), (other, "INDPTY")):
        codes = {e.actor.code for e in _analyse(pipeline, text).entities
                 if e.actor and e.name.startswith("Communist Party of India")}
        assert codes == {code}, text
