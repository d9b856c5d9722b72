"""An official whom the text gives a role is coded with the role's sector, of the right country (issue 9):
"a senior Korean official" is KORGOV, not bare KOR (events/parties.py `_modified_role_sector`); a person
titled as an officer of a body the story places is of that body's country ("X, Vice Minister of the
International Trade and Industry Ministry" in a Tokyo story naming Washington too: actors/home.py
`place_by_titled_body`); a lower chamber's Speaker is no U.S. House Speaker (national_bodies.csv); the head
of a federation of banks is a banker (org_words.csv); and no code is a string of sectors with no country
(actors/coding.py `_coded`)."""

from __future__ import annotations

import pytest

from newsevents import ArticleResult
from newsevents.actors.coding import coded_actor


def codes(result: ArticleResult, root: str, side: str) -> list[str | None]:
    """The source or target codes of the events of one code prefix."""
    out = []
    for e in result.events:
        if e.cameo.startswith(root):
            party = e.source if side == "source" else e.target
            out.append(party.code if party else None)
    return out


def entity_code(result: ArticleResult, name: str) -> str | None:
    """The code of the entity of that name."""
    return next((e.actor.code if e.actor else None for e in result.entities if e.name == name), None)


def test_an_official_met_with_a_senior_korean_official(analyse) -> None:
    result = analyse("WASHINGTON, March 5 - The U.S. trade representative met with a senior Korean official "
                     "last week to discuss the ban on beef imports.", "1987-03-05")
    assert "KORGOV" in codes(result, "04", "target")
    assert "KOR" not in codes(result, "04", "target")


@pytest.mark.parametrize(("text", "day", "country"), [
    # the murder of a Colombian official targets the government
    ("BOGOTA, June 2 - Gunmen murdered a Colombian official in the port of Turbo on Sunday, police said.",
     "2014-06-02", "COL"),
    # a diplomat shot abroad is of his government
    ("KARACHI, June 2 - Gunmen shot dead an Iranian diplomat in Karachi on Sunday, police said.",
     "2014-06-02", "IRN"),
])
def test_an_official_attacked_is_of_his_government(analyse, text: str, day: str, country: str) -> None:
    result = analyse(text, day)
    targets = [c for root in ("18", "19") for c in codes(result, root, "target")]
    assert f"{country}GOV" in targets
    assert country not in targets


def test_a_vice_minister_of_a_named_ministry_is_of_its_country(analyse) -> None:
    result = analyse("TOKYO, April 13 - Japan warned the United States it may retaliate if the U.S. imposes "
                     "tariffs, a senior official said. Kenji Oda, Vice Minister of the International Trade "
                     "and Industry Ministry, said in a statement that Japan would consider measures under GATT "
                     "if the United States imposes tariffs on Japanese exports.", "1987-04-13")
    code = entity_code(result, "Kenji Oda")
    assert code is not None and code.startswith("JPN")


def test_a_lower_house_speaker_in_a_tokyo_story_is_japanese(analyse) -> None:
    result = analyse("TOKYO, April 24 - Parliament passed the budget. Under the compromise, Lower House "
                     "Speaker Ichiro Hara will take charge of the sales tax bill. Hara also agreed to scrap "
                     "the tax plan if the council fails to agree.", "1987-04-24")
    assert entity_code(result, "Ichiro Hara") == "JPNLEG"


def test_the_president_of_a_federation_of_banks_is_a_banker(analyse) -> None:
    result = analyse("BONN, March 16 - The tax decision was a bitter disappointment, the president of the "
                     "Federation of Banks, Hans Weber, said.", "1987-03-16")
    assert entity_code(result, "Hans Weber") == "DEUBUS"


def test_a_countryless_code_is_never_two_sectors() -> None:
    gov = coded_actor(None, "GOVBUS", "Shinji Oda", "title")
    assert gov is not None and gov.code == "GOV"
    ngo = coded_actor(None, "NGODEV", "Oxfam", "title")
    assert ngo is not None and ngo.code == "NGODEV"
    church = coded_actor(None, "CHRCTH", "the Catholic Church", "title")
    assert church is not None and church.code == "CHRCTH"
    placed = coded_actor("JPN", "GOVBUS", "Shinji Oda", "title")
    assert placed is not None and placed.code == "JPNGOVBUS"
