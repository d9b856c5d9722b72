"""Targets of two kinds the parse left wrong or empty (events/parties.py `former_role`, events/targets.py
`threatened_party`): a role noun described as "former" or "ex-" names one who left the office (ELI for a state
office, as the actor stage codes a named former holder), not the office; a conditional threat whose threatened
act names no one is made to the one the speech verb addresses, else to the party the condition asks to act,
never to the doer's own side and never to a party of no country."""

from __future__ import annotations

import pytest

from conftest import readings


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a former village official killed is no sitting official
    ("A former deputy sarpanch of Kotmeta village was shot dead by Communist Party of India Maoist (CPI Maoist) "
     "cadres in Sukma District on March 3, reports The Hindu.", "shot", {"INDELI"}),
    # an ex- village head, hyphenated, is former too
    ("Suspected CPI Maoist cadres killed an ex-sarpanch in Bijapur District of Chhattisgarh on June 14, reports "
     "The Pioneer.", "killed", {"INDELI"}),
    # a sitting village head keeps the office
    ("Suspected CPI Maoist cadres killed the sarpanch of Kotmeta village in Bijapur District of Chhattisgarh on "
     "June 14, reports The Pioneer.", "killed", {"INDGOV"}),
])
def test_a_former_village_head_is_no_sitting_official(analyse, text: str, trigger: str,
                                                     expected: set[str]) -> None:
    targets = {t for _, t in readings(analyse(text), trigger)}
    assert targets == expected, targets


def test_a_former_mayor_sought_for_extradition_is_an_elite(analyse) -> None:
    result = analyse("Bolivia's attorney general said on Tuesday that authorities are seeking to extradite the "
                     "former mayor.", "2015-06-09")
    targets = {t for _, t in readings(result, "extradite")}
    assert targets and all(t.endswith("ELI") for t in targets if t), targets


def test_a_threat_is_made_to_the_one_the_speaker_advised(analyse) -> None:
    result = analyse("Brazil's state oil company said it had suspended a cargo of Kuwaiti crude. It told the "
                     "Kuwaitis it would negotiate crude purchases elsewhere unless they lowered their price by "
                     "Friday.", "1987-03-12")
    # "the Kuwaitis" in a state's act (a threat, CAMEO 13) are Kuwait's government since d7af658
    assert ("BRABUS", "KWTGOV") in readings(result, "negotiate"), readings(result, "negotiate")


def test_a_threat_is_made_to_the_party_the_condition_asks_to_act(analyse) -> None:
    result = analyse("The Brazilian refinery said it would negotiate crude purchases elsewhere unless "
                     "Venezuela lowered its price.", "1987-03-12")
    assert {t for _, t in readings(result, "negotiate")} == {"VENGOV"}, readings(result, "negotiate")


def test_a_condition_on_a_party_of_no_country_gives_no_target(analyse) -> None:
    result = analyse("Ecuador said it would suspend talks unless the creditor banks eased their terms.",
                     "1987-03-12")
    found = readings(result, "suspend")
    assert found and all(t is None for _, t in found), found
