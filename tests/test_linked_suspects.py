"""People an arrest or charge ties to a crime group ("linked to a drug trafficking organization", "tied to
the Gulf Cartel", "associated with a criminal gang") are its criminals (CRM), not civilians; people the
same words describe as victims of a killing keep who they are."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("On May 3, Honduran police arrested nine people linked to a drug trafficking network in the port of "
     "La Ceiba.", "arrested", "HNDCRM"),
    ("Police in Paraguay detained four men tied to the Red Command cartel near the border.", "detained",
     "PRYCRM"),
    ("Ecuadorian authorities captured six suspects allegedly connected to a criminal gang in Guayaquil.",
     "captured", "ECUCRM"),
    ("Guatemalan police arrested 12 individuals associated with a crime group that extorts bus drivers.",
     "arrested", "GTMCRM"),
])
def test_people_linked_to_a_crime_group_when_held_are_criminals(
        analyse, text: str, trigger: str, target: str) -> None:
    assert {t for _, t in readings(analyse(text, "2017-05-10"), trigger)} == {target}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # victims of a killing are no criminals for whom they are said to be linked to
    ("Gunmen killed three people linked to a local gang in Acapulco, Mexico.", "killed", "MEXCVL"),
    # a link to something that names no crime says nothing
    ("Police in Peru arrested five people linked to a mining company in Arequipa.", "arrested", "PERCVL"),
])
def test_people_linked_to_no_crime_or_killed_keep_their_sector(
        analyse, text: str, trigger: str, target: str) -> None:
    assert {t for _, t in readings(analyse(text, "2017-05-10"), trigger)} == {target}
