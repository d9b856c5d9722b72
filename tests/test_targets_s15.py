"""Targets (session 15): the people a number or quantity counts ("three of his accomplices") are the target;
an object "him" stands for the one person named before; an act ordered by someone named in a by-phrase of a
passive ("the arrest of X was ordered by a judge") has that someone as its doer."""

from __future__ import annotations

from newsevents.model import ActorRef


def _events(analyse, text: str, cameo_root: str) -> list[tuple[ActorRef | None, ActorRef | None, str]]:
    result = analyse(text, "2019-05-03")
    names = {e.id: e.name for e in result.entities}
    return [(e.source, e.target, names.get(e.target.entity_id or "", "") if e.target else "")
            for e in result.events if e.cameo.startswith(cameo_root)]


def _code(ref: ActorRef | None) -> str | None:
    return ref.code if ref else None


def test_number_of_accomplices_arrested_names_the_accomplices(analyse) -> None:
    found = _events(analyse, "Indian police arrested three of his accomplices in Srinagar on Sunday.", "173")
    assert [_code(t) for _, t, _ in found] == ["INDCRM"]


def test_some_of_the_suspects_are_the_arrested(analyse) -> None:
    found = _events(analyse, "Police arrested two of the suspects in Lahore on Friday.", "173")
    assert [_code(t) for _, t, _ in found] == ["PAKCRM"]


def test_one_of_the_guards_killed_by_gunmen_is_a_civilian(analyse) -> None:
    found = _events(analyse, "Unidentified gunmen killed one of the guards in Karachi on Monday.", "18")
    assert [_code(t) for _, t, _ in found] == ["PAKCVL"]


def test_a_bare_number_names_no_target(analyse) -> None:
    found = _events(analyse, "Police arrested three in Lahore on Friday.", "173")
    assert all(t is None or t.entity_id is None for _, t, _ in found)


def test_object_him_is_the_person_named_in_the_sentence_before(analyse) -> None:
    found = _events(analyse, "Mohammad Khan, a former commander, was seen in Lahore last week. Pakistani police "
                             "arrested him on Monday.", "173")
    assert [name for _, _, name in found] == ["Mohammad Khan"]


def test_object_him_with_two_people_before_names_no_one(analyse) -> None:
    found = _events(analyse, "Mohammad Khan met Ali Raza in Lahore last week. Pakistani police arrested him "
                             "on Monday.", "173")
    assert all(name == "" for _, _, name in found)


def test_arrest_ordered_by_a_judge_has_the_judge_as_doer(analyse) -> None:
    found = _events(analyse, "The arrest of Juan Perez was ordered by a Mexican federal judge on Monday.", "173")
    assert found
    source, _, name = found[0]
    assert _code(source) == "MEXJUD" and name == "Juan Perez"


def test_brothers_of_an_officer_killed_are_civilians_not_police(analyse) -> None:
    found = _events(analyse, "Militants shot dead the brothers of a police officer in Quetta on Monday.", "18")
    assert [_code(t) for _, t, _ in found] == ["PAKCVL"]


def test_killing_of_kin_claimed_names_them(analyse) -> None:
    found = _events(analyse, "Militants claimed the killing of the brothers of a police officer in Quetta.",
                    "18")
    assert [_code(t) for _, t, _ in found] == ["PAKCVL"]
