"""Targets named in the sentence but left empty or taken for a place (events/parties.py, events/targets.py):
"who" stands for a person, never for the place or time the parser hung the relative clause on ("freed 11
persons in Sangra of Kurram Agency who were abducted": the persons, not Sangra; `_placed_person`); and the
object of a violent verb the parser took for a first subject of an inverted credit ("hacked to death X, a
shopkeeper, reports The Daily Star": X; `_credited_object`)."""

from __future__ import annotations

from newsevents import ArticleResult


def targets(result: ArticleResult, cameo: str) -> list[tuple[str | None, str | None]]:
    """The (entity name, code) of the targets of the events of one code."""
    names = {e.id: e.name for e in result.entities}
    return [(names.get(e.target.entity_id or "") if e.target else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == cameo]


def test_who_of_persons_in_a_place_is_the_persons(analyse) -> None:
    result = analyse("SFs free abducted persons\nSFs on June 3 freed 11 persons in Sangra of Kurram Agency who "
                     "were abducted by militants from Parachinar on May 2.", "2013-06-05")
    abducted = targets(result, "181")
    assert [code for _, code in abducted] == ["PAKCVL"]
    assert all(name is None or "Sangra" not in name for name, _ in abducted)


def test_who_of_a_person_from_a_city_is_the_person(analyse) -> None:
    result = analyse("Journalist found dead\nA journalist from Tegucigalpa, who was kidnapped by gang members "
                     "last week, was found dead on Monday, police in Honduras said.", "2013-03-05")
    assert [code for _, code in targets(result, "181")] == ["HNDMED"]


def test_who_after_a_named_person_stays_that_person(analyse) -> None:
    # a person's name may be what "who" stands for: it is never climbed past to the noun before it
    result = analyse("Brother of leader killed\nGunmen shot dead the brother of Rahim Khan, who was abducted "
                     "by militants last year in Bannu, police said.", "2013-03-05")
    assert [name for name, _ in targets(result, "181")] == ["Rahim Khan"]


def test_object_taken_for_a_subject_of_an_inverted_credit(analyse) -> None:
    result = analyse("Shopkeeper hacked to death\nUnidentified assailants on March 3 hacked to death Rafiqul "
                     "Islam (45), a shopkeeper in Kamarpara village of Rangpur District, reports The Daily Star.",
                     "2013-03-05")
    assert targets(result, "180") == [("Rafiqul Islam", "BGDCVL")]


def test_an_inverted_credit_gives_no_object_to_a_verb_with_its_own(analyse) -> None:
    # the verb has its object: the credit's outlet is never read as a second one
    result = analyse("Police post attacked\nMilitants attacked a Police post in Bannu on March 3, reports Dawn.",
                     "2013-03-05")
    assert all(name != "Dawn" for cameo in ("180", "190") for name, _ in targets(result, cameo))

