"""Session 45: the doer named in the sentence before but the source left empty. An agentless passive of release
or of force whose subject tells again the captive an armed group abducted in the sentence just before ("A
trader was abducted by militants. The trader was released") was done by that group. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2014-07-05"


def test_the_same_noun_released_is_released_by_the_captors(analyse: Analyse) -> None:
    result = analyse("Trader freed\nA trader of Moreh town was abducted by cadres of the Kangleipak Communist "
                     "Party (KCP) in Chandel District on July 3. The trader was released on July 4 after his "
                     "family paid a ransom.", DAY)
    sources = {s for s, _ in readings(result, "released")}
    assert sources and all((s or "").endswith("REB") for s in sources), sources


def test_they_killed_after_being_abducted_by_maoists(analyse: Analyse) -> None:
    result = analyse("Villagers killed\nTwo villagers were abducted by suspected Maoists from Jalda village "
                     "in Balaghat District on Friday night. They were shot dead in the forest the next morning.",
                     DAY)
    sources = {s for s, _ in readings(result, "shot")}
    assert sources and all((s or "").endswith("REB") for s in sources), sources


def test_rescued_captive_is_not_freed_by_the_captors(analyse: Analyse) -> None:
    # a rescue is the state's, never the abductors': no captor read for it
    result = analyse("Trader rescued\nA trader of Moreh town was abducted by cadres of the Kangleipak "
                     "Communist Party (KCP) in Chandel District on July 3. The trader was rescued on July 4.",
                     DAY)
    assert not any((s or "").endswith("REB") for s, _ in readings(result, "rescued")), readings(result, "rescued")


def test_another_person_released_is_not_read_as_the_captive(analyse: Analyse) -> None:
    # "he" cannot be the two traders abducted before: no captor read
    result = analyse("Traders abducted\nTwo traders were abducted by cadres of the Kangleipak Communist Party "
                     "(KCP) in Chandel District on July 3. He was released on bail by the court on July 4.", DAY)
    assert not any((s or "").endswith("REB") for s, _ in readings(result, "released")), \
        readings(result, "released")


def test_they_shot_after_an_active_abduction_by_militants(analyse: Analyse) -> None:
    result = analyse("Traders killed\nSuspected militants abducted two traders from Lamlong village in Chandel "
                     "District on Friday. They were later shot dead near the border.", DAY)
    sources = {s for s, _ in readings(result, "shot")}
    assert sources and all((s or "").endswith("REB") or (s or "").endswith("UAF") for s in sources), sources


def test_police_arresting_abductors_is_no_capture_of_the_released(analyse: Analyse) -> None:
    # the police arrested (173, no abduction) the men: "they were released" is no captor's act
    result = analyse("Men freed\nPolice arrested two men in Chandel District on Friday. They were released on "
                     "bail on Saturday.", DAY)
    assert not any((s or "").endswith("REB") for s, _ in readings(result, "released")), \
        readings(result, "released")
