"""Whom an arrest, charge or killing is done to in Latin American crime reports (InsightCrime events audit
seed 7942): suspects a role noun or the actor stage names as private people ("citizens", "people", "a man")
are criminals (CRM) once the act's sentence names their crime, with the crime words of
`implied_sectors.csv` (drugs, smuggling, extortion, methamphetamine) read for unnamed suspects too; a
"criminal group" with no country is of the story's, as a criminal network or gang is; people a charge leaves
as they are (protesters) stay civilians. Sentences we wrote."""

from __future__ import annotations

import pytest


def coded(result, cameo: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of each event with the CAMEO code `cameo`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == cameo]


@pytest.mark.parametrize(("text", "target"), [
    # a role group the actor stage codes civilians of a country, arrested in a sentence naming the crime
    ("Police in Tegucigalpa detained three Colombian citizens caught trying to smuggle 80 kilograms of "
     "cocaine through a remote airstrip.", "COLCRM"),
    ("On March 3, a Dutch citizen, Jan Vermeer, was detained at Bogota airport trying to smuggle 30 "
     "orchids onto a flight to Amsterdam.", "NLDCRM"),
    # unnamed people of a role noun, the crime named by a word only implied_sectors.csv listed
    ("Bolivian police detained nine people working as cocaine couriers in Santa Cruz.", "BOLCRM"),
    # a nationality group, the crime told by a verb
    ("Peruvian police detained four Ecuadoreans who had been extorting shopkeepers in Tumbes.", "ECUCRM"),
])
def test_private_people_arrested_for_a_named_crime_are_criminals(analyse, text: str, target: str) -> None:
    assert [t for _, t in coded(analyse(text, "2016-05-10"), "173")] == [target]


def test_members_of_a_criminal_group_are_of_the_story_country(analyse) -> None:
    text = ("Authorities in Rosario detained 12 members of a criminal group that flew cocaine from Bolivia "
            "into Argentina.")
    assert [t for _, t in coded(analyse(text, "2016-05-10"), "173")] == ["ARGCRM"]


def test_a_group_killed_in_a_clash_is_the_criminal_group(analyse) -> None:
    text = "Venezuelan troops killed six members of a criminal group in a shootout in Zulia state."
    assert [t for _, t in coded(analyse(text, "2016-05-10"), "190")] == ["VENCRM"]


def test_protesters_arrested_stay_civilians(analyse) -> None:
    text = "Police in Caracas detained dozens of peaceful protesters during a march against drug trafficking."
    assert [t for _, t in coded(analyse(text, "2016-05-10"), "173")] == ["VENCVL"]


def test_members_of_a_group_a_crime_word_names_are_criminals(analyse) -> None:
    text = ("Peruvian detectives seized forged banknotes and detained three members of a counterfeit money ring "
            "in Arequipa.")
    assert [t for _, t in coded(analyse(text, "2016-05-10"), "173")] == ["PERCRM"]


def test_members_of_a_group_no_crime_word_names_are_no_criminals(analyse) -> None:
    text = "Police in Medellin detained two members of a local family on Tuesday."
    assert all(t is None or not t.endswith("CRM") for _, t in coded(analyse(text, "2016-05-10"), "173"))
