"""Victims named but left off violent and seizing acts (session 42): the owner of the premises a bomb went off
at, the people a seized thing belonged to, and people a faith word describes are the event's target."""

from __future__ import annotations

from newsevents.model import ArticleResult


def _targets(result: ArticleResult, cameo_root: str) -> list[tuple[str | None, str]]:
    names = {e.id: e.name for e in result.entities}
    return [(e.target.code if e.target else None, names.get(e.target.entity_id or "", "") if e.target else "")
            for e in result.events if e.cameo.startswith(cameo_root)]


def test_bomb_at_the_house_of_a_named_official_targets_him(analyse) -> None:
    result = analyse("A bomb planted by suspected militants exploded at the residence of a contractor in "
                     "Imphal West District on March 3.", "2012-03-04")
    assert [code for code, _ in _targets(result, "183")] == ["INDBUS"]


def test_bomb_inside_the_gate_of_a_building_belonging_to_someone_targets_the_owner(analyse) -> None:
    result = analyse("On June 2, a bomb planted by unidentified militants exploded inside the gate of a "
                     "building belonging to Congress leader Laishram Ibomcha at Keishampat in Imphal West "
                     "District.", "2012-06-03")
    assert _targets(result, "183") == [("INDPTY", "Laishram Ibomcha")]


def test_bomb_at_a_bare_place_names_no_target(analyse) -> None:
    result = analyse("A bomb planted by militants exploded at Thangal Bazar in Imphal on July 8.", "2012-07-09")
    assert [code for code, _ in _targets(result, "183")] == [None]


def test_weapons_seized_with_their_possessive_are_taken_from_the_arrested(analyse) -> None:
    result = analyse("Police arrested 14 suspects during a search operation in Karachi and seized their weapons "
                     "on Friday.", "2013-09-28")
    assert [code for code, _ in _targets(result, "171")] == ["PAKCRM"]


def test_a_faith_word_on_victims_is_neither_their_owner_nor_the_target(analyse) -> None:
    result = analyse("Two Shia doctors were shot dead in Karachi on Sunday.", "2013-05-06")
    assert [code for code, _ in _targets(result, "18")] == ["PAKHLH"]


def test_the_one_who_escaped_a_bombing_was_its_target(analyse) -> None:
    result = analyse("A patrol team of the Special Operation Group had a narrow escape when Maoists triggered a "
                     "landmine blast near Kalimela in Malkangiri District on March 4.", "2012-03-05")
    assert [code for code, _ in _targets(result, "183")] == ["INDCOP"]
