"""The ones a law-enforcement act is done to, read as a CAMEO coder reads them (events/implied.py,
events/targets.py, data/crime_predicates.csv): people told by their nationality alone or by a plain
person's word, arrested, charged or sentenced in a sentence naming a crime, are criminal suspects (CRM);
officials, journalists and protesters keep their own sector. An act noun's place hung on its object gives
the state that did it ("the arrest of two Mexicans in Colombia": COLGOV)."""

from __future__ import annotations

from conftest import event_triples
from newsevents import ArticleResult


def targets(result: ArticleResult, root: str) -> list[str | None]:
    return [target for code, _, target in event_triples(result) if code.startswith(root)]


def implied(result: ArticleResult, root: str) -> list[str]:
    return [e.source.code or "" for e in result.events
            if e.cameo.startswith(root) and e.source is not None and e.source.basis == "implied"]


def test_nationals_sentenced_to_prison_are_convicts(analyse) -> None:
    result = analyse("QUITO, June 2 - Two Peruvians were sentenced to six years in prison on Tuesday.",
                     "2019-06-03")
    assert "PERCRM" in targets(result, "17")


def test_a_nationality_arrested_for_a_crime_is_a_suspect(analyse) -> None:
    result = analyse("CARACAS, June 2 - The arrest of three Bolivian nationals in Chile shows that the "
                     "cocaine trade persists.", "2019-06-03")
    assert targets(result, "173") == ["BOLCRM"]


def test_an_arrest_noun_is_the_state_of_the_place_hung_on_its_object(analyse) -> None:
    result = analyse("CARACAS, June 2 - The arrest of three Bolivian nationals in Chile shows that the "
                     "cocaine trade persists.", "2019-06-03")
    assert implied(result, "173") == ["CHLGOV"]


def test_people_accused_of_running_a_ring_are_suspects(analyse) -> None:
    result = analyse("Authorities in Honduras detained nine people accused of running a bribery ring at the "
                     "port.", "2019-06-03")
    assert "HNDCRM" in targets(result, "173")


def test_individuals_sought_for_a_smuggling_ring_are_suspects(analyse) -> None:
    result = analyse("TEGUCIGALPA, June 2 - Police have warrants to detain several individuals still at "
                     "large who are involved in the smuggling ring.", "2019-06-03")
    assert "HNDCRM" in targets(result, "173")


def test_journalists_and_officials_arrested_keep_their_sector(analyse) -> None:
    result = analyse("LIMA, June 2 - Police arrested four journalists accused of extortion. Three Peruvian "
                     "officials were sentenced to prison for bribery.", "2019-06-03")
    found = targets(result, "17")
    assert not any(code and code.endswith("CRM") for code in found)


def test_a_named_person_with_no_code_arrested_in_a_named_country(analyse) -> None:
    result = analyse("Smuggler Rosa Elena Quintero was arrested in March at an airport in Panama.",
                     "2019-06-03")
    assert implied(result, "173") == ["PANGOV"]


def test_a_named_person_with_no_code_and_no_place_takes_no_state(analyse) -> None:
    result = analyse("LIMA, June 2 - Rosa Elena Quintero was arrested on Sunday.", "2019-06-03")
    assert implied(result, "173") == []
