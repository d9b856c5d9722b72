"""Named doers: proscribed and armed groups the tables know, spokesmen described in apposition, and the state
force among the dead of a two-sided fight (sentences written in the style of South Asian and Latin American
conflict news; the names of people are invented)."""
import pytest
from tests.conftest import code_of, readings


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Khalistan Zindabad Force militants shot dead a shopkeeper in Jalandhar on May 3.",
     "Khalistan Zindabad Force", "INDREB"),
    ("Balochistan Liberation United Front claimed the attack on a gas pipeline in Dera Bugti.",
     "Balochistan Liberation United Front", "PAKREB"),
    ("JeI ICS cadres set fire to a bus on the highway at Sitakunda.", "JeI ICS", "BGDOPP"),
    ("National Thowheeth Jama'ath was banned after the church bombings.", "National Thowheeth Jama'ath", "LKAREB"),
    ("Gunmen of the Mata Zetas dumped the bodies near a highway in Veracruz.", "Mata Zetas", "MEXCRM"),
    ("The Tehrik-e-Taliban Swat torched a girls' school in Matta.", "Tehrik-e-Taliban Swat", "PAKINS"),
])
def test_proscribed_groups_are_coded(analyse, text: str, mention: str, code: str) -> None:
    """Groups on the official lists of banned organisations are coded with their country and sector."""
    assert code_of(analyse(text, "2016-05-10"), mention) == code


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an uncoded name described as a group's spokesman speaks for the group
    ("Gohram Baloch, a spokesman for the Balochistan Liberation United Front (BLUF), claimed responsibility "
     "for the blasts.", "claimed", ("PAKREB", None)),
    # both sides among the dead, a force with its bracketed short form: the force fought the militants
    ("Four militants and two Security Forces (SF) personnel were killed in a gun battle in Sopore District, "
     "officials said on May 9.", "killed", ("INDMIL", "INDREB")),
])
def test_named_doer_is_the_source(analyse, text: str, trigger: str, expected: tuple[str, str | None]) -> None:
    assert expected in readings(analyse(text, "2016-05-10"), trigger)


def test_spokesman_for_a_non_party_stays_uncoded(analyse) -> None:
    """A spokesman for a hospital (no coded body) gives no group as doer."""
    found = readings(analyse("Rakesh Kumar, a spokesman for the civil hospital, said doctors went on strike "
                             "against the attack.", "2016-05-10"), "strike")
    assert all(s is None or not s.endswith("REB") for s, _ in found)
