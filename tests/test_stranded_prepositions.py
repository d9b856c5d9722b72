"""A passive whose preposition is left without an object acts on its subject through it ("a police patrol
was fired upon by militants": the patrol is the target), and a preposition whose object is a date meets no
`prep:` condition of a trigger row ("the company fired Bell on Monday" is a dismissal, not a shooting)."""
from typing import Any

from conftest import mention_codes

DAY = "2014-05-04"


def test_the_subject_of_a_passive_fired_upon_is_the_target(analyse: Any) -> None:
    result = analyse("A police patrol was fired upon by militants in Sopore on Saturday.", DAY)
    assert any(code[:2] in {"18", "19"} and src == "INDREB" and tgt == "INDCOP"
               for code, src, tgt in mention_codes(result))


def test_the_subject_of_a_passive_fired_at_is_the_target(analyse: Any) -> None:
    result = analyse("Police Constable Mohammad Yaqoob was fired at by the militants in Sopore on Saturday.", DAY)
    assert any(code[:2] in {"18", "19"} and tgt == "INDCOP" for code, _, tgt in mention_codes(result))


def test_firing_someone_on_a_weekday_is_no_shooting(analyse: Any) -> None:
    for text in ("The company fired its chief executive on Monday.", "Bell was fired on Monday by the company."):
        assert not any(code[:2] in {"18", "19"} for code, _, _ in mention_codes(analyse(text, DAY))), text


def test_firing_on_people_on_a_weekday_is_still_a_shooting(analyse: Any) -> None:
    result = analyse("Militants fired on a police party in Sopore on Monday.", DAY)
    assert any(code[:2] in {"18", "19"} and tgt == "INDCOP" for code, _, tgt in mention_codes(result))
