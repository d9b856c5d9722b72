"""Session 45: a hostile act told by a sentence-opening "they" whose band the sentence before names as the
subject of one of its clauses, not of the sentence ("Police went there following information that the gunmen
were hiding in the village. On seeing the Police, they opened fire"): that band did it (`_embedded_band`).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]
DAY = "2013-04-05"


def test_they_who_saw_the_police_are_the_gunmen_of_the_that_clause(analyse: Analyse) -> None:
    result = analyse("Constable killed\nA constable was killed in Nalgonda District on April 3. A Police team "
                     "went to Rampur village late on April 3 night following information that the gunmen were "
                     "hiding in the village. On seeing the Police, they opened fire and escaped.", DAY)
    sources = {s for s, _ in readings(result, "opened")}
    assert sources == {"INDUAF"}, sources


def test_they_after_a_when_clause_band_shot_the_victim(analyse: Analyse) -> None:
    result = analyse("Trader shot\nA trader was shot dead in Coban, Guatemala on Friday. He was jogging in the "
                     "park when two gunmen arrived on a motorcycle. They shot him twice in the head.", DAY)
    sources = {s for s, _ in readings(result, "shot") if s}
    assert sources and all(s.endswith("UAF") for s in sources), readings(result, "shot")


def test_they_with_the_police_not_acted_on_is_left_empty(analyse: Analyse) -> None:
    # "they" may be the police as well as the gunmen: no band read for it
    result = analyse("Constable killed\nA constable was killed in Nalgonda District on April 3. A Police team "
                     "went to Rampur village late on April 3 night following information that the gunmen were "
                     "hiding in the village. They opened fire.", DAY)
    assert not any((s or "").endswith("UAF") for s, _ in readings(result, "opened")), readings(result, "opened")


def test_two_bands_named_before_leave_they_empty(analyse: Analyse) -> None:
    result = analyse("Clash in Bijapur\nVillagers said that Maoists were camping in the forest while gunmen of "
                     "a rival gang were hiding in the village. They attacked the houses on Sunday.", DAY)
    sources = {s for s, _ in readings(result, "attacked")}
    assert not any((s or "")[-3:] in {"REB", "UAF", "CRM"} for s in sources), sources
