"""Recall of SATP incidents that came out with nothing coded (issue 10, session 42 recall audit seed 8001):
a grenade or explosives thrown at someone is an attack with them (event_triggers.csv throw); injuries
"received" in a blast are suffered in it (party_words.csv suffer_verb); a killing told beside an injury whose
shared in-phrase the parser hangs on the injury ("a boy was killed and five others were injured in a bomb
blast") happened in that blast (targets._shared_harm_clauses); a participle on a bomb's blast or on a clause
of the bomb alone ("a bomb went off ..., injuring seven") names no bomber (implied._blast_participle) and is
dated by the blast's own day; a blast told alone whose bomb the next sentence names ("the remotely detonated
bomb") is that bomb's, set by someone unnamed (implied._names_device); the second side of an encounter that "broke out between" two sides the parser
hung on the verb is a side (parties._stray_sides); a role of a body the tables know takes the body's country,
not a place word inside its name ("troops of 25 Gorkha Rifles" are Indian)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import ArticleResult

Analyse = Callable[..., ArticleResult]


def _codes(result: ArticleResult, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == cameo]


def test_grenade_thrown_at_a_house_is_a_bombing(analyse: Analyse) -> None:
    result = analyse("Militants threw a hand grenade at the residence of a police officer in Bannu on March 3.",
                     "2014-03-04")
    assert ("PAKREB", "PAKCOP") in _codes(result, "183")


def test_stones_thrown_are_no_bombing(analyse: Analyse) -> None:
    result = analyse("Students threw stones at a passing bus in Bannu on March 3.", "2014-03-04")
    assert not _codes(result, "183")


def test_injuries_received_in_a_bomb_blast(analyse: Analyse) -> None:
    result = analyse("A child received injuries in a bomb blast near a market in Mardan on March 3.",
                     "2014-03-04")
    assert ("PAKUAF", "PAKCVL") in _codes(result, "183")


def test_killed_and_others_injured_in_a_bomb_blast(analyse: Analyse) -> None:
    result = analyse("A girl was killed and four others were injured in a bomb blast in Mardan on March 3.",
                     "2014-03-04")
    assert ("PAKUAF", "PAKCVL") in _codes(result, "183")


def test_killed_in_an_accident_and_others_injured_in_a_blast_stays_apart(analyse: Analyse) -> None:
    result = analyse("A girl was killed in a road accident and four others were injured in a gas cylinder "
                     "explosion in Mardan on March 3.", "2014-03-04")
    assert not _codes(result, "183")


def test_bomb_went_off_injuring_people_names_no_bomber(analyse: Analyse) -> None:
    result = analyse("A bomb went off in a crowded market in Sukkur on March 3, injuring 12 people.", "2014-03-04")
    assert ("PAKUAF", "PAKCVL") in _codes(result, "183")


def test_blast_noun_with_injuring_participle(analyse: Analyse) -> None:
    result = analyse("A bomb blast in a passenger bus in Sukkur on March 3, injuring 14 people, was an act of "
                     "terror, officials said.", "2014-03-04")
    bombings = [e for e in result.events if e.cameo == "183"]
    assert bombings and bombings[0].source is not None and bombings[0].source.code == "PAKUAF"
    assert bombings[0].date == "2014-03-03"


def test_encounter_broke_out_between_a_regiment_and_militants(analyse: Analyse) -> None:
    result = analyse("A gunfight broke out between troops of 12 Gorkha Rifles (GR) and suspected militants at "
                     "Phungyar village in Ukhrul District on June 9, reports The Sangai Express.", "2014-06-10")
    fights = _codes(result, "190")
    assert ("INDMIL", "INDREB") in fights and ("INDREB", "INDMIL") in fights


def test_blast_whose_bomb_the_next_sentence_names(analyse: Analyse) -> None:
    result = analyse("Two people were killed and nine others were injured in an explosion near a vegetable market "
                     "in Quetta on March 3. Officials said the remotely detonated bomb was fitted to a motorcycle.",
                     "2014-03-04")
    assert ("PAKUAF", "PAKCVL") in _codes(result, "183")


def test_bomb_squad_in_the_next_sentence_names_no_device(analyse: Analyse) -> None:
    result = analyse("Two workers were injured in an explosion at a factory in Karachi on March 3. The bomb "
                     "disposal squad reached the site.", "2014-03-04")
    assert all(source is None or not source.endswith("UAF") for source, _ in _codes(result, "183"))
