"""A violent act told with no doer is done by the one armed band the sentence right before or right after
names as the doer of the same incident (sources.neighbour_band): a claim of responsibility for "the attack"
after it, the incident told again with its doer, or a band's attack told just before "... were killed in the
attack". Never across another incident, for the harmed of an armed group, nor when that sentence also has a
state force acting (either side may have done it)."""

from __future__ import annotations

import pytest

from conftest import readings

OPENING = "A trader was found dead at Sopore in Baramulla District on May 2, reports Daily Excelsior. "


def sources_of(analyse, text: str, trigger: str) -> set[str | None]:
    """The source codes of the mentions on `trigger`."""
    return {source for source, _ in readings(analyse(text), trigger)}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # a claim of responsibility for "the attack" in the sentence after
    ("Nine persons, among them four policemen, were injured in a roadside bomb blast that hit a Police van "
     "in Charsadda District on September 26, reports Dawn. The Tehreek-e-Taliban Pakistan claimed "
     "responsibility for the attack in an email to reporters.", "injured", "PAKINS"),
    # the sentence after tells the same incident again, with its doer ("the FC men")
    ("Three Frontier Corps personnel were shot dead on Sabzal Road in Quetta on October 14, reports Dawn. "
     "According to Police sources, suspected militants opened fire at the FC men.", "shot", "PAKREB"),
    # the band's attack told in the sentence before, not the lead
    (OPENING + "Militants of the Lashkar-e-Toiba later attacked a CRPF camp at Pattan. Two CRPF troopers "
     "were injured in the attack.", "attack", "PAKREB"),
])
def test_a_doerless_act_is_the_neighbouring_sentences_band(analyse, text: str, trigger: str, code: str) -> None:
    assert code in sources_of(analyse, text, trigger)


def test_no_claim_gives_no_doer(analyse) -> None:
    text = ("Two policemen were killed in a roadside bomb blast near a Police training centre in Quetta on "
            "September 13, reports Dawn. No outfit claimed responsibility for the attack.")
    # no claimant; at most the unidentified attackers a coder infers for a bombing (as test_sources_s40)
    assert sources_of(analyse, text, "killed") <= {None, "PAKUAF"}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    # another incident
    (OPENING + "Militants of the Hizbul Mujahideen attacked an Army patrol at Pattan. Meanwhile, a "
     "shopkeeper was shot dead in Handwara.", "shot", "INDREB"),
    # the band's own men were killed: the forces' act
    (OPENING + "Militants of the Hizbul Mujahideen attacked an Army patrol at Pattan. Two militants were "
     "killed in the attack.", "killed", "INDREB"),
    # a fight of two sides told before: either may have killed the civilian
    (OPENING + "Militants of the Hizbul Mujahideen attacked an Army patrol at Pattan and the troops fired "
     "back at them. A civilian was killed in the attack.", "killed", "INDREB"),
])
def test_no_band_is_carried_where_a_coder_would_not(analyse, text: str, trigger: str, code: str) -> None:
    assert code not in sources_of(analyse, text, trigger)
