"""Event parties, round 2 (events/arguments.py): the owner of a turned-down thing is the target, who claims
responsibility for an attack did it, amounts are never parties, and an unnamed group acted on by doers of the
story's own country is of that country. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult
from newsevents.events.arguments import AMOUNT

Analyse = Callable[..., ArticleResult]
Pair = tuple[str | None, str | None]
DAY = "2011-03-05"


def target_names(result: ArticleResult, trigger: str) -> set[str | None]:
    by_id = {e.id: e.name for e in result.entities}
    return {by_id.get(m.target.entity_id) if m.target and m.target.entity_id else None
            for e in result.events for m in e.mentions if m.trigger.lower() == trigger.lower()}


# -- 1. the owner of what is rejected ----------------------------------------------------------------------

def test_an_actor_modifying_a_rejected_thing_is_the_target(analyse: Analyse) -> None:
    result = analyse("Argentina has rejected an IMF austerity program, the economy minister said on Monday.", DAY)
    assert any(t and t.startswith("IGO") for _, t in readings(result, "rejected")), readings(result, "rejected")


def test_the_by_phrase_of_a_rejected_offer_is_the_target(analyse: Analyse) -> None:
    result = analyse("The board of Hanover Mining rejected the takeover offer by Coastal Holdings on Friday.", DAY)
    assert any(n and "Coastal" in n for n in target_names(result, "rejected")), target_names(result, "rejected")


def test_a_rejection_of_an_unowned_thing_has_no_target(analyse: Analyse) -> None:
    result = analyse("Argentina rejected the austerity program on Monday.", DAY)
    assert all(t is None for _, t in readings(result, "rejected")), readings(result, "rejected")


# -- 2. claims of responsibility ----------------------------------------------------------------------------

def test_who_claims_an_attack_is_the_source_of_the_killing_in_it(analyse: Analyse) -> None:
    result = analyse("Lashkar-e-Taiba claimed responsibility for the attack in which six soldiers were killed "
                     "in Kupwara on Monday.", DAY)
    found = readings(result, "killed")
    assert any(s and s.endswith(("REB", "UAF", "INS")) for s, _ in found), found


def test_who_claims_a_blast_is_the_source_of_the_killing_it_did(analyse: Analyse) -> None:
    result = analyse("Lashkar-e-Jhangvi claimed responsibility for the blast that killed 12 people in Quetta, "
                     "Pakistan on Monday.", DAY)
    found = readings(result, "killed")
    assert any(s and s.endswith(("REB", "UAF", "INS")) for s, _ in found), found


# -- 3. amounts --------------------------------------------------------------------------------------------

def test_amounts_read_as_names_are_recognised() -> None:
    for amount in ("INR 500,000", "Rs 5 lakh", "$2 million", "80 cts", "US$ 3 million"):
        assert AMOUNT.match(amount), amount
    for name in ("G7", "M-19", "Group of 77", "Unit 731"):
        assert not AMOUNT.match(name), name


def test_a_ransom_sum_is_never_the_target(analyse: Analyse) -> None:
    result = analyse("The rebels demanded INR 800,000 as ransom from the family of the kidnapped trader.", DAY)
    assert not any(n and any(c.isdigit() for c in n) for n in target_names(result, "demanded"))


# -- 4. victims of the story's own country -----------------------------------------------------------------

def test_unnamed_victims_of_home_doers_take_the_story_country(analyse: Analyse) -> None:
    result = analyse("NEW DELHI, March 3 -- Maoists shot dead a teacher in Gaya district on Sunday.", DAY)
    found = readings(result, "shot")
    assert any(t and t.startswith("IND") for _, t in found), found


def test_unnamed_victims_of_foreign_doers_take_no_guessed_country(analyse: Analyse) -> None:
    result = analyse("WASHINGTON, March 3 -- The Colombian army killed three civilians in Cauca on Sunday.", DAY)
    found = readings(result, "killed")
    assert not any(t and t.startswith("USA") for _, t in found), found


# -- 5. the reporter of a killing is not its victim ---------------------------------------------------------

def test_the_official_who_tells_of_a_killing_is_not_its_victim(analyse: Analyse) -> None:
    result = analyse("KORAPUT, March 3 -- Rebels abducted a schoolteacher on Monday. District Collector Sunil "
                     "Mehta said on Tuesday that the rebels shot him dead near the river.", DAY)
    by_id = {e.id: e.name for e in result.entities}
    victims = {by_id.get(m.target.entity_id) for e in result.events for m in e.mentions
               if m.trigger.lower() == "shot" and m.target and m.target.entity_id}
    assert not any(v and "Mehta" in v for v in victims), victims


def test_one_may_tell_of_an_attempt_on_oneself(analyse: Analyse) -> None:
    result = analyse("Senator Maria Lopez said armed men had tried to kill her outside her home.", DAY)
    assert any(n and "Lopez" in n for n in target_names(result, "kill")), target_names(result, "kill")


# -- 6. a dateline the parser takes for the subject --------------------------------------------------------

def test_the_words_after_a_dateline_subject_are_the_source(analyse: Analyse) -> None:
    result = analyse("JAIPUR, March 3 -- Maoists abducted Vikram Singh, a forest guard, on Monday.", DAY)
    found = readings(result, "abducted")
    assert any(s and s.endswith(("REB", "UAF", "INS")) for s, _ in found), found


def test_a_country_read_as_the_claimant_is_no_source(analyse: Analyse) -> None:
    result = analyse("Pakistan claimed responsibility for the attack in which six soldiers were killed on Monday.",
                     DAY)
    assert not any(s == "PAK" for s, _ in readings(result, "killed")), readings(result, "killed")
