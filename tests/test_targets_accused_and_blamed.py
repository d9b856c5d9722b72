"""The one an accusation or blame is aimed at, named in the sentence but not as the object: the party an act is
laid on ("blamed most of Mexico's murders on the gangs": the gangs, not Mexico), the maker of a decision a
that-clause accuses ("charged that the Fed's ruling violates the law": the Fed), the subject of an accusation's
that-clause ("allegations by an engineer that it had overbilled the Pentagon") and the denier of an accusation
naming no one ("the governor has denied the allegations"); and kin of one named by a title set off from his name
("the son of Provincial Minister, Sardar X") are the victims of what is done to them; an object naming no one,
told by named instances ("several members of the elite, including Ortiz and Ramos"), is those instances."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the one an act is laid on, before the owner of the act's phrase
    ("Police in Tegucigalpa blame most of Honduras' murders on the gangs.", "blame", "HNDCRM"),
    ("The minister blamed the killing of two traders on the Gulf Cartel.", "blamed", "MEXCRM"),
    # the object is a party itself: it is the one blamed, not what an inner phrase names
    ("Washington blamed Israel for the attack on Hamas.", "blamed", "ISRGOV"),
    # a that-clause's decision stands for its maker
    ("The Securities Industry Association charged that the Fed's ruling violates the Glass-Steagall Act.",
     "charged", "USAGOV"),
    # an accusation's that-clause subject, here a pronoun for the one responding
    ("Boeing, responding to allegations by a former engineer that it had overbilled the Pentagon, said it had "
     "informed the government.", "allegations", "USABUS"),
])
def test_the_accused_and_blamed_are_the_target(analyse, text: str, trigger: str, expected: str) -> None:
    found = readings(analyse(text, "1987-03-12"), trigger)
    assert found and {t for _, t in found} == {expected}, found


def test_an_accusation_its_denier_turns_down_was_made_against_him(analyse) -> None:
    result = analyse("Guatemala's new president has denied the Pavon allegations on several occasions, most "
                     "recently in June during an interview with a news agency.", "2020-01-20")
    assert {t for _, t in readings(result, "allegations")} == {"GTMGOV"}
    assert {t for _, t in readings(result, "denied")} != {"GTMGOV"}  # the denial is not made to himself
    # a judge dismissing an accusation rules on it: he is not the one accused
    ruled = analyse("Since his death, an Argentine judge has dismissed Ramos's judicial accusation, a move critics "
                    "call part of a mosaic of corruption.", "2016-03-01")
    assert readings(ruled, "accusation") and {t for _, t in readings(ruled, "accusation")} == {None}


@pytest.mark.parametrize(("text", "expected"), [
    ("The son of Provincial Finance Minister, Sardar Ahmed Khan Kakar, was abducted by unidentified gunmen in "
     "Quetta on Monday.", "PAKCVL"),
    # no apposition naming a person: the title alone says whose kin they are not
    ("The son of the Provincial Finance Ministry was abducted by unidentified gunmen in Quetta on Monday.", None),
])
def test_kin_of_a_titled_person_are_the_victims(analyse, text: str, expected: str | None) -> None:
    found = readings(analyse(text, "2015-06-10"), "abducted")
    assert found and {t for _, t in found} == {expected}, found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Prosecutors in Guatemala City arrested several members of the country's business elite, including Luis "
     "Ortiz and Mario Castillo.", "arrested", {"Luis Ortiz", "Mario Castillo"}),
    # a described group that is a party keeps its own code, not the first name it is told by
    ("Honduran prosecutors charged three former ministers, including Carlos Mejia.", "charged", {None}),
])
def test_an_object_naming_no_one_is_its_named_instances(analyse, text: str, trigger: str,
                                                        expected: set[str | None]) -> None:
    result = analyse(text, "2019-04-02")
    names = {e.id: e.name for e in result.entities}
    found = {names.get(m.target.entity_id) if m.target and m.target.entity_id else None
             for e in result.events for m in e.mentions if m.trigger == trigger}
    assert found == expected, found
