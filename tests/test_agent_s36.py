"""The doer a by-phrase of the same sentence names for an attack (issue 10, event sources): a participle set
off by commas that the parser hangs on the harm verb ("injured in a blast, triggered by X,"), a device with
a planter's by-phrase in the when-clause ("injured when a landmine planted by X exploded"), a passive
relative clause on the act's noun ("an attack which was carried out by X") and a participle of doing hung
on the act's of-phrase ("the killing of a trader ordered by X"). Sentences we wrote."""

from __future__ import annotations

import pytest


def coded(result, cameo: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of each event with the CAMEO code `cameo`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.cameo == cameo]


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("Three policemen were wounded in a pipe bomb blast, set off by the Communist Party of India Maoist "
     "(CPI Maoist) cadres, in Bijapur District on June 4.", "183", "INDREB"),
    ("A village headman was seriously hurt in a pressure bomb blast, allegedly planted by Maoists, near "
     "Konta in Sukma District on May 2.", "183", "INDREB"),
    ("Three troopers were injured when a pressure bomb planted by the CPI-Maoist exploded in the forests of "
     "Sukma District on March 8.", "183", "INDREB"),
    ("Two constables were killed in an attack, carried out by the Hizbul Mujahideen, in Sopore town of "
     "Baramulla District on Monday.", "180", "INDREB"),
    ("Three policemen were injured in an attack which was carried out by Lashkar e Toiba in Srinagar on "
     "Friday.", "180", "PAKREB"),
    ("The killing of a shopkeeper ordered by the Zetas shocked residents of Monterrey.", "180", "MEXCRM"),
])
def test_a_by_phrase_on_the_attack_names_its_doer(analyse, text: str, cameo: str, source: str) -> None:
    assert [s for s, _ in coded(analyse(text, "2015-06-22"), cameo)] == [source]


def test_a_participle_on_the_victims_names_no_doer(analyse) -> None:
    # the participle after the comma describes the harmed, not the blast: no planter's by-phrase
    text = "Two Maoists were killed in an encounter, accompanied by their commander, in Sukma District on May 2."
    assert all(s != "INDREB" for s, _ in coded(analyse(text, "2015-06-22"), "190"))


def test_a_device_exploding_is_a_bombing_by_its_planter(analyse) -> None:
    text = ("A hand grenade lobbed by unidentified persons exploded at the residence of legislator Ksh Ibomcha "
            "in Imphal on Monday night.")
    # the residence stands for its owner, the legislator: the bombing's target since e253aff (victims named
    # but left empty); the planter is still the source
    assert coded(analyse(text, "2015-06-22"), "183") == [("INDUAF", "INDLEG")]


def test_a_device_exploding_with_no_planter_named_is_no_event_of_the_row(analyse) -> None:
    assert coded(analyse("A bomb exploded at a market in Peshawar on Monday, police said.", "2015-06-22"),
                 "183") == []
