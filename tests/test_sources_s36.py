"""Event sources (events/sources.py `_earlier_band`), round s36: a sentence-opening "they" whose antecedent is
the armed band of the sentence before, when that sentence is told by someone or also names unarmed people the
band acted on. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import readings
from newsevents import ArticleResult

Analyse = Callable[..., ArticleResult]


def sources(result: ArticleResult, trigger: str) -> set[str | None]:
    """The source codes of the trigger's mentions."""
    return {s for s, _ in readings(result, trigger)}


def test_they_is_the_band_not_the_workers_it_sent_away(analyse: Analyse) -> None:
    result = analyse("About 20 armed Maoists came to the road construction site in Sukma District on May 4 and "
                     "asked the labourers to leave the camp. They then set ablaze six vehicles.", "2016-05-05")
    assert "INDREB" in sources(result, "set"), readings(result, "set")


def test_they_is_the_band_of_a_told_clause_not_its_teller(analyse: Analyse) -> None:
    result = analyse("The villagers said a group of armed Maoists stormed the house of a local leader in Koraput "
                     "District at night and killed him. They also looted some cash from the house.", "2016-05-05")
    assert "INDREB" in sources(result, "looted"), readings(result, "looted")


def test_they_is_the_band_not_the_teller_after_according_to(analyse: Analyse) -> None:
    result = analyse("According to the police, about 25 armed Maoists raided the camp of a road firm in Bargarh "
                     "District on May 4 and asked all the construction workers to leave. They then set ablaze six "
                     "tractors.", "2016-05-05")
    assert "INDREB" in sources(result, "set"), readings(result, "set")


def test_they_stays_unread_when_the_other_plural_is_armed(analyse: Analyse) -> None:
    result = analyse("Police arrested ten militants in Kupwara District on May 4. They set ablaze two vehicles.",
                     "2016-05-05")
    assert not any(s and s.endswith(("REB", "COP")) for s in sources(result, "set")), readings(result, "set")


def test_they_stays_unread_for_a_peaceful_act_after_unarmed_people(analyse: Analyse) -> None:
    result = analyse("Armed Maoists asked the villagers of Pallahara in Angul District to attend a meeting on "
                     "May 4. They later staged a protest against the police.", "2016-05-05")
    assert not any(s and s.endswith("REB") for s in sources(result, "protest")), readings(result, "protest")


def test_a_number_in_a_gang_name_is_no_plural_antecedent(analyse: Analyse) -> None:
    result = analyse("The Barrio 18 sends a boy to collect the fee from the bus company. Over here is where they "
                     "attacked the drivers last night.", "2016-05-05")
    assert not any(s and s.endswith("CRM") for s in sources(result, "attacked")), readings(result, "attacked")
