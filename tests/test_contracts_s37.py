"""Contracts told by the side that received them (issue 10, business between named parties): a contract
"was awarded" or "given" to a company, its giver named by a by- or from-phrase anywhere in the clause or
credited as the clause's speaker ("..., the Defense Department said"); and a giver read as the subject of
"had given" is never replaced by the speaker. Sentences we wrote in the manner of 1987 wire copy."""

from __future__ import annotations

import pytest


def deals(result) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of each 057 (sign formal agreement) event."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == "057"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Softech Inc said it was awarded a 1.5 mln dlr contract by the U.S. Air Force to maintain "
     "software.", ("USAMIL", "USABUS")),
    ("Hughes Aircraft Co said it was awarded a contract worth 20 mln dlrs by Boeing Co to supply cabin "
     "systems.", ("USABUS", "USABUS")),
    ("Pride Refining Co of Abilene, Texas, is being awarded a 75 mln dlr contract for jet fuel, the "
     "Defense Department said.", ("USAMIL", "USABUS")),
])
def test_a_contract_awarded_in_the_passive_is_given_by_the_named_giver(analyse, text: str,
                                                                        expected: tuple[str, str]) -> None:
    found = deals(analyse(text, "1987-03-04"))
    assert len(found) == 1
    source, target = found[0]
    assert (source or "")[:3] == expected[0][:3] and (source or "").endswith(expected[0][3:])
    assert target == expected[1]


def test_a_company_speaking_of_its_own_contract_gives_nothing(analyse) -> None:
    # the receiver's own word names no giver: no contract dyad with the company on both sides
    found = deals(analyse("Morrison Knudsen Corp said it was awarded a contract worth about 27 mln dlrs for "
                          "construction work.", "1987-03-04"))
    assert found == []


def test_the_speaker_never_replaces_a_giver_read_as_the_subject(analyse) -> None:
    text = ("Defence Secretary George Younger said London had given American companies contracts under "
            "conditions of fair competition.")
    assert all(source != "GBRMIL" for source, _ in deals(analyse(text, "1987-06-03")))


def test_a_contract_being_awarded_after_a_headline_is_an_act_not_a_standing_state(analyse) -> None:
    text = ("Refiner Gets 75 Mln Dlr Defense Contract\n\nPride Refining Co of Abilene, Texas, is being awarded a "
            "75 mln dlr contract for jet fuel, the Defense Department said.")
    assert [target for _, target in deals(analyse(text, "1987-04-01"))] == ["USABUS"]
